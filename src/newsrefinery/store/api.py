"""`Store`: the one object the runner, CLI and web app use to reach the database.

It holds one connection and turns every SQLite failure into a `StoreError` with the
database path in its message, so callers only ever catch newsrefinery errors.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from ..errors import StoreError
from ..records import Article
from . import readers, writer
from .db import connect
from .search import SearchPage, search


def open_store(path: str | os.PathLike[str], *, readonly: bool = False) -> Store:
    """Open (creating it if missing, unless `readonly`) and migrate the database.

    Raises StoreError when the file cannot be opened or created, SchemaError when
    it is not a newsrefinery database or was written by a newer version.
    """
    text = os.fspath(path)
    return Store(connect(text, readonly=readonly), text, readonly=readonly)


class Store:
    """An open newsrefinery database. Use as a context manager, or call `close()`."""

    def __init__(self, conn: sqlite3.Connection, path: str, *, readonly: bool) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.path = path
        self.readonly = readonly

    # -- lifecycle ---------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection; calling it again does nothing."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            if not self.readonly:
                # Keeps query plans good as the tables grow; cheap when nothing changed.
                conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass  # an optimisation hint failing must not turn a clean close into an error
        finally:
            conn.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for read queries the API does not cover."""
        if self._conn is None:
            raise StoreError(f"database {self.path} is closed")
        return self._conn

    @contextmanager
    def _guard(self, action: str, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        if write and self.readonly:
            raise StoreError(f"cannot {action} database {self.path}: opened read-only")
        conn = self.connection
        try:
            yield conn
        except sqlite3.Error as exc:
            raise StoreError(f"cannot {action} database {self.path}: {exc}") from None

    # -- runs --------------------------------------------------------------------

    def begin_run(self, argv: list[str], engine: str, jobs: int) -> int:
        """Record the start of a run (UTC time) and return its id."""
        with self._guard("write to", write=True) as conn:
            return writer.begin_run(conn, argv, engine, jobs)

    def finish_run(self, run_id: int, stats: dict[str, Any]) -> None:
        """Record the end time and the stats (any JSON-able dict) of a run."""
        with self._guard("write to", write=True) as conn:
            found = writer.finish_run(conn, run_id, stats)
        if not found:
            raise StoreError(f"cannot finish run {run_id} in database {self.path}: no such run")

    def runs(self) -> list[dict[str, Any]]:
        """Every run, oldest first: id, started, finished, argv, engine, jobs, stats."""
        with self._guard("read") as conn:
            return readers.runs(conn)

    # -- articles ----------------------------------------------------------------

    def write(self, items: Sequence[tuple[Article, str | None]], run_id: int) -> int:
        """Upsert (article, raw_digest) pairs in one transaction; returns how many.

        Either the whole batch is stored or none of it is, even if the process is
        killed half way through.
        """
        with self._guard("write to", write=True) as conn:
            return writer.write_batch(conn, items, run_id)

    def digests(self, ids: Iterable[str]) -> dict[str, str | None]:
        """The stored raw_digest of each known id (None when stored without one)."""
        with self._guard("read") as conn:
            return readers.digests(conn, ids)

    def get(self, id: str) -> Article | None:
        """The record stored under `id`, exactly as written, or None."""
        with self._guard("read") as conn:
            return readers.get(conn, id)

    def iter_articles(
        self, *, status: str | None = None, include_rejected: bool = True
    ) -> Iterator[Article]:
        """Records ordered by (source uri, offset, id): the same for any write order."""
        with self._guard("read") as conn:
            yield from readers.iter_articles(conn, status=status, include_rejected=include_rejected)

    def count(self, *, status: str | None = None, include_rejected: bool = True) -> int:
        """How many records `iter_articles` with the same arguments would yield."""
        with self._guard("read") as conn:
            return readers.count(conn, status=status, include_rejected=include_rejected)

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchPage:
        """FTS5 query over headline, body and quotes; raises QueryError on bad syntax."""
        with self._guard("search") as conn:
            return search(conn, query, limit=limit, offset=offset)

    def stats(self) -> dict[str, Any]:
        """Totals by status, rejection reason, site and language, plus runs."""
        with self._guard("read") as conn:
            return readers.stats(conn)
