"""Writing: runs and batches of articles, each batch in one transaction.

An article is stored as its JSON record (the source of truth that `get` returns)
plus columns and child rows derived from it for filtering, joins and full-text
search. Derived data is always rebuilt from the record, never patched, so writing
the same article twice leaves the same rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..records import Article
from .db import utc_now

_INSERT_ARTICLE = """
INSERT INTO articles (
    id, source_uri, source_format, source_offset, raw_digest, url, site, headline,
    published, language, status, reason, body, quotes_text, record, run_id
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
_INSERT_REMOVED = "INSERT INTO removed (article_id, idx, text, reason) VALUES (?, ?, ?, ?)"
_INSERT_QUOTE = """
INSERT INTO quotes (
    article_id, idx, text, kind, start, "end", speaker, speaker_mention, speaker_title, cue
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
_INSERT_ENTITY = """
INSERT INTO entities (article_id, idx, name, type, titles, mentions) VALUES (?, ?, ?, ?, ?, ?)
"""
_INSERT_CLUSTER = """
INSERT INTO clusters (article_id, cluster_id, canonical, duplicate_of, similarity)
VALUES (?, ?, ?, ?, ?)
"""


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception.

    IMMEDIATE takes the write lock up front, so a second writer waits on
    busy_timeout at BEGIN instead of failing half way through the batch.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def begin_run(conn: sqlite3.Connection, argv: Sequence[str], engine: str, jobs: int) -> int:
    """Insert a run row and return its id."""
    with transaction(conn):
        cur = conn.execute(
            "INSERT INTO runs (started, argv, engine, jobs) VALUES (?, ?, ?, ?)",
            (utc_now(), json.dumps(list(argv), ensure_ascii=False), engine, int(jobs)),
        )
    return int(cur.lastrowid or 0)  # never 0: an INSERT into a rowid table sets it


def finish_run(conn: sqlite3.Connection, run_id: int, stats: dict[str, Any]) -> bool:
    """Record the end time and stats of a run; False when there is no such run."""
    payload = json.dumps(stats, ensure_ascii=False)
    with transaction(conn):
        cur = conn.execute(
            "UPDATE runs SET finished = ?, stats = ? WHERE id = ?",
            (utc_now(), payload, int(run_id)),
        )
    return cur.rowcount > 0


def write_batch(
    conn: sqlite3.Connection, items: Sequence[tuple[Article, str | None]], run_id: int
) -> int:
    """Upsert every (article, raw_digest) of `items` in one transaction."""
    with transaction(conn):
        for article, digest in items:
            _write_one(conn, article, digest, run_id)
    return len(items)


def _write_one(conn: sqlite3.Connection, article: Article, digest: str | None, run_id: int) -> None:
    # Delete then insert, rather than UPDATE or INSERT OR REPLACE: the delete fires
    # the child-table cascades and the FTS delete trigger with the old text, so no
    # stale quote row or indexed word can survive a rewrite.
    conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
    conn.execute(_INSERT_ARTICLE, article_row(article, digest, run_id))
    conn.executemany(_INSERT_REMOVED, _removed_rows(article))
    conn.executemany(_INSERT_QUOTE, _quote_rows(article))
    conn.executemany(_INSERT_ENTITY, _entity_rows(article))
    cluster = article.cluster
    # A record that dedup has not clustered yet has no row, so `clusters` only
    # ever lists real cluster memberships.
    if cluster.id is not None:
        conn.execute(
            _INSERT_CLUSTER,
            (article.id, cluster.id, int(cluster.canonical), cluster.duplicate_of,
             cluster.similarity),
        )  # fmt: skip


def _removed_rows(article: Article) -> list[tuple[Any, ...]]:
    return [(article.id, i, r.text, r.reason) for i, r in enumerate(article.removed)]


def _quote_rows(article: Article) -> list[tuple[Any, ...]]:
    return [
        (article.id, i, q.text, q.kind, q.start, q.end, q.speaker, q.speaker_mention,
         q.speaker_title, q.cue)
        for i, q in enumerate(article.quotes)
    ]  # fmt: skip


def _entity_rows(article: Article) -> list[tuple[Any, ...]]:
    # Only the mention count is a column: the spans themselves are in the record.
    return [
        (article.id, i, e.name, e.type, json.dumps(list(e.titles), ensure_ascii=False),
         len(e.mentions))
        for i, e in enumerate(article.entities)
    ]  # fmt: skip


def article_row(article: Article, digest: str | None, run_id: int) -> tuple[Any, ...]:
    """The `articles` row of one record, in `_INSERT_ARTICLE` column order."""
    src = article.source
    reason = article.rejection.reason if article.rejection is not None else None
    return (
        article.id,
        src.uri,
        src.format,
        src.offset,
        digest,
        article.url,
        article.site_name,
        article.headline,
        article.published,
        article.language,
        article.status,
        reason,
        article.body_text,
        "\n".join(q.text for q in article.quotes),
        article.to_json(),
        int(run_id),
    )
