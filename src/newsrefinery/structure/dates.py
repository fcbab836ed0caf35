"""Publication and update dates printed in the text of a page.

"Published March 2, 2023", "Updated 5:03 PM EST, Thu March 2, 2023",
"Published: 10:03 EDT, 16 September 2020 | Updated: 12:15 EDT, 16 September 2020",
"Posted by Cass Sunstein on July 18, 2012 at 11:00 AM EDT", "2 hours ago".

The standard library does this: the formats are few and a general date parser guesses
missing parts from today, which this module must never do. A date needs a day, a
month and a year as written; a relative date ("2 hours ago") needs the fetch date.
Output is ISO 8601: "2023-03-02", or "2023-03-02T17:03:00-05:00" when a time is given
(with its offset only when a time zone is given).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from .patterns import (
    DATE_CONNECTORS,
    DATE_KEYWORDS,
    MONTHS,
    RELATIVE_UNITS,
    TIMEZONES,
    US_ZONES,
    WEEKDAYS,
)

_MAX_DATE_TOKENS = 14
_MAX_BARE_WORDS = 16
_POSTED_BY_REACH = 80
_MAX_RELATIVE_WORDS = 4
_TOKEN = re.compile(
    r"(?P<isodt>\d{4}-\d\d-\d\dT[0-9:.]{5,15}(?:Z|[+-]\d\d:\d\d|[+-]\d\d\d\d)?)"
    r"|(?P<ymd>\d{4}[-/]\d\d?[-/]\d\d?)"
    r"|(?P<mdy>\d\d?/\d\d?/\d{4})"
    r"|(?P<time>\d\d?:\d\d(?::\d\d)?)"
    r"|(?P<ampm>[AaPp]\.[Mm]\.|[AaPp][Mm]\b)"
    r"|(?P<num>\d{1,4}(?:st|nd|rd|th)?)"
    r"|(?P<word>[^\W\d_]+\.?)"
    r"|(?P<punct>[,:])"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)"
)
_KEYWORD = re.compile(
    r"(?:^|[|•·;(—–]\s*|\s-\s)(?P<kw>first published|last updated|last modified|published"
    r"|updated|posted|modified|created)(?: on)?\s*:?\s*",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"^(?P<n>\d{1,3}|an?|one) (?P<unit>sec|second|min|minute|hr|hour|day|week)s? ago\b"
    r"|^(?P<word>yesterday|today|just now)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Parts:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int = 0
    second: int = 0
    pm: bool | None = None
    zone: str | None = None
    iso: str | None = None


def find_text_dates(
    lines: Iterable[str], fetched: str | None = None, *, bare: Iterable[str] = ()
) -> tuple[str | None, str | None]:
    """(published, modified) found in `lines`, as ISO 8601 strings or None.

    Only dates after a keyword (Published, Updated, Posted, Last modified ...) count in
    `lines`. Lines in `bare` (a byline, a date line) may hold a date with no keyword;
    the first such date is the publication date when no keyword gave one. Relative
    dates resolve against `fetched` (ISO 8601) and are ignored without it.
    """
    found: dict[str, str] = {}
    for line in lines:
        text = " ".join(line.split())
        for field, value in _keyword_dates(text, fetched):
            found.setdefault(field, value)
        if len(text.split()) <= _MAX_RELATIVE_WORDS:  # a line that is only "2 hours ago"
            relative = _relative(text, fetched)
            if relative:
                found.setdefault("published", relative)
    if "published" not in found:
        for line in bare:
            text = " ".join(line.split())
            bare_value = _bare_date(text) if len(text.split()) <= _MAX_BARE_WORDS else None
            if bare_value:
                found["published"] = bare_value
                break
    return found.get("published"), found.get("modified")


def _keyword_dates(text: str, fetched: str | None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for m in _KEYWORD.finditer(text):
        field = DATE_KEYWORDS[" ".join(m.group("kw").lower().split())]
        rest = text[m.end() :]
        if rest[:3].lower() == "by ":
            at = rest.find(" on ", 0, _POSTED_BY_REACH)
            rest = rest[at + 4 :] if at >= 0 else ""
        value = parse_date(rest) or _relative(rest, fetched)
        if value:
            out.append((field, value))
    return out


def _bare_date(text: str) -> str | None:
    """The first full date anywhere in a short line."""
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        word = m.group().rstrip(".").lower()
        if kind in ("isodt", "ymd", "mdy", "num", "time") or word in MONTHS or word in WEEKDAYS:
            value = parse_date(text[m.start() :])
            if value:
                return value
    return None


def parse_date(text: str) -> str | None:
    """The date (and time) that `text` starts with, as ISO 8601, or None."""
    parts = _Parts()
    count = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind == "space":
            continue
        count += 1
        if count > _MAX_DATE_TOKENS or not _absorb(parts, kind, m.group()):
            break
    return _render(parts)


def _absorb(parts: _Parts, kind: str, tok: str) -> bool:
    """Fold one token into `parts`; False when the token ends the date expression."""
    if kind == "isodt":
        parts.iso = tok.replace("Z", "+00:00")
        return False
    handler = _HANDLERS.get(kind)
    return handler(parts, tok) if handler else False


def _absorb_numeric_date(parts: _Parts, tok: str) -> bool:
    nums = [int(x) for x in re.split(r"[-/]", tok)]
    if len(re.split(r"[-/]", tok, maxsplit=1)[0]) == 4:  # 2023-03-02
        parts.year, parts.month, parts.day = nums
    elif nums[0] <= 12:  # US order is what "06/18/2016" means
        parts.month, parts.day, parts.year = nums
    else:
        parts.day, parts.month, parts.year = nums
    return True


def _absorb_time(parts: _Parts, tok: str) -> bool:
    nums = [int(x) for x in tok.split(":")]
    parts.hour, parts.minute = nums[0], nums[1]
    parts.second = nums[2] if len(nums) > 2 else 0
    return True


def _absorb_ampm(parts: _Parts, tok: str) -> bool:
    parts.pm = tok[0] in "pP"
    return True


def _absorb_num(parts: _Parts, tok: str) -> bool:
    return _absorb_number(parts, int(tok.rstrip("stndrh")), len(tok.rstrip("stndrh")))


def _absorb_number(parts: _Parts, value: int, width: int) -> bool:
    if width == 4 and parts.year is None:
        parts.year = value
        return True
    if parts.day is None and 1 <= value <= 31 and width <= 2:
        parts.day = value
        return True
    return False


def _absorb_word(parts: _Parts, tok: str) -> bool:
    key = tok.rstrip(".").lower()
    if key in MONTHS and parts.month is None:
        parts.month = MONTHS[key]
        return True
    if key in WEEKDAYS or key in DATE_CONNECTORS:
        return True
    zone = tok.rstrip(".").upper()
    if (zone in TIMEZONES or zone in US_ZONES) and parts.zone is None:
        parts.zone = zone
        return True
    return False


_HANDLERS: dict[str, Callable[[_Parts, str], bool]] = {
    "ymd": _absorb_numeric_date,
    "mdy": _absorb_numeric_date,
    "time": _absorb_time,
    "ampm": _absorb_ampm,
    "num": _absorb_num,
    "punct": lambda parts, tok: True,
    "word": _absorb_word,
}


def _render(parts: _Parts) -> str | None:
    if parts.iso:
        try:
            return datetime.fromisoformat(parts.iso).isoformat()
        except ValueError:
            return None
    day = _day(parts)
    if day is None or parts.hour is None:
        return day.isoformat() if day else None
    hour = parts.hour % 12 + (12 if parts.pm else 0) if parts.pm is not None else parts.hour
    if hour > 23 or parts.minute > 59 or parts.second > 59:
        return None
    moment = datetime(day.year, day.month, day.day, hour, parts.minute, parts.second)
    offset = _offset_minutes(parts.zone, day)
    if offset is not None:
        moment = moment.replace(tzinfo=timezone(timedelta(minutes=offset)))
    return moment.isoformat()


def _day(parts: _Parts) -> date | None:
    """The calendar day, only when day, month and year were all written."""
    if parts.year is None or parts.month is None or parts.day is None:
        return None
    try:
        return date(parts.year, parts.month, parts.day)
    except ValueError:
        return None


def _offset_minutes(zone: str | None, day: date) -> int | None:
    if zone is None:
        return None
    if zone in US_ZONES:
        return US_ZONES[zone] + (60 if _us_daylight_saving(day) else 0)
    return TIMEZONES[zone]


def _us_daylight_saving(day: date) -> bool:
    """US daylight saving by date (the 2 a.m. switch hour is ignored)."""
    if day.year >= 2007:  # second Sunday of March to first Sunday of November
        start, end = _nth_sunday(day.year, 3, 2), _nth_sunday(day.year, 11, 1)
    else:  # first Sunday of April to last Sunday of October
        start, end = _nth_sunday(day.year, 4, 1), _nth_sunday(day.year, 10, 5)
    return start <= day < end


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    sunday = first + timedelta(days=(6 - first.weekday()) % 7)
    nth = sunday + timedelta(weeks=n - 1)
    while nth.month != month:  # n=5 means "the last one"
        nth -= timedelta(weeks=1)
    return nth


def _relative(text: str, fetched: str | None) -> str | None:
    """ "2 hours ago" against the fetch time; None without one."""
    m = _RELATIVE.match(text)
    if m is None or not fetched:
        return None
    try:
        base = datetime.fromisoformat(fetched.replace("Z", "+00:00"))
    except ValueError:
        return None
    word = (m.group("word") or "").lower()
    if word:
        return (base.date() - timedelta(days=1 if word == "yesterday" else 0)).isoformat()
    n = 1 if m.group("n").isalpha() else int(m.group("n"))
    unit = RELATIVE_UNITS[m.group("unit").lower()]
    moment = base - timedelta(**{unit: n})
    return moment.date().isoformat() if unit in ("days", "weeks") else moment.isoformat()


def relative_date(text: str, fetched: str | None) -> str | None:
    """Public form of the relative-date rule: "3 days ago" -> a date before `fetched`."""
    return _relative(" ".join(text.split()), fetched)
