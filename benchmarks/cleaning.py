"""Cleaning benchmark: newsrefinery's cleaner beside datatrove's C4, Gopher and FineWeb filters.

    .venv/bin/python benchmarks/cleaning.py [--shared ../shared] [--out DIR] [--rounds 10]

Every system cleans the 55 dumps of `../shared/benchdata/scraped-dev/text/`; each
writes the prediction file `../shared/eval/score_cleaning.py` reads, the scorer
grades the 10 hand-labelled ones, and one table prints the figures side by side
with each system's throughput (documents per second of CPU time on one core, best of
`--rounds` passes over the 55 dumps).

The baselines are faithful re-implementations of datatrove's filters with their
default settings (`C4QualityFilter`, `GopherRepetitionFilter` + `GopherQualityFilter`,
and the FineWeb pipeline: Gopher repetition and quality, C4 without the
terminal-punctuation rule, `FineWebQualityFilter`), read from huggingface/datatrove.
Two deviations, because datatrove needs NLTK/spaCy models: words and sentences
come from small regex tokenizers, and each document is given as its non-blank lines
joined by single newlines (the shape of the extractor output datatrove filters
see). C4 drops lines; Gopher and FineWeb keep or drop whole documents. None of them
has a notion of headline or caption, so each gets the text-dump convention "line 1
is the headline" and puts everything it keeps in the body. "naive" is the scorer
README's reference: line 1 headline, every other line of 8+ words body.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsrefinery.clean import Cleaned, clean_lines

ROOT = Path(__file__).resolve().parents[1]
Prediction = dict[str, object]

# ----------------------------------------------------------------------------- tokenizers
# Stand-ins for NLTK's word_tokenize / sent_tokenize (see the module docstring).
_WORDS = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_SENTENCES = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=\S)")


def word_tokenize(text: str) -> list[str]:
    return _WORDS.findall(text)


def sent_tokenize(text: str) -> list[str]:
    return [s for s in (p.strip() for p in _SENTENCES.split(text)) if s]


# ----------------------------------------------------------------------------- C4
# datatrove.pipeline.filters.c4_filters.C4QualityFilter, default arguments.
CITATION_REGEX = re.compile(r"\[\d*]|\[edit]|\[citation needed]")
END_PUNCTUATION = (".", "?", "!", '"', "'")
POLICY_SUBSTRINGS = (
    "terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies",
    "use cookies",
)  # fmt: skip


def c4_filter(text: str, *, terminal_punct: bool = True) -> list[str] | None:
    """The lines C4 keeps, or None when it drops the document."""
    num_sentences, kept = 0, []
    for raw in text.splitlines():
        line = raw.strip()
        words = line.split()
        if any(len(word) > 1000 for word in words):
            continue
        line = CITATION_REGEX.sub("", line)
        if terminal_punct and (not line.endswith(END_PUNCTUATION) or line.endswith("...")):
            continue
        if len(words) < 3:
            continue
        low = line.lower()
        if "lorem ipsum" in low or "{" in line:
            return None
        if "javascript" in low or any(p in low for p in POLICY_SUBSTRINGS):
            continue
        num_sentences += len(sent_tokenize(line))
        kept.append(line)
    return kept if num_sentences >= 5 else None


# ----------------------------------------------------------------------------- Gopher
STOP_WORDS = {"the", "be", "to", "of", "and", "that", "have", "with"}
PUNCTUATION_SET = set(
    "!/—”:％１〈&(、━\\【#%「」，】；+^]~“《„';’{|∶´[=-`*．（–？！：$～«〉,><》)?）。…@_.\"}►»"
    + "".join(chr(x) for a, b in ((0, 9), (11, 13), (13, 32), (127, 160)) for x in range(a, b))
)


def gopher_quality(text: str) -> bool:
    """datatrove GopherQualityFilter, default thresholds: True when the page is kept."""
    words = word_tokenize(text)
    n_words = len(words)
    non_symbol = [w for w in words if any(ch not in PUNCTUATION_SET for ch in w)]
    if not 50 <= len(non_symbol) <= 100_000:
        return False
    lines = text.splitlines()
    return all(
        (
            3 <= sum(len(w) for w in non_symbol) / len(non_symbol) <= 10,
            text.count("#") / n_words <= 0.1,
            (text.count("...") + text.count("…")) / n_words <= 0.1,
            sum(s.lstrip().startswith(("•", "-")) for s in lines) / len(lines) <= 0.9,
            sum(s.rstrip().endswith(("...", "…")) for s in lines) / len(lines) <= 0.3,
            sum(any(c.isalpha() for c in w) for w in words) / n_words >= 0.8,
            sum(w in STOP_WORDS for w in words) >= 2,
        )
    )


def _duplicates(items: Sequence[str]) -> tuple[int, int]:
    seen: set[str] = set()
    elements = chars = 0
    for item in items:
        if item in seen:
            elements, chars = elements + 1, chars + len(item)
        else:
            seen.add(item)
    return elements, chars


def _all_duplicate_chars(words: Sequence[str], n: int) -> int:
    seen: set[str] = set()
    repeated, idx = 0, 0
    while idx < len(words) - n + 1:
        gram = "".join(words[idx : idx + n])
        if gram in seen:
            repeated, idx = repeated + len(gram), idx + n
        else:
            seen.add(gram)
            idx += 1
    return repeated


def gopher_repetition(text: str) -> bool:
    """datatrove GopherRepetitionFilter, default thresholds: True when kept."""
    paragraphs = re.split(r"\n{2,}", text.strip())
    dup, chars = _duplicates(paragraphs)
    if dup / len(paragraphs) > 0.3 or chars / len(text) > 0.2:
        return False
    lines = re.split(r"\n+", text)
    dup, chars = _duplicates(lines)
    if dup / len(lines) > 0.3 or chars / len(text) > 0.2:
        return False
    words = word_tokenize(text)
    for n, frac in ((2, 0.2), (3, 0.18), (4, 0.16)):
        grams = [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
        if grams:
            gram, count = Counter(grams).most_common(1)[0]
            if len(gram) * count / len(text) > frac:
                return False
    dup_fracs = ((5, 0.15), (6, 0.14), (7, 0.13), (8, 0.12), (9, 0.11), (10, 0.10))
    return all(_all_duplicate_chars(words, n) / len(text) <= frac for n, frac in dup_fracs)


# ----------------------------------------------------------------------------- FineWeb
def fineweb_quality(text: str) -> bool:
    """datatrove FineWebQualityFilter, default thresholds: True when kept."""
    lines = text.split("\n")
    stop_chars = (".", "'", '"', "!", "?")
    if sum(line.endswith(stop_chars) for line in lines) / len(lines) <= 0.12:
        return False
    if sum(len(line) <= 30 for line in lines) / len(lines) >= 0.67:
        return False
    non_empty = [line for line in lines if line.strip()]
    if _duplicates(non_empty)[1] / len(text.replace("\n", "")) >= 0.01:
        return False
    return text.count("\n") / len(word_tokenize(text)) <= 0.3


def fineweb_pipeline(text: str) -> list[str] | None:
    """FineWeb's filter chain (examples/fineweb.py) after extraction."""
    if not gopher_repetition(text) or not gopher_quality(text):
        return None
    kept = c4_filter(text, terminal_punct=False)
    if kept is None or not fineweb_quality("\n".join(kept)):
        return None
    return kept


# ----------------------------------------------------------------------------- predictions
@dataclass(frozen=True)
class System:
    """A cleaner (`run`, the part that is timed) and the record the scorer reads of its
    output (`record`: glue for the scorer, not timed)."""

    run: Callable[[list[str]], Any]
    record: Callable[[list[str], Any], Prediction]


def _ours_record(lines: list[str], cleaned: Cleaned) -> Prediction:
    return {
        "headline": cleaned.headline,
        "body": list(cleaned.body),
        "captions": [{"text": c.text, "credit": c.credit} for c in cleaned.captions],
        "removed": [{"text": r.text, "reason": r.reason} for r in cleaned.removed],
    }


def _as_prediction(lines: list[str], kept: list[str] | None) -> Prediction:
    """A line filter's output as a record: line 1 is the headline, kept lines the body."""
    nonblank = [ln.strip() for ln in lines if ln.strip()]
    body = list(kept or ())
    if nonblank and nonblank[0] in body:
        body.remove(nonblank[0])
    return {"headline": nonblank[0] if nonblank else None, "body": body, "captions": []}


def _page(lines: list[str]) -> str:
    return "\n".join(ln.strip() for ln in lines if ln.strip())


def baseline(filter_fn: Callable[[str], list[str] | None]) -> System:
    """A datatrove-style filter: it is given the page as text, as datatrove is."""
    return System(lambda lines: filter_fn(_page(lines)), _as_prediction)


def _keep_all_if(test: Callable[[str], bool]) -> Callable[[str], list[str] | None]:
    return lambda page: page.split("\n") if test(page) else None


def _naive(page: str) -> list[str]:
    return [line for line in page.split("\n")[1:] if len(line.split()) >= 8]


SYSTEMS: dict[str, System] = {
    "newsrefinery": System(clean_lines, _ours_record),
    "C4 (datatrove)": baseline(c4_filter),
    "Gopher (datatrove)": baseline(
        _keep_all_if(lambda page: gopher_repetition(page) and gopher_quality(page))
    ),
    "FineWeb (datatrove)": baseline(fineweb_pipeline),
    "naive (8+ words)": baseline(_naive),
}


# ----------------------------------------------------------------------------- running
def shared_dir(arg: str | None) -> Path:
    default = os.environ.get("NEWSREFINERY_SHARED") or str(ROOT.parent / "shared")
    return Path(arg or default).resolve()


def load_docs(data: Path) -> dict[str, list[str]]:
    texts = sorted((data / "text").glob("*.txt"))
    return {p.name: p.read_text(encoding="utf-8").split("\n") for p in texts}


def write_predictions(path: Path, docs: dict[str, list[str]], system: System) -> None:
    with path.open("w", encoding="utf-8") as out:
        for name, lines in docs.items():
            record = {"file": f"text/{name}", **system.record(lines, system.run(lines))}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def score(scorer: Path, data: Path, pred: Path) -> dict[str, object]:
    report = pred.with_suffix(".scores.json")
    cmd = [sys.executable, str(scorer), "--data", str(data), "--pred", str(pred)]
    subprocess.run([*cmd, "--json", str(report)], check=True, capture_output=True)
    result: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return result


def throughput(docs: dict[str, list[str]], system: System, rounds: int) -> float:
    """Documents per second on one core: the best of `rounds` passes over all docs.

    Only the cleaner runs in the timed loop, not the making of the scorer's records.
    Time is this process's CPU time, not the wall clock: on a shared machine the wall
    clock also counts the slices other processes take from our core, which says
    nothing about the code. Every system is timed the same way.
    """
    batch = list(docs.values())
    run = system.run
    for lines in batch:  # warm up (rule compilation, caches)
        run(lines)
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for lines in batch:
            run(lines)
        best = min(best, time.process_time() - start)
    return len(batch) / best


def _row(name: str, result: dict[str, object], rate: float) -> list[str]:
    per_class = result["per_class"]
    assert isinstance(per_class, dict)

    def f1(cls: str) -> str:
        value = per_class[cls]["f1"]
        return "-" if value is None else f"{value:.3f}"

    acc, macro = result["accuracy"], result["macro_f1"]
    assert isinstance(acc, float) and isinstance(macro, float)
    cells = [f"{acc:.3f}", f"{macro:.3f}", *(f1(c) for c in ("body", "caption", "headline"))]
    return [name, *cells, f1("removed"), f"{rate:,.0f}"]


def render(rows: list[list[str]]) -> str:
    head = ["system", "line acc", "macro F1", "body F1", "caption F1", "headline F1",
            "removed F1", "docs/s/core"]  # fmt: skip
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                       enumerate(zip(r, widths, strict=True))) for r in [head, *rows]]  # fmt: skip
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", help="the shared folder (default: ../shared)")
    parser.add_argument("--out", help="keep prediction and score files in this folder")
    parser.add_argument("--rounds", type=int, default=10, help="timing passes (best kept)")
    args = parser.parse_args(argv)
    shared = shared_dir(args.shared)
    data, scorer = shared / "benchdata" / "scraped-dev", shared / "eval" / "score_cleaning.py"
    if not (data / "gold").is_dir() or not scorer.is_file():
        print(f"{data} or {scorer} not found", file=sys.stderr)
        return 2
    docs = load_docs(data)
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="clean-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for i, (name, system) in enumerate(SYSTEMS.items()):
        pred = out / f"pred_{i}.jsonl"
        write_predictions(pred, docs, system)
        rows.append(_row(name, score(scorer, data, pred), throughput(docs, system, args.rounds)))
    print(f"scraped-dev: {len(docs)} dumps cleaned, 10 hand-labelled scored; predictions in {out}")
    print(render(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
