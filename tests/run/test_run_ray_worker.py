"""A Ray worker's side, without Ray: time limits, rows and shards of one unit."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsrefinery.config import Config, RunConfig
from newsrefinery.records import Article, RawDoc
from newsrefinery.run import ray_worker
from newsrefinery.run.plan import Unit, plan_units
from newsrefinery.run.ray_worker import EXIT_HUNG, refine_limited, unit_rows
from newsrefinery.steps import build_pipeline

RAW = RawDoc(uri="/in/slow.txt", format="text", kind="text", content="Title\nA body line.\n")


def _sleepy(article: Article) -> Article:
    time.sleep(30)
    return article


def _broken(article: Article) -> Article:
    raise ValueError("a bug")


def test_soft_limit_gives_the_local_timeout_record() -> None:
    started = time.monotonic()
    article = refine_limited(RAW, (_sleepy,), 0.3)
    assert time.monotonic() - started < 5
    assert article.rejection is not None
    assert (article.rejection.reason, article.rejection.message) == (
        "timeout",
        "/in/slow.txt: time limit exceeded",
    )
    assert ray_worker.retried(article)
    # The alarm is gone afterwards: a later slow-ish step is not cut short.
    assert refine_limited(RAW, (), 0.3).status == "ok"
    time.sleep(0.5)


def test_step_errors_stay_step_errors() -> None:
    article = refine_limited(RAW, (_broken,), 5)
    assert article.rejection is not None and article.rejection.reason == "step_error"
    assert not ray_worker.retried(article)


@pytest.mark.slow
def test_hard_limit_ends_a_worker_stuck_where_signals_wait() -> None:
    code = textwrap.dedent(
        """
        import signal, time
        from newsrefinery.records import RawDoc
        from newsrefinery.run.ray_worker import refine_limited

        def stuck(article):
            # As a C loop would: the alarm cannot reach this thread.
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(60)
            return article

        raw = RawDoc(uri="u", format="text", kind="text", content="T\\nb\\n")
        refine_limited(raw, (stuck,), 0.2)
        """
    )
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=60, check=False
    )
    assert proc.returncode == EXIT_HUNG, proc.stderr
    assert time.monotonic() - started < 30


def _unit(tmp_path: Path) -> Unit:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Ferry back\nThe ferry runs again after the storm.\n")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    entries = [e for u in plan_units([str(tmp_path / "in")], max_bytes=1000) for e in u.entries]
    return Unit(index=0, entries=entries)


def test_unit_rows_with_records_for_a_store(tmp_path: Path) -> None:
    unit = _unit(tmp_path)
    config = Config(run=RunConfig(jobs=1))
    rows = unit_rows(unit, config, None, build_pipeline)
    assert [r["kind"] for r in rows] == ["doc", "doc", "done"]
    first, second = rows[0], rows[1]
    assert Article.from_json(first["record"]).headline == "Ferry back"
    assert first["digest"] and first["status"] == "ok" and not first["unchanged"]
    assert (second["status"], second["reason"]) == ("rejected", "empty_input")
    # Known with the same digest: reported unchanged, not refined again.
    unit.known = {first["id"]: first["digest"]}
    again = unit_rows(unit, config, None, build_pipeline)
    assert again[0]["unchanged"] and "record" not in again[0]


def test_unit_rows_with_a_shard_for_a_folder(tmp_path: Path) -> None:
    from newsrefinery.run.parquet import read_articles, rows_in

    unit = _unit(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    rows = unit_rows(unit, Config(run=RunConfig(jobs=1)), str(out), build_pipeline)
    assert all(r.get("record") is None for r in rows)
    (shard,) = out.iterdir()
    assert shard.name == ray_worker.shard_name(unit)
    assert rows_in(shard)[0] == 2
    assert rows_in(shard)[1][ray_worker.RETRY_KEY.encode()] == b"0"
    assert [a.status for a, _ in read_articles(out)] == ["ok", "rejected"]
