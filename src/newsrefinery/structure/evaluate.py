"""Score the structure parsers against a table of hand-checked cases.

The table (tests/structure/data/structure_cases.jsonl) holds one JSON object per case:
`kind` (dateline, byline, byline_line, signoff, closing, caption, headline), `source`
(path under ../shared), `text` (a short excerpt) and `expect`. Headline cases carry no
text: the headline is read from `source` at run time, so no title is copied, and the
case names the suffix that must come off.

Used by the table-driven test and by benchmarks/structure.py, so both report the
same figures.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..records import Article, Caption, Source
from .agencies import agencies_in_closing, find_agencies, parse_signoff
from .byline import is_byline, parse_byline
from .dateline import parse_dateline
from .headline import strip_publisher_suffix


@dataclass(frozen=True, slots=True)
class CaseResult:
    """Whether one case came out as expected, per aspect scored."""

    id: str
    kind: str
    ok: bool
    checks: Mapping[str, bool] = field(default_factory=dict)
    got: Any = None


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases of a JSON-lines table, in file order."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score_case(case: Mapping[str, Any], shared: Path | None = None) -> CaseResult | None:
    """Score one case; None for a headline case whose source is not available."""
    kind = case["kind"]
    if kind == "dateline":
        return _dateline(case)
    if kind == "byline":
        authors, agencies = parse_byline(case["text"])
        want = case["expect"]
        checks = {
            "authors": list(authors) == want["authors"],
            "agencies": list(agencies) == want["agencies"],
        }
        return _result(case, checks, (authors, agencies))
    if kind == "byline_line":
        got = is_byline(case["text"])
        return _result(case, {"is_byline": got == case["expect"]["is_byline"]}, got)
    if kind == "signoff":
        return _signoff(case)
    if kind in ("closing", "caption"):
        found = list(_agencies_of(kind, case["text"]))
        return _result(case, {"agencies": found == case["expect"]["agencies"]}, found)
    if kind == "headline":
        return _headline(case, shared)
    raise ValueError(f"unknown case kind {kind!r}")


def _result(case: Mapping[str, Any], checks: dict[str, bool], got: Any) -> CaseResult:
    return CaseResult(case["id"], case["kind"], all(checks.values()), checks, got)


def _dateline(case: Mapping[str, Any]) -> CaseResult:
    got = parse_dateline(case["text"])
    want = case["expect"]["dateline"]
    if want is None or got is None:
        same = want is None and got is None
        checks = {"place_agency": same, "text": same, "date": same}
    else:
        checks = {
            "place_agency": got.place == want["place"] and got.agency == want["agency"],
            "text": got.text == want["text"],
            "date": got.date == want["date"],
        }
    return _result(case, checks, got)


def _signoff(case: Mapping[str, Any]) -> CaseResult:
    got = parse_signoff(case["text"])
    want = case["expect"]
    checks = {
        role: got is not None and list(getattr(got, role)) == want[role]
        for role in ("reporters", "writers", "editors", "agencies")
    }
    return _result(case, checks, got)


def _agencies_of(kind: str, text: str) -> tuple[str, ...]:
    source = Source(uri="case", format="text")
    if kind == "caption":
        article = Article(id="case", source=source, captions=(Caption(text=text),))
        return find_agencies(article)
    return tuple(agencies_in_closing(text))


def _headline(case: Mapping[str, Any], shared: Path | None) -> CaseResult | None:
    path = (shared / case["source"]) if shared else None
    if path is None or not path.is_file():
        return None
    with path.open(encoding="utf-8") as handle:
        headline = " ".join(handle.readline().split())
    suffix = case["expect"]["suffix"]
    want = headline[: len(headline) - len(suffix)] if suffix else headline
    got = strip_publisher_suffix(headline)
    return _result(case, {"headline": got == want}, got)


def summarise(results: Iterable[CaseResult]) -> dict[str, dict[str, tuple[int, int]]]:
    """{kind: {check: (passed, total)}} over the scored cases."""
    table: dict[str, dict[str, list[int]]] = {}
    for result in results:
        for check, ok in {"all": result.ok, **result.checks}.items():
            cell = table.setdefault(result.kind, {}).setdefault(check, [0, 0])
            cell[0] += int(ok)
            cell[1] += 1
    return {k: {c: (v[0], v[1]) for c, v in checks.items()} for k, checks in table.items()}
