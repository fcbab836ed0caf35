"""Words, word shingles and exact-body hashes of many documents at once, in numpy.

A batch of texts is normalised (NFKC, lower case), joined with a separator and read
as one array of code points. A word is a run of letters, digits and marks; its hash
is a polynomial hash of its code points taken from one prefix sum over the whole
batch, then mixed; a shingle's hash is a weighted sum of its words' hashes, mixed;
the exact hash of a body is a polynomial hash of its word hashes. No Python code runs
per word, which is what makes this several times faster than building shingle strings.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from .hashing import U64, constants, fmix64
from .patterns import WORD_CATEGORIES

I64 = npt.NDArray[np.int64]

_SEP = "\x00"  # not a word character: no word runs from one document into the next
_NEWLINE = np.uint32(0x0A)
# Characters of one body that are sketched (about 170,000 words: no news article is
# longer). Bounds the power tables below, which cover one chunk.
MAX_CHARS = (1 << 20) - 2
CHUNK_CHARS = 1 << 18  # characters hashed per numpy pass: small enough to stay in cache
_TABLE = 1 << 20
_SHINGLE_SEED = 0x6E72667368696E67
_RADIX = 0x9E3779B97F4A7C15  # odd, so invertible modulo 2**64
_EXACT_SALT = np.uint64(0x6E72666578616374)


@lru_cache(maxsize=1)
def _word_table() -> npt.NDArray[np.int8]:
    """1 where a BMP code point is a word character, else 0; index 0x10000 stands for
    the astral planes (emoji and other symbols, mostly), which separate words. Int8,
    not bool: numpy's `take` copies one-byte integers several times faster."""
    table = np.zeros(0x10001, dtype=np.int8)
    for cp in range(0x10000):
        table[cp] = unicodedata.category(chr(cp))[0] in WORD_CATEGORIES
    table.setflags(write=False)
    return table


@lru_cache(maxsize=1)
def _powers() -> tuple[U64, U64]:
    """RADIX**i and RADIX**-i modulo 2**64 for every position of a chunk."""
    size = _TABLE + 1
    up = np.full(size, _RADIX, dtype=np.uint64)
    down = np.full(size, pow(_RADIX, -1, 1 << 64), dtype=np.uint64)
    up[0] = down[0] = 1
    up, down = np.cumprod(up), np.cumprod(down)  # wraps modulo 2**64, as meant
    up.setflags(write=False)
    down.setflags(write=False)
    return up, down


def _span_hashes(values: npt.NDArray[np.uint32] | U64, starts: I64, ends: I64) -> U64:
    """Polynomial hash of each span values[starts[i]:ends[i]], independent of where the
    span lies: prefix sums of v[j] * R**j, differenced and shifted back by R**-start."""
    up, down = _powers()
    prefix = np.zeros(values.size + 1, dtype=np.uint64)
    wide = values.astype(np.uint64, copy=False)  # a uint64 product, not a mixed-type loop
    np.cumsum(np.multiply(wide, up[: values.size]), out=prefix[1:])
    return (prefix[ends] - prefix[starts]) * down[starts]


def normalise(text: str) -> str:
    """The form every comparison sees: compatibility forms folded, lower case."""
    # Cut before (cost) and after (NFKC and lower() can lengthen a text) normalising.
    return unicodedata.normalize("NFKC", text[:MAX_CHARS]).lower()[:MAX_CHARS]


@dataclass(frozen=True, slots=True)
class Tokens:
    """Word hashes of a batch: document `i` owns `hashes[offsets[i]:offsets[i + 1]]`."""

    hashes: U64
    offsets: I64
    exact: U64  # per document: hash of its word sequence (case and punctuation ignored)
    para: I64  # per word: its paragraph's number, unique across the batch

    @property
    def counts(self) -> I64:
        return np.diff(self.offsets)


def tokenize(texts: Sequence[str]) -> Tokens:
    """Hash every word of every text, and each text's whole word sequence."""
    parts = [_tokenize_chunk(*_normalised(chunk)) for chunk in chunks(texts)]
    if len(parts) == 1:
        return parts[0]
    hashes = np.concatenate([p.hashes for p in parts])
    shifts = np.cumsum([0] + [p.hashes.size for p in parts[:-1]])
    offsets = np.concatenate(
        [[0]] + [p.offsets[1:] + s for p, s in zip(parts, shifts, strict=True)]
    )
    exact = np.concatenate([p.exact for p in parts])
    lifts = np.cumsum([0] + [int(p.para[-1]) + 1 if p.para.size else 0 for p in parts[:-1]])
    para = np.concatenate([p.para + lift for p, lift in zip(parts, lifts, strict=True)])
    return Tokens(hashes, offsets.astype(np.int64), exact, para.astype(np.int64))


def chunks(texts: Sequence[str]) -> list[Sequence[str]]:
    """`texts` cut into consecutive runs of about CHUNK_CHARS characters each; a text
    longer than that goes alone."""
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)
    out: list[Sequence[str]] = []
    start = 0
    while start < len(texts):
        base = int(ends[start - 1]) if start else 0
        stop = int(np.searchsorted(ends, base + CHUNK_CHARS, side="right"))
        stop = max(stop, start + 1)
        out.append(texts[start:stop])
        start = stop
    return out or [texts[:0]]


def _normalised(texts: Sequence[str]) -> tuple[str, I64]:
    """The texts normalised and joined, each followed by the separator, and the length
    of each with its separator.

    Plain ASCII, the bulk of news text, is its own NFKC form and lower-cases without
    changing length: one `lower()` of the joined chunk then does the work of a
    normalisation per text."""
    joined = _SEP.join(texts) + _SEP
    plain = joined.isascii() and joined.count(_SEP) == len(texts)  # no separator in a text
    if plain and all(len(t) <= MAX_CHARS for t in texts):
        sizes = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
        return joined.lower(), sizes
    # An ASCII text is its own NFKC form: lower case is all `normalise` would do.
    normed = [t[:MAX_CHARS].lower() if t.isascii() else normalise(t) for t in texts]
    sizes = np.fromiter(map(len, normed), dtype=np.int64, count=len(normed)) + 1
    return _SEP.join(normed) + _SEP, sizes


def _tokenize_chunk(joined: str, sizes: I64) -> Tokens:
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    is_word = np.take(_word_table(), cps, mode="clip")
    # Edges alternate, a start then an end: the separator after the last text closes
    # every word.
    edges = np.flatnonzero(np.diff(is_word, prepend=np.int8(0)) != 0)  # bool: fast nonzero
    starts, ends = edges.reshape(-1, 2).T.copy()
    lengths = ends - starts
    hashes = fmix64(_span_hashes(cps, starts, ends) ^ lengths.astype(np.uint64))
    bounds = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
    offsets = np.searchsorted(starts, bounds).astype(np.int64)
    counts = np.diff(offsets)
    exact = _span_hashes(hashes, offsets[:-1], offsets[1:]) ^ counts.astype(np.uint64)
    # A line break or the end of a text closes a paragraph. Numbers skip over blank
    # lines, which is fine: only their equality is ever tested.
    # A word's paragraph is the number of breaks before it: words between two breaks
    # share one, so it is found per break (few) rather than per word (many).
    breaks = np.flatnonzero((cps == _NEWLINE) | (cps == 0))
    before = np.searchsorted(starts, breaks)
    runs = np.diff(np.concatenate(([0], before, [starts.size])))
    para = np.repeat(np.arange(runs.size, dtype=np.int64), runs)
    return Tokens(hashes, offsets, fmix64(exact ^ _EXACT_SALT), para)


def shingles(tokens: Tokens, size: int) -> tuple[U64, I64, I64]:
    """Hashes of every run of `size` consecutive words inside one paragraph, per document.

    Runs never cross a paragraph break, so a menu or a list of related headlines (one
    short line each) gives no shingle at all, and cannot make two stories of one site
    look alike. A document with fewer words than `size` (but at least one) has one
    shingle, of all its words, so short texts still compare; a longer one made only of
    short lines has none. Returns (hashes, offsets) like `Tokens`, and for each shingle
    the number of words in its paragraph (`lead` uses it to skip menus and link lists).
    """
    counts = tokens.counts
    n = tokens.hashes.size
    words = np.concatenate((tokens.hashes, np.zeros(size, dtype=np.uint64)))
    coeffs = constants(_SHINGLE_SEED, size)
    acc = np.zeros(n, dtype=np.uint64)
    starts = tokens.offsets[:-1]
    short = np.flatnonzero((counts > 0) & (counts < size))
    short_hashes = np.zeros(short.size, dtype=np.uint64)
    for j in range(size):
        acc += words[j : j + n] * coeffs[j]
        done = counts[short] == j + 1  # documents of exactly j + 1 words: their shingle is done
        short_hashes[done] = acc[starts[short[done]]]
    para = tokens.para
    first = np.flatnonzero(para[: max(n - size + 1, 0)] == para[size - 1 :])
    owner = np.repeat(np.arange(counts.size, dtype=np.int64), counts)  # word -> document
    doc = np.concatenate((owner[first], short))
    values = np.concatenate((acc[first], short_hashes))
    words = np.concatenate((_run_lengths(para)[first], counts[short]))
    if short.size:  # short documents have no window, so this only slots them in place
        order = np.argsort(doc, kind="stable")
        doc, values, words = doc[order], values[order], words[order]
    per_doc = np.bincount(doc, minlength=counts.size)
    offsets = np.concatenate(([0], np.cumsum(per_doc))).astype(np.int64)
    return fmix64(values), offsets, words.astype(np.int64)


def _run_lengths(values: I64) -> I64:
    """For each element of a non-decreasing array, the length of its run of equals."""
    if values.size == 0:
        return values
    cuts = np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1], [True])))
    sizes = np.diff(cuts)
    return np.repeat(sizes, sizes)


def lead(hashes: U64, offsets: I64, keep: npt.NDArray[np.bool_], count: int) -> tuple[U64, I64]:
    """The first `count` shingles of each document among those `keep` marks."""
    kept = np.flatnonzero(keep)
    owner = np.repeat(np.arange(offsets.size - 1, dtype=np.int64), np.diff(offsets))
    doc = owner[kept]
    per_doc = np.bincount(doc, minlength=offsets.size - 1)
    rank = np.arange(kept.size, dtype=np.int64) - np.repeat(np.cumsum(per_doc) - per_doc, per_doc)
    chosen = rank < count
    taken = np.bincount(doc[chosen], minlength=offsets.size - 1)
    return hashes[kept[chosen]], np.concatenate(([0], np.cumsum(taken))).astype(np.int64)


_SET_BITS = 48  # shingle bits kept in a verification set; the rest number the document
_SET_MASK = np.uint64((1 << _SET_BITS) - 1)
_SET_DOCS = 1 << (64 - _SET_BITS)  # documents sorted together in one call


def split(hashes: U64, offsets: I64) -> list[U64]:
    """Per-document views of a batch's shingle hashes."""
    bounds = offsets.tolist()  # slicing by hand: np.split costs ten times more per part
    return [hashes[lo:hi] for lo, hi in itertools.pairwise(bounds)]


def unique_sets(raw: Sequence[U64]) -> list[U64]:
    """Sorted unique sets of (the low 48 bits of) each array's shingle hashes.

    The arrays are sorted together, keyed by document number in the top 16 bits: a
    few large numpy calls instead of thousands of small ones. Two distinct shingles
    of one pair of texts agree on 48 bits once in 2**48: never, in practice."""
    out: list[U64] = []
    for start in range(0, len(raw), _SET_DOCS - 1):
        part = raw[start : start + _SET_DOCS - 1]
        sizes = np.fromiter((a.size for a in part), dtype=np.int64, count=len(part))
        doc = np.repeat(np.arange(len(part), dtype=np.uint64), sizes)
        values = np.concatenate(part) if part else np.zeros(0, np.uint64)
        # np.sort, then dropping repeats: np.unique hashes 64-bit keys, 20 times slower.
        keys = np.sort((doc << np.uint64(_SET_BITS)) | (values & _SET_MASK))
        if keys.size:
            keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
        owner = keys >> np.uint64(_SET_BITS)
        cuts = np.searchsorted(owner, np.arange(len(part) + 1, dtype=np.uint64))
        out.extend(split(keys & _SET_MASK, cuts))
    return out


def shingle_sets(texts: Sequence[str], size: int) -> list[U64]:
    """Each text's verification set (see `unique_sets`)."""
    if not texts:
        return []
    sh, offsets, _ = shingles(tokenize(texts), size)
    return unique_sets(split(sh, offsets))
