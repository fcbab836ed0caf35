"""LSH banding: band keys from signatures, and candidate buckets from band keys.

A band is `rows` signature bins hashed together; two documents whose bins agree on a
whole band share its key. Bands take every `bands`-th bin rather than neighbouring
ones, so the rotation fallback of densification (which copies a bin into the empty
bins on its left) cannot turn one band's rows into copies of each other. Full-body
and lead bands are salted apart, so all keys of a document live in one key space (one
table in the store, one sort in memory).
"""

from __future__ import annotations

import numpy as np

from .hashing import constants, fmix64
from .minhash import EMPTY, U32
from .params import DedupParams
from .shingles import I64

_BAND_SEED = 0x6E726662616E6473
_LEAD_SEED = 0x6E72666C65616473


NO_KEY = 0  # the key of every band of an empty sketch: never a bucket


_BLOCK = 4096  # signature rows hashed at a time: the working arrays stay in cache


def _keys(sig: U32, bands: int, seed: int, out: I64) -> None:
    """The band keys of `sig` into `out` (rows x bands)."""
    rows = sig.shape[1] // bands
    coeffs = constants(seed, rows + bands)
    acc = np.zeros((sig.shape[0], bands), dtype=np.uint64)
    for j in range(rows):
        acc += sig[:, j * bands : (j + 1) * bands].astype(np.uint64) * coeffs[j]
    acc ^= coeffs[rows:]  # the band's own salt
    keys = fmix64(acc).view(np.int64)
    keys[keys == NO_KEY] = 1  # a real key that happens to be 0 (one in 2**64)
    keys[sig[:, 0] == EMPTY] = NO_KEY  # empty rows must not all share one bucket
    out[...] = keys


def band_keys(sig: U32, lead: U32, params: DedupParams, rows: I64 | None = None) -> I64:
    """(documents x (bands + lead_bands)) signed 64-bit band keys, of the documents
    `rows` (every row by default); column-major, so that each band is contiguous."""
    n = sig.shape[0] if rows is None else rows.size
    out = np.empty((n, params.bands + params.lead_bands), dtype=np.int64, order="F")
    for lo in range(0, n, _BLOCK):
        hi = min(lo + _BLOCK, n)
        pick = slice(lo, hi) if rows is None else rows[lo:hi]
        _keys(sig[pick], params.bands, _BAND_SEED, out[lo:hi, : params.bands])
        _keys(lead[pick], params.lead_bands, _LEAD_SEED, out[lo:hi, params.bands :])
    return out


def buckets(keys: I64, members: I64) -> tuple[I64, I64]:
    """Group `members` (one per row of `keys`, ascending) by equal key, band by band.

    Returns (bucket_of, member) pairs, one per membership of a bucket holding two or
    more distinct members, sorted by bucket then member: the candidate structure
    without listing the pairs inside a bucket, which grow with the square of its size.
    One band at a time keeps the working memory to a few arrays of one key per member.
    """
    found_buckets: list[I64] = []
    found_members: list[I64] = []
    first = 0
    for column in keys.T:
        bucket, member = _band_buckets(column, members)
        found_buckets.append(bucket + first)
        found_members.append(member)
        first += int(bucket[-1]) + 1 if bucket.size else 0
    if not found_buckets:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(found_buckets), np.concatenate(found_members)


def _band_buckets(column: I64, members: I64) -> tuple[I64, I64]:
    real = np.flatnonzero(column != NO_KEY)
    # Members come in ascending order, so a stable sort by key alone also orders
    # each bucket's members.
    order = real[np.argsort(column[real], kind="stable")]
    key, owner = column[order], members[order]
    if key.size == 0:
        return key, owner
    same = key[1:] == key[:-1]
    # Repeats of one (key, member) pair (a member listed twice) count once.
    repeat = same & (owner[1:] == owner[:-1])
    if repeat.any():
        fresh = np.concatenate(([True], ~repeat))
        key, owner = key[fresh], owner[fresh]
        same = key[1:] == key[:-1]
    # A bucket of two or more: its key equals a neighbour's.
    shared = np.zeros(key.size, dtype=np.bool_)
    shared[1:] |= same
    shared[:-1] |= same
    # Buckets numbered 0..k-1 in key order: a shared key not equal to the one before
    # opens the next.
    opens = np.concatenate(([True], ~same))[shared]
    return np.cumsum(opens, dtype=np.int64) - 1, owner[shared]
