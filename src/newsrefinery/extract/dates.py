"""Publication and update dates of a page, with the signal each came from.

Signals are tried in a fixed order and the first that gives a valid date wins:
`json-ld` (datePublished), `meta` (article:published_time, dc.date, microdata),
`time` (a `<time datetime>` of the article), `url` (/2019/11/18/), `text` (a printed
"Published March 2, 2023"). A date is valid when it has a year, a month and a day as
written (a partial "/2019/11/" stays "2019-11", it is never completed with today's
day), and is not after the fetch (or WARC) date. Time zones are kept as given.
Nothing here reads the clock: the same page gives the same dates on any day.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from ..structure import find_text_dates, parse_date
from .jsonld import LinkedData
from .patterns import DATE_CLASSES, MODIFIED_META, PUBLISHED_META
from .tree import PageIndex, text_of

_ISO = re.compile(
    r"^(?P<y>\d{4})-?(?P<m>\d{2})(?:-?(?P<d>\d{2}))?"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?\s*"
    r"(?P<z>Z|[+-]\d{2}(?::?\d{2})?)?)?$"
)
_CJK = re.compile(
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"(?:\s*(?P<H>\d{1,2})\s*[:時时]\s*(?P<M>\d{2}))?"
)
_DOTTED = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")
# Dates in a URL path: /2019/11/18/, /20191118/, /2019-11-18-slug. A "2026-1" in
# "kali-linux-2026-1-release" is a version number: a month needs two digits and the
# date must stand between path or slug separators.
_URL_FULL = re.compile(
    r"(?:^|[/_-])(?P<y>(?:19|20)\d\d)(?P<sep>[/_-]?)(?P<m>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0[1-9]|[12]\d|3[01])(?=$|[/_.?#-])"
)
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>0[1-9]|1[0-2])/")
# Archives are news too (Reuters-21578 is from 1987); older years are mostly founding
# dates and copyright lines, not publication.
_MIN_YEAR = 1900


_MAX_TEXT = 200
_MAX_TIME_ELEMENTS = 3
_MAX_DATE_LINES = 40
_DATE_NAME = re.compile("|".join(DATE_CLASSES))


@dataclass(frozen=True, slots=True)
class PageDates:
    published: str | None = None
    published_from: str | None = None
    modified: str | None = None


def page_dates(
    tree: Any,
    ld: LinkedData,
    meta: dict[str, str],
    index: PageIndex,
    *,
    url: str | None = None,
    fetched: str | None = None,
) -> PageDates:
    """Published and modified dates of the page in `tree` (before pruning); `meta` maps
    lower-cased meta names to their content."""
    limit = _instant(fetched) if fetched else None
    signals: tuple[tuple[str, Callable[[], str | None]], ...] = (
        ("json-ld", lambda: _first_valid([ld.published], limit)),
        ("meta", lambda: _first_valid(_published_meta(index, meta), limit)),
        ("time", lambda: _first_valid(_time_values(tree), limit)),
        ("url", lambda: _url_date(url or "", limit)),
        ("text", lambda: _text_date(tree, index, fetched, limit)),
    )
    published, source = None, None
    for name, signal in signals:
        published = signal()
        if published:
            source = name
            break
    modified = _first_valid(
        [ld.modified, *(meta.get(name) for name in MODIFIED_META), *_microdata(index, "modified")],
        limit,
    )
    return PageDates(published, source, modified)


def normalise_date(value: str | None) -> str | None:
    """An ISO 8601 date or date-time from a machine-readable or printed date, or None."""
    if not value:
        return None
    text = " ".join(str(value).split())
    m = _ISO.match(text)
    if m:
        return _from_parts(m.groupdict())
    m = _CJK.search(text)
    if m:
        return _from_parts(m.groupdict())
    m = _DOTTED.search(text)
    if m and len(text) <= 40:
        return _from_parts(m.groupdict())
    return parse_date(text)


def is_after(value: str, limit: datetime) -> bool:
    """Whether the date `value` lies after `limit` (a whole day counts as its start)."""
    moment = _instant(value)
    return moment is not None and moment > limit + timedelta(hours=14)


# ----------------------------------------------------------------------------- signals
def _published_meta(index: PageIndex, meta: dict[str, str]) -> list[str | None]:
    return [meta.get(name) for name in PUBLISHED_META] + _microdata(index, "published")


def _microdata(index: PageIndex, which: str) -> list[str | None]:
    prop = "datePublished" if which == "published" else "dateModified"
    key = prop.lower()
    out: list[str | None] = []
    for el, value in index.named:
        if key in value and el.get("itemprop") == prop and el.tag != "meta":
            out.append(el.get("content") or el.get("datetime") or text_of(el))
    return out


def _time_values(tree: Any) -> list[str | None]:
    """`<time datetime>` of the article: marked as its publication, inside its header or
    byline, or the page's only few time elements."""
    times = [t for t in tree.iter("time") if t.get("datetime")]
    marked = [t for t in times if t.get("pubdate") is not None or _in_article_head(t)]
    chosen = marked or (times if len(times) <= _MAX_TIME_ELEMENTS else [])
    return [t.get("datetime") for t in chosen]


def _in_article_head(el: Any) -> bool:
    for level, ancestor in enumerate(el.iterancestors()):
        if level > 4:
            return False
        if ancestor.tag in ("header", "article", "main"):
            return True
        value = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower()
        if any(word in value for word in DATE_CLASSES):
            return True
    return False


def _url_date(url: str, limit: datetime | None) -> str | None:
    path = url.split("://", 1)[-1].partition("/")[2]
    path = "/" + path.split("?", 1)[0]
    for m in _URL_FULL.finditer(path):
        value = _from_parts(m.groupdict())
        if value and _allowed(value, limit):
            return value
    month = _URL_MONTH.search(path)
    if month:
        value = f"{month.group('y')}-{month.group('m')}"
        return value if _allowed(value + "-01", limit) else None
    return None


def _text_date(
    tree: Any, index: PageIndex, fetched: str | None, limit: datetime | None
) -> str | None:
    lines = list(_date_lines(tree, index))
    if not lines:
        return None
    for line in lines:  # dates the English parser does not read: 2021年03月23日, 12.03.2019
        value = normalise_date(line) if _CJK.search(line) or _DOTTED.search(line) else None
        if value and _allowed(value, limit):
            return value
    published, _modified = find_text_dates(lines, fetched, bare=lines)
    if published and _allowed(published, limit):
        return published
    return _dateparser(lines, fetched, limit)


def _date_lines(tree: Any, index: PageIndex) -> Iterator[str]:
    """Short texts of <time> elements and of elements named like a date or byline."""
    seen: set[str] = set()
    named = (el for el, value in index.named if _DATE_NAME.search(value))
    for el in itertools.chain(tree.iter("time"), named):
        if el.tag in ("script", "style"):
            continue
        text = " ".join(text_of(el).split())
        if 6 <= len(text) <= _MAX_TEXT and text not in seen:
            seen.add(text)
            yield text
            if len(seen) >= _MAX_DATE_LINES:
                return


def _dateparser(lines: Iterable[str], fetched: str | None, limit: datetime | None) -> str | None:
    """Printed dates in other languages ("21. Dezember 2018"), with every part required."""
    try:
        import dateparser  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - an optional helper, trafilatura pulls it in
        return None
    settings: dict[str, Any] = {"REQUIRE_PARTS": ["day", "month", "year"]}
    base = _instant(fetched) if fetched else None
    if base is not None:
        settings["RELATIVE_BASE"] = base.replace(tzinfo=None)
    else:
        settings["PARSERS"] = ["custom-formats", "absolute-time"]
    for line in lines:
        if not any(c.isdigit() for c in line):
            continue
        found = dateparser.parse(line, settings=settings)
        if found is not None and found.year >= _MIN_YEAR:
            value: str = found.date().isoformat()
            if _allowed(value, limit):
                return value
    return None


# ----------------------------------------------------------------------------- values
def _first_valid(values: Iterable[str | None], limit: datetime | None) -> str | None:
    for raw in values:
        value = normalise_date(raw)
        if value and _allowed(value, limit):
            return value
    return None


def _allowed(value: str, limit: datetime | None) -> bool:
    if int(value[:4]) < _MIN_YEAR:
        return False
    return limit is None or not is_after(value, limit)


def _from_parts(parts: dict[str, str | None]) -> str | None:
    try:
        year, month = int(parts["y"] or 0), int(parts["m"] or 0)
        if not parts.get("d"):
            return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
        day = datetime(year, month, int(parts["d"] or 0))
        if not parts.get("H"):
            return day.date().isoformat()
        moment = day.replace(
            hour=int(parts["H"] or 0), minute=int(parts["M"] or 0), second=int(parts.get("S") or 0)
        )
    except ValueError:
        return None
    zone = parts.get("z")
    if zone:
        moment = moment.replace(tzinfo=_zone(zone))
    return moment.isoformat()


def _zone(text: str) -> timezone:
    if text == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _instant(value: str) -> datetime | None:
    """A datetime for comparisons; naive values and bare days are read as UTC."""
    text = value.strip().replace("Z", "+00:00")
    if len(text) == 7:
        text += "-01"
    try:
        moment = datetime.fromisoformat(text[:32])
    except ValueError:
        normalised = normalise_date(value)
        if not normalised or normalised == value:
            return None
        return _instant(normalised)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
