"""Exact verification: Jaccard, containment and the link they earn."""

from __future__ import annotations

import numpy as np
import pytest

from newsrefinery.dedup import verify
from newsrefinery.dedup.params import DedupParams
from newsrefinery.dedup.verify import (
    Overlaps,
    Verdict,
    compare,
    compare_stars,
    decide,
    similarity,
)


def compare_stars_flat(a: list[np.ndarray], b: list[np.ndarray]) -> list[Verdict]:
    """Each pair as a star of one, then all pairs sharing a centre as one star."""
    single = [
        v for found in compare_stars([(x, [y]) for x, y in zip(a, b, strict=True)]) for v in found
    ]
    if a:
        assert compare_stars([(a[0], b)])[0] == [compare(a[0], y) for y in b]
    return single


def _set(*values: int) -> np.ndarray:
    return np.array(sorted(set(values)), dtype=np.uint64)


def test_compare_counts_shared_shingles_exactly() -> None:
    a = _set(*range(0, 100))
    b = _set(*range(50, 300))
    v = compare(a, b)
    assert v.shared == 50
    assert v.jaccard == pytest.approx(50 / 300)
    assert v.containment == pytest.approx(50 / 100)
    assert compare(b, a) == v
    assert compare(a, _set()) == Verdict(0.0, 0.0, 0)
    assert compare(_set(2**64 - 1), _set(1, 2**64 - 1)).shared == 1


@pytest.mark.parametrize(
    ("verdict", "wire", "link"),
    [
        (Verdict(0.9, 0.95, 200), False, "near_duplicate"),
        (Verdict(0.2, 0.97, 60), False, "contained"),  # a teaser
        (Verdict(0.2, 0.97, 10), False, None),  # too little shared to be contained
        (Verdict(0.4, 0.7, 100), False, None),
        (Verdict(0.4, 0.7, 100), True, "wire_copy"),
        (Verdict(0.1, 0.3, 100), True, None),
    ],
)
def test_decide(verdict: Verdict, wire: bool, link: str | None) -> None:
    assert decide(verdict, DedupParams(), wire=wire) == link


def test_similarity_is_the_figure_that_earned_the_link() -> None:
    v = Verdict(0.3, 0.9, 80)
    assert similarity(v, "contained") == 0.9
    assert similarity(Verdict(0.8, 0.9, 80), "near_duplicate") == 0.8
    assert similarity(Verdict(0.4, 0.7, 80), "wire_copy") == 0.7


def test_compare_stars_flat_agrees_with_set_arithmetic_and_ignores_repeats() -> None:
    rng = np.random.default_rng(3)
    left, right, expected = [], [], []
    for _ in range(50):
        a = rng.integers(0, 400, size=int(rng.integers(0, 60))).astype(np.uint64)
        b = rng.integers(0, 400, size=int(rng.integers(0, 60))).astype(np.uint64)
        left.append(a)
        right.append(b)
        sa, sb = set(a.tolist()), set(b.tolist())
        expected.append(len(sa & sb))
    got = compare_stars_flat(left, right)
    assert [v.shared for v in got] == expected
    for v, a, b in zip(got, left, right, strict=True):
        sa, sb = set(a.tolist()), set(b.tolist())
        if sa and sb:
            assert v.jaccard == pytest.approx(len(sa & sb) / len(sa | sb))
            assert v.containment == pytest.approx(len(sa & sb) / min(len(sa), len(sb)))
        else:
            assert v == Verdict(0.0, 0.0, 0)
    assert compare_stars_flat([], []) == []


# Part sizes: every group sorted alone, a few together, all in one sort.
@pytest.mark.parametrize("part_keys", [1, 200, 1 << 16])
def test_overlaps_agree_with_compare_for_any_centre_and_count_shared_text(
    part_keys: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verify, "_PART_KEYS", part_keys)
    rng = np.random.default_rng(5)
    groups = [
        [rng.integers(0, 300, size=int(rng.integers(0, 80))).astype(np.uint64) for _ in range(k)]
        for k in (2, 3, 5, 1, 4)
    ]
    overlaps = Overlaps(groups)
    assert overlaps.distinct() == [[len(set(a.tolist())) for a in g] for g in groups]
    for centre in range(3):
        centres = [min(centre, len(g) - 1) for g in groups]
        got = overlaps.against(centres)
        for group, c, verdicts in zip(groups, centres, got, strict=True):
            assert verdicts == [compare(group[c], other) for other in group]
    within = [[k != 1 for k in range(len(g))] for g in groups]
    for group, mask, counts in zip(groups, within, overlaps.common(within), strict=True):
        sets = [set(a.tolist()) for a in group]
        for k, (s, counted) in enumerate(zip(sets, mask, strict=True)):
            others = set().union(*(o for j, o in enumerate(sets) if j != k and mask[j]))
            assert counts[k] == (len(s & others) if counted else 0)
