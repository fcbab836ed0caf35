"""The candidate graph: exact groups as nodes, shared band buckets as edges.

Everything is held in compressed-row numpy arrays (a million documents cost a few
arrays, not a million Python lists); Python objects are only made for the nodes of
components that hold more than one document, which are the only ones that need work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from .hashing import U64
from .lsh import buckets
from .shingles import I64


def _starts(sorted_keys: I64, n: int) -> I64:
    """Offsets of each key's run in an array sorted by key (n + 1 entries)."""
    return np.searchsorted(sorted_keys, np.arange(n + 1)).astype(np.int64)


@dataclass(frozen=True, slots=True)
class Graph:
    """Nodes (exact groups of documents), their buckets and their components."""

    order: I64  # document indices grouped by node
    node_starts: I64  # node -> its run in `order`
    bucket_nodes: I64  # nodes grouped by bucket
    bucket_starts: I64
    node_buckets: I64  # buckets grouped by node
    node_bucket_starts: I64
    labels: I64  # node -> component label (the component's smallest node)

    @property
    def size(self) -> int:
        return int(self.labels.size)

    def members(self, node: int) -> list[int]:
        """Document indices of a node (documents with the same words)."""
        found: list[int] = self.order[self.node_starts[node] : self.node_starts[node + 1]].tolist()
        return found

    def candidates(self, node: int) -> set[int]:
        """Nodes sharing at least one bucket with `node` (itself included)."""
        mine = self.node_buckets[self.node_bucket_starts[node] : self.node_bucket_starts[node + 1]]
        lo, hi = self.bucket_starts[mine], self.bucket_starts[mine + 1]
        lengths = hi - lo
        # Every position of every one of its buckets' runs, in one gather.
        index = np.repeat(lo - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
        return set(self.bucket_nodes[index].tolist())


def exact_nodes(exact: U64, tokens: I64) -> tuple[I64, I64]:
    """Documents with words, grouped by exact hash: (order, node_starts)."""
    live = np.flatnonzero(tokens > 0)
    order = live[np.lexsort((live, exact[live]))]
    values = exact[order]
    new = np.concatenate(([True], values[1:] != values[:-1])) if order.size else np.zeros(0, bool)
    starts = np.concatenate((np.flatnonzero(new), [order.size])).astype(np.int64)
    return order.astype(np.int64), starts


def build(order: I64, node_starts: I64, bucket: I64, node: I64) -> Graph:
    """The graph of nodes `(order, node_starts)` and bucket memberships (bucket, node),
    the latter sorted by bucket as `lsh.buckets` returns them."""
    n_nodes = node_starts.size - 1
    n_buckets = int(bucket.max()) + 1 if bucket.size else 0
    by_node = np.lexsort((bucket, node))
    return Graph(
        order=order,
        node_starts=node_starts,
        bucket_nodes=node,
        bucket_starts=_starts(bucket, n_buckets),
        node_buckets=bucket[by_node],
        node_bucket_starts=_starts(node[by_node], n_nodes),
        labels=components(n_nodes, bucket, node),
    )


def from_keys(exact: U64, tokens: I64, keys_of: Callable[[I64], I64], min_tokens: int) -> Graph:
    """The graph of band keys: nodes with `min_tokens` words or more get buckets.

    `keys_of(documents)` gives the band keys of those documents: only one member of
    each node is asked for, so exact copies cost no keys."""
    order, node_starts = exact_nodes(exact, tokens)
    firsts = order[node_starts[:-1]]
    banded = np.flatnonzero(tokens[firsts] >= min_tokens).astype(np.int64)
    bucket, node = buckets(keys_of(firsts[banded]), banded)
    return build(order, node_starts, bucket, node)


def components(n_nodes: int, bucket: I64, node: I64) -> I64:
    """Component label (its smallest node) of every node, by label propagation.

    `bucket`/`node` list memberships sorted by bucket. Each round gives every bucket
    the smallest label among its nodes and every node the smallest label among its
    buckets, then jumps pointers; a few rounds settle even long chains.
    """
    labels = np.arange(n_nodes, dtype=np.int64)
    if bucket.size == 0:
        return labels
    starts = np.flatnonzero(np.concatenate(([True], bucket[1:] != bucket[:-1])))
    while True:
        smallest = np.minimum.reduceat(labels[node], starts)
        new = labels.copy()
        np.minimum.at(new, node, smallest[bucket])
        while True:  # pointer jumping: a label's own label is at least as small
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, labels):
            return labels
        labels = new


def component_batches(graph: Graph, limit: int) -> Iterator[list[list[int]]]:
    """Components with more than one document, in label order, batched so that each
    batch holds at most `limit` nodes (a bigger component comes alone)."""
    sizes = np.bincount(graph.labels, minlength=graph.size)
    docs = np.diff(graph.node_starts)
    busy = (sizes[graph.labels] > 1) | (docs > 1)
    nodes = np.flatnonzero(busy)
    nodes = nodes[np.argsort(graph.labels[nodes], kind="stable")]
    labels = graph.labels[nodes]
    cuts = np.flatnonzero(labels[1:] != labels[:-1]) + 1
    batch: list[list[int]] = []
    held = 0
    for comp in np.split(nodes, cuts) if nodes.size else []:
        if batch and held + comp.size > limit:
            yield batch
            batch, held = [], 0
        batch.append(comp.tolist())
        held += comp.size
    if batch:
        yield batch


def lonely(graph: Graph) -> I64:
    """Documents alone in their node and their component: nothing to compare them with."""
    sizes = np.bincount(graph.labels, minlength=graph.size)
    docs = np.diff(graph.node_starts)
    single = np.flatnonzero((sizes[graph.labels] == 1) & (docs == 1))
    return graph.order[graph.node_starts[single]]
