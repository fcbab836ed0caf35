"""Clusters from sketches: exact groups, LSH components, verified stars, elections.

1. Documents with the same exact hash form one *node* (an exact group).
2. Nodes that share a band key are candidates; connected components of that relation
   are found with vectorised label propagation, never by listing pairs.
3. In each component, nodes are taken in election order (`canonical.DocInfo.priority`).
   The first node not yet in a cluster becomes a centre; every unclustered candidate
   of it whose exact shingle sets pass `verify.decide` against it joins its cluster
   (`star.py`). So every member is verified against the canonical itself: no
   chaining, ever. The verdicts against each component's first centre are computed
   for a whole batch of components in one numpy sort (`verify.Overlaps`), and the
   batch is elected at once (`election.py`). A component whose every node passes
   against its centre (most of them) is written from those arrays; only the others
   go through `star.star`.

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
from .election import Election, components, elect, links, settle
from .facts import Facts, facts
from .graph import Graph, component_batches, from_keys, lonely
from .hashing import U64
from .params import DedupParams
from .shingles import shingles, split, tokenize
from .sketch import ShingleCache, Sketches
from .star import Assignment, Component, assign, star
from .verify import Overlaps, Verdict

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
        out[i] = Assignment.alone(docs[i].id)
    for batch in component_batches(graph, _SETS_PER_BATCH):
        members = {node: graph.members(node) for nodes in batch for node in nodes}
        # Members of a node share their words, so any one of them gives the node's set.
        multi = [nodes for nodes in batch if len(nodes) > 1]
        busy = [node for nodes in multi for node in nodes]
        sets = dict(
            zip(busy, _sets([members[n][0] for n in busy], texts, params, cache), strict=True)
        )
        # One sort for the whole batch gives every verdict the election and the stars
        # need (`election.elect`).
        overlaps = Overlaps([[sets[n] for n in nodes] for nodes in multi])
        chosen = elect(batch, members, docs, overlaps, params)
        known = _facts([members[n] for n in busy], docs, texts, params)
        found = links(chosen, docs, params, known)
        rest = settle(chosen, found, docs, out)  # components that are one cluster: done
        for k, comp in zip(rest, components(chosen, members, rest), strict=True):
            first = _first(chosen, k, comp)
            star(comp, graph, docs, sets, first, params, known)
            assign(comp, docs, out)
    return out


def _facts(
    groups: list[list[int]], docs: Sequence[DocInfo], texts: TextSource, params: DedupParams
) -> dict[int, Facts]:
    """The facts of the bodies shorter than `figure_words` words (`facts.py`) among
    the documents of `groups` (nodes of components of several nodes: only they are
    linked), by document index: read from their texts, which are short."""
    short = sorted(i for group in groups for i in group if docs[i].short(params.figure_words))
    if not short:
        return {}
    return dict(zip(short, map(facts, texts(short)), strict=True))


def _first(chosen: Election, k: int, comp: Component) -> dict[int, Verdict]:
    """The verdict of each node of component `k` against its centre, in batch order."""
    b = chosen.b
    lo, hi = int(b.comp_first[k]), int(b.comp_first[k + 1])
    text = int(np.searchsorted(chosen.texts, lo))
    return {
        b.nodes[p]: chosen.verdict(text + p - lo)
        for p in range(lo, hi)
        if b.nodes[p] != comp.centre
    }


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
