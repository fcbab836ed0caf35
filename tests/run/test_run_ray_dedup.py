"""Distributed dedup on a local Ray: the local engine's clusters, to the last field.

The reference is the local engine as `refine` runs it (`refine_paths`, then
`dedup.update_clusters`), in a fresh interpreter (see test_run_ray.py). Compared:
every record (its `cluster` field included), every cluster row with its reasons
(link, Jaccard, containment, elected), and the stored sketches and band keys.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from newsrefinery import open_store
from newsrefinery.config import Config, RunConfig
from newsrefinery.run.parquet import read_articles
from newsrefinery.run.ray_dedup_folder import SIDECARS, sidecar_path
from newsrefinery.run.ray_engine import refine_paths_ray

pytestmark = [pytest.mark.slow, pytest.mark.ray]

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "examples" / "corpus"

_LOCAL = """
import sys
from newsrefinery import open_store
from newsrefinery.config import Config, RunConfig
from newsrefinery.dedup import update_clusters
from newsrefinery.run import refine_paths
with open_store(sys.argv[2]) as store:
    refine_paths([sys.argv[1]], store, Config(run=RunConfig(jobs=2)))
    update_clusters(store)
"""


def _paragraphs(path: Path) -> list[str]:
    return [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]


def _copies(corpus: Path, names: list[str], tag: str) -> None:
    """Syndicated copies of demo stories: an exact mirror, an edited copy (a line
    dropped, a word changed, 'Source link' added) and a teaser (the first lines)."""
    out = corpus / f"syndicated-{tag}"
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        source = next(DEMO.rglob(name))
        lines = _paragraphs(source)
        (out / f"mirror-{source.name}").write_text("\n".join(lines) + "\n", encoding="utf-8")
        edited = [*lines[:3], *lines[4:]]
        edited[-1] = edited[-1].replace(" the ", " a ", 1)
        (out / f"edited-{source.name}").write_text("\n".join([*edited, "Source link"]) + "\n")
        (out / f"teaser-{source.name}").write_text("\n".join(lines[: len(lines) // 3]) + "\n")


STORIES = [
    "000_9b2c16d4507a97b8.txt",
    "wn2004_007_kmart-to-buy-sears-for-us-11-billion.txt",
    "GUM_interview_chomsky.txt",
    "wh_briefing_2020-04-03.txt",
]
LATER = ["wn2004_004_firefox-1-0-internet-browser-released-by-mozilla-f.txt"]


def _corpus(root: Path) -> Path:
    corpus = root / "corpus"
    shutil.copytree(DEMO, corpus / "demo")
    _copies(corpus, STORIES, "a")
    return corpus


def _local(corpus: Path, db: Path) -> None:
    subprocess.run([sys.executable, "-c", _LOCAL, str(corpus), str(db)], check=True)


def _dump(db: Path) -> dict[str, Any]:
    """Everything dedup leaves in a store, without the sketch ids (internal numbers)."""
    with open_store(db, readonly=True) as store:
        conn = store.connection
        return {
            # The records' `cluster` field; the rest of the record is test_run_ray.py's.
            "records": [
                (i, json.loads(r)["cluster"])
                for i, r in conn.execute("SELECT id, record FROM articles ORDER BY id")
            ],
            "clusters": conn.execute("SELECT * FROM clusters ORDER BY article_id").fetchall(),
            "sketches": conn.execute(
                "SELECT article_id, exact, tokens, sketch FROM dedup_signatures ORDER BY article_id"
            ).fetchall(),
            "bands": conn.execute(
                "SELECT s.article_id, b.key FROM dedup_bands b JOIN dedup_signatures s"
                " USING (sid) ORDER BY 1, 2"
            ).fetchall(),
            "state": conn.execute("SELECT * FROM dedup_state").fetchall(),
        }


def _ray(corpus: Path, db: Path, workers: int = 2) -> Any:
    found: list[Any] = []
    with open_store(db) as store:
        refine_paths_ray(
            [str(corpus)], Config(run=RunConfig(jobs=workers)), store=store, workers=workers,
            on_dedup=lambda stats, _seconds: found.append(stats),
        )  # fmt: skip
    return found[0]


def _copies_in(dump: dict[str, Any]) -> dict[str, set[str]]:
    links: dict[str, set[str]] = {}
    for row in dump["clusters"]:
        if not row[2]:  # not the canonical
            links.setdefault(row[5], set()).add(row[0])
    return links


def test_store_clusters_identical_to_local_engine(ray_cluster: Any, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _local(corpus, tmp_path / "local.db")
    expected = _dump(tmp_path / "local.db")
    # The corpus has what must be checked: copies of each kind, with their reasons.
    assert {"exact", "near_duplicate", "contained"} <= set(_copies_in(expected))
    for workers in (1, 2):
        stats = _ray(corpus, tmp_path / f"ray{workers}.db", workers)
        assert stats.sketched == len(expected["sketches"]) and stats.changed > 0
        assert _dump(tmp_path / f"ray{workers}.db") == expected

    # Incremental: new copies join the clusters, a rewritten canonical leaves them,
    # on both engines; then a run with nothing new clusters nothing.
    _copies(corpus, LATER + STORIES[:1], "b")
    seed = next(corpus.rglob(STORIES[1]))
    seed.write_text("Another story\n" + "A different text about other things. " * 30)
    _local(corpus, tmp_path / "local.db")
    stats = _ray(corpus, tmp_path / "ray2.db")
    assert 0 < stats.sketched < stats.affected
    assert _dump(tmp_path / "ray2.db") == _dump(tmp_path / "local.db")
    again = _ray(corpus, tmp_path / "ray2.db")
    assert again.sketched == again.affected == again.changed == 0


def _folder(out: Path) -> tuple[list[Any], list[tuple[Any, ...]]]:
    """Cluster fields of the records (by id) and cluster rows of a folder's sidecars."""
    import pyarrow.parquet as pq

    records = sorted((a.id, asdict(a.cluster)) for a, _ in read_articles(out))
    rows = []
    for path in sorted((out / SIDECARS).glob("*.parquet")):
        for r in pq.read_table(path).to_pylist():
            if r["cluster_id"] is not None:
                rows.append((r["id"], r["cluster_id"], int(r["canonical"]), r["duplicate_of"],
                             r["similarity"], r["link"], r["jaccard"], r["containment"],
                             r["elected"]))  # fmt: skip
    return records, sorted(rows)


def _local_rows(db: Path) -> tuple[list[Any], list[tuple[Any, ...]]]:
    dump = _dump(db)
    return dump["records"], [tuple(r) for r in dump["clusters"]]


def test_parquet_clusters_identical_to_local_engine(ray_cluster: Any, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _local(corpus, tmp_path / "local.db")
    out = tmp_path / "shards"
    config = Config(run=RunConfig(jobs=2))
    refine_paths_ray([str(corpus)], config, out=out, workers=2)
    records, rows = _folder(out)
    # Rejected records are in the shards too; the store keeps them as well.
    assert (records, rows) == _local_rows(tmp_path / "local.db")
    assert any(r[5] == "contained" for r in rows)

    # Nothing new: no shard and no sidecar is rewritten.
    files = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")}
    found: list[Any] = []
    refine_paths_ray(
        [str(corpus)], config, out=out, workers=2, on_dedup=lambda s, _: found.append(s)
    )
    assert found[0].changed == 0 and found[0].affected > 0
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")} == files

    # New copies: the shards of their clusters' old members are rewritten as needed.
    _copies(corpus, LATER + STORIES[:1], "b")
    _local(corpus, tmp_path / "local.db")
    refine_paths_ray([str(corpus)], config, out=out, workers=2)
    assert _folder(out) == _local_rows(tmp_path / "local.db")


def test_shard_without_sidecar_is_sketched_by_the_dedup(ray_cluster: Any, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "shards"
    config = Config(run=RunConfig(jobs=2))
    refine_paths_ray([str(corpus)], config, out=out, workers=2)
    expected = _folder(out)
    # As a shard refined by the driver after its unit failed on every worker is left.
    victim = next(p for p in sorted(out.glob("part-*.parquet")) if "syndicated" in _uris(p))
    Path(sidecar_path(str(out), victim.name)).unlink()
    found: list[Any] = []
    refine_paths_ray(
        [str(corpus)], config, out=out, workers=2, on_dedup=lambda s, _: found.append(s)
    )
    assert found[0].sketched > 0
    assert _folder(out) == expected


def _uris(shard: Path) -> str:
    return " ".join(a.source.uri for a, _ in read_articles(shard))
