"""kill -9 in the middle of a run, run again: the store ends exactly as after one clean run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "newsrefinery"]
N = 1500


def _make_corpus(root: Path, n: int) -> None:
    root.mkdir()
    for i in range(n):
        lines = [f"Report {i} on the river"] + [
            f"Paragraph {j} of report {i}: the water rose by {i + j} centimetres overnight."
            for j in range(4)
        ]
        (root / f"r{i:04d}.txt").write_text("\n".join(lines), encoding="utf-8")


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _export(db: Path) -> str:
    out = subprocess.run(
        [*CLI, "export", "--db", str(db), "--format", "jsonl", "--include-rejected"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return out.stdout


@pytest.mark.slow
def test_sigkill_then_resume_equals_clean_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _make_corpus(corpus, N)
    args = ["refine", str(corpus), "--jobs", "2", "--set", "run.batch=10"]
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    subprocess.run([*CLI, *args, "--db", str(clean_db)], check=True, capture_output=True)

    proc = subprocess.Popen(
        [*CLI, *args, "--db", str(killed_db)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while _count(killed_db) < 50 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    interrupted = _count(killed_db)
    assert 0 < interrupted < N, "the kill must land mid-run for this test to mean anything"

    subprocess.run([*CLI, *args, "--db", str(killed_db)], check=True, capture_output=True)
    assert _export(killed_db) == _export(clean_db)
    assert _count(killed_db) == N
