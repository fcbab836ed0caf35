"""One-permutation MinHash with optimal densification, for a whole batch at once.

Classic MinHash hashes every shingle once per permutation (128 times); one-permutation
hashing (Li, Owen & Zhang 2012) hashes it once, sends it to one of `bins` bins by its
high bits and keeps the minimum of its low bits per bin. A bin that no shingle reached
borrows the value of a non-empty bin chosen by a fixed probe sequence (Shrivastava,
"Optimal densification for fast and accurate minwise hashing", ICML 2017), so two
documents still agree on a bin with probability equal to their Jaccard similarity,
which is what LSH banding needs. Cost: one pass over the shingles, not 128.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt

from .hashing import U64, constants, fmix64
from .shingles import I64

U32 = npt.NDArray[np.uint32]

EMPTY = np.uint32(0xFFFFFFFF)  # no shingle in this bin (values are capped one below)
_PROBES = 96  # probe rounds before the last few empty bins take their right neighbour
_STEPWISE = 6  # rounds taken one at a time before the rest are settled at once
_LOW32 = np.uint64(0xFFFFFFFF)
_S32 = np.uint64(32)


def oph(hashes: U64, offsets: I64, bins: int, seed: int) -> U32:
    """A (documents x bins) uint32 signature matrix; rows of empty documents stay EMPTY."""
    n = offsets.size - 1
    sig = np.full(n * bins, EMPTY, dtype=np.uint32)
    if hashes.size:
        mixed = fmix64(hashes ^ np.uint64(constants(seed, 1)[0]))
        doc = np.repeat(np.arange(n, dtype=np.int64), np.diff(offsets))
        high = mixed >> _S32
        # A power of two (the default) takes the low bits: the same bins, no division.
        high = high & np.uint64(bins - 1) if bins & (bins - 1) == 0 else high % np.uint64(bins)
        slot = doc * bins + high.astype(np.int64)
        values = np.minimum(mixed & _LOW32, np.uint64(EMPTY) - np.uint64(1)).astype(np.uint32)
        np.minimum.at(sig, slot, values)
    out = sig.reshape(n, bins)
    densify(out, seed)
    return out


@lru_cache(maxsize=8)
def _probe_table(bins: int, seed: int) -> I64:
    """probe[t, j]: the bin an empty bin `j` looks at in round `t`; the same for every
    document, which is what keeps densified bins comparable across documents."""
    table = constants(seed ^ 0x5EED, _PROBES * bins, odd=False) % np.uint64(bins)
    out: I64 = table.astype(np.int64).reshape(_PROBES, bins)
    out.setflags(write=False)
    return out


def densify(sig: U32, seed: int) -> None:
    """Fill every empty bin of every non-empty row, in place.

    An empty bin takes the value of the first bin of its probe sequence that a
    shingle filled (never a borrowed one). The first rounds run on the list of
    empty bins (flat positions), which shrinks by most of itself each round; the
    rare rest is settled with one gather and argmax over the remaining rounds."""
    bins = sig.shape[1]
    empty = sig == EMPTY
    flat_empty = empty.reshape(-1)
    todo = np.flatnonzero(flat_empty)
    if todo.size == 0:
        return
    bare = empty.all(axis=1)  # no shingle at all: the row stays EMPTY
    if bare.any():
        todo = todo[~bare[todo // bins]]
    probe = _probe_table(bins, seed)
    flat = sig.reshape(-1)
    cols = todo % bins
    row_base = todo - cols
    for t in range(_STEPWISE):
        if todo.size == 0:
            return
        src = row_base + probe[t, cols]
        hit = ~flat_empty[src]
        flat[todo[hit]] = flat[src[hit]]  # sources are filled bins, never written here
        miss = ~hit
        todo, row_base, cols = todo[miss], row_base[miss], cols[miss]
    if todo.size == 0:
        return
    rows = todo // bins
    rest = probe[_STEPWISE:]
    hits = ~empty[rows[:, None], rest[:, cols].T]  # (empty bins x remaining rounds)
    first = hits.argmax(axis=1)
    found = hits[np.arange(rows.size), first]
    src_cols = rest[first, cols]
    sig[rows[found], cols[found]] = sig[rows[found], src_cols[found]]
    if not found.all():
        _rotate(sig, empty, rows[~found], cols[~found])


def _rotate(sig: U32, empty: npt.NDArray[np.bool_], rows: I64, cols: I64) -> None:
    """The rare bins still empty after every probe (a row with one or two shingles)
    take the next bin to the right that a shingle filled, wrapping around."""
    for r in np.unique(rows).tolist():
        full = np.flatnonzero(~empty[r])
        mine = cols[rows == r]
        nxt = full[np.searchsorted(full, mine) % full.size]
        sig[r, mine] = sig[r, nxt]
