"""The batch election orders every component exactly as `star.component` does."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from newsrefinery.dedup import DedupParams, DocInfo, doc_info, signature_text, sketch
from newsrefinery.dedup.cluster import _exact_keys
from newsrefinery.dedup.election import Election, ballot, centres, components, order
from newsrefinery.dedup.graph import Graph, component_batches, from_keys
from newsrefinery.dedup.star import component

from .helpers_dedup import syndication_corpus


def _graph(params: DedupParams) -> tuple[list[DocInfo], Graph]:
    articles = syndication_corpus(groups=30, seed=3)
    docs = [doc_info(a) for a in articles]
    sk = sketch([signature_text(a) for a in articles], params)
    exact = _exact_keys(docs, sk, params)
    return docs, from_keys(exact, sk.tokens, lambda r: sk.keys(params, r), params.min_tokens)


# Story overlaps: none (the provisional election), and random ones with many ties.
@pytest.mark.parametrize("spread", [0, 3])
def test_batch_election_gives_the_components_star_gives(spread: int) -> None:
    params = DedupParams()
    docs, graph = _graph(params)
    rng = np.random.default_rng(spread)
    for batch in component_batches(graph, 64):  # several batches
        members = {node: graph.members(node) for nodes in batch for node in nodes}
        theirs = copy.deepcopy(members)
        b = ballot(batch, members, docs)
        story = rng.integers(0, spread + 1, b.places)
        added = rng.integers(0, spread + 1, b.places)
        ordered = order(b, story, added)
        none = np.zeros(0)
        chosen = Election(b, ordered, story, added, centres(b, ordered), none, none, none, none)
        mine = components(chosen, members, list(range(len(batch))))
        places = {node: p for p, node in enumerate(b.nodes)}
        for k, (nodes, got) in enumerate(zip(batch, mine, strict=True)):
            shared = {n: (int(story[places[n]]), int(added[places[n]])) for n in nodes}
            want = component(nodes, theirs, docs, shared)
            assert got.nodes == want.nodes
            assert {n: got.members[n] for n in nodes} == {n: want.members[n] for n in nodes}
            assert got.prio == want.prio
            assert got.centre == b.nodes[int(chosen.centre[k])]
