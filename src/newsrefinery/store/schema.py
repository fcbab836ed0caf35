"""The database schema, as an ordered list of forward migrations.

`MIGRATIONS[i]` takes a database from schema version `i` to `i + 1`. A migration is
never edited once released: a change to the schema is a new script appended to the
list, so every existing database can be brought forward one step at a time. The
version table and the application id are written by `db.migrate`, not by these
scripts, so that the bookkeeping cannot drift from the list.
"""

from __future__ import annotations

import sqlite3

# "NREF" in ASCII: lets `open_store` tell our databases from anyone else's SQLite file
# without guessing from table names.
APPLICATION_ID = 0x4E524546

VERSION_TABLE = "schema_version"

VERSION_TABLE_SQL = """
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
)
"""

_V1 = """
CREATE TABLE runs (
    id       INTEGER PRIMARY KEY,
    started  TEXT NOT NULL,
    finished TEXT,
    argv     TEXT NOT NULL,
    engine   TEXT NOT NULL,
    jobs     INTEGER NOT NULL,
    stats    TEXT
);

-- `rowid` is spelled out so the FTS index can point at a stable alias of it; `id`
-- is the record's own key and what every child table refers to.
CREATE TABLE articles (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    source_uri    TEXT NOT NULL,
    source_format TEXT NOT NULL,
    source_offset INTEGER,
    raw_digest    TEXT,
    url           TEXT,
    site          TEXT,
    headline      TEXT,
    published     TEXT,
    language      TEXT,
    status        TEXT NOT NULL,
    reason        TEXT,
    body          TEXT NOT NULL,
    quotes_text   TEXT NOT NULL,
    record        TEXT NOT NULL,
    run_id        INTEGER REFERENCES runs(id)
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_site ON articles(site);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_status ON articles(status);
-- `id` is appended so the export order (uri, offset, id) is read straight off the index.
CREATE INDEX articles_source ON articles(source_uri, source_offset, id);

CREATE TABLE removed (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE quotes (
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    speaker         TEXT,
    speaker_mention TEXT,
    speaker_title   TEXT,
    cue             TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    titles     TEXT NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE clusters (
    article_id   TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    cluster_id   TEXT NOT NULL,
    canonical    INTEGER NOT NULL,
    duplicate_of TEXT,
    similarity   REAL
);
CREATE INDEX clusters_cluster ON clusters(cluster_id);

-- External content: the text lives once, in `articles`; the triggers below keep the
-- index an exact mirror of it (rejected rows included, search filters them out), so
-- FTS5's own integrity check against the content table holds.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, body, quotes_text,
    content = 'articles',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, headline, body, quotes_text)
    VALUES (new.rowid, new.headline, new.body, new.quotes_text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, body, quotes_text)
    VALUES ('delete', old.rowid, old.headline, old.body, old.quotes_text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, body, quotes_text)
    VALUES ('delete', old.rowid, old.headline, old.body, old.quotes_text);
    INSERT INTO articles_fts(rowid, headline, body, quotes_text)
    VALUES (new.rowid, new.headline, new.body, new.quotes_text);
END;
"""

# Deduplication: each article's sketch and band keys (so new articles join existing
# clusters without re-reading the corpus), and why each cluster member is where it is.
_DEDUP = """
CREATE TABLE dedup_signatures (
    sid        INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
    exact      INTEGER NOT NULL,  -- 64-bit hash of the body's word sequence
    tokens     INTEGER NOT NULL,  -- words in the body; 0: nothing to compare
    sketch     BLOB NOT NULL      -- MinHash then lead sketch, uint32 little-endian
);
CREATE INDEX dedup_signatures_exact ON dedup_signatures(exact);

CREATE TABLE dedup_bands (
    key INTEGER NOT NULL,
    sid INTEGER NOT NULL REFERENCES dedup_signatures(sid) ON DELETE CASCADE,
    PRIMARY KEY (key, sid)
) WITHOUT ROWID;
CREATE INDEX dedup_bands_sid ON dedup_bands(sid);

-- The parameters the stored sketches were made with; a change re-sketches everything.
CREATE TABLE dedup_state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

ALTER TABLE clusters ADD COLUMN link TEXT;
ALTER TABLE clusters ADD COLUMN jaccard REAL;
ALTER TABLE clusters ADD COLUMN containment REAL;
ALTER TABLE clusters ADD COLUMN elected TEXT;

-- Clustering rewrites only the `record` column; re-indexing the unchanged text for
-- every clustered article would double the cost of a run, so the trigger now fires
-- only when an indexed column changes.
DROP TRIGGER articles_fts_update;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, body, quotes_text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, body, quotes_text)
    VALUES ('delete', old.rowid, old.headline, old.body, old.quotes_text);
    INSERT INTO articles_fts(rowid, headline, body, quotes_text)
    VALUES (new.rowid, new.headline, new.body, new.quotes_text);
END;
"""

# The corpus-level people table (store/people.py): one row per person across
# articles, the names they go by, and which article entity is which person. It is
# derived data, rebuilt whole from the stored records by `people.rebuild_people`.
_PEOPLE = """
CREATE TABLE people (
    name     TEXT PRIMARY KEY,
    aliases  TEXT NOT NULL,
    titles   TEXT NOT NULL,
    articles INTEGER NOT NULL
);

CREATE TABLE people_names (
    alias TEXT NOT NULL COLLATE NOCASE,
    name  TEXT NOT NULL REFERENCES people(name) ON DELETE CASCADE,
    PRIMARY KEY (alias, name)
) WITHOUT ROWID;

CREATE TABLE people_articles (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity     TEXT NOT NULL,
    name       TEXT NOT NULL REFERENCES people(name) ON DELETE CASCADE,
    PRIMARY KEY (article_id, entity)
) WITHOUT ROWID;
CREATE INDEX people_articles_name ON people_articles(name);
"""

MIGRATIONS: list[str] = [_V1, _DEDUP, _PEOPLE]


def statements(script: str) -> list[str]:
    """Split a migration script into single statements.

    `executescript` would commit the migration's transaction before running (Python
    < 3.12 always does), so each statement is run with `execute` instead. Splitting on
    every ';' and re-joining until SQLite says the text is complete keeps semicolons
    inside trigger bodies, strings and comments intact.
    """
    out: list[str] = []
    buf = ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \t\r\n;"):
                out.append(buf.strip())
            buf = ""
    if buf[:-1].strip():
        raise ValueError(f"incomplete SQL statement in migration: {buf[:-1].strip()[:60]!r}")
    return out
