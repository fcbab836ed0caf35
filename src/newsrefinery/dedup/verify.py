"""Exact verification of a candidate pair on its shingle sets.

LSH only proposes; a pair becomes a link when the exact sets say so. Jaccard catches
copies with light edits (typos, house style, an inserted sentence); containment of the
shorter set in the longer catches trimmed copies and teasers, whose Jaccard to the
full story is low by construction. A containment link must also share `min_shared`
shingles, so that a two-line text cannot be "contained" in everything that quotes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .hashing import U64
from .params import DedupParams


@dataclass(frozen=True, slots=True)
class Verdict:
    """How two shingle sets compare."""

    jaccard: float
    containment: float  # share of the smaller set found in the larger
    shared: int


def compare(a: U64, b: U64) -> Verdict:
    """Compare the shingle sets of two texts (arrays of hashes, in any order)."""
    return compare_stars([(a, [b])])[0][0]


# One sort key: star number | shingle hash | member (0: the centre, 1...: the others).
_MEMBER_BITS, _VALUE_BITS = 12, 40
_MEMBERS = (1 << _MEMBER_BITS) - 1  # others per star in one sort
_STARS = 1 << (64 - _MEMBER_BITS - _VALUE_BITS)  # stars per sort
_MEMBER_MASK = np.uint64(_MEMBERS)
_VALUE_MASK = np.uint64((1 << _VALUE_BITS) - 1)
_STAR_SHIFT = np.uint64(_VALUE_BITS + _MEMBER_BITS)
_TAG_MASK = ~(_VALUE_MASK << np.uint64(_MEMBER_BITS))  # star and member bits

Star = tuple[U64, Sequence[U64]]  # a centre's hashes, and those of the texts to compare


def compare_stars(stars: Sequence[Star]) -> list[list[Verdict]]:
    """`compare(centre, other)` for every other of every star, with one numpy sort for
    thousands of stars: each centre's hashes go in once, not once per other.

    Keys are (star, hash, member) and sorted, so a hash the centre holds starts its
    run with member 0; an other's hash is shared when its run starts so. Repeats in
    one text count once. Hashes are compared on 40 bits: two texts of 300 shingles
    show a false shared shingle once in some ten million verifications."""
    pieces: list[Star] = []
    owner: list[tuple[int, int]] = []  # piece -> (star, first other)
    for k, (centre, others) in enumerate(stars):
        for lo in range(0, len(others), _MEMBERS):
            pieces.append((centre, others[lo : lo + _MEMBERS]))
            owner.append((k, lo))
    out: list[list[Verdict]] = [[] for _ in stars]
    for lo in range(0, len(pieces), _STARS):
        found = _sorted_stars(pieces[lo : lo + _STARS])
        for (k, _), verdicts in zip(owner[lo : lo + _STARS], found, strict=True):
            out[k].extend(verdicts)
    return out


def _sorted_stars(stars: Sequence[Star]) -> list[list[Verdict]]:
    arrays = [a for centre, others in stars for a in (centre, *others)]
    sizes = np.fromiter((a.size for a in arrays), dtype=np.int64, count=len(arrays))
    star = np.repeat(np.arange(len(stars), dtype=np.uint64), [len(o) + 1 for _, o in stars])
    member = np.concatenate([np.arange(len(o) + 1, dtype=np.uint64) for _, o in stars])
    tag = (star << _STAR_SHIFT) | member
    values = np.concatenate(arrays) if arrays else np.zeros(0, np.uint64)
    keys = np.repeat(tag, sizes) | ((values & _VALUE_MASK) << np.uint64(_MEMBER_BITS))
    keys.sort()
    if keys.size:
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]  # repeats in one text
    run = keys >> np.uint64(_MEMBER_BITS)
    starts = np.concatenate(([True], run[1:] != run[:-1]))
    centre_has = (keys[starts] & _MEMBER_MASK)[np.cumsum(starts) - 1] == 0
    # Which text (its place in `arrays`) each hash comes from: its tag, looked up.
    text = np.searchsorted(tag, keys & _TAG_MASK)
    size = np.bincount(text, minlength=len(arrays)).tolist()
    shared = np.bincount(text[centre_has], minlength=len(arrays)).tolist()
    out: list[list[Verdict]] = []
    first = 0
    for _, others in stars:
        c = size[first]
        found = range(first + 1, first + len(others) + 1)
        out.append([_verdict(shared[j], c, size[j]) for j in found])
        first += len(others) + 1
    return out


def _verdict(shared: int, a: int, b: int) -> Verdict:
    """The verdict of sets of sizes a and b sharing `shared` hashes."""
    small = min(a, b)
    if small == 0:
        return Verdict(0.0, 0.0, 0)
    return Verdict(shared / (a + b - shared), shared / small, shared)


def decide(verdict: Verdict, params: DedupParams, *, wire: bool = False) -> str | None:
    """The link reason (`patterns.LINKS`) the verdict earns, or None for no link.

    `wire`: the pair shares agency and dateline place within `wire_days`, which
    lowers both bars (one wire release, edited harder than usual)."""
    contained = verdict.shared >= params.min_shared
    if verdict.jaccard >= params.jaccard:
        return "near_duplicate"
    if contained and verdict.containment >= params.containment:
        return "contained"
    if wire and (
        verdict.jaccard >= params.wire_jaccard
        or (contained and verdict.containment >= params.wire_containment)
    ):
        return "wire_copy"
    return None


def similarity(verdict: Verdict, link: str) -> float:
    """The figure that earned the link: Jaccard for near duplicates, containment for
    trimmed copies and teasers, the larger of the two for wire copies."""
    if link == "near_duplicate":
        return verdict.jaccard
    if link == "contained":
        return verdict.containment
    return max(verdict.jaccard, verdict.containment)
