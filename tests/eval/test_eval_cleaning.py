"""Cleaning eval gate: ../shared/eval/score_cleaning.py on scraped-dev, with floors.

The floors are the issue's "Done when" figures. Predictions are written from
`clean_lines` on each `text/<name>.txt` and scored by the shared scorer in a
subprocess, exactly as a person would run it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsrefinery.clean import clean_lines

FLOORS = {"accuracy": 0.97, "caption_f1": 0.90, "body_f1": 0.98}


def _prediction(path: Path) -> dict[str, object]:
    cleaned = clean_lines(path.read_text(encoding="utf-8").split("\n"))
    return {
        "file": f"text/{path.name}",
        "headline": cleaned.headline,
        "body": list(cleaned.body),
        "captions": [{"text": c.text, "credit": c.credit} for c in cleaned.captions],
        "removed": [{"text": r.text, "reason": r.reason} for r in cleaned.removed],
    }


def test_cleaning_scores_above_floors(shared: Path, tmp_path: Path) -> None:
    data = shared / "benchdata" / "scraped-dev"
    scorer = shared / "eval" / "score_cleaning.py"
    if not (data / "gold").is_dir() or not scorer.is_file():
        pytest.skip("scraped-dev gold or score_cleaning.py is not present")
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for path in sorted((data / "text").glob("*.txt")):
            out.write(json.dumps(_prediction(path), ensure_ascii=False) + "\n")
    scores = tmp_path / "scores.json"
    cmd = [sys.executable, str(scorer), "--data", str(data), "--pred", str(pred)]
    subprocess.run([*cmd, "--json", str(scores)], check=True, capture_output=True, timeout=120)
    result = json.loads(scores.read_text(encoding="utf-8"))
    per_class = result["per_class"]
    got = {
        "accuracy": result["accuracy"],
        "caption_f1": per_class["caption"]["f1"],
        "body_f1": per_class["body"]["f1"],
    }
    assert all(got[k] >= floor for k, floor in FLOORS.items()), got
    assert result["unaccounted_lines"] == 0
