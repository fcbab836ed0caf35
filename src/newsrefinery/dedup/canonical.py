"""What dedup needs to know of an article besides its text, and the election order.

The canonical of a cluster is its first member in `priority` order:

1. named as the source by another member (its source link or canonical URL points at
   this article's URL): the copy says where it came from;
2. earliest published, by UTC day (many pages give only a day, and a copy posted the
   same afternoon is not told apart by the clock). An undated member takes the
   earliest day of its group: it does not lose on a date it does not have, so the
   rules below decide between it and the earliest dated members, while members dated
   later rank after both. A text dump has no metadata, and its date line is often the
   only date it carries (`doc_info` reads it, and a /YYYY/MM/DD/ URL path);
3. not an auto-blog copy: no scraper leftovers (`patterns.COPY_REASONS`), no source
   link, no canonical URL pointing elsewhere, no closing "Source: ..." credit;
4. the most story text: shingles of its body that another copy of the story also has
   (neither a page's template nor a sentence one site inserted counts);
5. dated before undated: on equal evidence so far, the member whose date put it among
   the earliest wins over one that only lacked a date;
6. the fewest additions: shingles no other copy has (a site's template, a sentence it
   inserted);
7. the longest body, counting only paragraphs of more than a few words (menu lines
   left in a page dump do not count);
8. the smallest id, so that every tie has one answer whatever the input order.

Rules 4 and 6 count shingles among the story's copies only: the nodes that verify
against the centre a first election without them chose (`cluster._elect`), so that a
template shared with unrelated stories of one site counts as an addition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from ..records import Article
from .patterns import (
    COPY_REASONS,
    COPY_TEXT,
    DATE_LINE_WORDS,
    SHORT_LINE_WORDS,
    SITE_WORD,
    SOURCE_CREDIT,
    STORY_WORDS,
)
from .shingles import normalise

# Names of the priority key's fields, for the `elected` reason of a canonical.
_KEY_REASONS = (
    "named_as_source", "earliest_published", "not_a_copy", "longest_body", "dated",
    "fewest_additions", "longest_body", "lowest_id",
)  # fmt: skip

Priority = tuple[int, int, int, int, int, int, int, str]

_WORD = re.compile(r"\w+")
_DAY = 86400
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")


@dataclass(frozen=True, slots=True)
class DocInfo:
    """The facts about one article that linking and election use."""

    id: str
    chars: int  # length of the clean body's paragraphs (short menu lines left out)
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

    @property
    def day(self) -> int | None:
        """The UTC day of publication (days since 1970), or None when undated."""
        return None if self.published is None else int(self.published // _DAY)

    def priority(
        self, named: bool, *, earliest: int | None = None, shared: int = 0, alone: int = 0
    ) -> Priority:
        """Sort key of the election: the smallest key is the canonical.

        `earliest`: the earliest `day` among the group's dated members, which an
        undated member takes as its own (see the module doc); `shared` and `alone`:
        shingles of this body that another copy of the story also has, and that none
        has."""
        day = self.day if self.day is not None else earliest
        return (
            0 if named else 1,
            day if day is not None else 0,
            1 if self.copy_signal else 0,
            -shared,
            0 if self.day is not None else 1,
            alone,
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
    if own and not _site_host(article.site_name, own[0]):
        # The page names its site, and its URL is another site's: a canonical URL
        # borrowed from the original, which the record took as its own.
        own, foreign = (), article.url
    points = tuple(u for u in _urls((article.source_link, foreign)) if u not in own)
    copy = bool(points) or any(_leftover(r.reason, r.text) for r in article.removed)
    dateline = article.dateline
    place = dateline.place.lower() if dateline is not None and dateline.place else None
    agencies = {a.lower() for a in article.agencies}
    if dateline is not None and dateline.agency:
        agencies.add(dateline.agency.lower())
    return DocInfo(
        id=article.id,
        chars=sum(len(p) for p in article.body if len(p.split()) > SHORT_LINE_WORDS),
        words=len(_WORD.findall(signature_text(article))),
        title=title_words(article.headline),
        published=parse_time(article.published) or _printed_date(article),
        copy_signal=copy or _credits_a_source(article.body),
        urls=own,
        points_to=points,
        agencies=tuple(sorted(agencies)),
        place=place,
    )


def _site_host(site_name: str | None, url: str) -> bool:
    """Whether `url` may be on the site named `site_name`: some word of the name (of
    three letters or more) is in its host. True when the name is not known."""
    words = [w for w in _WORD.findall((site_name or "").lower()) if len(w) >= SITE_WORD]
    host = url.split("/", 1)[0]
    return not words or any(w in host for w in words)


def _leftover(reason: str, text: str) -> bool:
    """Whether a removed line is an auto-blog scraper's leftover."""
    if reason not in COPY_REASONS:
        return False
    pattern = COPY_TEXT.get(reason)
    return pattern is None or pattern.match(text) is not None


def _printed_date(article: Article) -> float | None:
    """The date a page without date metadata still shows: a line of the body that is a
    date and nothing else (a text dump's date line), else a /YYYY/MM/DD/ URL path."""
    from ..structure import parse_date  # the structure step's parser, loaded on demand

    for line in article.body:
        words = len(line.split())
        if words >= STORY_WORDS:
            break
        if words <= DATE_LINE_WORDS and any(c.isdigit() for c in line):
            found = parse_time(parse_date(line))
            if found is not None:
                return found
    for url in (article.url, article.canonical_url):
        match = _URL_DATE.search(url or "")
        if match is not None:
            return parse_time("-".join(match.groups()))
    return None


def _credits_a_source(body: Sequence[str]) -> bool:
    """Whether the body closes on a credit to the site it was taken from."""
    return bool(body) and SOURCE_CREDIT.match(body[-1]) is not None


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
