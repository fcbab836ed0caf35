"""What dedup needs to know of an article besides its text, and the election order.

The canonical of a cluster is its first member in `priority` order:

1. named as the source by another member (its source link or canonical URL points at
   this article's URL): the copy says where it came from;
2. earliest published (dated before undated);
3. not a copy: no scraper leftovers (`patterns.COPY_REASONS`), no source link, no
   canonical URL pointing elsewhere, and not a page dump whose menus the clean step
   left in the body (`patterns.DUMP_SHORT_LINES`);
4. the longest clean body;
5. the smallest id, so that every tie has one answer whatever the input order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from ..records import Article
from .patterns import COPY_REASONS, DUMP_SHORT_LINES, SHORT_LINE_WORDS
from .shingles import normalise

# Names of the priority key's fields, for the `elected` reason of a canonical.
_KEY_REASONS = (
    "named_as_source", "earliest_published", "earliest_published", "not_a_copy",
    "longest_body", "lowest_id",
)  # fmt: skip

Priority = tuple[int, int, float, int, int, str]

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DocInfo:
    """The facts about one article that linking and election use."""

    id: str
    chars: int  # length of the clean body text
    published: float | None = None  # POSIX seconds, UTC
    copy_signal: bool = False
    urls: tuple[str, ...] = ()  # its own URL and canonical URL, normalised
    points_to: tuple[str, ...] = ()  # URLs it names as its source, normalised
    agencies: tuple[str, ...] = ()
    place: str | None = None  # dateline place, lower case
    words: int | None = None  # words in the signature text; None: not known
    title: frozenset[str] = frozenset()  # the headline's words, lower case

    def short(self, limit: int) -> bool:
        """Whether the body is too short to tell one story from another on its own."""
        return self.words is not None and self.words < limit

    def priority(self, named: bool) -> Priority:
        """Sort key of the election: the smallest key is the canonical."""
        dated = self.published is not None
        return (
            0 if named else 1,
            0 if dated else 1,
            self.published if self.published is not None else 0.0,
            1 if self.copy_signal else 0,
            -self.chars,
            self.id,
        )


def signature_text(article: Article) -> str:
    """The text that is shingled: the clean body without its leading dateline, whose
    style ("WASHINGTON (AP) -", "WASHINGTON:") differs from copy to copy."""
    text = article.body_text
    dateline = article.dateline
    if dateline is not None and dateline.text and text.startswith(dateline.text):
        return text[len(dateline.text) :]
    return text


def doc_info(article: Article) -> DocInfo:
    """The `DocInfo` of a stored article."""
    own = _urls((article.url, article.canonical_url if _same(article) else None))
    foreign = None if _same(article) else article.canonical_url
    points = tuple(u for u in _urls((article.source_link, foreign)) if u not in own)
    copy = (
        bool(points)
        or any(r.reason in COPY_REASONS for r in article.removed)
        or sum(len(p.split()) <= SHORT_LINE_WORDS for p in article.body) >= DUMP_SHORT_LINES
    )
    dateline = article.dateline
    place = dateline.place.lower() if dateline is not None and dateline.place else None
    agencies = {a.lower() for a in article.agencies}
    if dateline is not None and dateline.agency:
        agencies.add(dateline.agency.lower())
    return DocInfo(
        id=article.id,
        chars=len(article.body_text),
        words=len(_WORD.findall(signature_text(article))),
        title=title_words(article.headline),
        published=parse_time(article.published),
        copy_signal=copy,
        urls=own,
        points_to=points,
        agencies=tuple(sorted(agencies)),
        place=place,
    )


def title_words(headline: str | None) -> frozenset[str]:
    """The words of a headline, compared as a set (case and punctuation ignored)."""
    return frozenset(_WORD.findall(normalise(headline or "")))


def same_title(a: DocInfo, b: DocInfo, threshold: float) -> bool:
    """Whether two headlines share at least `threshold` of their words (Jaccard)."""
    union = len(a.title | b.title)
    return union > 0 and len(a.title & b.title) / union >= threshold


def _same(article: Article) -> bool:
    """Whether the canonical URL names this page (or is absent)."""
    if not article.canonical_url or not article.url:
        return True
    return normalise_url(article.canonical_url) == normalise_url(article.url)


def _urls(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normalise_url(v) for v in values if v))


def normalise_url(url: str) -> str:
    """Scheme, `www.`, fragment and trailing slash dropped; host lower case."""
    rest = url.strip().split("#", 1)[0]
    if "://" in rest:
        rest = rest.split("://", 1)[1]
    host, _, path = rest.partition("/")
    host = host.lower().removeprefix("www.")
    return (host + "/" + path).rstrip("/")


def parse_time(value: str | None) -> float | None:
    """POSIX seconds of an ISO 8601 date or date-time (naive means UTC); None if not one."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()


def named(docs: Iterable[DocInfo]) -> set[str]:
    """Ids of the documents that another one of `docs` names as its source."""
    group = list(docs)
    pointed = {u for d in group for u in d.points_to}
    if not pointed:  # the common case, and a cheap one
        return set()
    return {d.id for d in group if pointed.intersection(d.urls)}


def far_apart(a: DocInfo, b: DocInfo, days: int) -> bool:
    """Whether both are dated and more than `days` days apart."""
    if a.published is None or b.published is None:
        return False
    return abs(a.published - b.published) > days * 86400


def same_wire(a: DocInfo, b: DocInfo, days: int) -> bool:
    """One wire release: a shared agency, the same dateline place, dated within `days`."""
    if a.place is None or a.place != b.place or a.published is None or b.published is None:
        return False
    return (
        bool(set(a.agencies) & set(b.agencies)) and abs(a.published - b.published) <= days * 86400
    )


def elected(winner: Priority, runner_up: Priority | None) -> str:
    """Why `winner` beat `runner_up`: the first rule on which their keys differ."""
    if runner_up is None:
        return "only_member"
    for index, (mine, theirs) in enumerate(zip(winner, runner_up, strict=True)):
        if mine != theirs:
            return _KEY_REASONS[index]
    return "lowest_id"
