"""Planning a distributed run: inputs become units of work, each one Ray Data item.

The driver only lists: directories are walked (with the readers' own listing rules,
so both engines see the same files in the same order) and files are stat'ed, never
opened. Each `Unit` is a run of consecutive files, read and refined by one worker:
one large file (a WARC shard) is a unit of its own, small pages are grouped so a
task does more than start up. Documents the driver must read itself (stdin, and the
rejection of a directory that cannot be listed) travel inside the unit.

A unit also carries what the store already holds for its files (id -> raw_digest),
so a worker skips unchanged documents without a round trip to the driver: a run
over a store resumes, as the local engine does, with the store on one machine only.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..records import RawDoc

# A unit is closed at this many files or bytes, whichever comes first: a few seconds
# of work for small pages, and at most one large file (a 1 GB CC-NEWS shard) alone.
UNIT_FILES = 64
UNIT_BYTES = 64 * 1024 * 1024
# Fewer inputs than UNIT_FILES * MIN_UNITS are spread over this many units, so that a
# small corpus still keeps every worker of a small cluster busy.
MIN_UNITS = 64


@dataclass(frozen=True, slots=True)
class FileEntry:
    """A file the worker reads. `listed`: found by a directory walk (vanished vs not_found)."""

    path: str
    uri: str
    size: int
    mtime_ns: int
    listed: bool


Entry = FileEntry | RawDoc


@dataclass(slots=True)
class Unit:
    """Consecutive inputs refined by one task, and the digests already stored for them."""

    index: int
    entries: list[Entry] = field(default_factory=list)
    known: dict[str, str | None] = field(default_factory=dict)
    size: int = 0

    def key(self) -> str:
        """Names the unit's inputs as they are now: a changed file gives a new key."""
        h = hashlib.blake2b(digest_size=8)
        for entry in self.entries:
            if isinstance(entry, FileEntry):
                h.update(f"{entry.uri}\x00{entry.size}\x00{entry.mtime_ns}\x00".encode())
            else:
                h.update(f"{entry.id}\x00{entry.error}\x00".encode())
                h.update(hashlib.blake2b(_content(entry), digest_size=16).digest())
        return h.hexdigest()

    def to_row(self) -> dict[str, Any]:
        """The Ray Data item: an index to sort and report by, the unit pickled."""
        return {"unit": self.index, "payload": pickle.dumps(self, pickle.HIGHEST_PROTOCOL)}


def _content(raw: RawDoc) -> bytes:
    if raw.content is None:
        return b""
    if isinstance(raw.content, bytes):
        return raw.content
    return raw.content.encode("utf-8", "surrogatepass")


def unit_from_row(row: dict[str, Any]) -> Unit:
    unit = pickle.loads(row["payload"])
    assert isinstance(unit, Unit)
    return unit


def plan_units(paths: Iterable[str], *, max_bytes: int, store: Any = None) -> list[Unit]:
    """Every input under `paths`, grouped into units in input order.

    Units hold up to `UNIT_FILES` files, fewer when the inputs are few, so that a
    small corpus still spreads over `MIN_UNITS` tasks. The grouping depends on the
    inputs alone, never on the cluster, so the same inputs give the same units (and
    shard names) on any number of workers. With a `store`, each unit knows the
    digests stored for its documents.
    """
    entries = list(_entries(paths, max_bytes))
    per_unit = min(UNIT_FILES, max(1, -(-len(entries) // MIN_UNITS)))
    units: list[Unit] = []
    current = Unit(index=0)
    for entry in entries:
        size = entry.size if isinstance(entry, FileEntry) else len(_content(entry))
        full = len(current.entries) >= per_unit or current.size + size > UNIT_BYTES
        if current.entries and full:
            units.append(current)
            current = Unit(index=len(units))
        current.entries.append(entry)
        current.size += size
    if current.entries:
        units.append(current)
    if store is not None:
        for unit in units:
            unit.known = _known(unit, store)
    return units


def _entries(paths: Iterable[str], max_bytes: int) -> Iterator[Entry]:
    """What `ingest.read_inputs` would read, in its order, without reading files."""
    from ..ingest import read_inputs
    from ..ingest.readers import _uri

    for path in paths:
        if path == "-":
            # Standard input exists only here: the driver reads it, workers refine it.
            yield from read_inputs(["-"], max_bytes=max_bytes)
        elif os.path.isdir(path):
            yield from _walk(path)
        else:
            yield _file(path, _uri(path), listed=False)


def _walk(root: str) -> Iterator[Entry]:
    """The readers' own walk, listing instead of reading: same order, same rejections."""
    from ..ingest.readers import _uri, walk_files

    for item in walk_files(root):
        yield item if isinstance(item, RawDoc) else _file(item, _uri(item), listed=True)


def _file(path: str, uri: str, *, listed: bool) -> FileEntry:
    try:
        info = os.stat(path)
        size, mtime = info.st_size, info.st_mtime_ns
    except OSError:  # the worker meets the same error and rejects it with its reason
        size, mtime = 0, 0
    return FileEntry(path=path, uri=uri, size=size, mtime_ns=mtime, listed=listed)


def _known(unit: Unit, store: Any) -> dict[str, str | None]:
    """Stored digests of every document of the unit's files, by the source_uri index."""
    import sqlite3

    from ..errors import StoreError

    known: dict[str, str | None] = {}
    conn = store.connection
    for entry in unit.entries:
        if not isinstance(entry, FileEntry):
            known.update(store.digests([entry.id]))
            continue
        try:
            rows = conn.execute(
                "SELECT id, raw_digest FROM articles WHERE source_uri = ?", (entry.uri,)
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read database {store.path}: {exc}") from None
        known.update(rows)
    return known
