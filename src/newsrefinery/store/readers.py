"""Reading: records by id, in export order, digests for resume, runs and stats."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from ..records import Article

# Well under SQLITE_MAX_VARIABLE_NUMBER on every SQLite build still in use (999 on old
# ones), and large enough that a resume over millions of ids is a few thousand queries.
DIGEST_CHUNK = 500
TOP_SITES = 20

# The export order: by provenance, so the same inputs give the same file whatever
# order the workers finished in. `id` breaks ties and is unique, so the order is total.
_ORDER = " ORDER BY source_uri, source_offset, id"


def get(conn: sqlite3.Connection, article_id: str) -> Article | None:
    row = conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
    return None if row is None else Article.from_json(row[0])


def _where(status: str | None, include_rejected: bool) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause from fixed fragments; the values always travel as parameters."""
    clauses: list[str] = []
    params: list[str] = []
    if status is not None:
        clauses.append("status = ?")
        params.append(status)
    if not include_rejected:
        clauses.append("status != 'rejected'")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)


def iter_articles(
    conn: sqlite3.Connection, *, status: str | None, include_rejected: bool
) -> Iterator[Article]:
    where, params = _where(status, include_rejected)
    cur = conn.execute("SELECT record FROM articles" + where + _ORDER, params)
    try:
        while rows := cur.fetchmany(256):
            for (record,) in rows:
                yield Article.from_json(record)
    finally:
        cur.close()


def count(conn: sqlite3.Connection, *, status: str | None, include_rejected: bool) -> int:
    where, params = _where(status, include_rejected)
    return int(conn.execute("SELECT count(*) FROM articles" + where, params).fetchone()[0])


def digests(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str | None]:
    """raw_digest of every id in `ids` that is stored; unknown ids are absent."""
    wanted = list(dict.fromkeys(ids))
    out: dict[str, str | None] = {}
    for start in range(0, len(wanted), DIGEST_CHUNK):
        chunk = wanted[start : start + DIGEST_CHUNK]
        # Only the number of '?' placeholders is formatted in; the ids are parameters.
        marks = ",".join("?" * len(chunk))
        sql = "SELECT id, raw_digest FROM articles WHERE id IN (" + marks + ")"
        out.update(conn.execute(sql, chunk).fetchall())
    return out


def runs(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    cur = conn.execute(
        "SELECT id, started, finished, argv, engine, jobs, stats FROM runs ORDER BY id"
    )
    return [_run(row) for row in cur]


def _run(row: tuple[Any, ...]) -> dict[str, Any]:
    run_id, started, finished, argv, engine, jobs, stats = row
    return {
        "id": run_id,
        "started": started,
        "finished": finished,
        "argv": json.loads(argv),
        "engine": engine,
        "jobs": jobs,
        "stats": None if stats is None else json.loads(stats),
    }


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts for `newsrefinery stats` and the web dashboard.

    Accounting holds by construction: `inputs == stored + rejected`, where `stored`
    counts every record whose status is not "rejected". Sites and languages are
    counted over stored articles only.
    """
    by_status = _pairs(conn, "SELECT status, count(*) FROM articles GROUP BY status ORDER BY 1")
    rejected = by_status.get("rejected", 0)
    total = sum(by_status.values())
    last = conn.execute(
        "SELECT id, started, finished, argv, engine, jobs, stats FROM runs ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return {
        "inputs": total,
        "articles": total,
        "stored": total - rejected,
        "rejected": rejected,
        "by_status": by_status,
        "rejected_by_reason": _pairs(
            conn,
            "SELECT coalesce(reason, 'unknown'), count(*) FROM articles"
            " WHERE status = 'rejected' GROUP BY 1 ORDER BY 2 DESC, 1",
        ),
        "sites": _pairs(
            conn,
            "SELECT site, count(*) FROM articles WHERE status != 'rejected'"
            " AND site IS NOT NULL GROUP BY site ORDER BY 2 DESC, 1 LIMIT ?",
            (TOP_SITES,),
        ),
        "languages": _pairs(
            conn,
            "SELECT language, count(*) FROM articles WHERE status != 'rejected'"
            " AND language IS NOT NULL GROUP BY language ORDER BY 2 DESC, 1",
        ),
        "runs": int(conn.execute("SELECT count(*) FROM runs").fetchone()[0]),
        "last_run": None if last is None else _run(last),
    }


def _pairs(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> dict[str, int]:
    return {str(key): int(n) for key, n in conn.execute(sql, params)}
