"""Quotes across the corpus: the `quotes` table joined to the articles they are in.

    with open_store("newsrefinery.db", readonly=True) as store:
        hits = find_quotes(store.connection, speaker="John Kirby", limit=20)

A speaker is matched without regard to case, as the whole canonical name or as its
last words ("Kirby" finds "John Kirby"), so one query gives "all quotes by John
Kirby". Rejected articles have no quotes; rows come in corpus order (article
source, then position in the article), so the same database gives the same list.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..errors import StoreError

_SELECT = """
SELECT q.article_id, q.idx, q.text, q.kind, q.start, q."end", q.speaker, q.speaker_mention,
       q.speaker_title, q.cue, a.headline, a.url, a.published, a.source_uri
FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
WHERE a.status != 'rejected'
"""
_BY_SPEAKER = " AND (q.speaker = ? COLLATE NOCASE OR q.speaker LIKE ? ESCAPE '\\')"
_SPEECH_ONLY = " AND q.kind != 'other'"
_ORDER = " ORDER BY a.source_uri, a.source_offset, a.id, q.idx LIMIT ? OFFSET ?"
_SPEAKERS = """
SELECT q.speaker, count(*) AS n
FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
WHERE a.status != 'rejected' AND q.speaker IS NOT NULL AND q.kind != 'other'
GROUP BY q.speaker ORDER BY n DESC, q.speaker LIMIT ?
"""


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """One stored quote and the article it is in; offsets are into its body_text."""

    article_id: str
    index: int
    text: str
    kind: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: str | None
    speaker_title: str | None
    cue: str | None
    headline: str | None
    url: str | None
    published: str | None
    source_uri: str


def _like_suffix(name: str) -> str:
    """A LIKE pattern for names ending with `name` as whole words: "% Kirby"."""
    escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "% " + escaped


def find_quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    include_other: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> list[QuoteHit]:
    """Quotes in corpus order, those of `speaker` only when given. Quotations that
    are not speech (kind "other": titles, scare quotes) only with `include_other`."""
    if limit < 0 or offset < 0:
        raise ValueError("limit and offset must not be negative")
    sql, params = _SELECT, []
    if speaker is not None:
        name = " ".join(speaker.split())
        sql += _BY_SPEAKER
        params += [name, _like_suffix(name)]
    if not include_other:
        sql += _SPEECH_ONLY
    try:
        rows = conn.execute(sql + _ORDER, (*params, limit, offset)).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read quotes: {exc}") from None
    return [QuoteHit(*row) for row in rows]


def top_speakers(conn: sqlite3.Connection, limit: int = 20) -> list[tuple[str, int]]:
    """The most quoted speakers and how many quotes each has, most first."""
    try:
        return [(str(s), int(n)) for s, n in conn.execute(_SPEAKERS, (limit,)).fetchall()]
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read quotes: {exc}") from None
