"""Entities benchmark on GUM's Wikinews documents, beside simple baselines.

    .venv/bin/python benchmarks/entities.py [--shared ../shared] [--rounds 5] [--json FILE]

Prints mention F1 for PERSON, ORG and PLACE named mentions (strict: same span and
type; lenient: overlapping span, same type), third-person pronoun resolution to
named persons, and throughput in articles per second on one core, for newsrefinery
and for the baselines of `newsrefinery.entities.evaluate` (capitalised-word runs;
nearest preceding person), over all 31 documents and per GUM partition (train 26,
dev 3, test 2; rules were tuned on train and dev only, test is reported apart), in
two scopes: `issue` (named people, organisations and places as issue 7 defines
them) and `gum` (every GUM named mention of the three types); see
`newsrefinery.entities.evaluate`.

Annotations: GUM corpus (Zeldes, Amir (2017). "The GUM Corpus: Creating Multilayer
Resources in the Classroom". Language Resources and Evaluation 51(3), 581-612;
https://gucorpling.org/gum/), CC BY 4.0. Texts: Wikinews (https://en.wikinews.org),
CC BY 2.5. Converted to JSONL by newsrefinery.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsrefinery.entities import entities_article
from newsrefinery.entities.evaluate import (
    SCOPES,
    TYPES,
    GumDoc,
    baseline_mentions,
    gum_article,
    load_gum,
    nearest_person_baseline,
    predicted_named,
    score_mentions,
    score_pronouns,
)
from newsrefinery.records import Entity

ROOT = Path(__file__).resolve().parents[1]
PARTITIONS = ("train", "dev", "test")
ATTRIBUTION = (
    'Annotations: GUM corpus (Zeldes, Amir (2017). "The GUM Corpus: Creating Multilayer '
    'Resources in the Classroom". Language Resources and Evaluation 51(3), 581-612; '
    "https://gucorpling.org/gum/), CC BY 4.0. Texts: Wikinews (https://en.wikinews.org), "
    "CC BY 2.5. Converted to JSONL by newsrefinery."
)


def evaluate(docs: list[GumDoc]) -> dict[str, Any]:
    """Every figure for one set of documents, ours and the baselines'."""
    ours = {d.name: entities_article(gum_article(d)).entities for d in docs}
    mentions = score_mentions((predicted_named(ours[d.name], d.ignored), d.named) for d in docs)
    base = score_mentions(
        ({m for m in baseline_mentions(d.text) if m[:2] not in d.ignored}, d.named) for d in docs
    )
    pron: Counter[str] = Counter()
    pron_base: Counter[str] = Counter()
    for d in docs:
        pron += score_pronouns(d, ours[d.name])
        pron_base += score_pronouns(d, nearest_person_baseline(d, ours[d.name]))
    return {
        "docs": len(docs),
        "mentions": mentions,
        "baseline_mentions": base,
        "pronouns": _pronoun_figures(pron),
        "baseline_pronouns": _pronoun_figures(pron_base),
    }


def _pronoun_figures(c: Counter[str]) -> dict[str, float]:
    total = c["right"] + c["wrong"] + c["missed"]
    resolved = c["right"] + c["wrong"]
    return {
        "accuracy": c["right"] / total if total else 0.0,
        "precision": c["right"] / resolved if resolved else 0.0,
        "gold": total,
    }


def throughput(docs: list[GumDoc], fn: Callable[[GumDoc], object], rounds: int) -> float:
    """Articles per CPU second (one core, so other load does not count), best of `rounds` passes."""
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for d in docs:
            fn(d)
        best = min(best, time.process_time() - t0)
    return len(docs) / best


def _ours(d: GumDoc) -> tuple[Entity, ...]:
    return entities_article(gum_article(d)).entities


def _print(title: str, res: dict[str, Any]) -> None:
    print(f"\n{title} ({res['docs']} documents)")
    print(f"{'mention F1':<22}{'ours strict':>12}{'ours lenient':>14}{'base strict':>13}"
          f"{'base lenient':>14}{'gold':>6}")  # fmt: skip
    for kind in TYPES:
        o, b = res["mentions"], res["baseline_mentions"]
        print(
            f"{kind:<22}{o['strict'][kind]['f1']:>12.3f}{o['lenient'][kind]['f1']:>14.3f}"
            f"{b['strict'][kind]['f1']:>13.3f}{b['lenient'][kind]['f1']:>14.3f}"
            f"{int(o['strict'][kind]['gold']):>6}"
        )
    p, pb = res["pronouns"], res["baseline_pronouns"]
    print(f"{'3rd-person pronouns':<22}{'accuracy':>12}{'precision':>14}{'gold':>6}")
    print(f"{'  ours':<22}{p['accuracy']:>12.3f}{p['precision']:>14.3f}{int(p['gold']):>6}")
    print(f"{'  nearest person':<22}{pb['accuracy']:>12.3f}{pb['precision']:>14.3f}")
    ratio = p["accuracy"] / pb["accuracy"] if pb["accuracy"] else float("inf")
    print(f"  ratio ours/baseline accuracy: {ratio:.2f}")


def _print_splits(scope: str, by_split: dict[str, dict[str, Any]]) -> None:
    """One line per GUM partition: strict F1 per type and pronoun accuracy, ours (baseline)."""
    print(f"\nscope {scope!r}: strict mention F1 and pronoun accuracy, ours (baseline)")
    print(f"{'split':<8}{'docs':>5}" + "".join(f"{k:>16}" for k in TYPES) + f"{'pronouns':>16}")
    for split, res in by_split.items():
        ours, base = res["mentions"]["strict"], res["baseline_mentions"]["strict"]
        cells = [f"{ours[k]['f1']:.3f} ({base[k]['f1']:.3f})" for k in TYPES]
        p, pb = res["pronouns"]["accuracy"], res["baseline_pronouns"]["accuracy"]
        cells.append(f"{p:.3f} ({pb:.3f})")
        print(f"{split:<8}{res['docs']:>5}" + "".join(f"{c:>16}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    path = args.shared / "benchdata" / "gum" / "gum_news.jsonl"
    results: dict[str, Any] = {}
    for scope in SCOPES:
        docs = load_gum(path, scope)
        splits = {"all": docs} | {p: [d for d in docs if d.partition == p] for p in PARTITIONS}
        results[scope] = {name: evaluate(group) for name, group in splits.items() if group}
        _print(f"GUM Wikinews, scope {scope!r}, all", results[scope]["all"])
        _print_splits(scope, results[scope])
    docs = load_gum(path)
    ours = throughput(docs, _ours, args.rounds)
    base = throughput(docs, lambda d: baseline_mentions(d.text), args.rounds)
    results["throughput"] = {"ours": ours, "baseline": base}
    print(f"\nthroughput, one core: ours {ours:,.0f} articles/s, capitalised-run baseline "
          f"{base:,.0f} articles/s (ratio {ours / base:.2f})")  # fmt: skip
    print(f"\n{ATTRIBUTION}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
