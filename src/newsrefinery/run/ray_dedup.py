"""Deduplication on Ray Data: the local engine's clusters, computed on the cluster.

The stages, each a Ray Data operation over rows of small columns:

1. **Sketches** are made by the workers that refine the records, in the refine task
   itself (`sketch_rows`: `dedup.sketch` over `dedup.signature_text`, the local
   engine's own functions), and travel with the records to the driver (`--db`) or
   into a hidden sidecar beside each shard (`--out`, see `ray_dedup_folder`).
2. **Band keys** are emitted per document (`Sketches.keys`), with its exact hash as
   a key of its own kind, as rows (part, kind, key, id).
3. **Candidates**: a Ray Data groupby on the key's partition (`key % parts`); in each
   group `lsh.buckets` finds the keys held by two or more documents, and each such
   bucket becomes edges from its first document to the others.
4. **Components** of the candidate edges, on the driver (`graph.components`, the
   local engine's label propagation): the edge list is small beside the corpus.
5. **Verification, star clustering and canonical election**: the members of
   components with copies are grouped by component (a second groupby) and each
   group is clustered by `dedup.cluster`, which verifies every member against its
   centre on exact shingle sets (`verify.compare_stars`: Jaccard and containment),
   grows the stars (`star.py`) and elects canonicals (`canonical.py`).

Why components of candidates, not of verified pairs: the local star clustering
verifies members against centres elected inside a candidate component, and follows
candidates of candidates; a component of candidates is closed under all of that, so
clustering it alone (or any union of such components, which is what one group is)
gives exactly the answer clustering the whole corpus gives. Components of verified
pairs would not: their stars could differ from the local engine's.

A document with words that no other document shares a key with is a cluster of its
own (`only_member`); one without words has no cluster, as in `dedup.cluster`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

from ..dedup import Assignment, DedupParams, Sketches, cluster, signature_text, sketch
from ..dedup.canonical import doc_info
from ..dedup.graph import components
from ..dedup.lsh import NO_KEY, buckets
from ..records import Article, Cluster

# A document's sketch, as the refine tasks send it and the sidecars keep it.
SKETCH_FIELDS = (("id", "string"), ("exact", "int64"), ("tokens", "int64"), ("sketch", "binary"))
# A document's cluster row: the store's `clusters` columns (None: no cluster).
CLUSTER_FIELDS = (
    ("cluster_id", "string"), ("canonical", "bool_"), ("duplicate_of", "string"),
    ("similarity", "float64"), ("link", "string"), ("jaccard", "float64"),
    ("containment", "float64"), ("elected", "string"),
)  # fmt: skip
CLUSTER_NAMES = tuple(name for name, _ in CLUSTER_FIELDS)
# Groups per task slot in each groupby: enough to spread a skewed corpus.
PARTS_PER_CPU = 2
# At most this many component members in one clustering group (their records held).
GROUP_MEMBERS = 20_000

_BAND, _EXACT = 0, 1  # kinds of key: a band of the sketch, the exact hash of the body


def schema(fields: Iterable[tuple[str, str]]) -> Any:
    import pyarrow as pa

    return pa.schema([pa.field(name, getattr(pa, kind)()) for name, kind in fields])


def sketch_rows(articles: Sequence[Article], params: DedupParams) -> list[dict[str, Any]]:
    """The sketch of every article the store would sketch (all but rejected ones)."""
    live = [a for a in articles if a.status != "rejected"]
    sk = sketch([signature_text(a) for a in live], params)
    exact = sk.exact.view(np.int64).tolist()  # signed, as the store keeps it
    tokens = sk.tokens.tolist()
    return [
        {"id": a.id, "exact": exact[i], "tokens": tokens[i], "sketch": sk.blob(i)}
        for i, a in enumerate(live)
    ]


def lonely(article_id: str, tokens: int) -> Assignment | None:
    """The assignment of a document no other shares a key with, as `dedup.cluster`
    gives it, or nothing for one without words."""
    return Assignment.alone(article_id) if tokens > 0 else None


def cluster_row(a: Assignment | None) -> dict[str, Any]:
    if a is None:
        return dict.fromkeys(CLUSTER_NAMES)
    return {
        "cluster_id": a.cluster, "canonical": a.canonical, "duplicate_of": a.duplicate_of,
        "similarity": a.similarity, "link": a.link, "jaccard": a.jaccard,
        "containment": a.containment, "elected": a.elected,
    }  # fmt: skip


def assignment(row: dict[str, Any]) -> Assignment | None:
    if row["cluster_id"] is None:
        return None
    return Assignment(
        row["cluster_id"], bool(row["canonical"]), row["duplicate_of"], row["similarity"],
        row["link"], row["jaccard"], row["containment"], row["elected"],
    )  # fmt: skip


def cluster_field(a: Assignment | None) -> Cluster:
    """The record's `cluster`, as the store's update writes it."""
    if a is None:
        return Cluster()
    return Cluster(id=a.cluster, canonical=a.canonical, duplicate_of=a.duplicate_of,
                   similarity=a.similarity)  # fmt: skip


@contextmanager
def sort_shuffle(ray: Any) -> Iterator[None]:
    """Groupbys by sorting while the block runs: Ray 2.60's default shuffle starts
    aggregator actors, seconds per groupby on a small cluster, for nothing here."""
    ctx = ray.data.DataContext.get_current()
    strategy = getattr(ray.data.context, "ShuffleStrategy", None)
    if strategy is None:  # older Ray sorts by default
        yield
        return
    before = ctx.shuffle_strategy
    ctx.shuffle_strategy = strategy.SORT_SHUFFLE_PULL_BASED
    try:
        yield
    finally:
        ctx.shuffle_strategy = before


def parts_for(ray: Any, workers: int | None) -> int:
    cpus = workers or int(ray.cluster_resources().get("CPU", 1))
    return max(1, PARTS_PER_CPU * cpus)


def task_options(ray: Any, workers: int | None) -> dict[str, Any]:
    """One CPU per task, at most `workers` at once (the refine stage's own spelling)."""
    from .ray_engine import _concurrency

    return {"num_cpus": 1, **_concurrency(ray, workers)}


# -- stages 2 and 3: band keys, candidates ----------------------------------------------


def key_rows(batch: Any, *, params: DedupParams, parts: int) -> Any:
    """Sketch rows in, one (part, kind, key, id) row per band key and exact hash out."""
    import pyarrow as pa

    ids = np.asarray(batch["id"].to_pylist(), dtype=object)
    tokens = np.asarray(batch["tokens"].to_pylist(), dtype=np.int64)
    sk = Sketches.from_rows(
        batch["exact"].to_pylist(), tokens.tolist(), batch["sketch"].to_pylist(), params.bins
    )
    keys = sk.keys(params) if len(sk) else np.zeros((0, 1), np.int64)
    # Bands only for bodies long enough to band, as `graph.from_keys` does; exact
    # hashes for every body with words.
    docs, cols = np.nonzero((keys != NO_KEY) & (tokens >= params.min_tokens)[:, None])
    live = np.flatnonzero(tokens > 0)
    key = np.concatenate((keys[docs, cols], sk.exact.view(np.int64)[live]))
    kind = np.concatenate((np.full(docs.size, _BAND), np.full(live.size, _EXACT)))
    owner = np.concatenate((docs, live)).astype(np.int64)
    return pa.table(
        {
            "part": key % parts,
            "kind": kind.astype(np.int8),
            "key": key,
            "id": pa.array(ids[owner].tolist(), pa.string()),
        }
    )


def edges(group: Any) -> Any:
    """One group of key rows in, (a, b) candidate edges out: each key held by two or
    more documents links its first document (by id) to each of the others."""
    import pyarrow as pa

    names, member = np.unique(np.asarray(group["id"].to_pylist(), dtype=str), return_inverse=True)
    member = member.astype(np.int64).reshape(-1)
    key = group["key"].to_numpy()
    kind = group["kind"].to_numpy()
    found_a: list[Any] = []
    found_b: list[Any] = []
    for k in (_BAND, _EXACT):
        rows = np.flatnonzero(kind == k)
        rows = rows[np.argsort(member[rows], kind="stable")]  # `buckets` wants them ascending
        bucket, who = buckets(key[rows].reshape(-1, 1), member[rows])
        if not bucket.size:
            continue
        starts = np.flatnonzero(np.concatenate(([True], bucket[1:] != bucket[:-1])))
        head = np.repeat(who[starts], np.diff(np.append(starts, bucket.size)))
        found_a.append(head[who != head])
        found_b.append(who[who != head])
    a = np.concatenate(found_a) if found_a else np.zeros(0, np.int64)
    b = np.concatenate(found_b) if found_b else np.zeros(0, np.int64)
    pairs = np.unique(np.stack((a, b), axis=1), axis=0) if a.size else np.zeros((0, 2), np.int64)
    return pa.table(
        {
            "a": pa.array(names[pairs[:, 0]].tolist(), pa.string()),
            "b": pa.array(names[pairs[:, 1]].tolist(), pa.string()),
        }
    )


def candidate_components(
    ray: Any, sketches: Any, params: DedupParams, workers: int | None
) -> dict[str, int]:
    """Component label of every document that shares a key with another one.

    `sketches`: a Ray Dataset of sketch rows. Labels number the components (the
    smallest member's place among the ids with edges); documents absent are alone."""
    parts = parts_for(ray, workers)
    opts = task_options(ray, workers)
    keyed = sketches.map_batches(
        key_rows, batch_format="pyarrow", fn_kwargs={"params": params, "parts": parts}, **opts
    )
    found = keyed.groupby("part", num_partitions=parts).map_groups(
        edges, batch_format="pyarrow", **opts
    )
    a_parts, b_parts = [], []
    for batch in found.iter_batches(batch_size=None, batch_format="pyarrow"):
        a_parts.extend(batch["a"].to_pylist())
        b_parts.extend(batch["b"].to_pylist())
    if not a_parts:
        return {}
    names, node = np.unique(np.asarray(a_parts + b_parts, dtype=str), return_inverse=True)
    n = len(a_parts)
    node = node.astype(np.int64).reshape(-1)
    memberships = np.stack((node[:n], node[n:]), axis=1).reshape(-1)
    labels = components(names.size, np.repeat(np.arange(n, dtype=np.int64), 2), memberships)
    return dict(zip(names.tolist(), labels.tolist(), strict=True))


# -- stage 5: verification, stars, elections ---------------------------------------------


def group_count(ray: Any, members: int, workers: int | None) -> int:
    return max(parts_for(ray, workers), -(-members // GROUP_MEMBERS))


def cluster_group(group: Any, *, params: DedupParams) -> Any:
    """Members of whole components (sketch columns and `record`) in, one cluster row
    per member out, by `dedup.cluster`: verified stars and elected canonicals."""
    import pyarrow as pa

    rows = sorted(group.to_pylist(), key=lambda r: r["id"])
    articles = [Article.from_json(r["record"]) for r in rows]
    texts = [signature_text(a) for a in articles]
    sk = Sketches.from_rows(
        [r["exact"] for r in rows], [r["tokens"] for r in rows],
        [r["sketch"] for r in rows], params.bins,
    )  # fmt: skip
    found = cluster(
        [doc_info(a) for a in articles], sk, lambda idx: [texts[i] for i in idx], params
    )
    out = [{"id": r["id"], **cluster_row(a)} for r, a in zip(rows, found, strict=True)]
    return pa.Table.from_pylist(out, schema=schema((("id", "string"), *CLUSTER_FIELDS)))


def cluster_members(
    ray: Any, members: Any, count: int, params: DedupParams, workers: int | None
) -> dict[str, Assignment | None]:
    """Assignments of every member; `members` holds sketch columns, `record` and
    `part` (the same for all members of one component)."""
    opts = task_options(ray, workers)
    found = members.groupby("part", num_partitions=parts_for(ray, workers)).map_groups(
        cluster_group, batch_format="pyarrow", fn_kwargs={"params": params}, **opts
    )
    out: dict[str, Assignment | None] = {}
    for batch in found.iter_batches(batch_size=None, batch_format="pyarrow"):
        for row in batch.to_pylist():
            out[row["id"]] = assignment(row)
    if len(out) != count:  # a group lost on the way would leave copies unclustered
        raise RuntimeError(f"clustered {len(out)} of {count} component members")
    return out


# -- the store (--db) ---------------------------------------------------------------------


KnownSketch = tuple[int, int, bytes]  # (signed exact hash, tokens, sketch blob)


def update_store(
    store: Any,
    params: DedupParams,
    known: dict[str, KnownSketch],
    ray: Callable[[], Any],
    workers: int | None,
) -> Any:
    """`dedup.update_clusters` on `store`, with sketches from the refine tasks
    (`known`) and the clustering of the affected sketches on Ray (`ray()` gives a
    started Ray, started only if something is to be clustered)."""
    from ..dedup import update_clusters

    def lookup(ids: Sequence[str]) -> Sketches | None:
        rows = [known.get(i) for i in ids]
        if any(r is None for r in rows):  # sketched by an older run or an import
            return None
        ready = [r for r in rows if r is not None]
        return Sketches.from_rows(
            [r[0] for r in ready], [r[1] for r in ready], [r[2] for r in ready], params.bins
        )

    def recluster(ids: Sequence[str], sk: Sketches) -> list[Assignment | None]:
        started = ray()
        with sort_shuffle(started):
            return cluster_sketches(started, store, list(ids), sk, params, workers)

    return update_clusters(store, params, known=lookup, recluster=recluster)


def cluster_sketches(
    ray: Any, store: Any, ids: list[str], sk: Sketches, params: DedupParams, workers: int | None
) -> list[Assignment | None]:
    """One assignment per id of a closed set of stored sketches, computed on Ray."""
    import pyarrow as pa

    from ..store import clusters as sql

    blobs = [sk.blob(i) for i in range(len(ids))]
    table = pa.table(
        {"id": ids, "exact": sk.exact.view(np.int64), "tokens": sk.tokens, "sketch": blobs},
        schema=schema(SKETCH_FIELDS),
    )
    labels = candidate_components(ray, _dataset(ray, table, workers), params, workers)
    tokens = sk.tokens.tolist()
    members = [i for i, article_id in enumerate(ids) if article_id in labels]
    found: dict[str, Assignment | None] = {}
    if members:
        groups = group_count(ray, len(members), workers)
        records = sql.records(store.connection, [ids[i] for i in members])
        chosen = table.take(pa.array(members, pa.int64()))
        chosen = chosen.append_column("record", pa.array([records[ids[i]] for i in members]))
        parts = [labels[ids[i]] % groups for i in members]
        chosen = chosen.append_column("part", pa.array(parts, pa.int64()))
        found = cluster_members(ray, _dataset(ray, chosen, workers), len(members), params, workers)
    return [found[a] if a in found else lonely(a, tokens[i]) for i, a in enumerate(ids)]


def _dataset(ray: Any, table: Any, workers: int | None) -> Any:
    """A driver-side table as a Dataset of a few blocks per task slot."""
    blocks = max(1, min(table.num_rows, parts_for(ray, workers)))
    step = -(-table.num_rows // blocks) or 1
    return ray.data.from_arrow([table.slice(i, step) for i in range(0, table.num_rows, step)])
