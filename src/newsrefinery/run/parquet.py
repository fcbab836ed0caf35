"""Article records as Parquet: the Arrow schema, atomic shard writes, reading back.

The Arrow schema is derived from the `Article` dataclass itself (field order, nested
records as structs, tuples as lists, `X | None` as nullable), so a field added to the
record appears in Parquet without anyone editing a second schema. Each row holds the
record's own `schema_version`, and the file metadata holds the version of the writer,
so a reader can refuse files from a newer newsrefinery instead of misreading them.

A row read back gives the same record, byte for byte in its JSON form: Parquet is a
container for records here, not a lossy export. `refine --engine ray --out DIR` adds one
column outside the record, `raw_digest`, so that `newsrefinery import` leaves the store
able to skip unchanged inputs exactly as a `--db` run would.

Every file is written to a hidden temporary name in its folder, flushed to disk, then
renamed into place: a reader, or a run killed half way, sees whole files or none.
pyarrow is imported here, never by `import newsrefinery`.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from ..errors import ConfigError, SchemaError
from ..records import SCHEMA_VERSION, Article
from .stats import RunStats

VERSION_KEY = b"newsrefinery.schema_version"
DIGEST_COLUMN = "raw_digest"
SUFFIX = ".parquet"
# Rows per row group: large enough for good compression and fast scans, small enough
# that a reader streaming the file holds a few tens of megabytes at a time.
ROW_GROUP = 5_000
# Rows per file when exporting a store to a folder: files Spark or DuckDB can split
# across cores, each still far below what one process can write in memory.
EXPORT_SHARD_ROWS = 50_000
COMPRESSION = "zstd"


def _pa() -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise ConfigError("Parquet needs pyarrow: pip install 'newsrefinery[parquet]'") from exc
    return pyarrow


# -- the schema ------------------------------------------------------------------------


def _arrow_type(hint: Any) -> tuple[Any, bool]:
    """(Arrow type, nullable) of one field's type hint."""
    pa = _pa()
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        kind, _ = _arrow_type(inner[0])
        return kind, True
    if origin is Literal or hint is str:
        return pa.string(), False
    if origin is tuple:
        kind, _ = _arrow_type(args[0])
        return pa.list_(kind), False
    if dataclasses.is_dataclass(hint):
        return pa.struct(_fields(hint)), False
    simple = {int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if hint in simple:
        return simple[hint], False
    raise TypeError(f"no Arrow type for {hint!r}")  # a new kind of field: map it here


def _fields(record: Any) -> list[Any]:
    pa = _pa()
    hints = get_type_hints(record)
    out = []
    for f in dataclasses.fields(record):
        kind, nullable = _arrow_type(hints[f.name])
        out.append(pa.field(f.name, kind, nullable=nullable))
    return out


@cache
def article_schema(*, digest: bool = False) -> Any:
    """The Arrow schema of `Article` rows, in the key order of the record's JSON form.

    `digest` adds the nullable `raw_digest` column that refine's shards carry.
    """
    pa = _pa()
    fields = {f.name: f for f in _fields(Article)}
    ordered = [fields.pop("schema_version"), *fields.values()]
    if digest:
        ordered.append(pa.field(DIGEST_COLUMN, pa.string(), nullable=True))
    return pa.schema(ordered, metadata={VERSION_KEY: str(SCHEMA_VERSION).encode()})


def to_table(articles: Sequence[Article], digests: Sequence[str | None] | None = None) -> Any:
    """An Arrow table of records; with `digests` (one per record) a raw_digest column."""
    pa = _pa()
    rows = [a.to_dict() for a in articles]
    if digests is not None:
        for row, digest in zip(rows, digests, strict=True):
            row[DIGEST_COLUMN] = digest
    return pa.Table.from_pylist(rows, schema=article_schema(digest=digests is not None))


# -- writing ---------------------------------------------------------------------------


def write_table(
    table: Any, path: str | os.PathLike[str], metadata: dict[str, str] | None = None
) -> None:
    """Write one table to `path` atomically, with extra key/value file metadata."""
    if metadata:
        merged = dict(table.schema.metadata or {})
        merged.update({k.encode(): v.encode() for k, v in metadata.items()})
        table = table.replace_schema_metadata(merged)
    with _atomic(Path(path)) as tmp:
        _pq().write_table(table, tmp, compression=COMPRESSION, row_group_size=ROW_GROUP)


def write_articles(articles: Iterable[Article], path: str | os.PathLike[str]) -> int:
    """Stream records into one Parquet file, a row group at a time; returns the count."""
    pq = _pq()
    n = 0
    with _atomic(Path(path)) as tmp:
        writer = pq.ParquetWriter(tmp, article_schema(), compression=COMPRESSION)
        try:
            for chunk in _chunks(articles, ROW_GROUP):
                writer.write_table(to_table(chunk))
                n += len(chunk)
        finally:
            writer.close()
    return n


def export_parquet(articles: Iterable[Article], out: str | os.PathLike[str]) -> int:
    """`export --format parquet`: a `.parquet` path is one file, anything else a folder.

    A folder receives `part-00000.parquet`, `part-00001.parquet`, ... of at most
    `EXPORT_SHARD_ROWS` records each, written one by one atomically; shards left by an
    earlier, larger export to the same folder are removed so the folder holds exactly
    this export.
    """
    target = Path(out)
    if target.suffix == SUFFIX and not target.is_dir():
        _check_folder(target.parent)
        return write_articles(articles, target)
    target.mkdir(parents=True, exist_ok=True)
    written: set[str] = set()
    n = 0
    for index, chunk in enumerate(_chunks(articles, EXPORT_SHARD_ROWS)):
        name = f"part-{index:05d}{SUFFIX}"
        n += write_articles(chunk, target / name)
        written.add(name)
    for stale in target.glob(f"part-*{SUFFIX}"):
        if stale.name not in written:
            stale.unlink()
    return n


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise ConfigError(f"cannot write to {folder}: no such directory")


@contextmanager
def _atomic(path: Path) -> Iterator[str]:
    """A hidden temporary name beside `path`, renamed onto it only on success."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from exc
    os.close(fd)
    try:
        yield tmp
        # Flushed before the rename, so after a power loss the name never points at
        # a file whose blocks were not written yet.
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pq() -> Any:
    _pa()
    import pyarrow.parquet as pq

    return pq


# -- reading ---------------------------------------------------------------------------


def parquet_files(path: str | os.PathLike[str]) -> list[Path]:
    """The Parquet files of a file or folder (recursive, sorted, hidden names skipped).

    Names starting with "." or "_" are skipped as Spark, DuckDB and pyarrow do:
    they are temporary files and markers such as `_SUCCESS`.
    """
    root = Path(path)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise ConfigError(f"{root}: no such file or directory")
    found = [
        p
        for p in root.rglob(f"*{SUFFIX}")
        if p.is_file() and not any(part[0] in "._" for part in p.relative_to(root).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def read_articles(path: str | os.PathLike[str]) -> Iterator[tuple[Article, str | None]]:
    """(record, raw_digest or None) for every row of every Parquet file under `path`."""
    for file in parquet_files(path):
        yield from _read_file(file)


def _read_file(file: Path) -> Iterator[tuple[Article, str | None]]:
    pq = _pq()
    try:
        reader = pq.ParquetFile(file)
    except Exception as exc:  # pyarrow raises its own types for corrupt files
        raise SchemaError(f"{file}: not a readable Parquet file ({exc})") from exc
    names = set(reader.schema_arrow.names)
    if not {"id", "source"} <= names:
        raise SchemaError(f"{file}: not Article records (no 'id' and 'source' columns)")
    _check_version(file, (reader.schema_arrow.metadata or {}).get(VERSION_KEY))
    with reader:
        for batch in reader.iter_batches(batch_size=1024):
            for row in batch.to_pylist():
                version = row.get("schema_version") or SCHEMA_VERSION
                _check_version(file, str(version).encode())
                yield Article.from_dict(row), row.get(DIGEST_COLUMN)


def _check_version(file: Path, version: bytes | None) -> None:
    if version is not None and int(version) > SCHEMA_VERSION:
        raise SchemaError(
            f"{file}: written with record schema {int(version)}, newer than this "
            f"newsrefinery's {SCHEMA_VERSION}; upgrade newsrefinery to read it"
        )


def rows_in(file: str | os.PathLike[str]) -> tuple[int, dict[bytes, bytes]]:
    """(row count, file metadata) of a Parquet file, from its footer only."""
    meta = _pq().read_metadata(file)
    return int(meta.num_rows), dict(meta.metadata or {})


# -- import into the store ---------------------------------------------------------------


def import_parquet(
    path: str | os.PathLike[str],
    store: Any,
    *,
    batch: int = 200,
    argv: list[str] | None = None,
    on_result: Callable[[Article, RunStats], None] | None = None,
) -> RunStats:
    """Load every record under `path` into `store` through `Store.write`; RunStats back.

    Records are upserted by id, so importing a folder twice leaves the store as after
    once, and a record imported over one refined locally replaces it whole. The import
    is recorded as a run with engine "import".
    """
    import time

    files = parquet_files(path)
    if not files:
        raise ConfigError(f"{path}: no {SUFFIX} files found")
    stats = RunStats()
    run_id = store.begin_run(argv or [], "import", 1)
    started = time.monotonic()
    pending: list[tuple[Article, str | None]] = []
    try:
        for article, digest in read_articles(path):
            stats.read += 1
            stats.count(article)
            pending.append((article, digest))
            if len(pending) >= batch:
                store.write(pending, run_id)
                pending = []
            if on_result is not None:
                on_result(article, stats)
    finally:
        if pending:
            store.write(pending, run_id)
        stats.seconds = time.monotonic() - started
        store.finish_run(run_id, stats.to_dict())
    return stats
