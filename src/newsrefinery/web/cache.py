"""Views over the whole corpus, remembered while the database files are unchanged.

The filter choices and the front page count every article (a few hundred
milliseconds at 100,000 articles); the search page needs the choices on every
request. A result is kept with the size and modification time of the database and
its WAL file, and recomputed as soon as either changes (a `refine` commit changes
the WAL file, a checkpoint the database), so what is shown is never older than
the files it was read from.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
FileState = tuple[tuple[int, int], ...]


def file_state(db_path: str) -> FileState:
    """(size, mtime_ns) of the database and its WAL file; (-1, -1) for a missing one."""
    out: list[tuple[int, int]] = []
    for path in (db_path, db_path + "-wal"):
        try:
            st = os.stat(path)
        except OSError:
            out.append((-1, -1))
        else:
            out.append((st.st_size, st.st_mtime_ns))
    return tuple(out)


class ByFileState(Generic[T]):
    """One value, recomputed when the database files change. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: FileState | None = None
        self._value: T | None = None

    def get(self, db_path: str, compute: Callable[[], T]) -> T:
        state = file_state(db_path)
        with self._lock:
            # Computed under the lock: concurrent first requests wait for one
            # computation instead of each running the same whole-corpus counts.
            if self._state != state or self._value is None:
                self._value = compute()
                self._state = state
            return self._value
