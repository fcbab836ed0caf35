"""Opening a database: connection, pragmas, identity check and forward migrations.

Every failure here becomes a `StoreError` (or its `SchemaError` subclass) carrying
one readable line; no raw `sqlite3` exception leaves this module.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from ..errors import SchemaError, StoreError
from . import schema

BUSY_TIMEOUT_MS = 10_000
MEMORY = ":memory:"
SQLITE_NOTADB = 26  # primary result code; not exported by the sqlite3 module before 3.11


def utc_now() -> str:
    """Current UTC time as ISO 8601 with a `Z`, to the second."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def connect(path: str, *, readonly: bool) -> sqlite3.Connection:
    """Open `path`, check it is ours, bring its schema up to date, return the connection."""
    if readonly and path != MEMORY and not Path(path).is_file():
        raise StoreError(f"cannot open database {path}: {_why_missing(Path(path))}")
    try:
        conn = _raw_connect(path, readonly=readonly)
    except sqlite3.Error as exc:
        if isinstance(exc, sqlite3.DatabaseError) and _not_a_database(exc):
            raise SchemaError(f"{path} is not a newsrefinery database ({exc})") from None
        raise StoreError(f"cannot open database {path}: {_diagnose(path, exc)}") from None
    try:
        version = check_identity(conn, path)
        _set_pragmas(conn, readonly=readonly)
        if readonly:
            _require_current(version, path)
        else:
            migrate(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"cannot open database {path}: {_diagnose(path, exc)}") from None
    except BaseException:
        conn.close()
        raise
    return conn


def _raw_connect(path: str, *, readonly: bool) -> sqlite3.Connection:
    # isolation_level=None: transactions are opened explicitly (BEGIN IMMEDIATE), so
    # the sqlite3 module never starts or commits one behind our back.
    if readonly and path != MEMORY:
        uri = Path(path).absolute().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        # Reading the header is what makes SQLite actually open the file, so an
        # unusable path fails here rather than on the first real query.
        conn.execute("PRAGMA application_id").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _set_pragmas(conn: sqlite3.Connection, *, readonly: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    conn.execute("PRAGMA foreign_keys = ON")
    if readonly:
        # Belt and braces over mode=ro: refuses writes even on an in-memory database.
        conn.execute("PRAGMA query_only = ON")
        return
    # WAL: readers never block the single writer; NORMAL is crash-safe in WAL mode
    # (a kill or power loss can only lose the last commits, never corrupt the file).
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = NORMAL")


def check_identity(conn: sqlite3.Connection, path: str) -> int:
    """The schema version of the database; 0 for a fresh, empty one.

    Raises SchemaError for a file that is not a newsrefinery database or one newer
    than this code. Runs before any pragma that would change someone else's file.
    """
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if app_id == 0 and not names:
            return 0
        if app_id != schema.APPLICATION_ID or schema.VERSION_TABLE not in names:
            raise SchemaError(f"{path} is not a newsrefinery database")
        row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if not _not_a_database(exc):
            raise
        raise SchemaError(f"{path} is not a newsrefinery database ({exc})") from None
    version = int(row[0] or 0)
    known = len(schema.MIGRATIONS)
    if version > known:
        raise SchemaError(
            f"database {path} has schema version {version}, newer than this newsrefinery "
            f"supports ({known}); upgrade newsrefinery"
        )
    return version


def _require_current(version: int, path: str) -> None:
    known = len(schema.MIGRATIONS)
    if version < known:
        raise SchemaError(
            f"database {path} has schema version {version}, this newsrefinery needs "
            f"{known}; open it once without read-only mode to upgrade it"
        )


def migrate(conn: sqlite3.Connection, path: str) -> None:
    """Apply the missing migrations, one transaction each, recording each one."""
    for target in range(1, len(schema.MIGRATIONS) + 1):
        try:
            _apply(conn, target)
        except sqlite3.Error as exc:
            raise StoreError(
                f"cannot upgrade database {path} to schema version {target}: {exc}"
            ) from None


def _apply(conn: sqlite3.Connection, target: int) -> None:
    # IMMEDIATE takes the write lock before the version is read, so two processes
    # opening a fresh database at once cannot both apply the same migration.
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(schema.VERSION_TABLE_SQL)
        done = conn.execute("SELECT 1 FROM schema_version WHERE version = ?", (target,))
        if done.fetchone() is None:
            if target == 1:
                conn.execute(f"PRAGMA application_id = {int(schema.APPLICATION_ID)}")
            for statement in schema.statements(schema.MIGRATIONS[target - 1]):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version(version, applied_at) VALUES (?, ?)",
                (target, utc_now()),
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _not_a_database(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)  # Python >= 3.11 only
    if code is not None:
        return (int(code) & 0xFF) == SQLITE_NOTADB
    return "not a database" in str(exc)


def _why_missing(path: Path) -> str:
    if path.is_dir():
        return "is a directory"
    return "no such file"


def _diagnose(path: str, exc: sqlite3.Error) -> str:
    """A reason a person can act on; SQLite only says 'unable to open database file'."""
    if path == MEMORY:
        return str(exc)
    target = Path(path)
    parent = target.absolute().parent
    exists = target.exists()
    checks = (
        (target.is_dir(), "is a directory"),
        (not parent.exists(), f"directory {parent} does not exist"),
        (not parent.is_dir(), f"{parent} is not a directory"),
        (exists and not os.access(target, os.R_OK | os.W_OK), "permission denied"),
        (
            not exists and not os.access(parent, os.W_OK | os.X_OK),
            f"permission denied (cannot create files in {parent})",
        ),
    )
    return next((why for failed, why in checks if failed), str(exc))
