"""The election of a whole batch of components at once (`cluster.cluster_graph`).

`star.component` orders one component with a Python sort on `DocInfo.priority`
tuples; a corpus has tens of thousands of components, most elected twice. Here the
documents of a batch get the columns of their keys as numpy arrays, and one
`lexsort` orders them all: the order `star.component` gives, ties included
(`order`). The election itself is `elect`; `links` and `settle` then finish, in
numpy, every component that is one cluster (each node links to the centre: the
common case), and `components` builds the `star.Component` of each other one.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .canonical import DocInfo, Priority, elected, named
from .params import DedupParams
from .shingles import I64
from .star import Assignment, Component, FactsOf, link
from .verify import F64, Overlaps, Verdict, similarity

_DAY = 86400.0
_NO_DAY = np.iinfo(np.int64).max  # the earliest day of a component with no date
_LINKS = (None, "near_duplicate", "contained")  # `decide` without the wire bar


@dataclass(frozen=True, slots=True)
class Ballot:
    """The documents of a batch, node by node (a node's members in their order), with
    the columns of their election keys that do not depend on the story overlap.

    A node's *place* is its position in the batch's list of nodes; `Overlaps` holds
    the places of the components of more than one node, in order (its *texts*)."""

    nodes: list[int]  # place -> graph node
    node_first: I64  # place -> its first document (places + 1 entries)
    comp_first: I64  # component -> its first place (components + 1 entries)
    doc: list[int]  # per document: its index in `docs`
    place: I64  # per document: its node's place
    comp: I64  # per document: its component
    unnamed: I64  # 0 when another member of its component names it as the source
    day: I64  # its day; undated: the component's earliest, else 0
    undated: I64
    copy: I64
    chars: I64
    rank: I64  # rank of its id among the batch's ids
    ids: list[str]
    stamp: F64  # publication time, NaN when undated

    @property
    def places(self) -> int:
        return len(self.nodes)

    def place_comp(self) -> I64:
        """Place -> component."""
        sizes = np.diff(self.comp_first)
        return np.repeat(np.arange(sizes.size, dtype=np.int64), sizes)


def ballot(
    batch: list[list[int]], members: dict[int, list[int]], docs: Sequence[DocInfo]
) -> Ballot:
    """The ballot of `batch` (lists of nodes, one per component)."""
    nodes = list(itertools.chain.from_iterable(batch))
    comp_first = np.cumsum([0, *map(len, batch)], dtype=np.int64)
    counts = np.fromiter(map(len, (members[n] for n in nodes)), np.int64, len(nodes))
    node_first = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    doc = list(itertools.chain.from_iterable(members[n] for n in nodes))
    place = np.repeat(np.arange(len(nodes), dtype=np.int64), counts)
    comp = np.repeat(np.arange(len(batch), dtype=np.int64), np.diff(comp_first))[place]
    infos = [docs[i] for i in doc]
    stamp = np.array([np.nan if d.published is None else d.published for d in infos], np.float64)
    dated = ~np.isnan(stamp)
    # Python's float // is numpy's floor_divide (one algorithm): `DocInfo.day`.
    day = np.where(dated, np.floor_divide(np.where(dated, stamp, 0.0), _DAY), 0).astype(np.int64)
    doc_first = node_first[comp_first]
    earliest = np.minimum.reduceat(np.where(dated, day, _NO_DAY), doc_first[:-1])
    fallback = np.where(earliest == _NO_DAY, 0, earliest)
    ids = [d.id for d in infos]
    rank = {s: k for k, s in enumerate(sorted(set(ids)))}
    return Ballot(
        nodes=nodes,
        node_first=node_first,
        comp_first=comp_first,
        doc=doc,
        place=place,
        comp=comp,
        unnamed=_unnamed(infos, comp, doc_first),
        day=np.where(dated, day, fallback[comp]),
        undated=(~dated).astype(np.int64),
        copy=np.fromiter((d.copy_signal for d in infos), np.int64, len(infos)),
        chars=np.fromiter((d.chars for d in infos), np.int64, len(infos)),
        rank=np.fromiter(map(rank.__getitem__, ids), np.int64, len(ids)),
        ids=ids,
        stamp=stamp,
    )


def _unnamed(infos: list[DocInfo], comp: I64, doc_first: I64) -> I64:
    """Per document, 0 when another member of its component names it as the source."""
    out = np.ones(len(infos), dtype=np.int64)
    points = np.fromiter((bool(d.points_to) for d in infos), np.bool_, len(infos))
    for k in np.unique(comp[points]).tolist():  # the few components where one names another
        lo, hi = int(doc_first[k]), int(doc_first[k + 1])
        chosen = named(infos[lo:hi])
        out[lo:hi] = [0 if d.id in chosen else 1 for d in infos[lo:hi]]
    return out


def order(b: Ballot, shared: I64, alone: I64) -> I64:
    """The batch's documents by component, then by election key (`DocInfo.priority`
    with `shared`/`alone` per place); ties as `star.component`'s stable sorts break
    them: by node place, then by place in the node's list."""
    keys = (b.rank, -b.chars, alone[b.place], b.undated, -shared[b.place], b.copy, b.day)
    position = np.arange(b.place.size, dtype=np.int64)
    result: I64 = np.lexsort((position, b.place, *keys, b.unnamed, b.comp))
    return result


def centres(b: Ballot, ordered: I64) -> I64:
    """Per component, the place of its centre (the node of its first document)."""
    return b.place[ordered[b.node_first[b.comp_first[:-1]]]]


@dataclass(frozen=True, slots=True)
class Election:
    """A batch elected: documents in order, centres, and each text's verdict (as
    arrays) against its component's centre."""

    b: Ballot
    ordered: I64  # ballot documents by component, best first
    story: I64  # per place: shingles another copy of the story has (`priority`'s shared)
    added: I64  # per place: shingles no other copy has
    centre: I64  # per component: its centre's place
    texts: I64  # per text: its place
    jaccard: F64  # per text, against its centre
    containment: F64
    shared: I64

    def key(self, j: int) -> Priority:
        """The election key of ballot document `j`."""
        b, p = self.b, int(self.b.place[j])
        return (
            int(b.unnamed[j]), int(b.day[j]), int(b.copy[j]), -int(self.story[p]),
            int(b.undated[j]), int(self.added[p]), -int(b.chars[j]), b.ids[j],
        )  # fmt: skip

    def verdict(self, t: int) -> Verdict:
        return Verdict(float(self.jaccard[t]), float(self.containment[t]), int(self.shared[t]))


def elect(
    batch: list[list[int]],
    members: dict[int, list[int]],
    docs: Sequence[DocInfo],
    overlaps: Overlaps,
    params: DedupParams,
) -> Election:
    """Elect every component of `batch`; `overlaps` holds the sets of the nodes of
    those with more than one node, in order.

    The election weighs the story text a node shares with the others, but only with
    those that are copies of one story: a page dump shares its site's template with
    unrelated stories of the site, which LSH may put in its component. So a first
    election without that figure picks a provisional centre; the nodes that pass
    against it are the story's copies, and the text shared among them decides."""
    b = ballot(batch, members, docs)
    zero = np.zeros(b.places, dtype=np.int64)
    provisional = centres(b, order(b, zero, zero))
    sizes = np.diff(b.comp_first)
    busy = np.flatnonzero(sizes > 1)
    texts = np.flatnonzero((sizes > 1)[b.place_comp()])
    jaccard, containment, shared = overlaps.against_flat(provisional[busy] - b.comp_first[busy])
    # Nodes that pass against the provisional centre (`decide`, no wire bar), in
    # components of three nodes or more: two nodes share what they share, and the
    # figure cannot reorder them.
    passed = (jaccard >= params.jaccard) | (
        (shared >= params.min_shared) & (containment >= params.containment)
    )
    within = passed & np.repeat(sizes[busy] > 2, sizes[busy])
    common = overlaps.common_flat(within)
    story, added = zero.copy(), zero.copy()
    story[texts[within]] = common[within]
    added[texts[within]] = overlaps.distinct_flat()[within] - common[within]
    ordered = order(b, story, added)
    final = centres(b, ordered)
    if not np.array_equal(final[busy], provisional[busy]):
        jaccard, containment, shared = overlaps.against_flat(final[busy] - b.comp_first[busy])
    return Election(b, ordered, story, added, final, texts, jaccard, containment, shared)


def links(
    e: Election, docs: Sequence[DocInfo], params: DedupParams, facts: FactsOf | None = None
) -> list[str | None]:
    """Per text, its link to its centre (`star.link` between the heads), or None.

    The common verdicts are read off the arrays; `star.link` itself runs only where
    headlines, figures or the wire bar could change the answer (two bodies shorter
    than `figure_words`, or a pair below the plain bars). `facts`: as `star.star`."""
    b = e.b
    head = _heads(e)  # per place: the ballot index of its best document
    mine = head[e.texts]
    centre = head[e.centre[b.place_comp()[e.texts]]]
    far = np.abs(b.stamp[mine] - b.stamp[centre]) > params.max_days * 86400  # NaN: False
    plain = np.where(
        e.jaccard >= params.jaccard,
        1,
        np.where((e.shared >= params.min_shared) & (e.containment >= params.containment), 2, 0),
    )
    words = np.fromiter((_words(docs[b.doc[j]]) for j in head.tolist()), np.int64, head.size)
    short = (words >= 0) & (words < max(params.short_words, params.figure_words))
    check = ~far & ((short[e.texts] & short[e.centre[b.place_comp()[e.texts]]]) | (plain == 0))
    out: list[str | None] = [
        None if f else _LINKS[k] for f, k in zip(far.tolist(), plain.tolist(), strict=True)
    ]
    for t in np.flatnonzero(check).tolist():
        i, j = b.doc[int(centre[t])], b.doc[int(mine[t])]
        known = (facts.get(i), facts.get(j)) if facts else (None, None)
        out[t] = link(docs[i], docs[j], e.verdict(t), params, facts=known)
    return out


def _words(d: DocInfo) -> int:
    return -1 if d.words is None else d.words


def _heads(e: Election) -> I64:
    """Per place, the ballot index of its best document."""
    n = e.ordered.size
    rank_of = np.empty(n, dtype=np.int64)
    rank_of[e.ordered] = np.arange(n, dtype=np.int64)
    return e.ordered[np.minimum.reduceat(rank_of, e.b.node_first[:-1])]


def settle(
    e: Election, found: list[str | None], docs: Sequence[DocInfo], out: list[Assignment | None]
) -> list[int]:
    """Write the assignments of every component that is one cluster: each text other
    than the centre has a link in `found` (`links`). Returns the other components."""
    b = e.b
    place_comp = b.place_comp()
    text_of = np.full(b.places, -1, dtype=np.int64)
    text_of[e.texts] = np.arange(e.texts.size, dtype=np.int64)
    unlinked = np.array([f is None for f in found], dtype=np.bool_)
    unlinked[text_of[e.centre[place_comp[e.texts]]]] = False
    broken = np.zeros(e.centre.size, dtype=np.bool_)
    broken[place_comp[e.texts[unlinked]]] = True
    ordered = e.ordered.tolist()
    starts = b.node_first[b.comp_first].tolist()
    places, centre, text = b.place.tolist(), e.centre.tolist(), text_of.tolist()
    for k in np.flatnonzero(~broken).tolist():
        lo, hi = starts[k], starts[k + 1]
        head = b.doc[ordered[lo]]
        cid = docs[head].id
        runner_up = e.key(ordered[lo + 1]) if hi - lo > 1 else None
        out[head] = Assignment(cid, True, elected=elected(e.key(ordered[lo]), runner_up))
        made: dict[int, Assignment] = {}  # one per node: its members share the verdict
        for j in ordered[lo + 1 : hi]:
            p = places[j]
            if p not in made:
                t = text[p]
                made[p] = _member(cid, None if p == centre[k] else (e.verdict(t), found[t]))
            out[b.doc[j]] = made[p]
    rest: list[int] = np.flatnonzero(broken).tolist()
    return rest


def _member(cid: str, linked: tuple[Verdict, str | None] | None) -> Assignment:
    """As `star.assign` writes a member: an exact copy of the canonical, or a link."""
    if linked is None:
        return Assignment(cid, False, cid, 1.0, "exact", 1.0, 1.0)
    verdict, reason = linked
    link_ = reason or ""
    return Assignment(
        cid, False, cid, round(similarity(verdict, link_), 4), link_,
        round(verdict.jaccard, 4), round(verdict.containment, 4),
    )  # fmt: skip


def components(e: Election, members: dict[int, list[int]], which: list[int]) -> list[Component]:
    """The `star.Component` of each component in `which`, as `star.component` makes
    it: its nodes' `members` lists reordered best first (in place, as `component`
    does), its nodes in election order."""
    b = e.b
    n = e.ordered.size
    rank_of = np.empty(n, dtype=np.int64)
    rank_of[e.ordered] = np.arange(n, dtype=np.int64)
    heads = np.minimum.reduceat(rank_of, b.node_first[:-1])
    by_rank = np.argsort(heads).tolist()  # places by component, then election
    doc = np.asarray(b.doc, dtype=np.int64)[np.lexsort((rank_of, b.place))].tolist()
    first, cuts = b.node_first.tolist(), b.comp_first.tolist()
    out: list[Component] = []
    for k in which:
        lo, hi = cuts[k], cuts[k + 1]
        for p in range(lo, hi):
            members[b.nodes[p]] = doc[first[p] : first[p + 1]]
        prio = {b.doc[j]: e.key(j) for j in range(first[lo], first[hi])}
        out.append(Component([b.nodes[p] for p in by_rank[lo:hi]], members, prio))
    return out
