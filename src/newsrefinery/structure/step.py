"""The structure step: headline, dateline, byline, agencies and dates of one article.

A pure function of the record. The body is frozen after cleaning: the dateline is
read from the first paragraph and stored beside it, never cut out of it, and a
byline left in the body is read but not removed.
"""

from __future__ import annotations

from ..records import Article
from .agencies import find_agencies, parse_signoff
from .byline import is_byline, parse_byline
from .dateline import parse_dateline
from .dates import find_text_dates
from .headline import strip_publisher_suffix

# Removed-line reasons of the clean step that hold a byline or a bare date line.
BYLINE_REASONS = frozenset({"byline"})
DATE_REASONS = frozenset({"byline", "date", "dateline", "timestamp", "published", "updated"})
SIGNOFF_REASON = "wire_signoff"
# Removed lines whose dates belong to something else: reader comments ("Posted by
# john on March 3"), links to related stories, embeds, newsletters and promotions.
# Matched as parts of the clean step's reason codes ("comment_widget", "related_links").
FOREIGN_DATE_REASONS = (
    "comment", "related", "recommend", "promo", "newsletter", "ad_", "social", "video",
    "author_bio", "read_more", "tag_list", "poll", "rating", "affiliate", "slideshow",
)  # fmt: skip


def structure_article(article: Article) -> Article:
    """Fill headline, dateline, byline, authors, agencies and text dates of `article`.

    Fields already set (by the HTML extractor, say) are kept; agencies are merged.
    The body, captions and removed lines are not changed.
    """
    if article.status == "rejected":
        return article
    byline, byline_in_body = _byline_line(article)
    changes: dict[str, object] = {}
    if article.headline:
        headline = strip_publisher_suffix(article.headline, _site_names(article))
        if headline != article.headline:
            changes["headline"] = headline
    lead = article.body[1:] if byline_in_body else article.body
    if article.dateline is None and lead:
        dateline = parse_dateline(lead[0])
        if dateline is not None:
            changes["dateline"] = dateline
    if article.byline is None and byline is not None:
        changes["byline"] = byline
    if not article.authors:
        authors = _authors(article, byline)
        if authors:
            changes["authors"] = authors
    updated = article.evolve(**changes) if changes else article
    agencies = find_agencies(updated)
    if agencies != article.agencies:
        updated = updated.evolve(agencies=agencies)
    return _with_text_dates(updated)


def _byline_line(article: Article) -> tuple[str | None, bool]:
    """The byline line and whether it is the first body paragraph."""
    if article.byline:
        return article.byline, False
    for removed in article.removed:
        if removed.reason in BYLINE_REASONS and removed.text.strip():
            return " ".join(removed.text.split()), False
    if article.body and is_byline(article.body[0]):
        return " ".join(article.body[0].split()), True
    return None, False


def _authors(article: Article, byline: str | None) -> tuple[str, ...]:
    """Authors from the byline; failing that, the reporters of a wire sign-off."""
    if byline:
        authors = parse_byline(byline)[0]
        if authors:
            return authors
    for removed in article.removed:
        if removed.reason == SIGNOFF_REASON:
            signoff = parse_signoff(removed.text)
            if signoff and (signoff.reporters or signoff.writers):
                return tuple(dict.fromkeys((*signoff.reporters, *signoff.writers)))
    return ()


def _site_names(article: Article) -> tuple[str, ...]:
    """The page's own name, a publisher suffix even when no list knows it."""
    return (article.site_name,) if article.site_name else ()


def _with_text_dates(article: Article) -> Article:
    if article.published is not None and article.modified is not None:
        return article
    own = [r for r in article.removed if not any(w in r.reason for w in FOREIGN_DATE_REASONS)]
    lines = [r.text for r in own]
    bare = [r.text for r in own if r.reason in DATE_REASONS]
    if article.byline:
        lines.append(article.byline)
        bare.append(article.byline)
    published, modified = find_text_dates(lines, article.source.fetched, bare=bare)
    changes: dict[str, object] = {}
    if article.published is None and published is not None:
        changes["published"] = published
        changes["published_from"] = "text"
    if article.modified is None and modified is not None:
        changes["modified"] = modified
    return article.evolve(**changes) if changes else article
