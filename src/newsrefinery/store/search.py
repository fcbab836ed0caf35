"""Full-text search over headline, body and quotes (FTS5, bm25 ranking).

The query is the user's own FTS5 syntax (phrases, AND/OR/NOT, prefix*, NEAR) and is
only ever bound as a parameter. Snippets mark matched terms with the control
characters HIGHLIGHT_START and HIGHLIGHT_END, which cannot occur in stored text, so
each front end can escape the snippet for its medium first and then turn the
markers into its own markup.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..errors import QueryError, StoreError

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 24

# bm25 column weights, in articles_fts column order: a hit in the headline says far
# more about what an article is about than one in the body; quotes sit between.
WEIGHT_HEADLINE = 5.0
WEIGHT_BODY = 1.0
WEIGHT_QUOTES = 2.0

_BODY_COLUMN = 1

_MATCH = """
FROM articles_fts JOIN articles AS a ON a.rowid = articles_fts.rowid
WHERE articles_fts MATCH ? AND a.status != 'rejected'
"""
_HITS = (
    """
SELECT a.id, a.headline, a.url, a.site, a.published,
       snippet(articles_fts, ?, ?, ?, ?, ?),
       bm25(articles_fts, ?, ?, ?) AS score
"""
    + _MATCH
    + "ORDER BY score, a.id LIMIT ? OFFSET ?"
)
_TOTAL = "SELECT count(*)" + _MATCH


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One matching article. `rank` is FTS5's bm25 score: lower is better."""

    id: str
    headline: str | None
    url: str | None
    site: str | None
    published: str | None
    snippet: str
    rank: float


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of hits, best first, and the number of matches over all pages."""

    total: int
    hits: tuple[SearchHit, ...]


def search(conn: sqlite3.Connection, query: str, *, limit: int, offset: int) -> SearchPage:
    """Run an FTS5 query; rejected articles never match."""
    if limit < 0 or offset < 0:
        raise ValueError("limit and offset must not be negative")
    if not query.strip():
        raise QueryError("invalid search query: empty query")
    params = (
        _BODY_COLUMN, HIGHLIGHT_START, HIGHLIGHT_END, ELLIPSIS, SNIPPET_TOKENS,
        WEIGHT_HEADLINE, WEIGHT_BODY, WEIGHT_QUOTES,
        query, limit, offset,
    )  # fmt: skip
    try:
        total = int(conn.execute(_TOTAL, (query,)).fetchone()[0])
        rows = conn.execute(_HITS, params).fetchall() if total > offset and limit else []
    except sqlite3.OperationalError as exc:
        if _is_query_error(exc):
            detail = str(exc).removeprefix("fts5: ")
            raise QueryError(f"invalid search query: {detail}") from None
        raise StoreError(f"cannot search database: {exc}") from None
    hits = tuple(
        SearchHit(
            id=row[0],
            headline=row[1],
            url=row[2],
            site=row[3],
            published=row[4],
            snippet=row[5] or "",
            rank=float(row[6]),
        )
        for row in rows
    )
    return SearchPage(total=total, hits=hits)


def _is_query_error(exc: sqlite3.OperationalError) -> bool:
    """True when FTS5 rejected the query text, not when the database failed.

    FTS5 reports every parse problem (syntax, unterminated string, unknown column
    filter) as a plain SQLITE_ERROR; busy, locked, I/O and corruption have codes of
    their own.
    """
    code = getattr(exc, "sqlite_errorcode", None)  # Python >= 3.11 only
    if code is not None:
        return (int(code) & 0xFF) == 1
    text = str(exc).lower()
    return not any(word in text for word in ("locked", "busy", "disk", "i/o", "malformed"))
