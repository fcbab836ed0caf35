"""Opening a database: pragmas, identity, migrations, unusable paths, read-only mode."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from newsrefinery.errors import SchemaError, StoreError
from newsrefinery.records import Article, Source
from newsrefinery.store import APPLICATION_ID, open_store, schema


def current() -> list[int]:
    """The versions a new database records: one per migration, never hard-coded."""
    return list(range(1, len(schema.MIGRATIONS) + 1))


def next_version() -> int:
    return len(schema.MIGRATIONS) + 1


def versions(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY 1")]


def test_new_database_settings(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with open_store(path) as store:
        conn = store.connection
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"runs", "articles", "removed", "quotes", "entities", "clusters"} <= names
    assert {"articles_fts", "quotes_speaker", "entities_name", "articles_source"} <= names
    assert versions(path) == current()
    with open_store(path):  # reopening applies nothing
        pass
    assert versions(path) == current()


def test_str_path_and_memory() -> None:
    with open_store(":memory:") as store:
        assert store.count() == 0


def test_upgrade_to_a_new_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "up.db"
    with open_store(path) as store:
        run = store.begin_run([], "local", 1)
        store.write([(Article(id="a", source=Source(uri="u", format="text")), None)], run)
    before, new = current(), next_version()
    v2 = "ALTER TABLE articles ADD COLUMN extra TEXT; CREATE INDEX a_extra ON articles(extra);"
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, v2])
    with open_store(path) as store:
        cols = [r[1] for r in store.connection.execute("PRAGMA table_info(articles)")]
        assert "extra" in cols
        assert store.count() == 1
    assert versions(path) == [*before, new]
    with sqlite3.connect(path) as conn:
        applied = conn.execute("SELECT applied_at FROM schema_version").fetchall()
    assert all(a[0].endswith("Z") for a in applied)


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bad.db"
    open_store(path).close()
    bad = "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);"
    before = current()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, bad])
    with pytest.raises(
        StoreError, match=rf"cannot upgrade database .* to schema version {len(before) + 1}"
    ):
        open_store(path)
    assert versions(path) == before
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names


def test_newer_schema_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "future.db"
    newer = next_version()
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE later (x);"])
        open_store(path).close()
    with pytest.raises(SchemaError, match=f"schema version {newer}, newer than") as info:
        open_store(path)
    assert "\n" not in str(info.value)
    with pytest.raises(SchemaError):
        open_store(path, readonly=True)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE articles (id TEXT)")
    conn.close()
    with pytest.raises(SchemaError, match="is not a newsrefinery database"):
        open_store(path)
    with sqlite3.connect(path) as conn:  # untouched: no WAL switch, no new tables
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["articles"]
    conn.close()


def test_other_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 42")
    conn.execute("CREATE TABLE schema_version (version INTEGER, applied_at TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError, match="not a newsrefinery database"):
        open_store(path)


def test_non_database_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some text, not SQLite\n" * 200)
    with pytest.raises(SchemaError, match="not a newsrefinery database"):
        open_store(path)


def test_empty_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with open_store(path) as store:
        assert store.count() == 0


def test_missing_directory(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "dir" / "x.db"
    with pytest.raises(StoreError, match=r"cannot open database .*x\.db: directory .* does not"):
        open_store(path)
    assert not (tmp_path / "no").exists()


def test_path_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"cannot open database .*: is a directory") as info:
        open_store(tmp_path)
    assert not isinstance(info.value, sqlite3.Error)
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path, readonly=True)


def test_parent_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is not a directory"):
        open_store(tmp_path / "file" / "x.db")


def test_readonly_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"cannot open database .*: no such file"):
        open_store(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()


def test_readonly_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    with open_store(path) as store:
        run = store.begin_run([], "local", 1)
        store.write([(Article(id="a", source=Source(uri="u", format="text")), None)], run)
    with open_store(path, readonly=True) as store:
        assert store.readonly
        assert store.count() == 1
        assert store.get("a") is not None
        with pytest.raises(StoreError, match="read-only"):
            store.begin_run([], "local", 1)
        with pytest.raises(StoreError, match="read-only"):
            store.write([], run)
        with pytest.raises(StoreError, match="read-only"):
            store.finish_run(run, {})
        with pytest.raises(sqlite3.OperationalError):  # even around the API
            store.connection.execute("DELETE FROM articles")
    with open_store(path) as store:
        assert store.count() == 1


def test_readonly_needs_current_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    open_store(path).close()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE later (x);"])
    with pytest.raises(SchemaError, match="open it once without read-only"):
        open_store(path, readonly=True)


def test_statement_splitter_keeps_trigger_bodies() -> None:
    parts = schema.statements(
        "CREATE TABLE t (x); -- a; comment\nCREATE TRIGGER g AFTER "
        "INSERT ON t BEGIN SELECT ';'; SELECT 2; END; "
    )
    assert len(parts) == 2
    assert parts[1].endswith("END;")
    with pytest.raises(ValueError, match="incomplete"):
        schema.statements("CREATE TRIGGER g AFTER INSERT ON t BEGIN SELECT 1;")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores permissions"
)
def test_permission_denied(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="permission denied"):
            open_store(locked / "x.db")
    finally:
        locked.chmod(0o700)
