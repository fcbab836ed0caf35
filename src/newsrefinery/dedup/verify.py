"""Exact verification of a candidate pair on its shingle sets.

LSH only proposes; a pair becomes a link when the exact sets say so. Jaccard catches
copies with light edits (typos, house style, an inserted sentence); containment of the
shorter set in the longer catches trimmed copies and teasers, whose Jaccard to the
full story is low by construction. A containment link must also share `min_shared`
shingles, so that a two-line text cannot be "contained" in everything that quotes it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from .hashing import U64
from .params import DedupParams

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
_T = TypeVar("_T")


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


_GROUP_TAG_BITS = 64 - _VALUE_BITS  # group and member bits of an `Overlaps` key
# Hashes sorted together: parts that stay in the CPU's cache sort and count twice as
# fast as one big sort, and give the same figures (groups never span two parts).
_PART_KEYS = 1 << 16


class Overlaps:
    """The shingle sets of many groups (components), sorted once: each member's
    verdict against any centre (`against`), and how much of each set other members
    share (`common`, for the election).

    Keys are (group, hash, member) on `_VALUE_BITS` hash bits, as in `compare_stars`,
    so a verdict is the same whichever function gave it. Groups are sorted in runs
    whose group and member numbers fit the other bits."""

    def __init__(self, groups: Sequence[Sequence[U64]]) -> None:
        self.sizes = [len(g) for g in groups]
        self._parts = list(_overlap_parts(groups))

    def common(self, within: Sequence[Sequence[bool]]) -> list[list[int]]:
        """Per group, per member: hashes of its set that another member also has,
        counting only the members that `within[group]` marks (others get 0)."""
        mask = np.fromiter(
            (m for group in within for m in group), dtype=np.bool_, count=sum(self.sizes)
        )
        return self._per_group(self.common_flat(mask).tolist())

    def distinct(self) -> list[list[int]]:
        """Per group, per member: the distinct hashes of its set."""
        return self._per_group(self.distinct_flat().tolist())

    def against(self, centres: Sequence[int]) -> list[list[Verdict]]:
        """Per group, every member's verdict against member `centres[group]` (the
        centre's own verdict included)."""
        jaccard, containment, shared = self.against_flat(centres)
        flat = [
            Verdict(j, c, n)
            for j, c, n in zip(jaccard.tolist(), containment.tolist(), shared.tolist(), strict=True)
        ]
        return self._per_group(flat)

    # The same figures flat: one entry per member of every group, groups in order.

    def common_flat(self, mask: npt.NDArray[np.bool_]) -> I64:
        """`common`, with the members marked by a flat `mask`."""
        parts, first = [], 0
        for part in self._parts:
            parts.append(part.common(mask[first : first + part.sizes.size]))
            first += part.sizes.size
        return _concat(parts, np.int64)

    def distinct_flat(self) -> I64:
        return _concat([part.sizes for part in self._parts], np.int64)

    def against_flat(self, centres: Sequence[int] | I64) -> tuple[F64, F64, I64]:
        """`against` as arrays: Jaccard, containment and shared hashes."""
        found, first = [], 0
        for part in self._parts:
            found.append(part.against(centres[first : first + part.groups]))
            first += part.groups
        return (
            _concat([f[0] for f in found], np.float64),
            _concat([f[1] for f in found], np.float64),
            _concat([f[2] for f in found], np.int64),
        )

    def _per_group(self, flat: list[_T]) -> list[list[_T]]:
        bounds = itertools.accumulate(self.sizes, initial=0)
        return [flat[lo:hi] for lo, hi in itertools.pairwise(bounds)]


def _concat(arrays: list[npt.NDArray[Any]], dtype: type[Any]) -> npt.NDArray[Any]:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype)


@dataclass(frozen=True, slots=True)
class _OverlapPart:
    groups: int
    starts: list[int]  # group -> its first text
    group: npt.NDArray[np.int64]  # per unique key: its group
    text: npt.NDArray[np.int64]  # per unique key: its text
    run: npt.NDArray[np.int64]  # per unique key: its (group, hash) run
    runs: int
    sizes: npt.NDArray[np.int64]  # per text: distinct hashes

    def common(self, mask: npt.NDArray[np.bool_]) -> I64:
        counted = mask[self.text]
        in_run = np.bincount(self.run[counted], minlength=self.runs)
        hits = self.text[counted & (in_run[self.run] >= 2)]
        return np.bincount(hits, minlength=self.sizes.size)

    def against(self, centres: Sequence[int] | I64) -> tuple[F64, F64, I64]:
        starts = np.asarray(self.starts, np.int64)
        centre_text = starts[:-1] + np.asarray(centres, np.int64)
        is_centre = self.text == centre_text[self.group]
        has = np.zeros(self.runs, dtype=np.bool_)
        has[self.run[is_centre]] = True
        shared = np.bincount(self.text[has[self.run]], minlength=self.sizes.size)
        a = np.repeat(self.sizes[centre_text], np.diff(starts))
        jaccard, containment = _ratios(shared, a, self.sizes)
        return jaccard, containment, shared


def _ratios(shared: I64, a: I64, b: I64) -> tuple[F64, F64]:
    """Jaccard and containment of sets of sizes a and b sharing `shared` (as `_verdict`)."""
    small = np.minimum(a, b)
    empty = small == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        jaccard = np.where(empty, 0.0, shared / np.maximum(a + b - shared, 1))
        containment = np.where(empty, 0.0, shared / np.maximum(small, 1))
    return jaccard, containment


def _overlap_parts(groups: Sequence[Sequence[U64]]) -> Iterator[_OverlapPart]:
    """Groups cut into runs whose group and member numbers fit the key, each sorted."""
    lo = 0
    while lo < len(groups):
        hi, widest, held = lo, 1, 0
        while hi < len(groups):
            wide = max(widest, len(groups[hi]))
            size = sum(a.size for a in groups[hi])
            full = held + size > _PART_KEYS or _bits(hi - lo + 1) + _bits(wide) > _GROUP_TAG_BITS
            if full and hi > lo:
                break
            hi, widest, held = hi + 1, wide, held + size
        yield _sort_part(groups[lo:hi], _bits(widest))
        lo = hi


def _bits(n: int) -> int:
    return max(1, (n - 1).bit_length())


def _sort_part(groups: Sequence[Sequence[U64]], member_bits: int) -> _OverlapPart:
    arrays = [a for g in groups for a in g]
    sizes = np.fromiter((a.size for a in arrays), dtype=np.int64, count=len(arrays))
    counts = [len(g) for g in groups]
    starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    # The tag of a text is its group and its member number within the group.
    text_ids = np.arange(len(arrays), dtype=np.int64)
    group = np.repeat(np.arange(len(groups), dtype=np.int64), counts)
    member = text_ids - starts[group]
    value_shift = np.uint64(member_bits)
    group_shift = np.uint64(member_bits + _VALUE_BITS)
    tag = (group.astype(np.uint64) << group_shift) | member.astype(np.uint64)
    values = np.concatenate(arrays) if arrays else np.zeros(0, np.uint64)
    keys = np.repeat(tag, sizes) | ((values & _VALUE_MASK) << value_shift)
    keys.sort()
    if keys.size:
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]  # repeats in one text
    runs = keys >> value_shift
    new_run = np.empty(keys.size, dtype=np.bool_)
    new_run[:1] = True
    np.not_equal(runs[1:], runs[:-1], out=new_run[1:])
    run = np.cumsum(new_run) - 1
    key_group = (keys >> group_shift).astype(np.int64)
    text = starts[key_group] + (keys & np.uint64((1 << member_bits) - 1)).astype(np.int64)
    distinct = np.bincount(text, minlength=len(arrays))
    n_runs = int(run[-1]) + 1 if run.size else 0
    return _OverlapPart(len(groups), starts.tolist(), key_group, text, run, n_runs, distinct)


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
