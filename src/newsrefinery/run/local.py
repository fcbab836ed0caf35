"""The local engine: a process pool over streamed inputs, one writer, resumable.

Reading happens in the parent (it is I/O and keeps provenance in order); decoding,
extraction and every step run in worker processes. Workers have a per-document time
limit, an address-space cap and are recycled after `max_tasks` documents, so one
pathological page costs one rejected record, never the run. The parent is the only
writer; it commits in batches, so a kill at any moment loses at most the uncommitted
batch, which the next run redoes because its ids are not in the store yet.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from contextlib import ExitStack
from dataclasses import replace
from typing import Any

from ..config import Config
from ..records import Article, RawDoc, Rejection, rejected_article
from ..steps import Step, build_pipeline, refine_raw
from .stats import RunStats, raw_digest

OnResult = Callable[[Article, RunStats], None]

# Rejections caused by the machine rather than the document: their inputs are retried
# by the next run instead of being remembered as done.
RETRY_REASONS = frozenset({"timeout", "worker_crashed", "out_of_memory"})

_STEPS: tuple[Step, ...] = ()


def warm_up() -> None:
    """Import the heavy parts once in the parent so forked workers share them."""
    import py3langid
    from trafilatura import external

    py3langid.classify("warm up the language model")
    if getattr(external, "JT_STOPLIST", None) is None:  # built lazily, 0.2 s per process
        external.jt_stoplist_init()


def _init_worker(config: Config) -> None:
    global _STEPS  # noqa: PLW0603 - one pipeline per worker process, built once
    import resource

    # On top of what the forked worker already maps: a parent with a large address
    # space (an embedding application, a Ray driver) must not starve every document.
    limit = _mapped_bytes() + config.run.memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or hard > limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    _STEPS = build_pipeline(config)


def _mapped_bytes() -> int:
    """This process's virtual size (Linux); 0 where /proc does not tell."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def _work(raw: RawDoc) -> Article:
    return refine_raw(raw, _STEPS)


class _Writer:
    """Buffers finished articles and commits them in batches (or every second)."""

    def __init__(self, store: Any, run_id: int, batch: int) -> None:
        self.store, self.run_id, self.batch = store, run_id, batch
        self.items: list[tuple[Article, str | None]] = []
        self.last = time.monotonic()

    def add(self, article: Article, digest: str | None) -> None:
        self.items.append((article, digest))
        if len(self.items) >= self.batch or time.monotonic() - self.last > 1.0:
            self.flush()

    def flush(self) -> None:
        if self.items:
            self.store.write(self.items, self.run_id)
            self.items = []
        self.last = time.monotonic()


def refine_paths(
    paths: Iterable[str],
    store: Any,
    config: Config,
    *,
    argv: list[str] | None = None,
    force: bool = False,
    on_result: OnResult | None = None,
) -> RunStats:
    """Read, refine and store every input under `paths`; returns the run's statistics."""
    from ..ingest import read_inputs

    stats = RunStats()
    run_id = store.begin_run(argv or [], "local", config.run.jobs)
    writer = _Writer(store, run_id, config.run.batch)
    started = time.monotonic()
    try:
        raws = read_inputs(paths, max_bytes=config.run.max_bytes)
        for article, digest in _execute(_to_do(raws, store, stats, force), config):
            stats.count(article)
            writer.add(article, None if _retry(article) else digest)
            if on_result is not None:
                on_result(article, stats)
    finally:
        writer.flush()
        stats.seconds = time.monotonic() - started
        store.finish_run(run_id, stats.to_dict())
    return stats


def _retry(article: Article) -> bool:
    return article.rejection is not None and article.rejection.reason in RETRY_REASONS


def _to_do(
    raws: Iterator[RawDoc], store: Any, stats: RunStats, force: bool
) -> Iterator[tuple[RawDoc, str | None]]:
    """Skip inputs already stored with the same content (resume and idempotency)."""
    chunk: list[RawDoc] = []
    for raw in raws:
        chunk.append(raw)
        if len(chunk) >= 256:
            yield from _unknown(chunk, store, stats, force)
            chunk = []
    yield from _unknown(chunk, store, stats, force)


def _unknown(
    chunk: list[RawDoc], store: Any, stats: RunStats, force: bool
) -> Iterator[tuple[RawDoc, str | None]]:
    known = {} if force or not chunk else store.digests([r.id for r in chunk])
    for raw in chunk:
        stats.read += 1
        digest = raw_digest(raw)
        if digest is not None and known.get(raw.id) == digest:
            stats.unchanged += 1
            continue
        yield raw, digest


def _execute(
    todo: Iterator[tuple[RawDoc, str | None]], config: Config
) -> Iterator[tuple[Article, str | None]]:
    """Run the steps in a pebble process pool, a bounded number of documents in flight."""
    window = config.run.jobs * 8
    pending: dict[Future[Article], tuple[RawDoc, str | None]] = {}
    with ExitStack() as stack:
        pool: Any = None
        for raw, digest in todo:
            if raw.error is not None:  # nothing to compute: reject without a round trip
                yield rejected_article(raw, raw.error), digest
                continue
            if pool is None:  # started on first need: a run with nothing new costs nothing
                pool = stack.enter_context(_start_pool(config))
            future = pool.schedule(_work, args=(raw,), timeout=config.run.timeout)
            pending[future] = (replace(raw, content=None), digest)
            while len(pending) >= window:
                yield from _collect(pending, FIRST_COMPLETED)
        while pending:
            yield from _collect(pending, FIRST_COMPLETED)


def _start_pool(config: Config) -> Any:
    import multiprocessing

    from pebble import ProcessPool

    if _threads() > 1:
        # Forking a process that runs other threads (a Ray driver, gRPC, a progress
        # bar) can copy a held lock into the child; a fresh forkserver cannot.
        context: Any = multiprocessing.get_context("forkserver")
    else:
        warm_up()  # forked workers then share the loaded models
        context = multiprocessing.get_context("fork")
    return ProcessPool(
        max_workers=config.run.jobs,
        max_tasks=config.run.max_tasks,
        initializer=_init_worker,
        initargs=(config,),
        context=context,
    )


def _threads() -> int:
    """OS threads of this process (Linux); 1 where /proc does not tell."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 1


def _collect(
    pending: dict[Future[Article], tuple[RawDoc, str | None]], when: str
) -> Iterator[tuple[Article, str | None]]:
    done, _ = wait(list(pending), return_when=when)
    # Sorted so that what is yielded together is yielded in submission-independent order.
    for future in sorted(done, key=lambda f: pending[f][0].id):
        raw, digest = pending.pop(future)
        yield _outcome(future, raw), digest


def _outcome(future: Future[Article], raw: RawDoc) -> Article:
    from concurrent.futures import TimeoutError as FutureTimeout

    from pebble import ProcessExpired

    try:
        return future.result()
    except FutureTimeout:
        return rejected_article(raw, Rejection("timeout", f"{raw.uri}: time limit exceeded"))
    except ProcessExpired as exc:
        message = f"{raw.uri}: worker died (exit code {exc.exitcode})"
        return rejected_article(raw, Rejection("worker_crashed", message))
    except Exception as exc:  # e.g. a result that cannot be pickled back
        message = f"{raw.uri}: {type(exc).__name__}: {exc}"
        return rejected_article(raw, Rejection("step_error", " ".join(message.split())))
