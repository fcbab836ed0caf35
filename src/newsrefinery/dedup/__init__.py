"""Syndicated copies grouped and originals found.

Exact duplicates by a hash of the clean body's words; near duplicates by a
one-permutation MinHash over word 5-grams of the clean body, banded for LSH, with a
lead sketch for teasers and trimmed copies; every candidate verified by exact
Jaccard and containment; star clusters around an elected canonical, so every member
is close to it. `update_clusters` does this incrementally on a store (the end of
`refine`); `cluster_articles` does it in memory.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Article
from .canonical import DocInfo, doc_info, signature_text
from .cluster import Assignment, cluster
from .params import DedupParams
from .patterns import ELECTED, LINKS
from .sketch import ShingleCache, Sketches, sketch
from .update import UpdateStats, update_clusters

__all__ = [
    "ELECTED",
    "LINKS",
    "Assignment",
    "DedupParams",
    "DocInfo",
    "ShingleCache",
    "Sketches",
    "UpdateStats",
    "cluster",
    "cluster_articles",
    "doc_info",
    "signature_text",
    "sketch",
    "update_clusters",
]


def cluster_articles(
    articles: Sequence[Article], params: DedupParams | None = None
) -> list[Assignment | None]:
    """Cluster articles held in memory; one assignment per article (None: no words)."""
    params = params or DedupParams()
    texts = [signature_text(a) for a in articles]
    docs = [doc_info(a) for a in articles]
    cache = ShingleCache()
    sketches = sketch(texts, params, cache)
    return cluster(docs, sketches, lambda idx: [texts[i] for i in idx], params, cache)
