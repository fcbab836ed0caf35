"""Vectorised 64-bit mixing and the fixed constants every sketch is built from.

Constants come from splitmix64 in pure Python rather than from numpy's random
generators, whose streams numpy does not promise to keep across versions: a stored
signature must mean the same thing to every later release.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
MASK64 = (1 << 64) - 1

_M1 = np.uint64(0xFF51AFD7ED558CCD)
_M2 = np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)


def splitmix64(seed: int, n: int) -> list[int]:
    """`n` well-mixed 64-bit integers from `seed`, the same on every platform."""
    out = []
    state = seed & MASK64
    for _ in range(n):
        state = (state + 0x9E3779B97F4A7C15) & MASK64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        out.append(z ^ (z >> 31))
    return out


@lru_cache(maxsize=32)
def constants(seed: int, n: int, *, odd: bool = True) -> U64:
    """A read-only array of `n` constants (odd ones, for multipliers, by default)."""
    values = splitmix64(seed, n)
    arr = np.array([v | 1 for v in values] if odd else values, dtype=np.uint64)
    arr.setflags(write=False)
    return arr


def fmix64(h: U64) -> U64:
    """MurmurHash3's finaliser, in place on a fresh array: every input bit moves every
    output bit, which the linear sums that build token and shingle hashes do not do."""
    h = h.copy()
    h ^= h >> _S33
    h *= _M1
    h ^= h >> _S33
    h *= _M2
    h ^= h >> _S33
    return h


def fmix64_int(value: int) -> int:
    """`fmix64` of one Python integer (for the odd scalar outside an array)."""
    return int(fmix64(np.array([value & MASK64], dtype=np.uint64))[0])
