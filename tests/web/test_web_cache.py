"""Whole-corpus views are recomputed when the database files change, and only then."""

from __future__ import annotations

import os
from pathlib import Path

from newsrefinery.web.cache import ByFileState, file_state


def test_recomputes_only_when_the_files_change(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    db.write_bytes(b"one")
    calls: list[int] = []
    cache: ByFileState[int] = ByFileState()

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert cache.get(str(db), compute) == 1
    assert cache.get(str(db), compute) == 1
    Path(str(db) + "-wal").write_bytes(b"a commit")
    assert cache.get(str(db), compute) == 2
    st = db.stat()
    os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # a checkpoint
    assert cache.get(str(db), compute) == 3
    assert cache.get(str(db), compute) == 3


def test_missing_files_have_a_state(tmp_path: Path) -> None:
    assert file_state(str(tmp_path / "none.db")) == ((-1, -1), (-1, -1))
