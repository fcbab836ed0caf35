"""Clusters from sketches: exact groups, LSH components, verified stars, elections.

1. Documents with the same exact hash form one *node* (an exact group).
2. Nodes that share a band key are candidates; connected components of that relation
   are found with vectorised label propagation, never by listing pairs.
3. In each component, nodes are taken in election order (`canonical.DocInfo.priority`).
   The first node not yet in a cluster becomes a centre; every unclustered candidate
   of it whose exact shingle sets pass `verify.decide` against it joins its cluster
   (`star.py`). So every member is verified against the canonical itself: no
   chaining, ever. The verdicts against each component's first centre are computed
   for a whole batch of components in one numpy sort (`verify.compare_stars`).

The result depends only on the set of documents, never on their order: nodes,
components, centres and candidates are all ordered by content or by id. Because a
component is closed under candidacy, clustering one component alone gives the same
answer as clustering the whole corpus, which is what makes the store's incremental
update exact.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

import numpy as np

from .canonical import DocInfo
from .graph import Graph, component_batches, from_keys, lonely
from .hashing import U64
from .params import DedupParams
from .shingles import shingles, split, tokenize
from .sketch import ShingleCache, Sketches
from .star import Assignment, Component, assign, component, star
from .verify import Overlaps, Verdict, decide

__all__ = ["Assignment", "TextSource", "cluster", "cluster_graph"]

# Texts of documents by index: the signature texts that `sketch` saw.
TextSource = Callable[[Sequence[int]], Sequence[str]]

_SETS_PER_BATCH = 4096  # shingle sets held at once while verifying


def cluster(
    docs: Sequence[DocInfo],
    sketches: Sketches,
    texts: TextSource,
    params: DedupParams,
    cache: ShingleCache | None = None,
) -> list[Assignment | None]:
    """Cluster every document; None for those with no words (nothing to compare).

    `cache`: the one `sketch` filled, if any; the texts it holds are not re-read."""
    exact = _exact_keys(docs, sketches, params)
    graph = from_keys(
        exact, sketches.tokens, lambda rows: sketches.keys(params, rows), params.min_tokens
    )
    return cluster_graph(docs, graph, texts, params, cache)


def _exact_keys(docs: Sequence[DocInfo], sketches: Sketches, params: DedupParams) -> U64:
    """Exact hashes, with the headline folded into those of short bodies: two short
    bodies are one story only when their headlines agree too (`params.short_words`)."""
    exact: U64 = sketches.exact.copy()
    maybe = np.flatnonzero(sketches.tokens < 2 * params.short_words)  # words <= tokens, mostly
    for i in maybe.tolist():
        doc = docs[i]
        if doc.short(params.short_words):
            digest = hashlib.blake2b(" ".join(sorted(doc.title)).encode(), digest_size=8)
            exact[i] ^= np.uint64(int.from_bytes(digest.digest(), "little"))
    return exact


def cluster_graph(
    docs: Sequence[DocInfo],
    graph: Graph,
    texts: TextSource,
    params: DedupParams,
    cache: ShingleCache | None = None,
) -> list[Assignment | None]:
    """Cluster the documents of a candidate graph (see `graph.py`)."""
    out: list[Assignment | None] = [None] * len(docs)
    for i in lonely(graph).tolist():
        out[i] = Assignment(docs[i].id, True, elected="only_member")
    for batch in component_batches(graph, _SETS_PER_BATCH):
        members = {node: graph.members(node) for nodes in batch for node in nodes}
        # Members of a node share their words, so any one of them gives the node's set.
        multi = [nodes for nodes in batch if len(nodes) > 1]
        busy = [node for nodes in multi for node in nodes]
        sets = dict(
            zip(busy, _sets([members[n][0] for n in busy], texts, params, cache), strict=True)
        )
        # One sort for the whole batch gives every verdict the election and the stars
        # need (`_elect`).
        overlaps = Overlaps([[sets[n] for n in nodes] for nodes in multi])
        comps, verdicts = _elect(batch, multi, members, docs, overlaps, params)
        found = iter(verdicts)
        for nodes, comp in zip(batch, comps, strict=True):
            against = next(found) if len(nodes) > 1 else [None]  # one node: no verdict
            pairs = zip(nodes, against, strict=True)
            first = {n: v for n, v in pairs if n != comp.centre and v is not None}
            star(comp, graph, docs, sets, first, params)
            assign(comp, docs, out)
    return out


def _elect(
    batch: list[list[int]],
    multi: list[list[int]],
    members: dict[int, list[int]],
    docs: Sequence[DocInfo],
    overlaps: Overlaps,
    params: DedupParams,
) -> tuple[list[Component], list[list[Verdict]]]:
    """Each component in election order, and the verdicts of its nodes (those of
    `multi`, in its order) against its centre.

    The election weighs the story text a node shares with the others, but only with
    those that are copies of one story: a page dump shares its site's template with
    unrelated stories of the site, which LSH may put in its component. So a first
    election without that figure picks a provisional centre; the nodes that pass
    against it are the story's copies, and the text shared among them decides."""
    provisional = [component(nodes, members, docs) for nodes in multi]
    pairs = zip(multi, provisional, strict=True)
    first = overlaps.against([nodes.index(c.centre) for nodes, c in pairs])
    # Two nodes share what they share: the figure cannot reorder them.
    within = [
        [len(nodes) > 2 and decide(v, params) is not None for v in verdicts]
        for nodes, verdicts in zip(multi, first, strict=True)
    ]
    overlap = _story_overlap(multi, overlaps, within)
    final = iter(
        component(nodes, members, docs, overlap) if len(nodes) > 2 else old
        for nodes, old in zip(multi, provisional, strict=True)
    )
    comps = [next(final) if len(nodes) > 1 else component(nodes, members, docs) for nodes in batch]
    centres = [nodes.index(c.centre) for nodes, c in zip(batch, comps, strict=True) if nodes[1:]]
    elected = [c for c in comps if c.nodes[1:]]
    if any(p.centre != c.centre for p, c in zip(provisional, elected, strict=True)):
        first = overlaps.against(centres)
    return comps, first


def _story_overlap(
    multi: list[list[int]], overlaps: Overlaps, within: list[list[bool]]
) -> dict[int, tuple[int, int]]:
    """Per node that `within` marks: shingles another marked node of its component
    also has, and shingles none has."""
    out: dict[int, tuple[int, int]] = {}
    rows = zip(multi, overlaps.common(within), overlaps.distinct(), within, strict=True)
    for nodes, common, distinct, marks in rows:
        for node, shared, size, mark in zip(nodes, common, distinct, marks, strict=True):
            if mark:
                out[node] = (shared, size - shared)
    return out


def _sets(
    heads: list[int], texts: TextSource, params: DedupParams, cache: ShingleCache | None
) -> list[U64]:
    """Shingle hashes of documents (what `verify` compares): from the cache, else
    from their texts."""
    raw: list[U64 | None] = [None if cache is None else cache.get(i) for i in heads]
    missing = [i for i, r in zip(heads, raw, strict=True) if r is None]
    if missing:
        sh, offsets, _ = shingles(tokenize(texts(missing)), params.shingle)
        fresh = iter(split(sh, offsets))
        raw = [next(fresh) if r is None else r for r in raw]
    return [r for r in raw if r is not None]
