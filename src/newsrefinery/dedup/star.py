"""Star clustering of one component: centres in election order, members verified
against the centre itself (see `cluster.py` for the whole picture).

A node links to a centre when `verify.decide` says so, except that
- two texts dated more than `max_days` apart are never linked (a recurring report);
- two bodies both shorter than `short_words` also need like headlines (a template
  filled in for many stories: dividend notices, market figures);
- the looser wire bar needs agency, dateline place, dates and headline to agree;
- two short bodies must agree on their figures and subject (`facts.conflict`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .canonical import DocInfo, Priority, elected, far_apart, named, same_title, same_wire
from .facts import Facts, conflict
from .graph import Graph
from .hashing import U64
from .params import DedupParams
from .verify import Verdict, compare_stars, decide, similarity

Claim = tuple[int, "Verdict | None", str]  # (centre node, verdict against it, link reason)
FactsOf = Mapping[int, Facts]  # document index -> facts of its body (short bodies only)


@dataclass(frozen=True, slots=True)
class Assignment:
    """One document's place in its cluster (the record's `cluster` and the store row)."""

    cluster: str  # the canonical's id
    canonical: bool
    duplicate_of: str | None = None
    similarity: float | None = None
    link: str | None = None  # patterns.LINKS
    jaccard: float | None = None
    containment: float | None = None
    elected: str | None = None  # patterns.ELECTED, on the canonical only

    @classmethod
    def alone(cls, doc_id: str) -> Assignment:
        """A document linked to no other: a cluster of one, its own canonical."""
        return cls(doc_id, True, elected="only_member")


@dataclass(slots=True)
class Component:
    """One component: its nodes in election order, their documents best first."""

    nodes: list[int]
    members: dict[int, list[int]]
    prio: dict[int, Priority]  # document -> election key
    claimed: dict[int, Claim] = field(default_factory=dict)

    @property
    def centre(self) -> int:
        return self.nodes[0]

    def head(self, node: int) -> int:
        return self.members[node][0]


def component(
    nodes: list[int],
    members: dict[int, list[int]],
    docs: Sequence[DocInfo],
    shared: Mapping[int, tuple[int, int]] | None = None,
) -> Component:
    """Order a component for the election: members of each node, then the nodes.

    `shared`: per node, the shingles of its set that another copy of the story also
    has, and those none has (`cluster._elect`); absent nodes count (0, 0)."""
    everyone = [i for node in nodes for i in members[node]]
    pointed = named(docs[i] for i in everyone)
    earliest = min((d for i in everyone if (d := docs[i].day) is not None), default=None)
    prio: dict[int, Priority] = {}
    for node in nodes:
        common, alone = (shared or {}).get(node, (0, 0))
        for i in members[node]:
            prio[i] = docs[i].priority(
                docs[i].id in pointed, earliest=earliest, shared=common, alone=alone
            )
    for node in nodes:
        members[node].sort(key=prio.__getitem__)
    ordered = sorted(nodes, key=lambda node: prio[members[node][0]])
    return Component(ordered, members, prio)


def star(
    comp: Component,
    graph: Graph,
    docs: Sequence[DocInfo],
    sets: dict[int, U64],
    first: dict[int, Verdict],
    params: DedupParams,
    facts: FactsOf | None = None,
) -> None:
    """Cluster `comp`; `first` holds each node's verdict against the first centre;
    `facts`: those of the short bodies among its documents (`facts.conflict`).

    When every node passes against the first centre (the common case: one story and
    its copies), the component is that centre's cluster: the search below would
    reach every node of the connected component and claim it. Otherwise centres are
    grown one after another."""
    links = {
        node: _link(comp, comp.centre, node, verdict, docs, params, facts)
        for node, verdict in first.items()
    }
    if all(link is not None for link in links.values()):
        comp.claimed[comp.centre] = (comp.centre, None, "exact")
        for node, verdict in first.items():
            comp.claimed[node] = (comp.centre, verdict, links[node] or "")
        return
    known = {(comp.centre, node): verdict for node, verdict in first.items()}
    for centre in comp.nodes:
        if centre not in comp.claimed:
            _grow(centre, comp, graph, docs, sets, known, params, facts)


def _link(
    comp: Component, centre: int, node: int, verdict: Verdict, docs: Sequence[DocInfo],
    params: DedupParams, facts: FactsOf | None,
) -> str | None:  # fmt: skip
    i, j = comp.head(centre), comp.head(node)
    known = (facts.get(i), facts.get(j)) if facts else (None, None)
    return link(docs[i], docs[j], verdict, params, facts=known)


def link(
    a: DocInfo,
    b: DocInfo,
    verdict: Verdict,
    params: DedupParams,
    *,
    facts: tuple[Facts | None, Facts | None] = (None, None),
) -> str | None:
    """The link reason between the heads `a` (a centre) and `b`, or None.

    `facts`: those of their bodies, when short (`facts.conflict`); None skips the rule."""
    if far_apart(a, b, params.max_days):
        return None
    titled = same_title(a, b, params.title_jaccard)
    if a.short(params.short_words) and b.short(params.short_words) and not titled:
        return None
    fa, fb = facts
    if fa is not None and fb is not None and conflict(a, fa, b, fb, params):
        return None
    # One wire release, edited harder than usual: same agency, dateline place and days,
    # and a like headline (stories filled in from one template share the first three).
    wire = titled and same_wire(a, b, params.wire_days)
    return decide(verdict, params, wire=wire)


def _grow(
    centre: int,
    comp: Component,
    graph: Graph,
    docs: Sequence[DocInfo],
    sets: dict[int, U64],
    known: dict[tuple[int, int], Verdict],
    params: DedupParams,
    facts: FactsOf | None = None,
) -> None:
    """Claim for `centre` every free node that verifies against it and is a candidate
    of the centre or of a node it has claimed.

    Following the claimed nodes' candidates finds copies that LSH paired with another
    copy but not with the centre (a teaser and a page dump); each one is still
    verified against the centre itself, so this widens the search, never the links.
    """
    claimed = comp.claimed
    claimed[centre] = (centre, None, "exact")
    rank = {node: k for k, node in enumerate(comp.nodes)}
    tried = {centre}
    frontier = [centre]
    while frontier:
        found = set().union(*(graph.candidates(node) for node in frontier))
        frontier = []
        todo = sorted(found - tried - claimed.keys(), key=rank.__getitem__)
        tried.update(todo)
        fresh = [other for other in todo if (centre, other) not in known]
        verdicts = compare_stars([(sets[centre], [sets[other] for other in fresh])])[0]
        known.update(zip(((centre, other) for other in fresh), verdicts, strict=True))
        for other in todo:
            verdict = known[(centre, other)]
            link = _link(comp, centre, other, verdict, docs, params, facts)
            if link is not None:
                claimed[other] = (centre, verdict, link)
                frontier.append(other)


def assign(comp: Component, docs: Sequence[DocInfo], out: list[Assignment | None]) -> None:
    """Write the assignments of one component's clusters, elections included."""
    clusters: dict[int, list[int]] = {}
    for node in comp.nodes:
        clusters.setdefault(comp.claimed[node][0], []).append(node)
    for centre, nodes in clusters.items():
        head = comp.head(centre)
        cid = docs[head].id
        rest: list[Priority] = []
        for node in nodes:
            _, verdict, link = comp.claimed[node]
            for i in comp.members[node]:
                if i == head:
                    continue
                rest.append(comp.prio[i])
                out[i] = _member(cid, verdict if node != centre else None, link)
        runner_up = min(rest, default=None)
        out[head] = Assignment(cid, True, elected=elected(comp.prio[head], runner_up))


def _member(cid: str, verdict: Verdict | None, link: str) -> Assignment:
    if verdict is None:  # an exact copy (same node as the canonical, or of a claimed node's head)
        return Assignment(cid, False, cid, 1.0, "exact", 1.0, 1.0)
    return Assignment(
        cid,
        False,
        cid,
        round(similarity(verdict, link), 4),
        link,
        round(verdict.jaccard, 4),
        round(verdict.containment, 4),
    )
