"""Vocabularies of the HTML extractor, kept as data so they can be reviewed and extended.

Nothing here holds logic. Class and id names are matched on the lower-cased value of
`class` and `id` joined by a space; the modules that read these lists compile them
once at import. Every list says what it is for and why an entry is there.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, spaces or line breaks between words."""
    return frozenset(text.split())


# --- Elements --------------------------------------------------------------------------
# Never part of a readable body: code, styling, embedded documents, controls.
DROP_TAGS = _words(
    """
    script style noscript template svg math canvas iframe object embed video audio
    source track map area button input select option optgroup textarea label dialog
    menu nav aside footer form link meta title head
    """
)
# Dropped from the body but read first: figures carry captions and credits, headers
# carry the headline, byline and date, which are fields of the record, not body text.
FIELD_TAGS = frozenset({"figure", "figcaption", "header", "picture", "img"})
# Elements that start a new block of text when flattening a container. A table row
# is one block: its cells are read as one line, separated by spaces.
BLOCK_TAGS = _words(
    """
    address article blockquote center dd details div dl dt fieldset h1 h2 h3 h4 h5
    h6 hr li main ol p pre section summary table tbody tfoot thead tr ul
    """
)
CELL_TAGS = frozenset({"td", "th"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Containers that may hold the article: readability's starting scores per tag.
CONTAINER_BIAS = {
    "div": 5.0, "section": 5.0, "article": 10.0, "main": 8.0, "td": 3.0, "pre": 3.0,
    "blockquote": 3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "form": -3.0, "li": -5.0,
    "th": -5.0, "h1": -5.0, "h2": -5.0, "h3": -5.0, "h4": -5.0, "h5": -5.0, "h6": -5.0,
}  # fmt: skip
# Forms and forms alone: ASP.NET pages wrap the whole document in one <form>, so a form
# is only dropped when it is small or holds text inputs (comment, search, sign-up).
FORM_MAX_TEXT = 600

# --- Class and id names ----------------------------------------------------------------
# Boilerplate: an element whose class or id contains one of these is dropped from the
# body. Substrings, matched anywhere. The first list is dropped whatever it holds;
# the second only when it does not hold a large share of the page's paragraphs, as
# wrappers are named carelessly ("video-teaser", "content-with-sidebar").
BOILERPLATE_ALWAYS = (
    # Reader comments and community widgets.
    "comment", "disqus", "talkback",
    # Commerce and promotion that never wraps an article.
    "newsletter", "outbrain", "taboola", "zergnet", "cookie", "consent", "gdpr",
    # Fields of the record read elsewhere.
    "caption", "credit", "byline", "by-line",
)  # fmt: skip
BOILERPLATE_SUBSTRINGS = (
    # Community, sharing, following.
    "respond", "discussion", "replies", "share", "sharing", "social", "follow-us",
    "followus",
    # Links to other stories.
    "related", "recommend", "more-stories", "morestories", "most-read", "mostread",
    "most-popular", "mostpopular", "popular", "trending", "read-more", "readmore",
    "read-next", "readnext", "up-next", "upnext", "whats-next", "also-read", "see-also",
    "you-may-like", "you-might", "dont-miss", "nativo", "teaser", "latest-news",
    "more-from", "morefrom", "next-article", "previous-article", "prev-next",
    "pagination", "breadcrumb",
    # Commerce and promotion.
    "subscribe", "subscription", "signup", "sign-up", "promo", "sponsor", "advert",
    "adslot", "ad-slot", "ad-container", "ad-wrapper", "adwrap", "ad-unit", "adunit",
    "dfp", "gpt-ad", "banner", "affiliate", "commercial", "paywall-prompt", "regwall",
    "marketing", "donate", "membership",
    # Page chrome.
    "sidebar", "side-bar", "rightrail", "right-rail", "rail-", "masthead", "navbar",
    "navigation", "menu", "toolbar", "skip-link", "skiplink", "footer", "site-header",
    "page-header", "topbar", "top-bar", "modal", "popup", "overlay", "lightbox",
    "tooltip", "dropdown", "search-",
    # Fields of the record read elsewhere: authors, dates, tags, headline.
    "author", "contributor", "dateline-", "timestamp", "publish-date", "pubdate",
    "post-date", "article-date", "posted-on", "entry-meta", "post-meta", "article-meta",
    "story-meta", "meta-data", "tags", "tag-list", "taglist", "keywords", "topics",
    "categories", "headline", "kicker",
    # Everything else that is not running text.
    "print-", "email", "author-bio", "-bio", "bio-", "_bio", "bio_", "disclaimer",
    "copyright", "visually-hidden", "sr-only", "screen-reader", "offscreen",
    "audio-player", "video", "jwplayer", "player-wrap", "player-container",
    "gallery", "slideshow", "carousel", "slider", "inline-image", "image-", "photo",
    "media-", "sticky", "ticker", "alert-bar", "rating",
    "poll", "quiz", "survey", "feedback", "login", "signin", "sign-in", "register",
    "app-download", "print-only", "noprint",
)  # fmt: skip
# Whole names (split on spaces, "-" and "_") too short or too common to match as
# substrings: "ad" would match "head", "nav" would match "canvas".
BOILERPLATE_TOKENS = _words(
    """
    ad ads adv nav menu tag meta date time dates times more share tools utility
    utilities actions extras links hide nocontent aside rail promo date-line byline
    credit source sources related header
    """
)
# Names that contain a boilerplate word but name article text: "commentary" is an
# opinion piece, "author-note" sits inside some bodies, "subheadline" is a sub-head.
BOILERPLATE_EXCEPTIONS = (
    "commentary", "comment-body-article", "article-body", "articlebody", "article__body",
    "story-body", "storybody", "post-body", "entry-content", "main-content", "body-text",
    "bodytext", "article-content", "articlecontent", "story-content", "post-content",
    "story-text", "article-text", "content-body", "text-body", "richtext", "rich-text",
    "paywall", "meter", "shared-content", "datelined",
)  # fmt: skip
# Containers that announce the article body. Substrings of class, id or itemprop.
CONTENT_HINTS = (
    "articlebody", "article-body", "article__body", "article_body", "articlecontent",
    "article-content", "article__content", "article_content", "article-text",
    "articletext", "article__text", "story-body", "storybody", "story__body",
    "story-content", "storycontent", "story-text", "storytext", "post-body", "postbody",
    "post-content", "postcontent", "post__content", "entry-content", "entrycontent",
    "entry-body", "body-text", "bodytext", "body-copy", "bodycopy", "content-body",
    "text-body", "main-text", "maintext", "field-body", "field-name-body", "node-body",
    "article-entry", "story-main", "paywall", "rich-text", "richtext", "article-copy",
    "story_body", "post_content", "entry_content", "content__article-body",
)  # fmt: skip
# Names that make a candidate container more likely (readability's positive list) or
# less likely (its negative list); worth a fixed amount each.
POSITIVE_NAMES = (
    "article", "body", "content", "entry", "main", "page", "post", "text", "blog",
    "story", "hentry",
)  # fmt: skip
NEGATIVE_NAMES = (
    "combx", "comment", "contact", "foot", "footer", "footnote", "masthead", "media",
    "meta", "outbrain", "promo", "related", "scroll", "shoutbox", "sidebar", "sponsor",
    "shopping", "tags", "tool", "widget", "hidden", "banner", "share", "social", "nav",
    "menu", "teaser", "card", "list",
)  # fmt: skip

# --- Short lines -----------------------------------------------------------------------
# Whole blocks that are page furniture wherever they stand (compared lower-cased,
# without trailing punctuation). Longer leftovers are the cleaning step's work.
FURNITURE_LINES = frozenset({
    "advertisement", "advertisements", "ad", "sponsored", "sponsored content",
    "story continues below", "story continues below advertisement",
    "continue reading below", "continue reading", "article continues below",
    "article continues after advertisement", "scroll to continue with content", "read more",
    "read more below", "more", "show more", "see more", "load more", "click here", "share",
    "share this", "share this article", "share this story", "tweet", "email", "print",
    "comments", "comment", "reply", "skip", "close", "related", "related stories",
    "related articles", "related content", "recommended", "you may also like", "most read",
    "most popular", "trending", "trending now", "top stories", "more stories", "more from",
    "watch", "listen", "play", "video", "photo", "photos", "image", "gallery",
    "view gallery", "enlarge this image", "toggle caption", "hide caption", "expand",
    "previous", "next", "back to top", "jump to", "menu", "search", "log in", "login",
    "sign in", "sign up", "subscribe", "subscribe now", "newsletter", "follow us",
    "ad feedback", "supported by", "continue", "loading", "loading...",
})  # fmt: skip
# Prefixes of short blocks that are furniture ("Read more: ...", "Related: ...").
FURNITURE_PREFIXES = (
    "read more:", "related:", "see also:", "also read:", "read also:", "more:",
    "recommended:", "watch:", "listen:", "click here to", "sign up for",
    "subscribe to", "follow us on", "follow him on", "follow her on", "join our",
    "download our", "get our", "this article was originally published",
)  # fmt: skip
FURNITURE_MAX_WORDS = 14

# --- JSON-LD -----------------------------------------------------------------------------
# schema.org types that describe the story itself (not the page, site or breadcrumb).
ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
    "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "Report",
    "SatiricalArticle", "AdvertiserContentArticle", "Review",
})  # fmt: skip

# --- Page metadata -----------------------------------------------------------------------
# <meta name|property|itemprop=...> naming the headline, best first.
HEADLINE_META = ("og:title", "twitter:title", "headline", "dc.title", "sailthru.title")
SITE_NAME_META = ("og:site_name", "application-name", "twitter:app:name:iphone", "publisher")
LANGUAGE_META = ("og:locale", "language", "content-language", "dc.language", "inlanguage")
CANONICAL_META = ("og:url", "twitter:url")
# Authors declared in meta tags (NYT's "byl" holds the printed byline "By ABBY ...").
AUTHOR_META = (
    "author", "byl", "article:author", "parsely-author", "sailthru.author", "dc.creator",
    "dcterms.creator", "twitter:creator:name", "cxenseparse:author", "citation_author",
)  # fmt: skip
# Publication dates in meta tags, compared lower-cased. Where a page declares several,
# the first in this order wins.
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "published_time", "publish-date", "publish_date", "publishdate",
    "pubdate", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "dc.date.created", "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
    "article.published", "article_date_original", "original-publish-date",
    "citation_publication_date", "citation_date", "cxenseparse:recs:publishtime",
    "datecreated", "displaydate", "og:pubdate", "rnews:datepublished", "timestamp",
)  # fmt: skip
MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time",
    "datemodified", "modified_time", "dc.date.modified", "dcterms.modified",
    "last-modified", "lastmod", "article.updated", "parsely-updated",
)  # fmt: skip
# Visible elements that print the date: class or id fragments.
DATE_CLASSES = (
    "date", "time", "publish", "posted", "byline", "meta", "dateline", "updated",
    "timestamp",
)  # fmt: skip
# Visible elements that print the byline: class, id or rel fragments.
BYLINE_CLASSES = ("byline", "by-line", "author", "writer", "contributor", "reporter")
BYLINE_MAX_CHARS = 200

# --- Paywalls and truncated copies -------------------------------------------------------
# The last paragraph of a teaser or a metered page (compared lower-cased).
TEASER_ENDINGS = (
    "subscribe to continue", "subscribe to read", "subscribers only", "for subscribers",
    "to continue reading", "continue reading", "read the full article", "read the full story",
    "read full article", "read full story", "to read the rest", "already a subscriber",
    "log in to continue", "sign in to continue", "create a free account", "register to continue",
    "this article is reserved", "premium content", "unlock this article", "[…]", "[...]",
)  # fmt: skip

# --- Auto-blog copies --------------------------------------------------------------------
# Link texts that point at the story an auto-blog copied (compared lower-cased,
# stripped of punctuation): "Source link", "Read the original article at ...".
SOURCE_LINK_TEXTS = (
    "source link", "source", "original source", "original article", "original story",
    "original post", "read original article", "read the original article",
    "read the full article", "read full article", "read the full story", "read full story",
    "read more at", "read the rest", "continue reading at", "via", "originally published",
    "the post", "appeared first on",
)  # fmt: skip

# --- Captions ----------------------------------------------------------------------------
# Class or id fragments of a caption's credit inside a figure or caption box.
CREDIT_CLASSES = (
    "credit", "copyright", "attribution", "source", "byline", "photographer", "courtesy",
)  # fmt: skip
# Class or id fragments of caption boxes outside <figure> (WordPress, CMS templates).
CAPTION_CLASSES = ("caption", "wp-caption-text", "image-desc", "img-desc", "photo-desc")
# An <img alt> is a caption only when it reads like one: a sentence of a few words.
ALT_MIN_WORDS = 6

# --- Authors -----------------------------------------------------------------------------
# Words that make a credited name an organisation, on top of the structure step's list
# ("Australian Broadcasting Corporation", "ACLU Speech, Privacy, and Technology Project").
ORGANISATION_HINTS = _words(
    """
    Corporation Corp Company Co Inc Ltd LLC GmbH Group Broadcasting Broadcast
    Network Networks Channel Studio Studios University College Institute Foundation
    Association Society Council Ministry Department Office Project Union Committee
    Center Centre Bureau Editorial Editors Team Staff Newsroom Desk Wire Wires
    Services Reuters Bloomberg Press Agency Magazine Newspaper Digital Online Media
    News
    """
)
# Placeholder author names that credit nobody.
NON_AUTHORS = frozenset({
    "admin", "administrator", "editor", "editors", "staff", "staff writer", "web desk",
    "news desk", "newsdesk", "guest", "guest author", "anonymous", "unknown", "team",
    "redaction", "redacción", "redazione", "redaktion",
})  # fmt: skip
# Words that join names in bylines of other languages ("X avec Y et Z", "X und Y").
BYLINE_CONNECTORS = ("and", "avec", "et", "und", "y", "e", "con", "mit", "with", "en", "och")
# A desk and a job title after a name: "Ben Silverman Games Editor", "Tech Reporter".
# Desks are listed: "Jane Doe Editor" must keep "Doe".
BYLINE_DESKS = _words(
    """
    Games Tech Technology Sports Sport Politics Political Business Science Health
    Entertainment Culture Features News Senior Staff Contributing Associate Managing
    Deputy Executive Digital Social Media Video Photo Foreign Metro City Travel Food
    Style Fashion Opinion Arts Music Film TV Weather Data Investigative Legal Courts
    Education Environment Climate Crime Economics Finance Markets Lifestyle Books
    Breaking Local National International Global Chief Special
    """
)
BYLINE_JOB_TITLES = (
    "Editor", "Reporter", "Correspondent", "Writer", "Columnist", "Producer", "Critic",
    "Analyst", "Contributor", "Intern",
)  # fmt: skip
# Page controls that sit in byline boxes and read like two capitalised names.
INTERFACE_WORDS = _words(
    """
    Sign Log Subscribe Register Menu Share Follow Email E-mail Tweet Comment
    Comments Print Search Home More Show Hide Close Open Login Logout Account
    Profile Newsletter Newsletters Save Saved
    """
)
