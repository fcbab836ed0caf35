"""Train the attribution model of `features.py` on the PolNeAR train split.

    python -m newsrefinery.quotes.train --shared ../shared [--out FILE]

Every attribution the rules propose on each train article is labelled right or
wrong by the shared scorer's own matching (`../shared/eval/score_quotes.py`: the
quote overlaps a gold attribution and its speaker mention overlaps that gold's
source). A logistic regression over the candidate features is fitted by full-batch
gradient descent from zero with a fixed number of steps, so the same data gives the
same weights (written to the package data file `data/weights.json`, which
`features.model()` reads); per-kind thresholds are then chosen on train to maximise the
end-to-end F1 on quoted attributions while keeping recall over all attributions.
Only the train split is read: dev and test stay unseen.
"""

from __future__ import annotations

import argparse
import collections
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Article, RawDoc
from ..steps import draft_article
from .features import WEIGHTS_FILE, Model
from .step import candidates

STEPS = 300
RATE = 0.5
L2 = 1e-3
MIN_COUNT = 3  # features seen fewer times are dropped
GRID = tuple(round(0.05 * i, 2) for i in range(4, 17))


@dataclass(slots=True)
class Example:
    kind: str
    features: list[str]
    right: bool
    gold: int  # index of the best-matching gold attribution in its article, or -1
    quoted_gold: bool


def _scorer(shared: Path) -> Any:
    import importlib

    sys.path.insert(0, str(shared / "eval"))
    # The shared scorer, for its gold reader and matching: it is not a package of
    # ours, so it is found on the path at training time only.
    return importlib.import_module("score_quotes")


def _article(path: Path, text: str) -> Article:
    return draft_article(RawDoc(uri=str(path), format="text", kind="text", content=text), text)


def examples(shared: Path) -> tuple[list[Example], int, int]:
    """Labelled candidates of the train split, the number of quoted gold
    attributions with a source, and of all gold attributions (article ids offset)."""
    sq = _scorer(shared)
    data = shared / "benchdata" / "polnear" / "data"
    out: list[Example] = []
    n_quoted = n_all = 0
    for art in sq.load_split(str(data), "train"):
        text = art["text"]
        gold = [
            (sq.charset(text, g["content"]), sq.charset(text, g["source"]),
             sq.gold_type(text, g["content"]) != "indirect")
            for g in art["gold"]
        ]  # fmt: skip
        base = n_all
        n_all += len(gold)
        n_quoted += sum(1 for _, src, quoted in gold if quoted and src)
        article = _article(data / "train" / "text" / f"{art['id']}.txt", text)
        out.extend(_label(sq, text, article, gold, base))
    return out, n_quoted, n_all


def _label(sq: Any, text: str, article: Article, gold: list[Any], base: int) -> list[Example]:
    cands = [(q, f) for q, f in candidates(article) if q.speaker_start is not None]
    line = {"body": list(article.body), "quotes": [_plain(q) for q, _ in cands]}
    placed, unplaced = sq.place_quotes(text, line, collections.Counter())
    if unplaced:
        return []
    out = []
    for (quote, feats), pred in zip(cands, placed, strict=True):
        chars, spk = sq.charset(text, pred["content"]), sq.charset(text, pred["speaker"])
        best, score = -1, 0.0
        for j, (g, _, _) in enumerate(gold):
            inter = len(chars & g)
            ratio = inter / max(1, min(len(chars), len(g))) if inter else 0.0
            if ratio > score:
                best, score = j, ratio
        hit = best >= 0 and score >= 0.5
        right = hit and bool(spk & gold[best][1])
        out.append(Example(quote.kind, feats, right, base + best if hit else -1,
                           hit and gold[best][2]))  # fmt: skip
    return out


def _plain(q: Any) -> dict[str, Any]:
    keys = ("text", "kind", "start", "end", "speaker_start", "speaker_end")
    return {k: getattr(q, k) for k in keys}


def fit(data: Sequence[Example]) -> tuple[float, dict[str, float]]:
    """Logistic regression by full-batch gradient descent; deterministic."""
    counts = collections.Counter(f for ex in data for f in ex.features)
    names = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    rows = [[index[f] for f in ex.features if f in index] for ex in data]
    ys = [1.0 if ex.right else 0.0 for ex in data]
    w = [0.0] * len(names)
    bias = 0.0
    n = len(rows)
    for _ in range(STEPS):
        grad = [0.0] * len(names)
        gbias = 0.0
        for row, y in zip(rows, ys, strict=True):
            z = bias + sum(w[i] for i in row)
            err = 1.0 / (1.0 + math.exp(-z)) - y
            gbias += err
            for i in row:
                grad[i] += err
        bias -= RATE * gbias / n
        w = [wi - RATE * (g / n + L2 * wi) for wi, g in zip(w, grad, strict=True)]
    return bias, {f: round(wi, 4) for f, wi in zip(names, w, strict=True) if abs(wi) >= 1e-4}


def _prob(bias: float, weights: dict[str, float], feats: list[str]) -> float:
    return 1.0 / (1.0 + math.exp(-(bias + sum(weights.get(f, 0.0) for f in feats))))


def choose_thresholds(
    data: Sequence[Example], probs: Sequence[float], n_quoted: int, n_all: int
) -> dict[str, float]:
    """Per-kind thresholds maximising end-to-end F1 (quoted) on train, with the
    recall over all attributions kept at least where one shared threshold puts it."""
    best: tuple[float, dict[str, float]] = (-1.0, {})
    floor = _scores(data, probs, {"direct": 0.5, "partial": 0.5, "indirect": 0.5}, n_quoted, n_all)[
        1
    ]
    for td in GRID:
        for tp in GRID:
            for ti in GRID:
                th = {"direct": td, "partial": tp, "indirect": ti}
                e2e, recall_all = _scores(data, probs, th, n_quoted, n_all)
                if recall_all >= floor and e2e > best[0]:
                    best = (e2e, th)
    return best[1]


def _scores(
    data: Sequence[Example], probs: Sequence[float], th: dict[str, float], n_quoted: int, n_all: int
) -> tuple[float, float]:
    kept = [ex for ex, p in zip(data, probs, strict=True) if p >= th[ex.kind]]
    if not kept:
        return 0.0, 0.0
    precision = sum(ex.right for ex in kept) / len(kept)
    recall = len({ex.gold for ex in kept if ex.right and ex.quoted_gold}) / max(1, n_quoted)
    recall_all = len({ex.gold for ex in kept if ex.gold >= 0}) / max(1, n_all)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, recall_all


def render(bias: float, weights: dict[str, float], thresholds: dict[str, float]) -> str:
    """The model as the JSON text of `data/weights.json`."""
    return Model(round(bias, 4), weights, thresholds).to_json()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / WEIGHTS_FILE)
    args = ap.parse_args(argv)
    data, n_quoted, n_all = examples(args.shared)
    bias, weights = fit(data)
    probs = [_prob(bias, weights, ex.features) for ex in data]
    thresholds = choose_thresholds(data, probs, n_quoted, n_all)
    args.out.write_text(render(bias, weights, thresholds), encoding="utf-8")
    e2e, recall_all = _scores(data, probs, thresholds, n_quoted, n_all)
    print(f"{len(data)} candidates, {len(weights)} weights, thresholds {thresholds}")
    print(f"train: e2e F1 quoted {e2e:.3f}, recall over all attributions {recall_all:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
