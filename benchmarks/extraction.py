"""HTML extraction benchmark: newsrefinery's extractor and full pipeline beside trafilatura,
readability-lxml, resiliparse and newspaper4k, on the same pages in the same run.

    .venv/bin/python benchmarks/extraction.py [--shared ../shared] [--bench scrapinghub]
        [--bench scraped-html] [--systems ours,trafilatura,...] [--out DIR] [--rounds 3]

For each benchmark every system extracts the main text of every page on one core (the
process pins itself to one CPU). Each system's predictions are written as the JSON lines
`../shared/eval/score_extraction.py` reads, the scorer grades them in a subprocess, and
one table prints SH F1 / P / R, ROUGE-LSum, empty pages and the median milliseconds per
page, with the ratio of every peer's median time to ours, then ours beside the best
peer as ratios. Timing is the best of `--rounds` passes per page (the first pass also
warms lazy imports); every pass of ours starts with its memo tables emptied, the
collector is off while timing (as in `timeit`), and the systems take turns page by page.

Ours gives two rows. "newsrefinery extractor" is the whole `extract_html` call: parse,
body, captions and page metadata (headline, dates, authors, language); its text is the
extracted blocks. "newsrefinery full pipeline" is what the product returns
(`newsrefinery.api.refine_html`: the extractor, then the clean, structure, entities,
quotes and language steps); its text is the article body after cleaning. Peers are
timed on their main-text call only; "x ours" compares with the extractor row.

With `scraped-html`, the Readability test pages that carry expected metadata
(`benchmarks/data/readability_metadata.json`, from Mozilla Readability's fixtures) also
give headline, author and published-date accuracy for ours, trafilatura and newspaper4k.
A peer that is not installed (`pip install -e '.[bench]'`) is reported as missing.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
METADATA = ROOT / "benchmarks" / "data" / "readability_metadata.json"
DATA = {"scrapinghub": "scrapinghub-aeb", "scraped-html": "scraped-dev"}
SYSTEMS = (
    "ours", "ours-pipeline", "trafilatura", "trafilatura-precision", "readability", "resiliparse",
    "newspaper4k",
)  # fmt: skip
OURS = ("ours", "ours-pipeline")
LABELS = {"ours": "newsrefinery extractor", "ours-pipeline": "newsrefinery full pipeline"}
# Those that return a headline, authors and a date.
META_SYSTEMS = ("ours", "ours-pipeline", "trafilatura", "newspaper4k")
WIDTH = 28  # of the system column
BLOCK_TAGS = frozenset({
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td", "th",
    "dd", "dt", "figcaption", "section", "article", "br",
})  # fmt: skip


@dataclass
class Page:
    id: str
    html: str
    url: str | None


@dataclass
class Output:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None

    @classmethod
    def of(
        cls, blocks: Iterable[str], title: str | None, authors: Iterable[str], date: str | None
    ) -> Output:
        """Ours, from blocks and metadata, in the shape the peers give."""
        return cls("\n".join(blocks), title, ", ".join(authors) or None, date)


@dataclass
class Run:
    name: str
    outputs: dict[str, Output] = field(default_factory=dict)
    ms: dict[str, float] = field(default_factory=dict)
    errors: int = 0
    missing: str | None = None


Extractor = Callable[[str, str | None], Output]


# ----------------------------------------------------------------------------- systems
def _ours() -> Extractor:
    from newsrefinery.extract import extract_html

    def run(html: str, url: str | None) -> Output:
        got = extract_html(html, url=url)
        meta = got.meta
        return Output.of(got.blocks, meta.headline, meta.authors, meta.published)

    return run


def _ours_pipeline() -> Extractor:
    from newsrefinery.records import RawDoc
    from newsrefinery.steps import build_pipeline, refine_raw

    steps = build_pipeline()  # once, as `api.refine_html` would for each page

    def run(html: str, url: str | None) -> Output:
        raw = RawDoc(uri=url or "<html>", format="html", kind="html", content=html, url=url)
        article = refine_raw(raw, steps)
        return Output.of(article.body, article.headline, article.authors, article.published)

    return run


def _trafilatura(*, precision: bool) -> Extractor:
    import trafilatura

    def run(html: str, url: str | None) -> Output:
        text = trafilatura.extract(
            html, url=url, deduplicate=False, favor_precision=precision, include_tables=True
        )
        return Output(text or "")

    return run


def _trafilatura_meta(html: str, url: str | None) -> Output:
    import trafilatura

    meta = trafilatura.extract_metadata(html, default_url=url)
    if meta is None:
        return Output("")
    return Output("", meta.title, meta.author, meta.date)


def _readability() -> Extractor:
    import lxml.html
    from readability import Document

    def run(html: str, url: str | None) -> Output:
        summary = Document(html, url=url).summary(html_partial=True)
        return Output(_html_text(lxml.html.fragment_fromstring(summary, create_parent="div")))

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str, url: str | None) -> Output:
        return Output(extract_plain_text(html, main_content=True))

    return run


def _newspaper() -> Extractor:
    from newspaper import Article

    def run(html: str, url: str | None) -> Output:
        # fetch_images=False: by default it downloads every image to measure its size.
        article = Article(url or "http://example.invalid/", fetch_images=False)
        article.download(input_html=html)
        article.parse()
        date = article.publish_date.isoformat() if article.publish_date else None
        return Output(article.text or "", article.title, ", ".join(article.authors) or None, date)

    return run


def _factory(name: str) -> Extractor:
    """The extractor called `name`; importing its library may raise ImportError."""
    factories: dict[str, Callable[[], Extractor]] = {
        "ours": _ours,
        "ours-pipeline": _ours_pipeline,
        "trafilatura": lambda: _trafilatura(precision=False),
        "trafilatura-precision": lambda: _trafilatura(precision=True),
        "trafilatura-meta": lambda: _trafilatura_meta,
        "readability": _readability,
        "resiliparse": _resiliparse,
        "newspaper4k": _newspaper,
    }
    if name not in factories:
        raise SystemExit(f"unknown system {name!r}; known: {', '.join(SYSTEMS)}")
    return factories[name]()


def _html_text(root: Any) -> str:
    """One line per block element, as the scorer strips the Readability expectations."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
        current.clear()

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in BLOCK_TAGS:
            flush()
        if node.text and tag not in ("script", "style"):
            current.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if tag in BLOCK_TAGS:
            flush()

    walk(root)
    flush()
    return "\n".join(lines)


# ----------------------------------------------------------------------------- pages
def load_pages(shared: Path, bench: str) -> list[Page]:
    from newsrefinery.ingest import decode
    from newsrefinery.records import RawDoc

    scorer = shared / "eval" / "score_extraction.py"
    data = shared / "benchdata" / DATA[bench]
    listing = subprocess.run(
        [sys.executable, str(scorer), "--bench", bench, "--data", str(data), "--list-ids"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = []
    for line in listing.splitlines():
        page_id, path, url = [*line.split("\t"), "", ""][:3]
        raw = Path(path).read_bytes()
        if path.endswith(".gz"):
            raw = gzip.decompress(raw)
        doc = RawDoc(uri=path, format="html", kind="html", content=raw)
        text, _warnings = decode(doc)
        pages.append(Page(page_id, text, url or None))
    return pages


def run_systems(names: list[str], pages: list[Page], rounds: int) -> dict[str, Run]:
    """Every system on every page; the systems take turns page by page, so a machine
    that gets busier or quieter during the run weighs on all of them alike."""
    runs = {name: Run(name) for name in names}
    extractors: dict[str, Extractor] = {}
    for name, run in runs.items():
        try:
            extractors[name] = _factory(name)
        except ImportError as exc:
            run.missing = f"not installed ({exc.name}); pip install -e '.[bench]'"
    for page in pages:
        for name, extract in extractors.items():
            out, ms = _timed(extract, page, rounds)
            run = runs[name]
            if out is None:
                run.errors += 1
                out = Output("")
            run.outputs[page.id] = out
            run.ms[page.id] = ms
    return runs


def _timed(extract: Extractor, page: Page, rounds: int) -> tuple[Output | None, float]:
    """The output and the best time of `rounds` calls, in milliseconds."""
    best = float("inf")
    out: Output | None = None
    for _ in range(rounds):
        # Every round starts cold: our memo tables of class names are emptied, since a
        # page of a site seen once gains nothing from them.
        _clear_our_caches()
        # As timeit does: the collector off while timing, so that one system's garbage
        # (or another's large heap) is not charged to whoever allocates next.
        gc.collect()
        gc.disable()
        start = time.perf_counter()
        try:
            out = extract(page.html, page.url)
        except Exception:  # a peer that crashes on a page scores it as empty
            out = None
        finally:
            best = min(best, time.perf_counter() - start)
            gc.enable()
    return out, best * 1000.0


def _clear_our_caches() -> None:
    """Empty the extractor's memo tables (not the lxml parser it keeps)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("newsrefinery.extract."):
            continue
        for value in vars(module).values():
            if hasattr(value, "cache_clear") and getattr(value, "__name__", "") != "_parser":
                value.cache_clear()


def score(shared: Path, bench: str, run: Run, out_dir: Path) -> dict[str, Any]:
    pred = out_dir / f"{bench}-{run.name}.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for page_id, out in run.outputs.items():
            fh.write(json.dumps({"id": page_id, "text": out.text}, ensure_ascii=False) + "\n")
    scores = out_dir / f"{bench}-{run.name}.scores.json"
    data = shared / "benchdata" / DATA[bench]
    cmd = [sys.executable, str(shared / "eval" / "score_extraction.py"), "--bench", bench]
    cmd += ["--data", str(data), "--pred", str(pred), "--json", str(scores)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    result: dict[str, Any] = json.loads(scores.read_text(encoding="utf-8"))
    return result


# ----------------------------------------------------------------------------- metadata
def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = re.sub(r"[‘’´`]", "'", text)
    text = re.sub(r"[“”]", '"', text)
    return " ".join(text.split())


_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


def headline_ok(expected: str, got: str | None) -> bool:
    """Equal, or equal once a site suffix (" - Breitbart", " | Author") comes off either."""
    want, have = _norm(expected), _norm(got)
    if not have:
        return False
    if want == have:
        return True
    for longer, shorter in ((want, have), (have, want)):
        if longer.startswith(shorter) and longer[len(shorter) :].startswith(_SEPARATORS):
            return True
    return False


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", _norm(text))) - {"by", "and", "avec", "et"}


def author_ok(byline: str, people: list[str], got: str | None) -> bool:
    """Every expected person's name words given, and nothing outside the expected byline."""
    have = _words(got)
    want = set().union(*(_words(p) for p in people))
    return bool(have) and want <= have and have <= _words(byline)


def date_ok(expected: str, got: str | None) -> bool:
    return bool(got) and str(got)[:10] == expected[:10]


def metadata_table(runs: dict[str, Run], pages: list[Page]) -> list[str]:
    expected = json.loads(METADATA.read_text(encoding="utf-8"))["pages"]
    ids = {p.id for p in pages}
    rows = ["", "metadata on the Readability test pages (share right; pages that carry the field)"]
    rows.append(f"{'system':<{WIDTH}}{'headline':>14}{'author':>14}{'published':>14}")
    for name, run in runs.items():
        if run.missing or not run.outputs or name not in META_SYSTEMS:
            continue
        counts = {"headline": [0, 0], "author": [0, 0], "published": [0, 0]}
        for page_id, want in expected.items():
            if page_id not in ids:
                continue
            got = run.outputs.get(page_id, Output(""))
            counts["headline"][1] += 1
            counts["headline"][0] += headline_ok(want["title"], got.title)
            people = want["authors"]
            if people:
                counts["author"][1] += 1
                counts["author"][0] += author_ok(want["byline"], people, got.author)
            if want["publishedTime"]:
                counts["published"][1] += 1
                counts["published"][0] += date_ok(want["publishedTime"], got.date)
        cells = "".join(f"{f'{ok}/{n} {ok / n:.2f}':>14}" for ok, n in counts.values() if n)
        rows.append(f"{_label(name):<{WIDTH}}{cells}")
    return rows


# ----------------------------------------------------------------------------- report
def report(bench: str, runs: dict[str, Run], results: dict[str, dict[str, Any]]) -> list[str]:
    ours = runs.get("ours")
    ours_ms = statistics.median(ours.ms.values()) if ours and ours.ms else None
    pages = max((len(r.ms) for r in runs.values()), default=0)
    rows = [f"\n{bench}: {pages} pages, one core; x ours = median ms / our median ms"]
    head = f"{'system':<{WIDTH}}{'SH F1':>7}{'P':>7}{'R':>7}{'ROUGE':>7}{'empty':>6}"
    rows.append(head + f"{'ms/page':>9}{'x ours':>8}")
    for name, run in runs.items():
        if run.missing:
            rows.append(f"{_label(name):<{WIDTH}}{run.missing}")
            continue
        row = results[name]["overall"]
        ms = statistics.median(run.ms.values())
        ratio = f"{ms / ours_ms:8.2f}" if ours_ms else f"{'':>8}"
        rows.append(
            f"{_label(name):<{WIDTH}}{row['sh_f1']:7.3f}{row['sh_p']:7.3f}{row['sh_r']:7.3f}"
            f"{row['rouge_lsum_f1']:7.3f}{row['empty']:6d}{ms:9.2f}{ratio}"
            + (f"  ({run.errors} pages raised)" if run.errors else "")
        )
    rows.extend(_ratios(runs, results))
    sources = sorted({s for r in results.values() for s in r.get("by_source") or {}})
    if sources:
        rows.append(f"\nSH F1 by fixture source ({', '.join(sources)})")
        for name, result in results.items():
            cells = "".join(f"{result['by_source'][s]['sh_f1']:>12.3f}" for s in sources)
            rows.append(f"{_label(name):<{WIDTH}}{cells}")
    return rows


def _label(name: str) -> str:
    return LABELS.get(name, name)


def _ratios(runs: dict[str, Run], results: dict[str, dict[str, Any]]) -> list[str]:
    """Each of our rows beside the best peer by F1 and beside trafilatura's time, as ratios."""
    peers = {n: r["overall"]["sh_f1"] for n, r in results.items() if n not in OURS}
    best = max(peers, key=lambda n: peers[n]) if peers else None
    rows = []
    for ours in (n for n in OURS if n in results):
        f1 = results[ours]["overall"]["sh_f1"]
        ms = statistics.median(runs[ours].ms.values())
        if best is not None:
            rows.append(
                f"{_label(ours)} / best peer ({best}): SH F1 {f1:.3f} / {peers[best]:.3f}"
                f" = {f1 / peers[best]:.3f}"
            )
        for name in ("trafilatura", "trafilatura-precision"):
            if name in results:
                peer_ms = statistics.median(runs[name].ms.values())
                rows.append(
                    f"median time {_label(ours)} / {name}: {ms:.2f} / {peer_ms:.2f} ms"
                    f" = {ms / peer_ms:.2f}"
                )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--bench", action="append", choices=sorted(DATA))
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--out", type=Path, help="keep predictions and scores here")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cpu", type=int, default=0, help="the one CPU to run on")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    warnings.simplefilter("ignore")
    names = [n.strip() for n in args.systems.split(",") if n.strip()]
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="extraction-bench-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for bench in args.bench or ["scrapinghub", "scraped-html"]:
        pages = load_pages(args.shared, bench)
        runs = run_systems(names, pages, args.rounds)
        results = {
            n: score(args.shared, bench, r, out_dir) for n, r in runs.items() if not r.missing
        }
        print("\n".join(report(bench, runs, results)), flush=True)
        if bench == "scraped-html":
            meta_runs = dict(runs)
            if "trafilatura" in names:  # its extract() gives text only; metadata has its own call
                meta_runs["trafilatura"] = run_systems(["trafilatura-meta"], pages, 1)[
                    "trafilatura-meta"
                ]
            print("\n".join(metadata_table(meta_runs, pages)), flush=True)
    print(f"\npredictions and scores: {out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
