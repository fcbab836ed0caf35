"""What a Ray worker does with one unit: read its files, refine each document, report.

The worker runs the same code as the local engine: `ingest.read_file` for the
documents, `steps.refine_raw` with the pipeline from `steps.build_pipeline`, and
`run.stats.raw_digest` for the resume check. Only the time limit differs, because a
Ray task cannot be run inside a pebble pool of its own:

- a soft limit: SIGALRM after `run.timeout` seconds raises `_Overtime` in the main
  thread, between two Python bytecodes, and the document becomes the same
  `timeout` rejection the local engine gives;
- a hard limit: a document still running `HARD_FACTOR` times the soft limit later
  (stuck in C code, where signals wait) makes a watchdog thread end the worker.
  Ray retries the task, and when its retries are spent the driver refines the
  unit with the local engine, whose pool rejects the document as the local run does.

With an output folder the worker writes the unit's records as one Parquet shard
(atomically) and sends the driver only a summary row per document; with a store it
sends the records, which the driver writes as the single writer.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

from ..config import Config
from ..records import Article, RawDoc, Rejection, Source, rejected_article
from ..steps import Step, refine_raw
from .plan import FileEntry, Unit
from .stats import raw_digest

if TYPE_CHECKING:
    from ..dedup import DedupParams

Pipeline = Callable[[Config], Sequence[Step]]

# Seconds past the soft limit, as a multiple of it, before the watchdog ends a worker
# whose document ignores the alarm; plus a floor for short limits on busy machines.
HARD_FACTOR = 2.0
HARD_FLOOR = 5.0
# The exit status of a worker ended by its watchdog, to recognise it in Ray's logs.
EXIT_HUNG = 86

# Columns of the rows a unit sends back. `kind` is "doc" for a document, "done" once
# per finished unit: units without a "done" row are refined again by the driver.
ROW_FIELDS = (
    ("kind", "string"), ("unit", "int64"), ("id", "string"), ("uri", "string"),
    ("format", "string"), ("offset", "int64"), ("status", "string"), ("reason", "string"),
    ("unchanged", "bool_"), ("digest", "string"), ("record", "string"),
    # The record's dedup sketch (`ray_dedup.sketch_rows`), sent with it to the store.
    ("exact", "int64"), ("tokens", "int64"), ("sketch", "binary"),
)  # fmt: skip

_PIPELINES: dict[tuple[str, str, str], tuple[Step, ...]] = {}


class _Overtime(BaseException):
    """Raised by the alarm. Not an Exception, so `refine_raw` does not call it a step error."""


def time_limit_rejection(raw: RawDoc) -> Article:
    """The local engine's record of a document that ran out of time."""
    return rejected_article(raw, Rejection("timeout", f"{raw.uri}: time limit exceeded"))


def _on_alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Overtime


class _Watchdog:
    """A daemon thread that ends the process when one document runs far too long."""

    def __init__(self) -> None:
        self.deadline: float | None = None
        self.lock = threading.Lock()
        threading.Thread(target=self._watch, name="newsrefinery-watchdog", daemon=True).start()

    def arm(self, seconds: float) -> None:
        with self.lock:
            self.deadline = time.monotonic() + seconds

    def disarm(self) -> None:
        with self.lock:
            self.deadline = None

    def _watch(self) -> None:
        while True:
            time.sleep(0.5)
            with self.lock:
                late = self.deadline is not None and time.monotonic() > self.deadline
            if late:
                os._exit(EXIT_HUNG)


_WATCHDOG: _Watchdog | None = None


@contextmanager
def _limited(seconds: float) -> Iterator[None]:
    """Soft limit by SIGALRM (main thread only), hard limit by the watchdog."""
    global _WATCHDOG  # noqa: PLW0603 - one watchdog thread per worker process
    if _WATCHDOG is None:
        _WATCHDOG = _Watchdog()
    _WATCHDOG.arm(seconds * (1 + HARD_FACTOR) + HARD_FLOOR)
    alarm = threading.current_thread() is threading.main_thread()
    if alarm:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        _WATCHDOG.disarm()


def refine_limited(raw: RawDoc, steps: Sequence[Step], seconds: float) -> Article:
    """`refine_raw` under the time limit; never raises for the document's sake."""
    if raw.error is not None:  # nothing to compute, nothing to time
        return refine_raw(raw, steps)
    try:
        with _limited(seconds):
            return refine_raw(raw, steps)
    except _Overtime:
        return time_limit_rejection(raw)


def pipeline_for(config: Config, factory: Pipeline) -> tuple[Step, ...]:
    """The steps, built once per worker process, after the heavy imports are warm.

    Warming up first keeps module imports and model loading (seconds, once) out of
    the first document's time limit, as the local engine does before it forks.
    """
    # By name, not identity: a factory pickled by value arrives as a new object with
    # every task. The config is part of the key: one worker may serve several runs.
    name = getattr(factory, "__qualname__", repr(factory))
    key = (getattr(factory, "__module__", ""), name, repr(config))
    if key not in _PIPELINES:
        from .local import warm_up

        warm_up()
        _PIPELINES[key] = tuple(factory(config))
    return _PIPELINES[key]


def read_unit(unit: Unit, max_bytes: int) -> Iterator[RawDoc]:
    """The documents of a unit, in order, read exactly as `ingest.read_inputs` reads."""
    from ..ingest import read_file
    from ..ingest.readers import _guarded

    for entry in unit.entries:
        if isinstance(entry, FileEntry):
            docs = read_file(entry.path, max_bytes=max_bytes, listed=entry.listed)
            yield from _guarded(entry.uri, docs)
        else:
            yield entry


def refine_unit(
    unit: Unit, config: Config, factory: Pipeline
) -> Iterator[tuple[RawDoc, Article | None, str | None]]:
    """(document, article or None when unchanged, digest to store) for every document."""
    steps = pipeline_for(config, factory)
    for raw in read_unit(unit, config.run.max_bytes):
        digest = raw_digest(raw)
        if digest is not None and unit.known.get(raw.id) == digest:
            yield raw, None, digest
            continue
        article = refine_limited(raw, steps, config.run.timeout)
        yield raw, article, None if retried(article) else digest


def retried(article: Article) -> bool:
    """Machine-caused rejections are not remembered as done: the next run retries them."""
    from .local import RETRY_REASONS

    return article.rejection is not None and article.rejection.reason in RETRY_REASONS


def source_of(raw: RawDoc) -> Source:
    return Source(uri=raw.uri, format=raw.format, offset=raw.offset, fetched=raw.fetched)


def raw_stub(article: Article) -> RawDoc:
    """A content-less document standing for where an article came from."""
    src = article.source
    return RawDoc(uri=src.uri, format=src.format, kind="text", content=None, offset=src.offset)


def doc_row(
    unit: int,
    id: str,
    source: Source,
    article: Article | None,
    digest: str | None,
    *,
    record: bool,
) -> dict[str, Any]:
    """One summary row (article None: unchanged); with `record`, the article's JSON."""
    row: dict[str, Any] = {
        "kind": "doc", "unit": unit, "id": id, "uri": source.uri, "format": source.format,
        "offset": source.offset, "unchanged": article is None, "digest": digest,
    }  # fmt: skip
    if article is not None:
        row["status"] = article.status
        row["reason"] = article.rejection.reason if article.rejection else None
        row["record"] = article.to_json() if record else None
    return row


def process_batch(
    batch: Any,
    *,
    config: Config,
    out: str | None,
    factory: Pipeline,
    dedup: DedupParams | None = None,
) -> Any:
    """The Ray Data UDF: a batch of unit rows in, an Arrow table of result rows out."""
    import pyarrow as pa

    from .plan import unit_from_row

    rows: list[dict[str, Any]] = []
    for item in batch.to_pylist():
        unit = unit_from_row(item)
        rows.extend(unit_rows(unit, config, out, factory, dedup))
    return pa.Table.from_pylist(rows, schema=row_schema())


def unit_rows(
    unit: Unit,
    config: Config,
    out: str | None,
    factory: Pipeline,
    dedup: DedupParams | None = None,
) -> list[dict[str, Any]]:
    """Refine a unit; write its shard when there is an output folder; the rows back.

    With `dedup`, the records are sketched here, where they are: into the shard's
    sidecar, or into their rows for the driver to store."""
    rows: list[dict[str, Any]] = []
    articles: list[Article] = []
    digests: list[str | None] = []
    for raw, article, digest in refine_unit(unit, config, factory):
        rows.append(
            doc_row(unit.index, raw.id, source_of(raw), article, digest, record=out is None)
        )
        if article is not None:
            articles.append(article)
            digests.append(digest)
    if out is not None:
        write_shard(unit, out, articles, digests, dedup)
    elif dedup is not None:
        from .ray_dedup import sketch_rows

        sketches = {row["id"]: row for row in sketch_rows(articles, dedup)}
        for row in rows:
            row.update(sketches.get(row["id"], {}))
    rows.append({"kind": "done", "unit": unit.index})
    return rows


def shard_name(unit: Unit) -> str:
    """Fixed by the unit's inputs, so a retried or repeated unit replaces its own file."""
    return f"part-{unit.index:06d}-{unit.key()}.parquet"


RETRY_KEY = "newsrefinery.retry"


def write_shard(
    unit: Unit,
    out: str,
    articles: Sequence[Article],
    digests: Sequence[str | None],
    dedup: DedupParams | None = None,
) -> None:
    """The unit's records as one Parquet file, marked when some must be retried.

    With `dedup`, the shard's dedup sidecar is written first, so a shard never
    exists without one (`ray_dedup_folder`)."""
    from .parquet import to_table, write_table

    if dedup is not None:
        from .ray_dedup_folder import write_unit

        articles = write_unit(out, shard_name(unit), articles, dedup)
    retry = any(retried(a) for a in articles)
    table = to_table(articles, digests)
    write_table(table, os.path.join(out, shard_name(unit)), {RETRY_KEY: "1" if retry else "0"})


def row_schema() -> Any:
    import pyarrow as pa

    return pa.schema([pa.field(name, getattr(pa, kind)()) for name, kind in ROW_FIELDS])
