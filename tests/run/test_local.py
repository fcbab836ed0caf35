"""The local engine: accounting, idempotency, resume, time limits and crashes."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from newsrefinery import open_store
from newsrefinery.config import Config, RunConfig
from newsrefinery.records import Article
from newsrefinery.run import local, refine_paths


def _corpus(root: Path, n: int = 12) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = f"Story number {i} tells of the council vote on the new harbour plan.\n" * 3
        (root / f"doc{i:03d}.txt").write_text(f"Headline {i}\n{body}", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (root / "notes.json").write_text("{}", encoding="utf-8")
    return root


def _config(**kw: object) -> Config:
    return Config(run=RunConfig(**{"jobs": 2, "batch": 5, **kw}))  # type: ignore[arg-type]


def test_every_input_is_accounted_for(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c")
    with open_store(tmp_path / "db.sqlite") as store:
        stats = refine_paths([str(corpus)], store, _config())
        assert stats.read == 15 and stats.stored == 12
        assert dict(stats.rejected) == {
            "binary_content": 1,
            "empty_input": 1,
            "unsupported_format": 1,
        }
        assert stats.read == stats.stored + stats.rejected_total + stats.unchanged
        db = store.stats()
        assert db["articles"] == db["stored"] + db["rejected"] == 15


def test_second_run_adds_nothing(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c")
    with open_store(tmp_path / "db.sqlite") as store:
        refine_paths([str(corpus)], store, _config())
        before = [a.to_json() for a in store.iter_articles()]
        again = refine_paths([str(corpus)], store, _config())
        assert again.unchanged == 15 and again.stored == 0 and again.rejected_total == 0
        assert [a.to_json() for a in store.iter_articles()] == before


def test_changed_input_is_refined_again(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", n=2)
    with open_store(tmp_path / "db.sqlite") as store:
        refine_paths([str(corpus)], store, _config())
        (corpus / "doc000.txt").write_text("New headline\nA new body line.\n", encoding="utf-8")
        stats = refine_paths([str(corpus)], store, _config())
        assert stats.stored == 1 and stats.unchanged == 4
        assert "New headline" in [a.headline for a in store.iter_articles()]


def test_results_do_not_depend_on_jobs(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c")
    outputs = []
    for jobs in (1, 2):
        with open_store(tmp_path / f"db{jobs}.sqlite") as store:
            refine_paths([str(corpus)], store, _config(jobs=jobs))
            outputs.append([a.to_json() for a in store.iter_articles()])
    assert outputs[0] == outputs[1]


def _slow_or_crashing(article: Article) -> Article:
    text = article.body_text
    if "SLEEP" in text:
        time.sleep(30)
    if "CRASH" in text:
        os._exit(3)
    if "HOG" in text:
        _ = bytearray(3 * 1024**3)
    return article


def test_time_limit_crash_and_memory_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Forked workers inherit the patched pipeline; earlier tests may have left threads
    # behind, which would make the runner start workers from a fresh forkserver.
    monkeypatch.setattr(local, "_threads", lambda: 1)
    monkeypatch.setattr(local, "build_pipeline", lambda config: (_slow_or_crashing,))
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name in ("SLEEP", "CRASH", "HOG", "fine"):
        (corpus / f"{name}.txt").write_text(f"Title\n{name} body\n", encoding="utf-8")
    with open_store(tmp_path / "db.sqlite") as store:
        started = time.monotonic()
        stats = refine_paths([str(corpus)], store, _config(timeout=2, memory_mb=1024))
        assert time.monotonic() - started < 20
        assert dict(stats.rejected) == {"timeout": 1, "worker_crashed": 1, "out_of_memory": 1}
        assert stats.stored == 1
        # Machine-caused failures are retried by the next run, not remembered as done.
        again = refine_paths([str(corpus)], store, _config(timeout=2, memory_mb=1024))
        assert again.unchanged == 1 and again.rejected_total == 3


def test_forkserver_workers_when_threads_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local, "_threads", lambda: 4)
    corpus = _corpus(tmp_path / "c", n=3)
    with open_store(tmp_path / "db.sqlite") as store:
        stats = refine_paths([str(corpus)], store, _config())
        assert stats.stored == 3 and stats.read == 6
