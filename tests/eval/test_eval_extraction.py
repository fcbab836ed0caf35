"""Extraction eval gate: ../shared/eval/score_extraction.py on both benchmarks, with floors.

Floors sit a little below what the extractor reaches (SH F1 0.976 on scrapinghub,
0.884 on scraped-html; every headline, author and date of the Readability test pages
that carry one). The best peer measured on this machine, trafilatura 2.3.1 with
favor_precision, scores 0.959 / 0.870; `benchmarks/extraction.py` prints all of them
side by side. Predictions are scored by the shared scorer in a subprocess, exactly as
a person would run it.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsrefinery.extract import extract_html
from newsrefinery.ingest import decode
from newsrefinery.records import RawDoc
from newsrefinery.steps import build_pipeline, refine_raw

ROOT = Path(__file__).resolve().parents[2]
FLOORS = {"scrapinghub": 0.970, "scraped-html": 0.875}
# The product's body: the whole pipeline, whose cleaner also runs on the blocks
# (0.972 / 0.885 measured); it removes embedded posts and sign-offs the truth keeps.
PIPELINE_FLOORS = {"scrapinghub": 0.966, "scraped-html": 0.875}
DATA = {"scrapinghub": "scrapinghub-aeb", "scraped-html": "scraped-dev"}
METADATA_FLOOR = 0.9


def _scorer(shared: Path) -> Path:
    scorer = shared / "eval" / "score_extraction.py"
    if not scorer.is_file():
        pytest.skip("score_extraction.py is not present")
    return scorer


def _pages(scorer: Path, bench: str, data: Path) -> list[tuple[str, str, str | None]]:
    listing = subprocess.run(
        [sys.executable, str(scorer), "--bench", bench, "--data", str(data), "--list-ids"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    pages = []
    for line in listing.splitlines():
        page_id, path, url = [*line.split("\t"), "", ""][:3]
        content = Path(path).read_bytes()
        if path.endswith(".gz"):
            content = gzip.decompress(content)
        html, _warnings = decode(RawDoc(uri=path, format="html", kind="html", content=content))
        pages.append((page_id, html, url or None))
    return pages


def _extractor_text(html: str, url: str | None) -> str:
    return "\n".join(extract_html(html, url=url).blocks)


def _pipeline_text() -> Callable[[str, str | None], str]:
    steps = build_pipeline()

    def run(html: str, url: str | None) -> str:
        raw = RawDoc(uri=url or "<html>", format="html", kind="html", content=html, url=url)
        return "\n".join(refine_raw(raw, steps).body)

    return run


@pytest.mark.parametrize("mode", ["extractor", "pipeline"])
@pytest.mark.parametrize("bench", sorted(FLOORS))
def test_extraction_f1_above_floor(shared: Path, tmp_path: Path, bench: str, mode: str) -> None:
    scorer = _scorer(shared)
    data = shared / "benchdata" / DATA[bench]
    if not data.is_dir():
        pytest.skip(f"{data} is not present")
    text_of = _extractor_text if mode == "extractor" else _pipeline_text()
    floor = (FLOORS if mode == "extractor" else PIPELINE_FLOORS)[bench]
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for page_id, html, url in _pages(scorer, bench, data):
            text = text_of(html, url)
            out.write(json.dumps({"id": page_id, "text": text}, ensure_ascii=False) + "\n")
    scores = tmp_path / "scores.json"
    cmd = [sys.executable, str(scorer), "--bench", bench, "--data", str(data), "--pred", str(pred)]
    subprocess.run([*cmd, "--json", str(scores)], check=True, capture_output=True, timeout=300)
    overall = json.loads(scores.read_text(encoding="utf-8"))["overall"]
    assert overall["sh_f1"] >= floor, overall
    assert overall["empty"] == 0 or bench == "scraped-html", overall


def test_metadata_of_the_readability_pages_above_floor(shared: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from extraction import author_ok, date_ok, headline_ok
    finally:
        sys.path.pop(0)
    html_dir = shared / "benchdata" / "scraped-dev" / "html"
    if not html_dir.is_dir():
        pytest.skip("scraped-dev is not present")
    expected = json.loads((ROOT / "benchmarks" / "data" / "readability_metadata.json").read_text())
    right = {"headline": [0, 0], "author": [0, 0], "published": [0, 0]}
    for page_id, want in expected["pages"].items():
        html = (html_dir / f"{page_id}.html").read_text(encoding="utf-8", errors="replace")
        meta = extract_html(html).meta
        right["headline"][0] += headline_ok(want["title"], meta.headline)
        right["headline"][1] += 1
        if want["authors"]:
            right["author"][0] += author_ok(
                want["byline"], want["authors"], ", ".join(meta.authors)
            )
            right["author"][1] += 1
        if want["publishedTime"]:
            right["published"][0] += date_ok(want["publishedTime"], meta.published)
            right["published"][1] += 1
    shares = {k: ok / n for k, (ok, n) in right.items()}
    assert all(share >= METADATA_FLOOR for share in shares.values()), right
