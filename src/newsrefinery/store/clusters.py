"""SQL of deduplication: sketches, band keys, cluster rows and cluster queries.

Dedup (`newsrefinery.dedup.update`) owns the logic; this module only moves rows. Ids
travel in chunks of `CHUNK` parameters, under every SQLite build's variable limit.
The caller opens the transactions (`writer.transaction`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

CHUNK = 500

# One cluster row as dedup writes it, in `clusters` column order after article_id.
ClusterRow = tuple[str, int, "str | None", "float | None", "str | None", "float | None",
                   "float | None", "str | None"]  # fmt: skip

_ROW_COLUMNS = (
    "cluster_id, canonical, duplicate_of, similarity, link, jaccard, containment, elected"
)


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _marks(chunk: Sequence[Any]) -> str:
    return ",".join("?" * len(chunk))


# -- state ------------------------------------------------------------------------


def get_state(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute("SELECT value FROM dedup_state WHERE name = ?", (name,)).fetchone()
    return None if row is None else str(row[0])


def set_state(conn: sqlite3.Connection, name: str, value: str) -> None:
    conn.execute(
        "INSERT INTO dedup_state (name, value) VALUES (?, ?)"
        " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, value),
    )


def drop_signatures(conn: sqlite3.Connection) -> None:
    """Forget every sketch (their band keys go with them); clusters stay until redone."""
    conn.execute("DELETE FROM dedup_bands")
    conn.execute("DELETE FROM dedup_signatures")


# -- sketches -----------------------------------------------------------------------


def unsketched(conn: sqlite3.Connection) -> list[str]:
    """Ids of stored (not rejected) articles without a sketch: new or rewritten ones."""
    cur = conn.execute(
        "SELECT a.id FROM articles a WHERE a.status != 'rejected' AND NOT EXISTS"
        " (SELECT 1 FROM dedup_signatures s WHERE s.article_id = a.id) ORDER BY a.id"
    )
    return [row[0] for row in cur]


def records(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    """The JSON record of each id that is stored."""
    out: dict[str, str] = {}
    for chunk in _chunks(ids):
        sql = "SELECT id, record FROM articles WHERE id IN (" + _marks(chunk) + ")"
        out.update(conn.execute(sql, list(chunk)).fetchall())
    return out


def insert_sketch(
    conn: sqlite3.Connection, article_id: str, exact: int, tokens: int, sketch: bytes,
    keys: Iterable[int],
) -> int:  # fmt: skip
    """Store one article's sketch and band keys; returns its sketch id (sid)."""
    cur = conn.execute(
        "INSERT INTO dedup_signatures (article_id, exact, tokens, sketch) VALUES (?, ?, ?, ?)",
        (article_id, exact, tokens, sketch),
    )
    sid = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT OR IGNORE INTO dedup_bands (key, sid) VALUES (?, ?)", [(k, sid) for k in keys]
    )
    return sid


def sketch_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM dedup_signatures").fetchone()[0])


def all_sids(conn: sqlite3.Connection) -> list[int]:
    return [row[0] for row in conn.execute("SELECT sid FROM dedup_signatures ORDER BY sid")]


def neighbours(conn: sqlite3.Connection, sids: Sequence[int]) -> set[int]:
    """Sketches sharing a band key or the exact hash (of a non-empty body) with `sids`."""
    out: set[int] = set()
    for chunk in _chunks(sids):
        marks = _marks(chunk)
        bands = (
            "SELECT DISTINCT b2.sid FROM dedup_bands b1 JOIN dedup_bands b2 ON b2.key = b1.key"
            " WHERE b1.sid IN (" + marks + ")"
        )
        exact = (
            "SELECT s2.sid FROM dedup_signatures s1 JOIN dedup_signatures s2"
            " ON s2.exact = s1.exact AND s2.tokens > 0"
            " WHERE s1.tokens > 0 AND s1.sid IN (" + marks + ")"
        )
        out.update(row[0] for row in conn.execute(bands, list(chunk)))
        out.update(row[0] for row in conn.execute(exact, list(chunk)))
    return out


def sketches(
    conn: sqlite3.Connection, sids: Sequence[int]
) -> list[tuple[int, str, int, int, bytes]]:
    """(sid, article_id, exact, tokens, sketch) of each sid, ordered by article id."""
    out: list[tuple[int, str, int, int, bytes]] = []
    for chunk in _chunks(sids):
        sql = (
            "SELECT sid, article_id, exact, tokens, sketch FROM dedup_signatures"
            " WHERE sid IN (" + _marks(chunk) + ")"
        )
        out.extend(conn.execute(sql, list(chunk)))
    out.sort(key=lambda row: row[1])
    return out


def sids_of_members(conn: sqlite3.Connection, cluster_ids: Sequence[str]) -> list[int]:
    """Sketches of the articles filed under these cluster ids (a canonical that was
    rewritten leaves its members pointing at it)."""
    out: list[int] = []
    for chunk in _chunks(cluster_ids):
        sql = (
            "SELECT s.sid FROM clusters c JOIN dedup_signatures s ON s.article_id = c.article_id"
            " WHERE c.cluster_id IN (" + _marks(chunk) + ")"
        )
        out.extend(row[0] for row in conn.execute(sql, list(chunk)))
    return out


# -- cluster rows -------------------------------------------------------------------


def cluster_rows(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, ClusterRow]:
    out: dict[str, ClusterRow] = {}
    for chunk in _chunks(ids):
        sql = (
            "SELECT article_id, " + _ROW_COLUMNS + " FROM clusters"
            " WHERE article_id IN (" + _marks(chunk) + ")"
        )
        for row in conn.execute(sql, list(chunk)):
            out[row[0]] = tuple(row[1:])
    return out


def write_cluster(
    conn: sqlite3.Connection, article_id: str, record: str, row: ClusterRow | None
) -> None:
    """Replace an article's record (its `cluster` field changed) and its cluster row."""
    conn.execute("UPDATE articles SET record = ? WHERE id = ?", (record, article_id))
    conn.execute("DELETE FROM clusters WHERE article_id = ?", (article_id,))
    if row is not None:
        conn.execute(
            "INSERT INTO clusters (article_id, " + _ROW_COLUMNS + ")"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, *row),
        )


# -- queries ------------------------------------------------------------------------


def cluster_sizes(
    conn: sqlite3.Connection, min_size: int, limit: int | None
) -> list[tuple[str, int]]:
    """(cluster id, size) of clusters with at least `min_size` members, largest first."""
    sql = (
        "SELECT cluster_id, count(*) AS n FROM clusters GROUP BY cluster_id"
        " HAVING n >= ? ORDER BY n DESC, cluster_id"
    )
    params: list[int] = [min_size]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [(row[0], int(row[1])) for row in conn.execute(sql, params)]


def cluster_members(conn: sqlite3.Connection, cluster_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Every member of these clusters with its link and what identifies the article,
    canonical first in each cluster, then by similarity (highest first) and id."""
    out: list[dict[str, Any]] = []
    names = ("cluster_id", "id", "canonical", "duplicate_of", "similarity", "link",
             "jaccard", "containment", "elected", "headline", "url", "site", "published",
             "source")  # fmt: skip
    for chunk in _chunks(cluster_ids):
        sql = (
            "SELECT c.cluster_id, c.article_id, c.canonical, c.duplicate_of, c.similarity,"
            " c.link, c.jaccard, c.containment, c.elected, a.headline, a.url, a.site,"
            " a.published, a.source_uri FROM clusters c JOIN articles a ON a.id = c.article_id"
            " WHERE c.cluster_id IN (" + _marks(chunk) + ")"
        )
        out.extend(dict(zip(names, row, strict=True)) for row in conn.execute(sql, list(chunk)))
    out.sort(key=lambda m: (m["cluster_id"], -m["canonical"], -(m["similarity"] or 0.0), m["id"]))
    return out


def cluster_totals(conn: sqlite3.Connection) -> dict[str, int]:
    """Articles clustered, clusters, clusters with copies and the copies in them."""
    row = conn.execute(
        "SELECT count(*), count(DISTINCT cluster_id), sum(canonical = 0) FROM clusters"
    ).fetchone()
    multi = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM clusters GROUP BY cluster_id HAVING count(*) > 1)"
    ).fetchone()
    return {
        "articles": int(row[0]),
        "clusters": int(row[1]),
        "with_copies": int(multi[0]),
        "copies": int(row[2] or 0),
    }
