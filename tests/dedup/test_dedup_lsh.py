"""Band keys, buckets and connected components."""

from __future__ import annotations

import numpy as np

from newsrefinery.dedup.graph import components
from newsrefinery.dedup.lsh import NO_KEY, band_keys, buckets
from newsrefinery.dedup.minhash import EMPTY
from newsrefinery.dedup.params import DedupParams


def test_one_agreeing_band_is_enough_and_empty_rows_have_no_keys() -> None:
    params = DedupParams()
    rng = np.random.default_rng(0)
    sig = rng.integers(0, 2**32 - 1, size=(3, params.bins), dtype=np.uint32)
    sig[1] = rng.integers(0, 2**32 - 1, size=params.bins, dtype=np.uint32)
    sig[1, 5 :: params.bands] = sig[0, 5 :: params.bands]  # band 5's rows agree
    lead = rng.integers(0, 2**32 - 1, size=(3, params.lead_bins), dtype=np.uint32)
    sig[2] = EMPTY
    lead[2] = EMPTY
    keys = band_keys(sig, lead, params)
    assert keys.shape == (3, params.bands + params.lead_bands)
    assert (keys[0] == keys[1]).tolist() == [i == 5 for i in range(keys.shape[1])]
    assert (keys[2] == NO_KEY).all() and (keys[:2] != NO_KEY).all()


def test_buckets_list_members_of_shared_keys_only() -> None:
    keys = np.array([[10, 20], [10, 21], [11, 20], [12, NO_KEY], [12, NO_KEY]], dtype=np.int64)
    bucket, member = buckets(keys, np.arange(5, dtype=np.int64))
    pairs = sorted(zip(bucket.tolist(), member.tolist(), strict=True))
    assert pairs == [(0, 0), (0, 1), (1, 3), (1, 4), (2, 0), (2, 2)]


def test_a_document_twice_in_one_bucket_counts_once() -> None:
    keys = np.array([[7, 7], [8, 9]], dtype=np.int64)
    bucket, _ = buckets(keys, np.arange(2, dtype=np.int64))
    assert bucket.size == 0


def test_components_follow_long_chains_in_any_order() -> None:
    # Buckets chain 9-8-...-0 and a separate pair 10-11.
    links = [*((i, i + 1) for i in reversed(range(9))), (10, 11)]
    bucket = np.repeat(np.arange(len(links)), 2)
    node = np.array([x for pair in links for x in pair], dtype=np.int64)
    labels = components(13, bucket, node)
    assert labels.tolist() == [0] * 10 + [10, 10, 12]
