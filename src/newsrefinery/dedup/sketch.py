"""Everything dedup keeps of a body: exact hash, word count, MinHash and lead sketch.

`sketch` is the one pass over the text; the rest of dedup works from its output (and,
for verification only, from the shingle sets of the few documents that are candidates).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .hashing import U64
from .lsh import band_keys
from .minhash import U32, oph
from .params import DedupParams
from .shingles import I64, chunks, lead, shingles, split, tokenize

_FULL_SEED = 0x6E726666756C6C31
_LEAD_SEED = 0x6E72666C65616431


@dataclass(frozen=True, slots=True)
class Sketches:
    """Row `i` of every array describes document `i`."""

    exact: U64
    tokens: I64
    sig: U32  # (documents x bins)
    lead: U32  # (documents x lead_bins)

    def __len__(self) -> int:
        return int(self.exact.size)

    def keys(self, params: DedupParams, rows: I64 | None = None) -> I64:
        """Band keys (of `rows`, or of every document), full-body bands first."""
        return band_keys(self.sig, self.lead, params, rows)

    def blob(self, i: int) -> bytes:
        """Row `i`'s MinHash and lead sketch as little-endian uint32, for the store."""
        return np.concatenate((self.sig[i], self.lead[i])).astype("<u4").tobytes()

    @classmethod
    def from_rows(
        cls, exact: Sequence[int], tokens: Sequence[int], blobs: Sequence[bytes], bins: int
    ) -> Sketches:
        """Rebuild sketches from stored rows (signed 64-bit exact hashes, `blob`s)."""
        width = len(blobs[0]) // 4 if blobs else bins
        flat = np.frombuffer(b"".join(blobs), dtype="<u4").astype(np.uint32)
        matrix = flat.reshape(len(blobs), width)
        return cls(
            exact=np.array(exact, dtype=np.int64).view(np.uint64),
            tokens=np.array(tokens, dtype=np.int64),
            sig=np.ascontiguousarray(matrix[:, :bins]),
            lead=np.ascontiguousarray(matrix[:, bins:]),
        )


class ShingleCache:
    """Shingle hashes kept from the sketch pass, up to `budget` bytes in all, so that
    verification need not tokenize those texts a second time.

    Only speed depends on it: a text not kept is tokenized again when it has to be
    verified. The budget, not the corpus, bounds its memory.
    """

    def __init__(self, budget: int = 128 << 20) -> None:
        self.budget = budget
        self.used = 0
        self._kept: dict[int, U64] = {}

    def keep(self, first: int, hashes: U64, offsets: I64) -> None:
        """Keep the shingles of documents first, first + 1, ... while the budget lasts."""
        if self.used + hashes.nbytes <= self.budget:  # the common case: the whole chunk
            self._kept.update(enumerate(split(hashes, offsets), start=first))
            self.used += hashes.nbytes
            return
        for i, part in enumerate(split(hashes, offsets), start=first):
            if self.used + part.nbytes > self.budget:
                return
            self._kept[i] = part.copy()  # a copy, so the rest of the chunk can be freed
            self.used += part.nbytes

    def get(self, i: int) -> U64 | None:
        return self._kept.get(i)


def sketch(
    texts: Sequence[str], params: DedupParams, cache: ShingleCache | None = None
) -> Sketches:
    """Sketch every text in one pass, a cache-sized chunk of texts at a time; keep
    shingles in `cache` for verification when one is given."""
    n = len(texts)
    out = Sketches(
        exact=np.zeros(n, np.uint64),
        tokens=np.zeros(n, np.int64),
        sig=np.zeros((n, params.bins), np.uint32),
        lead=np.zeros((n, params.lead_bins), np.uint32),
    )
    first = 0
    for chunk in chunks(texts):  # filled in place: no second copy of the signatures
        part = _sketch_chunk(chunk, params, cache, first)
        rows = slice(first, first + len(chunk))
        out.exact[rows], out.tokens[rows] = part.exact, part.tokens
        out.sig[rows], out.lead[rows] = part.sig, part.lead
        first += len(chunk)
    return out


def _sketch_chunk(
    texts: Sequence[str], params: DedupParams, cache: ShingleCache | None, first: int
) -> Sketches:
    tokens = tokenize(texts)
    sh, offsets, words = shingles(tokens, params.shingle)
    if cache is not None:
        cache.keep(first, sh, offsets)
    lead_count = max(1, params.lead_tokens - params.shingle + 1)
    lead_sh, lead_offsets = lead(sh, offsets, words >= params.lead_min_words, lead_count)
    return Sketches(
        exact=tokens.exact,
        tokens=tokens.counts,
        sig=oph(sh, offsets, params.bins, _FULL_SEED),
        lead=oph(lead_sh, lead_offsets, params.lead_bins, _LEAD_SEED),
    )
