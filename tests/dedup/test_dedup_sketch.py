"""One pass over the texts: sketches, stored form, and the shingle cache."""

from __future__ import annotations

import hashlib

import numpy as np

from newsrefinery.dedup import DedupParams, ShingleCache, cluster, signature_text, sketch
from newsrefinery.dedup.sketch import Sketches

from .helpers_dedup import story, syndication_corpus


def _texts() -> list[str]:
    base = story(40)
    return ["\n\n".join(base), "\n\n".join(base[:4]), "\n\n".join(story(41)), "", "a b"]


def test_sketch_rows_do_not_depend_on_their_neighbours() -> None:
    params = DedupParams()
    texts = _texts()
    together = sketch(texts, params)
    for i, text in enumerate(texts):
        alone = sketch([text], params)
        assert alone.sig[0].tolist() == together.sig[i].tolist()
        assert alone.lead[0].tolist() == together.lead[i].tolist()
        assert alone.exact[0] == together.exact[i]
    assert together.tokens.tolist()[3:] == [0, 2]


def test_stored_rows_give_back_the_same_sketches() -> None:
    params = DedupParams()
    sk = sketch(_texts(), params)
    blobs = [sk.blob(i) for i in range(len(sk))]
    assert all(len(b) == 4 * (params.bins + params.lead_bins) for b in blobs)
    back = Sketches.from_rows(
        sk.exact.view(np.int64).tolist(), sk.tokens.tolist(), blobs, params.bins
    )
    assert back.sig.tolist() == sk.sig.tolist() and back.lead.tolist() == sk.lead.tolist()
    assert back.exact.tolist() == sk.exact.tolist()
    assert back.keys(params).tolist() == sk.keys(params).tolist()
    rows = np.array([2, 0])
    assert sk.keys(params, rows).tolist() == sk.keys(params)[rows].tolist()


def test_the_cache_keeps_what_fits_and_changes_no_result() -> None:
    from newsrefinery.dedup.canonical import DocInfo

    params = DedupParams()
    texts = _texts() * 3
    docs = [DocInfo(id=f"d{i}", chars=len(t)) for i, t in enumerate(texts)]
    read: list[int] = []

    def source(idx: object) -> list[str]:
        read.extend(idx)  # type: ignore[arg-type]
        return [texts[i] for i in idx]  # type: ignore[attr-defined]

    small = ShingleCache(budget=3000)
    plain = cluster(docs, sketch(texts, params), source, params)
    needed = len(read)
    read.clear()
    cached = cluster(docs, sketch(texts, params, small), source, params, small)
    assert cached == plain
    assert 0 < small.used <= 3000 and len(read) < needed
    full = ShingleCache()
    read.clear()
    assert cluster(docs, sketch(texts, params, full), source, params, full) == plain
    assert read == []


# Signatures are stored: the sketches of `syndication_corpus()`, frozen (issue 8), must
# stay bit-identical whatever is done for speed.
_FROZEN_SKETCHES = "8b4c768ac018f267e115dfa287d7f84ed15c56a21323582c069aa64fc28770f0"


def test_the_sketches_of_a_syndication_corpus_do_not_change() -> None:
    sk = sketch([signature_text(a) for a in syndication_corpus()], DedupParams())
    digest = hashlib.sha256()
    for array in (sk.exact, sk.tokens, sk.sig, sk.lead):
        digest.update(np.ascontiguousarray(array).tobytes())
    assert digest.hexdigest() == _FROZEN_SKETCHES
