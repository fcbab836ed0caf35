"""Clustering the store, incrementally: the last step of `refine`.

1. Sketch every stored article that has no sketch yet (new or rewritten ones) and
   store the sketch with its band keys.
2. From those, follow shared band keys and exact hashes through the stored sketches
   until nothing new is reached: the affected components. Nothing else is read.
3. Cluster the affected components in memory (`cluster.cluster`): since a component is
   closed, the answer is the one clustering the whole corpus would give.
4. Write back only what changed: the article's cluster row and the `cluster` field of
   its stored record, so `get` and `export` show it (records are rewritten, not
   overlaid, so a record read from the store is always complete on its own).

Steps 1 and 4 each commit in batches; an interrupted update leaves stored sketches
behind, and the next run picks up from them (a sketch is only ever added with its
keys, in one transaction).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from ..records import Article, Cluster
from ..store import clusters as sql
from ..store.writer import transaction
from .canonical import DocInfo, doc_info, signature_text
from .cluster import Assignment, cluster
from .lsh import NO_KEY
from .params import DedupParams
from .sketch import Sketches, sketch

BATCH = 2000  # articles sketched or written per transaction
_PARAMS_KEY = "params"
_RULES_KEY = "rules"
# The version of the linking and election rules. Sketches do not depend on it, but
# clusters do: a store clustered under other rules has every cluster redone (from
# its stored sketches) on its next update, so that it holds the batch answer.
RULES = "3"


@dataclass(slots=True)
class UpdateStats:
    """What one update did."""

    sketched: int = 0  # articles sketched in this run
    affected: int = 0  # articles in the components that were re-clustered
    changed: int = 0  # articles whose cluster changed and were rewritten
    rebuilt: bool = False  # parameters changed: every sketch was redone

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@contextmanager
def _errors(store: Any) -> Iterator[sqlite3.Connection]:
    try:
        yield store.connection
    except sqlite3.Error as exc:
        raise StoreError(f"cannot cluster database {store.path}: {exc}") from None


# Hooks for an engine that sketches and clusters elsewhere (run/ray_dedup.py): the
# sketches of these ids if it already has all of them (None: sketch them here), and
# one assignment per id of the affected sketches. The store logic stays here, once.
Known = Callable[[Sequence[str]], "Sketches | None"]
Recluster = Callable[[Sequence[str], Sketches], "list[Assignment | None]"]


def update_clusters(
    store: Any,
    params: DedupParams | None = None,
    *,
    known: Known | None = None,
    recluster: Recluster | None = None,
) -> UpdateStats:
    """Bring the store's clusters up to date with its articles; see the module doc.

    `known` and `recluster` replace the in-memory sketching and clustering (steps 1
    and 3) for an engine that does them elsewhere; results must be the same."""
    params = params or DedupParams()
    stats = UpdateStats()
    with _errors(store) as conn:
        stats.rebuilt = _check_params(conn, params)
        fresh = _sketch_new(conn, params, stats, known)
        seeds = sorted(set(fresh) | set(sql.sids_of_members(conn, _ids_of(conn, fresh))))
        old_rules = sql.get_state(conn, _RULES_KEY) != RULES
        if old_rules:
            seeds = sql.all_sids(conn)
        if seeds:
            closure = _closure(conn, seeds, total=sql.sketch_count(conn))
            rows = sql.sketches(conn, sorted(closure))
            stats.affected = len(rows)
            stats.changed = _recluster(conn, rows, params, recluster)
        if old_rules:
            with transaction(conn):
                sql.set_state(conn, _RULES_KEY, RULES)
    return stats


def _check_params(conn: sqlite3.Connection, params: DedupParams) -> bool:
    """Drop every sketch when they were made with other parameters."""
    wanted = json.dumps(dataclasses.asdict(params), sort_keys=True)
    stored = sql.get_state(conn, _PARAMS_KEY)
    if stored == wanted:
        return False
    with transaction(conn):
        if stored is not None:
            sql.drop_signatures(conn)
        sql.set_state(conn, _PARAMS_KEY, wanted)
    return stored is not None


def _sketch_new(
    conn: sqlite3.Connection, params: DedupParams, stats: UpdateStats, known: Known | None
) -> list[int]:
    """Sketch and store every article without a sketch; returns the new sketch ids."""
    todo = sql.unsketched(conn)
    sids: list[int] = []
    for start in range(0, len(todo), BATCH):
        ids = todo[start : start + BATCH]
        sk = None if known is None else known(ids)
        if sk is None:
            found = sql.records(conn, ids)
            ids = [i for i in ids if i in found]
            sk = sketch([signature_text(Article.from_json(found[i])) for i in ids], params)
        keys = sk.keys(params).tolist()
        exact = sk.exact.view("int64").tolist()  # SQLite integers are signed
        tokens = sk.tokens.tolist()
        with transaction(conn):
            for i, article_id in enumerate(ids):
                banded = tokens[i] >= params.min_tokens
                row_keys = [k for k in keys[i] if k != NO_KEY] if banded else []
                sid = sql.insert_sketch(conn, article_id, exact[i], tokens[i], sk.blob(i), row_keys)
                sids.append(sid)
        stats.sketched += len(ids)
    return sids


def _ids_of(conn: sqlite3.Connection, sids: Sequence[int]) -> list[str]:
    return [row[1] for row in sql.sketches(conn, sids)]


def _closure(conn: sqlite3.Connection, seeds: list[int], total: int) -> set[int]:
    """Every sketch reachable from `seeds` through shared keys or exact hashes."""
    if len(seeds) == total:  # a first run: everything is affected, no need to search
        return set(sql.all_sids(conn))
    seen = set(seeds)
    frontier = seeds
    while frontier:
        frontier = sorted(sql.neighbours(conn, frontier) - seen)
        seen.update(frontier)
    return seen


def _recluster(
    conn: sqlite3.Connection,
    rows: list[tuple[int, str, int, int, bytes]],
    params: DedupParams,
    recluster: Recluster | None,
) -> int:
    """Cluster the affected sketches and write what changed; returns how many changed."""
    ids = [row[1] for row in rows]
    sk = Sketches.from_rows(
        [r[2] for r in rows], [r[3] for r in rows], [r[4] for r in rows], params.bins
    )
    if recluster is not None:
        return _write(conn, ids, recluster(ids, sk))
    docs = _doc_infos(conn, ids)

    def texts(indices: Sequence[int]) -> list[str]:
        found = sql.records(conn, [ids[i] for i in indices])
        return [signature_text(Article.from_json(found[ids[i]])) for i in indices]

    assignments = cluster(docs, sk, texts, params)
    return _write(conn, ids, assignments)


def _doc_infos(conn: sqlite3.Connection, ids: list[str]) -> list[DocInfo]:
    out: list[DocInfo] = []
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        found = sql.records(conn, chunk)
        out.extend(doc_info(Article.from_json(found[i])) for i in chunk)
    return out


def _write(conn: sqlite3.Connection, ids: list[str], assignments: list[Assignment | None]) -> int:
    changed = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        current = sql.cluster_rows(conn, chunk)
        todo = []
        for article_id, new in zip(chunk, assignments[start : start + BATCH], strict=True):
            row = None if new is None else _row(new)
            if current.get(article_id) != row:
                todo.append((article_id, row, new))
        if not todo:
            continue
        found = sql.records(conn, [t[0] for t in todo])
        with transaction(conn):
            for article_id, row, new in todo:
                article = Article.from_json(found[article_id])
                record = article.evolve(cluster=_cluster_field(new)).to_json()
                sql.write_cluster(conn, article_id, record, row)
        changed += len(todo)
    return changed


def _row(a: Assignment) -> sql.ClusterRow:
    return (a.cluster, int(a.canonical), a.duplicate_of, a.similarity, a.link, a.jaccard,
            a.containment, a.elected)  # fmt: skip


def _cluster_field(a: Assignment | None) -> Cluster:
    """The record's `cluster`: DESIGN.md's {id, canonical, duplicate_of, similarity}."""
    if a is None:
        return Cluster()
    return Cluster(id=a.cluster, canonical=a.canonical, duplicate_of=a.duplicate_of,
                   similarity=a.similarity)  # fmt: skip
