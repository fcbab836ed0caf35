"""One-permutation MinHash: bins agree as often as the sets overlap, none stay empty."""

from __future__ import annotations

import numpy as np

from newsrefinery.dedup.hashing import fmix64
from newsrefinery.dedup.minhash import EMPTY, oph


def _sets(overlap: int, each: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    base = fmix64(np.arange(seed * 10_000, seed * 10_000 + 2 * each, dtype=np.uint64))
    a = base[:each]
    b = np.concatenate((base[:overlap], base[each : 2 * each - overlap]))
    return a, b


def _agreement(a: np.ndarray, b: np.ndarray, bins: int = 128) -> float:
    offsets = np.array([0, a.size, a.size + b.size], dtype=np.int64)
    sig = oph(np.concatenate((a, b)), offsets, bins, seed=11)
    return float((sig[0] == sig[1]).mean())


def test_bin_agreement_estimates_jaccard() -> None:
    # |A| = |B| = 300; overlap k gives J = k / (600 - k).
    for overlap in (0, 100, 200, 300):
        jaccard = overlap / (600 - overlap)
        mean = np.mean([_agreement(*_sets(overlap, 300, seed)) for seed in range(40)])
        assert abs(mean - jaccard) < 0.03, (overlap, mean, jaccard)


def test_densified_short_sets_still_estimate_jaccard() -> None:
    # 20 shingles in 128 bins: most bins are filled by densification.
    mean = np.mean([_agreement(*_sets(10, 20, seed)) for seed in range(200)])
    assert abs(mean - 10 / 30) < 0.04


def test_no_bin_stays_empty_unless_the_text_is() -> None:
    hashes = fmix64(np.arange(1, 4, dtype=np.uint64))  # 1 shingle, 2 shingles, none
    offsets = np.array([0, 1, 3, 3], dtype=np.int64)
    sig = oph(hashes, offsets, 128, seed=5)
    assert (sig[0] == sig[0, 0]).all()  # one shingle: every bin holds its value
    assert not (sig[1] == EMPTY).any()
    assert set(sig[1].tolist()) <= set(oph(hashes[1:3], np.array([0, 2]), 128, 5)[0].tolist())
    assert (sig[2] == EMPTY).all()


def test_sketch_is_a_function_of_the_set() -> None:
    a, _ = _sets(0, 50, 3)
    one = oph(a, np.array([0, 50]), 128, seed=1)
    shuffled = oph(np.concatenate((a[::-1], a[:10])), np.array([0, 60]), 128, seed=1)
    assert one.tolist() == shuffled.tolist()
    assert one.tolist() != oph(a, np.array([0, 50]), 128, seed=2).tolist()
