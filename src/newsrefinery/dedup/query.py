"""Reading clusters back: what `newsrefinery clusters` and the web app show."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..errors import StoreError
from ..store import clusters as sql


def list_clusters(
    store: Any, *, min_size: int = 2, limit: int | None = None
) -> list[dict[str, Any]]:
    """Clusters with at least `min_size` articles, largest first (ties by id).

    Each is {id, size, canonical: {id, headline, url, elected}, members: [...]}, the
    members canonical first, then by similarity; each member carries its link reason,
    similarity, Jaccard, containment and what identifies the article.
    """
    try:
        conn = store.connection
        sizes = sql.cluster_sizes(conn, min_size, limit)
        members = sql.cluster_members(conn, [cid for cid, _ in sizes])
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read clusters from database {store.path}: {exc}") from None
    by_cluster: dict[str, list[dict[str, Any]]] = {}
    for m in members:
        by_cluster.setdefault(m.pop("cluster_id"), []).append(m)
    out = []
    for cid, size in sizes:
        group = by_cluster.get(cid, [])
        for m in group:
            m["canonical"] = bool(m["canonical"])
        head = next((m for m in group if m["canonical"]), group[0] if group else {})
        canonical = {k: head.get(k) for k in ("id", "headline", "url", "elected")}
        out.append({"id": cid, "size": size, "canonical": canonical, "members": group})
    return out


def totals(store: Any) -> dict[str, int]:
    """Articles clustered, clusters, clusters with copies, copies."""
    try:
        return sql.cluster_totals(store.connection)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read clusters from database {store.path}: {exc}") from None
