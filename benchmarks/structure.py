"""Accuracy of the structure step on the hand-checked table of real copy.

    .venv/bin/python benchmarks/structure.py [--shared ../shared] [--failures]

Prints, per kind of case, how many came out exactly as checked by hand: dateline place
and agency (the figure the issue sets a 97 % floor on), dateline text and date, byline
authors and agencies, sign-off credits, closing-line and caption agencies, and headline
suffixes (those read their headline from ../shared at run time). Beside the dateline
figure stands a reference: the one-line regular expression a script would reach for
first, scored on the same cases. No library peer reads datelines from text.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path
from typing import Any

from newsrefinery.structure.agencies import canonical_agency
from newsrefinery.structure.evaluate import CaseResult, load_cases, score_case, summarise
from newsrefinery.structure.places import readable_place

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "tests" / "structure" / "data" / "structure_cases.jsonl"
# The usual first attempt: capitals, an optional "(AGENCY)", then a dash or a colon.
NAIVE = re.compile(r"^([A-Z][A-Z .,'/-]+?)\s*(?:\(([A-Za-z]+)\))?\s*(?:--|[—–―:-])\s")


def _naive(text: str) -> tuple[str | None, str | None] | None:
    m = NAIVE.match(text)
    if m is None:
        return None
    agency = canonical_agency(m.group(2)) if m.group(2) else None
    return readable_place(m.group(1).strip(" ,")), agency


def _naive_rate(cases: list[dict[str, Any]]) -> tuple[int, int]:
    ok = 0
    for case in cases:
        want = case["expect"]["dateline"]
        got = _naive(case["text"])
        if want is None:
            ok += got is None
        else:
            ok += got == (want["place"], want["agency"])
    return ok, len(cases)


def _line(label: str, passed: int, total: int, note: str = "") -> str:
    share = 100.0 * passed / total if total else 0.0
    return f"{label:<34} {passed:>4} / {total:<4} {share:6.1f} %  {note}"


def _report(results: list[CaseResult], cases: list[dict[str, Any]], seconds: float) -> None:
    table = summarise(results)
    datelines = [c for c in cases if c["kind"] == "dateline"]
    print(f"structure cases: {len(results)} scored in {seconds * 1000:.1f} ms\n")
    naive = _naive_rate(datelines)
    for kind, checks in table.items():
        for check, (passed, total) in checks.items():
            note = ""
            if (kind, check) == ("dateline", "place_agency"):
                note = f"naive regex: {100.0 * naive[0] / naive[1]:.1f} %"
            print(_line(f"{kind} {check}", passed, total, note))
    dev = [c for c in datelines if c.get("group") == "polnear-dev-first"]
    without = [c for c in dev if c["expect"]["dateline"] is None]
    ids = {c["id"] for c in without}
    false = sum(1 for r in results if r.id in ids and r.got is not None)
    print(f"\nPolNeAR dev first paragraphs: {len(dev)}, without a dateline: {len(without)}")
    print(f"false datelines on them: {false}")


def main() -> None:
    """Score every case of the table and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--table", type=Path, default=TABLE)
    parser.add_argument("--failures", action="store_true", help="list the failed cases")
    args = parser.parse_args()
    cases = load_cases(args.table)
    start = time.perf_counter()
    scored = [(c, score_case(c, args.shared)) for c in cases]
    seconds = time.perf_counter() - start
    results = [r for _, r in scored if r is not None]
    _report(results, cases, seconds)
    if args.failures:
        for case, result in scored:
            if result is not None and not result.ok:
                print(f"FAIL {case['id']}: {case.get('text', '')[:60]!r} got {result.got!r}")


if __name__ == "__main__":
    main()
