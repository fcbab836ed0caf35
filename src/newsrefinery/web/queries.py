"""Read-only SQL over the store's tables, for the web views.

Every value a user sends travels as a bound parameter. Statements with optional
filters are assembled only from the constant fragments in `_FILTER_SQL`, chosen by
which filters are set, so no user text can ever become SQL. The connection is the
store's read-only one (`mode=ro`, `query_only`), so a bug here cannot write either.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields
from typing import Any

from ..errors import QueryError, StoreError
from ..store.search import (
    _BODY_COLUMN,
    ELLIPSIS,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SNIPPET_TOKENS,
    WEIGHT_BODY,
    WEIGHT_HEADLINE,
    WEIGHT_QUOTES,
    _is_query_error,
)

Row = tuple[Any, ...]

# Characters of body shown for an article listed without a query (no snippet to show).
BROWSE_PREVIEW_CHARS = 240


@dataclass(frozen=True, slots=True)
class Filters:
    """Parsed search filters; None means "any". `date_before` is exclusive."""

    site: str | None = None
    language: str | None = None
    date_from: str | None = None
    date_before: str | None = None
    agency: str | None = None
    speaker: str | None = None
    has_quotes: bool | None = None


# One fragment per filter, in `Filters` field order; `?` takes the filter's value.
# `has_quotes` has two fragments and no parameter, so it is handled on its own.
_FILTER_SQL = {
    "site": "a.site = ?",
    "language": "a.language = ?",
    "date_from": "a.published >= ?",
    "date_before": "a.published < ?",
    "agency": "EXISTS (SELECT 1 FROM json_each(a.record, '$.agencies') AS g WHERE g.value = ?)",
    # IN rather than EXISTS: the planner can start from the speaker's few quotes.
    "speaker": "a.id IN (SELECT q.article_id FROM quotes AS q WHERE q.speaker = ?)",
}
_HAS_QUOTES = "EXISTS (SELECT 1 FROM quotes AS q WHERE q.article_id = a.id)"
_NO_QUOTES = "NOT " + _HAS_QUOTES


def _where(filters: Filters) -> tuple[str, list[Any]]:
    """' AND ...' for the filters that are set, and their parameters in order."""
    sql: list[str] = []
    params: list[Any] = []
    for f in fields(filters):
        value = getattr(filters, f.name)
        if value is None:
            continue
        if f.name == "has_quotes":
            sql.append(_HAS_QUOTES if value else _NO_QUOTES)
        else:
            sql.append(_FILTER_SQL[f.name])
            params.append(value)
    return "".join(" AND " + s for s in sql), params


_BROWSE_FROM = "\nFROM articles AS a WHERE a.status != 'rejected'"
_HIT_COLUMNS = "a.id, a.headline, a.url, a.site, a.published, a.language"
# FTS5's own ranking: `ORDER BY rank` lets FTS5 sort the matches itself and hand
# them over best first, so the join, the filters and snippet() run only until the
# page is full. The weights are the store's (a headline hit counts most).
_RANK = f"bm25({WEIGHT_HEADLINE}, {WEIGHT_BODY}, {WEIGHT_QUOTES})"
_MATCHING_ROWIDS = "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
# Without filters the index alone counts the matches; rejected records are then
# subtracted (they hold no text today, but the count must not depend on that). CASE
# runs that subquery only when the database holds a rejected record at all.
_COUNT_ALL = (
    "SELECT (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?)"
    " - CASE WHEN NOT EXISTS (SELECT 1 FROM articles WHERE status = 'rejected') THEN 0"
    " ELSE (SELECT count(*) FROM articles AS a WHERE a.status = 'rejected' AND a.rowid IN "
    + _MATCHING_ROWIDS
    + ") END"
)
_COUNT_FILTERED = (
    "SELECT count(*) FROM articles AS a WHERE a.status != 'rejected' AND a.rowid IN "
    + _MATCHING_ROWIDS
)
# With a speaker, their quotes (a few hundred) should drive the count, not a word's
# matches (tens of thousands of row lookups); the unary + stops SQLite from using
# the match list as the loop, which it otherwise prefers without table statistics.
_COUNT_BY_SPEAKER = _COUNT_FILTERED.replace("AND a.rowid IN", "AND +a.rowid IN")
_PAGE = (
    "SELECT "
    + _HIT_COLUMNS
    + ", snippet(articles_fts, ?, ?, ?, ?, ?), articles_fts.rank"
    # CROSS JOIN keeps the FTS table the outer loop, which `ORDER BY rank` needs.
    + "\nFROM articles_fts CROSS JOIN articles AS a ON a.rowid = articles_fts.rowid"
    + "\nWHERE articles_fts MATCH ? AND articles_fts.rank MATCH ? AND a.status != 'rejected'"
)


def search(
    conn: sqlite3.Connection, query: str, filters: Filters, limit: int, offset: int
) -> tuple[int, list[Row]]:
    """(total matches, rows of the page): id, headline, url, site, published,
    language, snippet (hits between the store's highlight markers), bm25 score."""
    where, params = _where(filters)
    if where:
        count = _COUNT_FILTERED if filters.speaker is None else _COUNT_BY_SPEAKER
        count_sql, count_params = count + where, (query, *params)
    else:
        count_sql, count_params = _COUNT_ALL, (query, query)
    page_sql = _PAGE + where + " ORDER BY articles_fts.rank LIMIT ? OFFSET ?"
    page_params = (
        _BODY_COLUMN, HIGHLIGHT_START, HIGHLIGHT_END, ELLIPSIS, SNIPPET_TOKENS,
        query, _RANK, *params, limit, offset,
    )  # fmt: skip
    try:
        total = int(conn.execute(count_sql, count_params).fetchone()[0])
        rows = conn.execute(page_sql, page_params).fetchall() if total > offset else []
    except sqlite3.OperationalError as exc:
        if _is_query_error(exc):
            detail = str(exc).removeprefix("fts5: ")
            raise QueryError(f"invalid search query: {detail}") from None
        raise StoreError(f"cannot search database: {exc}") from None
    return total, rows


def browse(
    conn: sqlite3.Connection, filters: Filters, limit: int, offset: int
) -> tuple[int, list[Row]]:
    """Like `search` without a query: newest first, the body's start as snippet."""
    where, params = _where(filters)
    total = int(conn.execute("SELECT count(*)" + _BROWSE_FROM + where, params).fetchone()[0])
    sql = (
        "SELECT " + _HIT_COLUMNS + ", substr(a.body, 1, ?), NULL" + _BROWSE_FROM + where
        # NULL dates sort last in DESC order; id makes the order total.
        + " ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?"
    )  # fmt: skip
    rows = conn.execute(sql, (BROWSE_PREVIEW_CHARS, *params, limit, offset)).fetchall()
    return total, rows


def article_meta(conn: sqlite3.Connection, article_id: str) -> Row | None:
    """(raw_digest, run_id) of a stored article, None when there is no such id."""
    sql = "SELECT raw_digest, run_id FROM articles WHERE id = ?"
    row: Row | None = conn.execute(sql, (article_id,)).fetchone()
    return row


# -- filter values and front-page counts ------------------------------------------

_SITES = """
SELECT site, count(*) FROM articles WHERE status != 'rejected' AND site IS NOT NULL
GROUP BY site ORDER BY 2 DESC, 1 LIMIT ?"""
_LANGUAGES = """
SELECT language, count(*) FROM articles WHERE status != 'rejected' AND language IS NOT NULL
GROUP BY language ORDER BY 2 DESC, 1 LIMIT ?"""
_AGENCIES = """
SELECT g.value, count(*) FROM articles AS a, json_each(a.record, '$.agencies') AS g
WHERE a.status != 'rejected' GROUP BY g.value ORDER BY 2 DESC, 1 LIMIT ?"""
_SPEAKERS = """
SELECT speaker, count(*) FROM quotes WHERE speaker IS NOT NULL
GROUP BY speaker ORDER BY 2 DESC, 1 LIMIT ?"""


def _counts(conn: sqlite3.Connection, sql: str, limit: int) -> list[tuple[str, int]]:
    return [(str(value), int(n)) for value, n in conn.execute(sql, (limit,))]


def sites(conn: sqlite3.Connection, limit: int) -> list[tuple[str, int]]:
    return _counts(conn, _SITES, limit)


def languages(conn: sqlite3.Connection, limit: int) -> list[tuple[str, int]]:
    return _counts(conn, _LANGUAGES, limit)


def agencies(conn: sqlite3.Connection, limit: int) -> list[tuple[str, int]]:
    return _counts(conn, _AGENCIES, limit)


def speakers(conn: sqlite3.Connection, limit: int) -> list[tuple[str, int]]:
    """Speakers by number of quotes."""
    return _counts(conn, _SPEAKERS, limit)


def cluster_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(DISTINCT cluster_id) FROM clusters").fetchone()[0])


# -- speakers ----------------------------------------------------------------------

_SPEAKER_QUOTES = """
SELECT q.article_id, a.headline, a.site, a.published, q.idx, q.text, q.kind,
       q.speaker_title, q.cue
FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
WHERE q.speaker = ? AND a.status != 'rejected'
ORDER BY a.published, q.article_id, q.idx LIMIT ? OFFSET ?"""
_SPEAKER_TOTALS = """
SELECT count(*), count(DISTINCT q.article_id)
FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
WHERE q.speaker = ? AND a.status != 'rejected'"""
# Titles come from two witnesses: the title next to a quote ("spokesman John Kirby
# told") and the titles the entities step gathered for the person across the article.
_SPEAKER_TITLES = """
SELECT title, count(*) FROM (
    SELECT speaker_title AS title FROM quotes WHERE speaker = ? AND speaker_title IS NOT NULL
    UNION ALL
    SELECT t.value FROM entities AS e, json_each(e.titles) AS t
    WHERE e.name = ? AND e.type = 'PERSON'
) GROUP BY title ORDER BY 2 DESC, 1"""


def speaker_totals(conn: sqlite3.Connection, name: str) -> tuple[int, int]:
    """(quotes, articles) attributed to `name`."""
    quotes, articles = conn.execute(_SPEAKER_TOTALS, (name,)).fetchone()
    return int(quotes), int(articles)


def speaker_quotes(conn: sqlite3.Connection, name: str, limit: int, offset: int) -> list[Row]:
    return conn.execute(_SPEAKER_QUOTES, (name, limit, offset)).fetchall()


def speaker_titles(conn: sqlite3.Connection, name: str) -> list[tuple[str, int]]:
    return [(str(t), int(n)) for t, n in conn.execute(_SPEAKER_TITLES, (name, name))]


# -- clusters ----------------------------------------------------------------------

_CLUSTER_MEMBERS = """
SELECT c.article_id, a.headline, a.site, a.url, a.published, c.canonical, c.duplicate_of,
       c.similarity, a.body
FROM clusters AS c JOIN articles AS a ON a.id = c.article_id
WHERE c.cluster_id = ?
ORDER BY c.canonical DESC, c.similarity DESC, a.published, c.article_id LIMIT ?"""


def cluster_size(conn: sqlite3.Connection, cluster_id: str) -> int:
    sql = "SELECT count(*) FROM clusters WHERE cluster_id = ?"
    return int(conn.execute(sql, (cluster_id,)).fetchone()[0])


def cluster_members(conn: sqlite3.Connection, cluster_id: str, limit: int) -> list[Row]:
    """Canonical first, then the closest copies."""
    return conn.execute(_CLUSTER_MEMBERS, (cluster_id, limit)).fetchall()


# -- runs and rejected inputs ------------------------------------------------------

_REJECTED = """
SELECT id, source_uri, source_offset, coalesce(reason, 'unknown'),
       json_extract(record, '$.rejection.message'), run_id
FROM articles WHERE status = 'rejected' AND (? IS NULL OR reason = ?)
ORDER BY source_uri, source_offset, id LIMIT ? OFFSET ?"""
_REJECTED_COUNT = """
SELECT count(*) FROM articles WHERE status = 'rejected' AND (? IS NULL OR reason = ?)"""
_REJECTED_REASONS = """
SELECT coalesce(reason, 'unknown'), count(*) FROM articles WHERE status = 'rejected'
GROUP BY 1 ORDER BY 2 DESC, 1"""


def rejected(
    conn: sqlite3.Connection, reason: str | None, limit: int, offset: int
) -> tuple[int, list[Row]]:
    """(total, page) of rejected inputs, in export order, optionally of one reason."""
    total = int(conn.execute(_REJECTED_COUNT, (reason, reason)).fetchone()[0])
    rows = conn.execute(_REJECTED, (reason, reason, limit, offset)).fetchall()
    return total, rows


def rejected_reasons(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    return [(str(r), int(n)) for r, n in conn.execute(_REJECTED_REASONS)]
