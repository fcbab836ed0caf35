"""Dedup eval gate: ../shared/eval/make_syndication.py corpora, refined, clustered and
scored by ../shared/eval/score_dedup.py, with the issue's floors.

Both base corpora (BBC, Reuters-21578) at seed 1: about 1,600 documents each, HTML
pages and text dumps of 40 fictional sites, copies edited the ways syndication edits
them, and as many distractor stories on the same site templates.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from newsrefinery.config import load_config
from newsrefinery.dedup import update_clusters
from newsrefinery.run import refine_paths
from newsrefinery.store import open_store

FLOORS = {"pairwise_precision": 0.99, "pairwise_recall": 0.97}


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["bbc", "reuters"])
def test_syndicated_copies_are_grouped(shared: Path, tmp_path: Path, corpus: str) -> None:
    make = shared / "eval" / "make_syndication.py"
    scorer = shared / "eval" / "score_dedup.py"
    if not make.is_file() or not (shared / "benchdata" / "corpus").is_dir():
        pytest.skip("make_syndication.py or its base corpora are not present")
    syn = tmp_path / "syn"
    cmd = [sys.executable, str(make), "--corpus", corpus, "--seed", "1", "--out", str(syn)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    pred = tmp_path / "pred.jsonl"
    with open_store(tmp_path / "syn.db") as store:
        refine_paths([str(syn / "docs")], store, load_config(None, ["run.jobs=2"]))
        update_clusters(store)
        with pred.open("w", encoding="utf-8") as out:
            for article in store.iter_articles():
                out.write(article.to_json() + "\n")
    scores = tmp_path / "scores.json"
    cmd = [sys.executable, str(scorer), "--truth", str(syn / "truth.tsv"), "--pred", str(pred)]
    subprocess.run([*cmd, "--json", str(scores)], check=True, capture_output=True, timeout=120)
    result = json.loads(scores.read_text(encoding="utf-8"))
    assert result["truth_docs_without_prediction"] == 0
    assert all(result[k] >= floor for k, floor in FLOORS.items()), {k: result[k] for k in FLOORS}
    _assert_distractors_alone(syn, pred)


def _assert_distractors_alone(syn: Path, pred: Path) -> None:
    """A distractor shares only its site's template with anything: it must stay alone."""
    roles = {}
    for line in (syn / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(line)
        roles[meta["doc_id"]] = meta["role"]
    cluster_of = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        cluster_of[Path(record["source"]["uri"]).name.split(".")[0]] = record["cluster"]["id"]
    sizes = Counter(cluster_of.values())
    merged = [d for d, role in roles.items() if role == "distractor" and sizes[cluster_of[d]] > 1]
    assert merged == []
