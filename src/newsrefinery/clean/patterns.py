"""Vocabularies of the cleaning step, as named data.

Everything the rules recognise by wording lives here, grouped by the reason code a
line gets when it matches. The logic (`rules.py`, `context.py`, `captions.py`) only
decides *where* a vocabulary applies.

`EXACT` phrases match a whole line after `lines.line_key` (lower case, curly quotes
straightened, edge punctuation and bullets dropped): "Comments", "COMMENTS:" and
"• comments" are one entry. `PREFIX` regexes match at the start of the key and must not
backtrack badly: no nested quantifiers, every repetition bounded or followed by a
literal. Users add phrases or regexes per reason code in the TOML config
(`CleanConfig.extra_patterns`); they are tried before these.
"""

from __future__ import annotations

# Data tables are laid out by hand, several entries a line, to stay readable.
# fmt: off

# --------------------------------------------------------------------------- reason codes
# Stable snake_case codes; the JSON record carries them in `removed[].reason`.
REASONS: dict[str, str] = {
    "repeated_headline": "the headline printed again",
    "duplicate_line": "an exact copy of an earlier line (second caption, repeated block)",
    "pull_quote": "a sentence repeated from a body paragraph as a pull-quote",
    "ad_placeholder": "ad slot or template tag: [ad_1], Advertisement",
    "template_tag": "a CMS shortcode or template tag other than an ad slot",
    "adblock_appeal": "ad-blocker / support-us appeal",
    "source_link": "pointer to the original article: Source link, a final bare Source",
    "comment_widget": "comment form or comment counter (en, de, fr, es, pt, it)",
    "share_widget": "share buttons and share prompts",
    "follow_prompt": "follow-us prompts and author social accounts",
    "newsletter": "newsletter or alert sign-up promotion",
    "related_links": "links to other stories: Related:, READ MORE:, lists after ALSO",
    "read_more": "continue-reading and read-more links",
    "video_prompt": "video teasers: Scroll down for video, WATCH:, Related Video:",
    "slideshow_counter": "slideshow controls and counters: Next Slide, 3 of 12",
    "image_placeholder": "a bare Photo / Image label standing for a picture",
    "photo_credit": "a photo credit left over with no caption to attach to",
    "copyright": "copyright and all-rights-reserved lines",
    "wire_signoff": "wire credits: (Reporting by ...; Editing by ...), Contributing:",
    "social_embed": "flattened social media embeds (tweets, Instagram posts)",
    "social_handle": "a bare @handle line next to a byline",
    "byline": "By ... author lines",
    "timestamp": "publication date/time lines (not live-blog time sub-heads)",
    "author_bio": "author biography at the end of the article",
    "tag_list": "tag, topic and category lists",
    "rating_widget": "star ratings and rate-this prompts",
    "poll_widget": "reader polls: the question and its vote prompt",
    "affiliate_disclaimer": "affiliate and commission disclaimers, Buy now buttons",
    "more_to_follow": "More to follow / developing story notices",
    "navigation": "skip links, breadcrumbs, pipe-separated menus, trailing link lists",
    "legal_notice": "site terms, cookie and privacy notices",
    "paywall": "log-in and subscribe-to-read prompts",
    "separator": "rules and ornaments made of punctuation only",
    "no_text": "a line with no letter or digit left after normalisation",
}

# --------------------------------------------------------------------------- whole-line phrases
# Each phrase is compared with the whole line key, so a body sentence that merely
# mentions "comments" or "newsletter" never matches.
EXACT: dict[str, tuple[str, ...]] = {
    "ad_placeholder": (
        "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored",
        "sponsored content", "paid content", "story continues below advertisement",
        "article continues below advertisement", "continue reading below",
        "scroll to continue with content", "ad feedback", "anzeige", "werbung",
        "publicité", "publicidad", "pubblicità", "publicidade",
    ),
    "source_link": ("source link", "original source", "source: source link", "view source"),
    # WordPress comment forms and counters, in the six languages we see most.
    "comment_widget": (
        # en
        "comments", "comment", "leave a reply", "leave a comment", "post a comment",
        "post comment", "add a comment", "add comment", "view comments", "show comments",
        "hide comments", "view all comments", "load comments", "join the conversation",
        "join the discussion", "cancel reply", "reply", "no comments", "no comments yet",
        "comments are closed", "be the first to comment", "discussion", "responses",
        "name *", "email *", "website", "comment *",
        # de
        "kommentare", "kommentar", "schreibe einen kommentar", "hinterlasse einen kommentar",
        "kommentar verfassen", "kommentar abschicken", "antworten", "antwort abbrechen",
        "noch keine kommentare", "keine kommentare",
        # fr
        "commentaires", "commentaire", "laisser un commentaire", "laisser une réponse",
        "répondre", "annuler la réponse", "aucun commentaire", "soyez le premier à commenter",
        # es
        "comentarios", "comentario", "deja una respuesta", "deja un comentario",
        "dejar un comentario", "responder", "cancelar respuesta", "sin comentarios",
        "publicar comentario",
        # pt
        "comentários", "deixe um comentário", "deixe uma resposta", "deixe seu comentário",
        "cancelar resposta", "nenhum comentário", "publicar comentário",
        # it
        "commenti", "commento", "lascia un commento", "lascia una risposta", "rispondi",
        "annulla risposta", "nessun commento", "invia commento",
    ),
    "share_widget": (
        "share", "share this", "share this:", "share this article", "share this story",
        "share this post", "share on facebook", "share on twitter", "share on linkedin",
        "share via email", "tweet", "email", "print", "pin it", "whatsapp", "facebook",
        "twitter", "linkedin", "pinterest", "reddit", "like this", "like loading...",
        "teilen", "partager", "compartir", "condividi", "compartilhe", "compartilhar",
    ),
    "follow_prompt": ("follow us", "follow us on twitter", "follow us on facebook", "follow"),
    "newsletter": (
        "newsletter", "subscribe", "sign up", "sign up now", "subscribe now",
        "sign up for our newsletter", "subscribe to our newsletter", "get our newsletter",
    ),
    # Headers that open a list of other stories (the list itself is a context rule).
    "related_links": (
        "related", "related articles", "related stories", "related posts", "related content",
        "related coverage", "also", "also read", "see also", "read also", "recommended",
        "recommended for you", "you may also like", "you might also like", "more stories",
        "more from this section", "trending", "trending now", "most read", "most popular",
        "stories you're clicking on", "top stories", "our top stories", "latest news",
        "more news", "read next", "featured content", "previous post", "next post",
        "up next", "lire aussi", "à lire aussi", "mehr zum thema", "lesen sie auch",
        "leia também", "leggi anche", "te puede interesar", "más noticias",
    ),
    "read_more": (
        "read more", "continue reading", "continue reading the main story", "read full story",
        "read the full story", "read full article", "full story", "click here to read more",
        "weiterlesen", "lire la suite", "leer más", "leia mais", "continua a leggere",
    ),
    "video_prompt": (
        "scroll down for video", "scroll down for videos", "watch the video", "watch video",
        "video", "watch", "play video", "click to play", "now playing", "video player",
    ),
    "slideshow_counter": (
        "autoplay", "show thumbnails", "hide thumbnails", "show captions", "hide captions",
        "last slide next slide", "last slidenext slide", "next slide", "previous slide",
        "previous", "next", "fullscreen", "enlarge this image", "view gallery",
        "launch gallery", "see gallery", "replay", "thumbnails", "view photo galleries",
        "photos of the day",
    ),
    "image_placeholder": (
        "photo", "photos", "image", "images", "picture", "graphic", "illustration",
        "click to enlarge", "enlarge image", "expand image",
    ),
    "more_to_follow": (
        "more to follow", "more to come", "developing story", "this is a developing story",
        "this story is developing", "this story will be updated", "breaking news",
        "this is a breaking news story and will be updated", "check back for updates",
        "refresh for updates",
    ),
    "navigation": (
        "skip to main content", "skip to content", "skip to: start of article",
        "skip article header. skip to: start of article", "go back to top",
        "go back to top. skip to: start of article", "back to top", "jump to comments",
        "skip advertisement", "menu", "search", "home", "close", "feedback link",
    ),
    "poll_widget": (
        "now share your opinion", "share your opinion", "vote now", "cast your vote",
        "view results", "take our poll", "poll", "what do you think",
    ),
    "rating_widget": (
        "rate this article", "rate this", "rate this post", "how useful was this post",
        "click on a star to rate it", "no votes so far! be the first to rate this post",
    ),
    "affiliate_disclaimer": (
        "buy now", "shop now", "buy it now", "check price", "see price", "view deal",
        "see deal", "buy on amazon", "shop the look",
    ),
    "author_bio": ("about the author", "about the authors"),
    "paywall": (
        "already a member? log in", "already a subscriber? log in", "log in", "sign in",
        "subscribe to continue reading", "create a free account",
    ),
    "adblock_appeal": ("here's the thing with ad blockers",),
}

# A bare "Source" points to the original only when nothing but leftovers follows it.
TAIL_SOURCE: tuple[str, ...] = ("source", "sources", "quelle", "fuente", "fonte", "source:")

# --------------------------------------------------------------------------- line prefixes
def _each(words: str, rest: str = "") -> tuple[str, ...]:
    """One pattern per opening word ("a|b|c"): PREFIX patterns must open with literal
    text, so `rules.PrefixIndex` can file them under their first two characters."""
    return tuple(w + rest for w in words.split("|"))


# Regexes matched at the start of the line key (lower case). They only run on lines of
# at most `rules.MAX_BOILERPLATE_WORDS` words: boilerplate is short. Each opens with
# literal text (or a digit, `\d`), never with a group or a class.
PREFIX: dict[str, tuple[str, ...]] = {
    "comment_widget": (
        r"\d{1,6} (?:comments?|responses?|replies|kommentare|commentaires?|comentarios?|"
        r"comentários?|commenti)$",
        *_each("comments|comment|kommentare|commentaires|comentarios|comentários|commenti",
               r" ?\(\d{1,6}\)$"),
        r"your email address will not be published", r"required fields are marked",
        r"no comments yet", r"you must be logged in to post a comment",
        r"save my name, email, and website", r"notify me of (?:new posts|follow-up comments)",
        r"\d{1,6} (?:thoughts|responses?|replies) (?:on|to) ",
        *_each("deine|ihre", " e-mail-adresse wird nicht veröffentlicht"),
        r"erforderliche felder sind (?:mit|markiert)", r"meinen namen, meine e-mail-adresse",
        r"votre adresse (?:e-mail|email|de messagerie) ne sera pas publiée",
        r"les champs obligatoires sont indiqués", r"enregistrer mon nom, mon e-mail",
        r"tu (?:dirección de )?correo electrónico no será publicad",
        r"los campos obligatorios están marcados", r"guarda mi nombre, correo electrónico",
        r"o seu (?:endereço de )?e-?mail não será publicado",
        r"seu (?:endereço de )?e-?mail não será publicado",
        r"campos obrigatórios são marcados", r"salvar meus dados neste navegador",
        r"il tuo indirizzo (?:e-?mail )?non sarà pubblicato",
        r"i campi obbligatori sono contrassegnati", r"salva il mio nome, email e sito",
    ),
    "share_widget": (
        r"share (?:this|on|via|the|article|story|post|with)\b",
        r"click to (?:share|email|print)",
        r"read or share this story", r"share or comment on this",
        *_each("email|print|tweet", " this"),
        r"share:", r"teilen:", r"partager (?:sur|cet)", r"compartir en", r"condividi su",
    ),
    "follow_prompt": (
        r"follow (?:us|me|him|her|them|the author)\b", r"follow @",
        r"for more .{1,80}follow @",
        *_each("twitter|instagram|facebook|tiktok|x", r": ?@\w"), r"like us on facebook",
        r"find us on (?:facebook|twitter|instagram)", r"connect with us",
    ),
    "newsletter": (
        r"sign up (?:for|to) .{0,60}(?:newsletter|alerts|emails?|updates)",
        r"subscribe to (?:our|the) .{0,40}(?:newsletter|channel|podcast|alerts)",
        r"get (?:our|the) .{0,40}newsletter", r"want the .{0,60}(?:newsletter|in your inbox)",
        *_each("abonnieren sie|melden sie sich", " .{0,40}newsletter"), r"inscrivez-vous",
        r"suscríbete", r"assine (?:a|nossa) newsletter", r"iscriviti alla newsletter",
    ),
    "related_links": (
        *_each("read more|related|recommended|also read|see also|read also|related coverage|"
               "related stories|related articles|more|also|further reading|editor's pick|"
               "editor's picks|lire aussi|lesen sie auch|leia também|leggi anche|"
               "te puede interesar", r" ?: ?\S"),
        r"more from [\w ]{1,30} ?: ?\S",
        r"see (?:the )?most[- ]read", *_each("more|other", " stories you (?:may|might)"),
    ),
    "read_more": (
        r"read more\b", r"continue reading\b", r"read the (?:full|rest|original)\b",
        r"click here to read", r"read (?:the )?full (?:story|article|post)",
    ),
    "source_link": (
        r"source link\b", r"the post .{1,200} appeared first on ",
        r"originally (?:published|appeared) (?:at|on|in) ",
        r"this (?:article|story|post) (?:was )?originally (?:published|appeared)",
        r"source: https?://", r"view original (?:article|post)",
    ),
    "video_prompt": (
        r"scroll down for (?:the )?videos?\b", r"watch ?: ", r"video ?: ", r"related video ?:",
        r"watch the (?:full )?video\b", r"click (?:here )?to (?:watch|play)",
        *_each("press|hit", r" play\b"), r"the video will (?:start|auto-?play)",
    ),
    # "MailOnline may earn ..." (a subject first) is found by `rules` with a search.
    "affiliate_disclaimer": (
        r"we (?:may )?earn (?:a )?commission",
        r"this (?:post|article|page|story) (?:may )?contains? affiliate links",
        r"as an amazon associate", r"affiliate disclosure", r"disclosure: ",
        r"if you (?:buy|purchase|click) .{0,80}(?:we|i) (?:may )?(?:earn|receive)",
        *_each("buy|shop", " now (?:at|on|from) "),
    ),
    "copyright": ("©", "℗", r"copyright (?:© ?|\(c\) ?)?\d{4}"),
    "tag_list": _each(
        "tags|tag|topics|topic|related topics|filed under|categories|category|posted in|"
        "keywords|schlagwörter|"
        "étiquettes|etiquetas|tópicos|argomenti", r" ?: ?\S"
    ),
    "rating_widget": (
        r"rating ?: ?\d", *_each("average rating|rating", r" \d(?:\.\d)? ?(?:/|out of) ?\d"),
        r"\d(?:\.\d)? (?:out of|/) 5 stars",
    ),
    "more_to_follow": (
        *_each("more|details", r" to (?:follow|come)\b"), r"this (?:is a )?developing story",
    ),
    "paywall": (
        r"already a (?:member|subscriber)\?", r"subscribe (?:now )?to (?:continue|read|unlock)",
        r"to continue reading,? (?:please )?(?:log|sign|subscribe)",
    ),
    "legal_notice": (
        r"use of this (?:site|website) constitutes acceptance",
        r"by (?:using|continuing to use) this (?:site|website)",
        r"this (?:site|website) uses cookies",
        r"we use cookies",
        *_each("privacy policy|terms of use|terms of service|cookie policy", r"(?: \||$)"),
    ),
    "navigation": (
        r"skip (?:to|article|navigation)\b", r"go back to top\b", r"you are here ?:",
        r"jump to ?: ",
    ),
    # Other ad-blocker appeals are found by `rules`: an ad-blocker word plus an appeal.
    "adblock_appeal": (r"we get it: ads aren't",),
}

# A line of stars alone ("★★★★☆") is a rating.
RATING_STARS = "★☆✩✪⭐"
# "<Publisher> may earn commission ...": the subject varies, so this one is searched.
AFFILIATE_SEARCH = r"\bmay (?:earn|receive|get) (?:a )?(?:small )?(?:commissions?|affiliate)"

# Searched anywhere in a short line: copyright notices put the year first or last.
COPYRIGHT_WORDS: tuple[str, ...] = (
    "all rights reserved", "may not be published, broadcast, rewritten", "tous droits réservés",
    "alle rechte vorbehalten", "todos los derechos reservados", "tutti i diritti riservati",
    "todos os direitos reservados",
)
# Ad-blocker appeals vary their wording: an ad-blocker word plus an appeal word.
ADBLOCK = r"\bad ?-?block"
ADBLOCK_APPEALS: tuple[str, ...] = (
    "whitelist", "allowlist", "disable", "turn off", "pause", "support", "please", "thing with",
    "we get it", "ad-free", "per week", "per month", "keep the lights on",
)
# Newsletter promotions: "newsletter"/"inbox"/"alerts", a call to action, a promotional shape.
NEWSLETTER_CALLS: tuple[str, ...] = (
    "sign up", "sign-up", "subscribe", "click here", "get breaking", "delivered", "register",
)
NEWSLETTER_OPENERS: tuple[str, ...] = (
    "want ", "interested", "get ", "sign up", "subscribe", "click", "don't miss", "never miss",
    "love ", "like this", "for more", "stay ", "keep up", "join ",
)

# --------------------------------------------------------------------------- wire sign-offs
# Credit lines of news agencies; kept as credits metadata, not body.
# Matched on the case-folded text (the key would drop the leading dash of "-- AFP").
WIRE_SIGNOFF: tuple[str, ...] = (
    r"\(? ?(?:additional |compiled |writing and )?(?:reporting|writing|editing|compiled|"
    r"research|translation|translated|produced|graphics?|edited|reported)(?: and \w{1,20})? by\b",
    r"contributing ?:",
    r"[\w'’.,&; -]{3,200} contributed (?:reporting )?to this (?:report|story|article)",
    r"(?:--|—|–|-) ?(?:afp|ap|reuters|xinhua|aap|dpa|efe|ansa|bloomberg|pti|ians|upi|bernama|"
    r"kyodo|yonhap|anadolu|tass|ria novosti)\.?$",
    r"\((?:afp|ap|reuters|dpa|xinhua|efe|ansa)\)$",
)

# First four letters of a sign-off key (a cheap gate before the sign-off regexes).
SIGNOFF_HEADS = frozenset({"repo", "writ", "edit", "addi", "comp", "rese", "tran", "prod", "grap",
                           "cont"})

# --------------------------------------------------------------------------- social embeds
EMBED_SUBSTRINGS: tuple[str, ...] = (
    "pic.twitter.com/", "instagram.com/p/", "a post shared by",
    "view this post on instagram", "a photo posted by", "a video posted by", "♬ original sound",
)
# "— Name (@handle) Month D, YYYY": the signature line under a flattened tweet.
TWEET_SIGNATURE = r"^[—–-]{1,2} ?[^()\n]{1,80}\(@\w{1,30}\) ?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$"
TWEET_TAIL = r"https?://t\.co/\w{4,20}$"

# --------------------------------------------------------------------------- meta lines
MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
CLOCK = r"\b\d{1,2}[:.]\d{2} ?(?:a\.m\.|p\.m\.|am\b|pm\b|uhr\b|h\b|gmt\b|bst\b|e[sd]t\b|utc\b)"
DATE = (
    rf"(?:\b{MONTHS} \d{{1,2}},? \d{{4}}|\b\d{{1,2}} {MONTHS},? \d{{4}}"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4})"
)
# Openings of date lines ("Published 3 March 2023"); also tested with `startswith`.
STAMP_WORDS = ("published", "updated", "posted", "last updated", "first published",
               "veröffentlicht", "aktualisiert", "publié", "mis à jour", "publicado",
               "actualizado", "atualizado", "pubblicato", "aggiornato")
STAMP_PREFIX = rf"(?:{'|'.join(STAMP_WORDS)})\b"
# "By Jane Doe", "By Jane Doe and John Roe, Reuters"; names are capitalised (case sensitive).
BYLINE_OPENERS = ("By ", "BY ", "Von ", "Par ", "Por ", "Di ")
BYLINE = (rf"^(?:{'|'.join(w.strip() for w in BYLINE_OPENERS)}) [A-Z][\w'’.-]{{1,30}}"
          r"(?: [A-Z][\w'’.-]{0,30}){0,3}(?:(?:,| and| &| \|) .{1,60})?$")
HANDLE = r"^@\w{1,30}$"
AUTHOR_BIO = (
    r"^(?:[A-Z][\w'’.-]{1,30} ){1,3}(?:is|was|writes|covers|reports)\b.{0,80}\b(?:reporter|"
    r"writer|correspondent|editor|journalist|columnist|contributor|producer|freelancer|author|"
    r"administrator)\b"
)

# --------------------------------------------------------------------------- captions and credits
# Picture agencies and credit words; a line that ends with one of these after the
# caption sentence is a caption with its credit.
AGENCIES = (
    r"AFP|AP|EPA|EPA-EFE|Reuters|REUTERS|Getty(?: Images)?|Associated Press|Shutterstock|"
    r"Xinhua|XINHUA|Alamy|Rex(?: Features)?|PA(?: Wire)?|Handout|HANDOUT|Pool|POOL|VPC|"
    r"AFP/File|AP/File|Reuters/File|Bloomberg|Corbis|Splash(?: News)?|Instagram|Twitter|"
    r"Facebook|YouTube|NASA|ANI|IANS|PTI|dpa|DPA|ANSA|EFE|Kyodo|Yonhap|TASS|Sipa(?: USA)?"
)
# Labels in front of a credit, kept in the credit text except a bare "Credit"/"Photo:".
CREDIT_LABEL = (
    r"(?:Photo|Photograph|Picture|Image|Credit|Photos|Pictures|Video|Illustration|Foto|Bild|"
    r"Fotos|Crédit|Crédito)"
)
# Words that mark a sentence as a picture caption in inline-caption styles (MailOnline).
CAPTION_CUES = (
    "(pictured", "pictured)", " pictured ", "pictured,", "pictured:", "(above)", "(below)",
    "(left)", "(right)", "(centre)", "(center)", "(l)", "(r)", "(file photo)", "(stock)",
    "(stock image)", "(file)", "(inset)", "(top)", "(bottom)", "pictured.",
)
# Openings that say a line is about the picture itself.
CAPTION_OPENERS = ("pictured", "picture shows", "photo shows", "this image", "this photo")

# --------------------------------------------------------------------------- headlines
# Publisher suffixes of headlines in text dumps: "... – USA TODAY", "... | CNN".
HEADLINE_SEPARATORS: tuple[str, ...] = (" – ", " — ", " - ", " | ", " :: ", " · ", " • ")
HEADLINE_LOWER_WORDS = frozenset({
    "of", "the", "and", "&", "de", "la", "le", "der", "die", "das", "del", "for", "on", "at",
    "in", "du", "des", "di", "da", "do",
})
# fmt: on
