"""Distributed dedup of a Parquet output folder (`refine --engine ray --out DIR`).

Each shard `DIR/part-....parquet` has a sidecar of the same name in `DIR/_dedup/`
(hidden from Parquet readers by the `_`): one row per clustered record, with the
record's sketch (what the store keeps in `dedup_signatures`) and its cluster row (the
store's `clusters` columns: cluster id, canonical, duplicate of, similarity, link,
Jaccard, containment, elected). The refine task writes the sidecar, then the shard,
with each record filled in as a cluster of its own (`only_member`), which most records
stay; the dedup stages (`ray_dedup`) then cluster the whole folder, and each shard
whose records' clusters differ from that is rewritten, then its sidecar. So after a
complete run, the records' `cluster` field and the sidecars hold exactly what the
local engine's store holds for the same inputs; an interrupted run is put right by
the next one, which clusters the folder again and rewrites only what differs.

A shard without a sidecar (one the driver refined after its unit failed on every
worker, or one written before sidecars existed) gets one, sketched from its records.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from ..dedup import Assignment, DedupParams, UpdateStats
from ..records import Article
from .parquet import read_articles, write_table
from .ray_dedup import (
    CLUSTER_FIELDS,
    CLUSTER_NAMES,
    SKETCH_FIELDS,
    candidate_components,
    cluster_field,
    cluster_members,
    cluster_row,
    group_count,
    lonely,
    parts_for,
    schema,
    sketch_rows,
    task_options,
)

SIDECARS = "_dedup"
SKETCH_NAMES = [name for name, _ in SKETCH_FIELDS]

_CACHE: dict[str, Any] = {}  # per worker process: the last mapping fetched by its ref


def sidecar_path(out: str, name: str) -> str:
    return os.path.join(out, SIDECARS, name)


def sidecar_schema() -> Any:
    return schema((*SKETCH_FIELDS, *CLUSTER_FIELDS))


def write_unit(
    out: str, name: str, articles: Sequence[Article], params: DedupParams
) -> list[Article]:
    """Write the sidecar of a shard about to be written; its records back, each one
    filled in as a cluster of its own (the clustering stage corrects the copies)."""
    rows = sketch_rows(articles, params)
    tokens = {row["id"]: row["tokens"] for row in rows}
    side = [{**row, **cluster_row(lonely(row["id"], row["tokens"]))} for row in rows]
    _write_sidecar(out, name, side)
    return [
        a.evolve(cluster=cluster_field(lonely(a.id, tokens[a.id]))) if a.id in tokens else a
        for a in articles
    ]


def _write_sidecar(out: str, name: str, rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa

    os.makedirs(os.path.join(out, SIDECARS), exist_ok=True)
    write_table(pa.Table.from_pylist(rows, schema=sidecar_schema()), sidecar_path(out, name))


def _read(path: str, columns: list[str] | None = None, filters: Any = None) -> Any:
    import pyarrow.parquet as pq

    return pq.read_table(path, columns=columns, filters=filters)


def _names(batch: Any) -> list[str]:
    names: list[str] = batch["name"].to_pylist()
    return names


def _fetch(ref: Any) -> Any:
    """The driver's mapping behind `ref`, fetched once per worker process."""
    import ray

    key = ref.hex()
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = ray.get(ref)
    return _CACHE[key]


# -- the stages, one function per Ray task ------------------------------------------------


def build_sidecars(batch: Any, *, out: str, params: DedupParams) -> Any:
    """Sidecars for shards without one, from their records; cluster rows left empty,
    so that the write-back fills every record in."""
    import pyarrow as pa

    made = []
    for name in _names(batch):
        articles = [a for a, _ in read_articles(os.path.join(out, name))]
        rows = [{**row, **cluster_row(None)} for row in sketch_rows(articles, params)]
        _write_sidecar(out, name, rows)
        made.append(len(rows))
    return pa.table({"sketched": pa.array(made, pa.int64())})


def sketches_of(batch: Any, *, out: str) -> Any:
    import pyarrow as pa

    tables = [_read(sidecar_path(out, n), SKETCH_NAMES) for n in _names(batch)]
    return pa.concat_tables(tables) if tables else schema(SKETCH_FIELDS).empty_table()


def gather(batch: Any, *, out: str, labels: Any, groups: int) -> Any:
    """Component members of these shards: sketch columns, the record, the group."""
    import pyarrow as pa

    wanted: dict[str, int] = _fetch(labels)
    rows: list[dict[str, Any]] = []
    for name in _names(batch):
        side = _read(sidecar_path(out, name), SKETCH_NAMES).to_pylist()
        mine = {r["id"]: r for r in side if r["id"] in wanted}
        if not mine:
            continue
        shard = _read(os.path.join(out, name), filters=[("id", "in", sorted(mine))])
        for record in shard.to_pylist():
            row = mine[record["id"]]
            row["record"] = Article.from_dict(record).to_json()
            row["part"] = wanted[row["id"]] % groups
            rows.append(row)
    fields = (*SKETCH_FIELDS, ("record", "string"), ("part", "int64"))
    return pa.Table.from_pylist(rows, schema=schema(fields))


def write_back(batch: Any, *, out: str, assigned: Any) -> Any:
    """Rewrite each shard whose cluster rows differ from the clustering, then its
    sidecar; returns how many rows changed per shard."""
    import pyarrow as pa

    found: dict[str, Assignment | None] = _fetch(assigned)
    changed = []
    for name in _names(batch):
        side = _read(sidecar_path(out, name)).to_pylist()
        todo: dict[str, Assignment | None] = {}
        for row in side:
            new = found[row["id"]] if row["id"] in found else lonely(row["id"], row["tokens"])
            if cluster_row(new) != {k: row[k] for k in CLUSTER_NAMES}:
                todo[row["id"]] = new
                row.update(cluster_row(new))
        if todo:
            _rewrite_shard(os.path.join(out, name), todo)
            _write_sidecar(out, name, side)
        changed.append(len(todo))
    return pa.table({"changed": pa.array(changed, pa.int64())})


def _rewrite_shard(path: str, todo: dict[str, Assignment | None]) -> None:
    """The shard with the `cluster` field of the records in `todo` replaced, written
    atomically with its metadata (schema version, retry mark) kept."""
    import dataclasses

    import pyarrow as pa

    table = _read(path)
    index = table.schema.get_field_index("cluster")
    values = table.column(index).to_pylist()
    for i, article_id in enumerate(table.column("id").to_pylist()):
        if article_id in todo:
            values[i] = dataclasses.asdict(cluster_field(todo[article_id]))
    kind = table.schema.field(index).type
    table = table.set_column(index, table.schema.field(index), pa.array(values, kind))
    write_table(table, path)


# -- the driver ----------------------------------------------------------------------------


def update_folder(
    ray: Any, out: str, names: Sequence[str], params: DedupParams, workers: int | None
) -> UpdateStats:
    """Cluster every record of the shards `names` in `out`, on Ray, and write back."""
    stats = UpdateStats()
    names = sorted(names)
    if not names:
        return stats
    opts = task_options(ray, workers)
    missing = [n for n in names if not os.path.isfile(sidecar_path(out, n))]
    if missing:
        built = _units(ray, missing, workers).map_batches(
            build_sidecars, batch_format="pyarrow", fn_kwargs={"out": out, "params": params},
            **opts,
        )  # fmt: skip
        stats.sketched = _total(built, "sketched")
    sketches = _units(ray, names, workers).map_batches(
        sketches_of, batch_format="pyarrow", fn_kwargs={"out": out}, **opts
    )
    labels = candidate_components(ray, sketches, params, workers)
    found: dict[str, Assignment | None] = {}
    if labels:
        groups = group_count(ray, len(labels), workers)
        kwargs = {"out": out, "labels": ray.put(labels), "groups": groups}
        members = _units(ray, names, workers).map_batches(
            gather, batch_format="pyarrow", fn_kwargs=kwargs, **opts
        )
        found = cluster_members(ray, members, len(labels), params, workers)
    stats.affected = len(found)
    done = _units(ray, names, workers).map_batches(
        write_back, batch_format="pyarrow", fn_kwargs={"out": out, "assigned": ray.put(found)},
        **opts,
    )  # fmt: skip
    stats.changed = _total(done, "changed")
    return stats


def _units(ray: Any, names: Sequence[str], workers: int | None) -> Any:
    blocks = max(1, min(len(names), parts_for(ray, workers) * 4))
    return ray.data.from_items([{"name": n} for n in names], override_num_blocks=blocks)


def _total(ds: Any, column: str) -> int:
    return sum(
        sum(batch[column].to_pylist())
        for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow")
    )
