"""The Ray engine on a local Ray: the same records, rejections and resume as the local engine.

Every test compares with the local engine on the same inputs, through what users
compare: `export --format jsonl --include-rejected` of the store, or the Parquet
shards read back.
"""

from __future__ import annotations

import inspect
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsrefinery import open_store
from newsrefinery.cli import cli
from newsrefinery.config import Config, RunConfig
from newsrefinery.records import Article
from newsrefinery.run.parquet import parquet_files, read_articles
from newsrefinery.run.ray_engine import refine_paths_ray

# `ray`: run apart from the other tests, since forking worker processes from a
# process where Ray has run is unsafe (see the Makefile).
pytestmark = [pytest.mark.slow, pytest.mark.ray]

STORY = "Harbour plan approved\n" + "The council approved the harbour plan on Monday night.\n" * 3


def _warc(n: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(n):
        html = f"<html><head><title>Ferry {i}</title></head><body><article><p>"
        html += "The ferry to the island runs twice a day again after the storm. " * 8
        html += "</p></article></body></html>"
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                f"https://example.org/ferry/{i}",
                "response",
                payload=io.BytesIO(html.encode()),
                http_headers=headers,
            )
        )
    return buf.getvalue()


def _corpus(root: Path) -> Path:
    """Pages in nested folders, containers, and one input for each common rejection."""
    for sub in ("a", "b/c"):
        (root / sub).mkdir(parents=True)
    for i in range(9):
        body = f"Story {i} on the vote about the harbour plan and its cost.\n" * 3
        (root / ("a" if i % 2 else "b/c") / f"doc{i}.txt").write_text(f"Headline {i}\n{body}")
    page = "<html><head><title>Town hall</title></head><body><article><p>"
    (root / "a" / "page.html").write_text(page + "The mayor spoke. " * 20 + "</p></article>")
    lines = [json.dumps({"text": STORY, "url": "https://example.org/j"}), "{not json", "{}"]
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n")
    warc = _warc(3)
    (root / "crawl.warc.gz").write_bytes(warc)
    (root / "cut.warc.gz").write_bytes(warc[:-200])
    (root / "empty.txt").write_bytes(b"")
    (root / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / ".hidden.txt").write_text(STORY)
    return root


def _config(**kw: Any) -> Config:
    return Config(run=RunConfig(**{"jobs": 2, "batch": 7, **kw}))


def _export(db: Path) -> str:
    args = ["export", "--db", str(db), "--format", "jsonl", "--include-rejected"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return result.stdout


# The local engine runs in a fresh interpreter: its workers are forked with an
# address-space cap, which a process holding a live Ray driver has already spent.
_LOCAL = """
import json, sys
from newsrefinery import open_store
from newsrefinery.config import Config, RunConfig
from newsrefinery.records import Article
from newsrefinery.run import local, refine_paths
{steps}
corpus, db, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
config = Config(run=RunConfig(jobs=2, batch=7, timeout=timeout))
with open_store(db) as store:
    stats = refine_paths([corpus], store, config)
    # As `refine` does; the Ray engine clusters too. Imported only now: the local
    # engine forks only while no other thread runs (numpy's would), and a forkserver's
    # workers would not see the steps patched in above.
    from newsrefinery.dedup import update_clusters
    update_clusters(store)
    print(json.dumps(stats.to_dict()))
"""


def _local(corpus: Path, db: Path, timeout: float = 30, steps: str = "") -> dict[str, Any]:
    """The local engine's run statistics, its store left at `db`."""
    code = _LOCAL.format(steps=steps)
    out = subprocess.run(
        [sys.executable, "-c", code, str(corpus), str(db), str(timeout)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def _ray(corpus: Path, db: Path, **kw: Any) -> dict[str, Any]:
    config = kw.pop("config", None) or _config()
    with open_store(db) as store:
        return refine_paths_ray([str(corpus)], config, store=store, **kw).to_dict()


def _counts(stats: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in stats.items() if k not in ("seconds", "docs_per_second")}


def test_store_ends_identical_to_local_engine(ray_cluster: Any, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    local_stats = _local(corpus, tmp_path / "local.db")
    # The corpus exercises the usual rejections (what the Ray run must match below).
    wanted = {"binary_content", "empty_input", "invalid_json", "no_text", "truncated_warc",
              "unsupported_format"}  # fmt: skip
    assert wanted <= set(local_stats["rejected_by_reason"])
    expected = _export(tmp_path / "local.db")
    for workers in (1, 2):
        db = tmp_path / f"ray{workers}.db"
        stats = _ray(corpus, db, workers=workers)
        assert _counts(stats) == _counts(local_stats)
        assert _export(db) == expected
    with open_store(tmp_path / "ray2.db", readonly=True) as store:
        assert [run["engine"] for run in store.runs()] == ["ray"]

    # Run again: every input is known with the same content, nothing is rewritten.
    again = _ray(corpus, tmp_path / "ray2.db", workers=2)
    assert again["unchanged"] == again["read"] == local_stats["read"]
    assert again["stored"] == again["rejected"] == 0
    assert _export(tmp_path / "ray2.db") == expected


def test_parquet_shards_hold_the_same_records(ray_cluster: Any, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    _local(corpus, tmp_path / "local.db")
    expected = _export(tmp_path / "local.db")
    out = tmp_path / "shards"
    config = _config()
    stats = refine_paths_ray([str(corpus)], config, out=out, workers=2)
    assert stats.read == len(expected.splitlines())

    rows = [a for a, _digest in read_articles(out)]
    order = sorted(rows, key=lambda a: (a.source.uri, a.source.offset or -1, a.id))
    assert "".join(a.to_json() + "\n" for a in order) == expected
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_parquet(out)
    assert len(frame) == len(rows) and int(frame["schema_version"].max()) == 1

    # Imported into a fresh store: the local engine's store, digests included, so a
    # --db run over it finds nothing new.
    result = CliRunner().invoke(cli, ["import", str(out), "--db", str(tmp_path / "imp.db")])
    assert result.exit_code == 0, result.output
    assert _export(tmp_path / "imp.db") == expected
    assert _ray(corpus, tmp_path / "imp.db", workers=2)["unchanged"] == stats.read


def test_parquet_run_resumes_and_replaces_changed_shards(ray_cluster: Any, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "shards"
    first = refine_paths_ray([str(corpus)], _config(), out=out, workers=2)
    shards = {p.name: p.stat().st_mtime_ns for p in parquet_files(out)}

    again = refine_paths_ray([str(corpus)], _config(), out=out, workers=2)
    assert again.unchanged == again.read == first.read and again.stored == 0
    assert {p.name: p.stat().st_mtime_ns for p in parquet_files(out)} == shards

    (corpus / "a" / "doc1.txt").write_text("New headline\nA new body line about the ferry.\n")
    changed = refine_paths_ray([str(corpus)], _config(), out=out, workers=2)
    assert changed.stored == 1 and changed.unchanged == first.read - 1
    now = {p.name for p in parquet_files(out)}
    assert len(now) == len(shards) and len(now - set(shards)) == 1
    headlines = {a.headline for a, _ in read_articles(out)}
    assert "New headline" in headlines and "Headline 1" not in headlines
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary left


def test_cli_engine_ray(ray_cluster: Any, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    local_db, db = tmp_path / "local.db", tmp_path / "cli.db"
    subprocess.run(
        [sys.executable, "-m", "newsrefinery", "refine", str(corpus), "--db", str(local_db)],
        capture_output=True, check=True,
    )  # fmt: skip
    args = ["refine", str(corpus), "--engine", "ray", "--jobs", "2", "--db", str(db)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert f"-> {db}" in result.stdout and "rejected invalid_json: 1" in result.stdout
    # The whole command, clustering included, leaves the store the local one leaves.
    assert _export(db) == _export(local_db)

    strict = CliRunner().invoke(cli, [*args, "--strict", "--force"])
    assert strict.exit_code == 1


def test_cli_refuses_ray_options_without_ray(tmp_path: Path) -> None:
    runner = CliRunner()
    no_engine = runner.invoke(cli, ["refine", str(tmp_path), "--out", str(tmp_path / "o")])
    assert no_engine.exit_code == 2 and "--engine ray" in no_engine.output
    both = runner.invoke(
        cli, ["refine", str(tmp_path), "--engine", "ray", "--out", "o", "--db", "x.db"]
    )
    assert both.exit_code == 2 and "not both" in both.output


# -- time limits and crashes -------------------------------------------------------------


def _slow_or_crashing(article: Article) -> Article:
    text = article.body_text
    if "SLEEP" in text:
        time.sleep(30)
    if "CRASH" in text:
        os._exit(3)
    return article


def _test_pipeline(config: Config) -> tuple[Any, ...]:
    return (_slow_or_crashing,)


def test_time_limit_and_crash_rejected_as_local(ray_cluster: Any, tmp_path: Path) -> None:
    from ray import cloudpickle

    # Ray workers import nothing from the tests folder: ship this module's steps by value.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name in ("SLEEP", "CRASH", "fine"):
        (corpus / f"{name}.txt").write_text(f"Title\n{name} body\n", encoding="utf-8")
    steps = "import os, time\n" + inspect.getsource(_slow_or_crashing)
    steps += "local.build_pipeline = lambda config: (_slow_or_crashing,)\n"
    local_stats = _local(corpus, tmp_path / "local.db", timeout=2, steps=steps)
    assert local_stats["rejected_by_reason"] == {"timeout": 1, "worker_crashed": 1}

    config = _config(timeout=2)
    started = time.monotonic()
    stats = _ray(corpus, tmp_path / "ray.db", workers=2, config=config, pipeline=_test_pipeline)
    assert time.monotonic() - started < 60
    assert _counts(stats) == _counts(local_stats)
    assert _export(tmp_path / "ray.db") == _export(tmp_path / "local.db")

    # Machine-caused failures are retried by the next run, as the local engine does.
    again = _ray(corpus, tmp_path / "ray.db", workers=2, config=config, pipeline=_test_pipeline)
    assert again["unchanged"] == 1 and again["rejected"] == 2


def _dies_on_ray_workers(article: Article) -> Article:
    # RAY_RAYLET_PID is set in Ray's worker processes only, never in the driver's pool.
    if "RAY_RAYLET_PID" in os.environ and article.source.uri.endswith("page.html"):
        os._exit(3)
    return article


def _real_steps_dying_on_ray(config: Config) -> tuple[Any, ...]:
    from newsrefinery.steps import build_pipeline

    return (_dies_on_ray_workers, *build_pipeline(config))


def test_unit_failing_on_every_worker_is_refined_by_the_driver(
    ray_cluster: Any, tmp_path: Path
) -> None:
    from ray import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    corpus = _corpus(tmp_path / "corpus")
    _local(corpus, tmp_path / "local.db")
    stats = _ray(corpus, tmp_path / "ray.db", workers=2, pipeline=_real_steps_dying_on_ray)
    # The page's unit died on every worker; the driver refined it with the real steps.
    assert "worker_crashed" not in stats["rejected_by_reason"]
    assert _export(tmp_path / "ray.db") == _export(tmp_path / "local.db")
