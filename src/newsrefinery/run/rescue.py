"""Units that failed on every Ray worker, refined on the driver the local engine's way.

A unit ends up here when its task died `MAP_RETRIES + 1` times: in practice a
document that crashes or hangs whatever worker runs it. The local engine's process
pool isolates each document of the unit, with the local engine's time limit, memory
cap and outcomes, so the culprit becomes a `worker_crashed`, `timeout` or
`out_of_memory` rejection and the rest of the unit is refined normally. The rows
produced are the ones a Ray worker would have sent.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future
from dataclasses import replace
from typing import Any

from ..config import Config
from ..records import Article, RawDoc, rejected_article
from ..steps import build_pipeline
from .plan import Unit
from .ray_worker import Pipeline, doc_row, raw_stub, read_unit, retried, source_of, write_shard
from .stats import raw_digest


def _init_worker(config: Config, factory: Pipeline) -> None:
    """The local engine's worker set-up, with the run's own steps.

    A process forked from a Ray driver inherits gigabytes of address space that Ray
    reserved (thread stacks, object store mappings) and never uses; a cap of
    `run.memory_mb` in all would leave it no room at all, so the cap is
    `run.memory_mb` on top of what the process holds when it starts.
    """
    from . import local

    run = replace(config.run, memory_mb=config.run.memory_mb + _address_space_mb())
    local._init_worker(replace(config, run=run))
    if factory is not build_pipeline:
        local._STEPS = tuple(factory(config))


def _address_space_mb() -> int:
    """This process's virtual size in MiB (Linux /proc; 0 where unknown)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


def rescue_units(
    units: Sequence[Unit], config: Config, factory: Pipeline, out: str | None
) -> Iterator[tuple[Unit, list[dict[str, Any]]]]:
    """(unit, its result rows) for each unit, one unit at a time."""
    import multiprocessing

    from pebble import ProcessPool

    # The driver runs Ray's threads: forking it can copy a held lock into a worker
    # (it segfaulted), so the workers come from a fresh forkserver.
    pool = ProcessPool(
        max_workers=config.run.jobs,
        max_tasks=config.run.max_tasks,
        initializer=_init_worker,
        initargs=(config, factory),
        context=multiprocessing.get_context("forkserver"),
    )
    with pool:
        for unit in units:
            yield unit, _rescue(unit, pool, config, out)


def _rescue(unit: Unit, pool: Any, config: Config, out: str | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    articles: list[Article] = []
    digests: list[str | None] = []
    for raw, article, digest in _refine(unit, pool, config):
        if article is None:
            rows.append(doc_row(unit.index, raw.id, source_of(raw), None, digest, record=False))
            continue
        rows.append(
            doc_row(unit.index, article.id, article.source, article, digest, record=out is None)
        )
        articles.append(article)
        digests.append(digest)
    if out is not None:
        write_shard(unit, out, articles, digests)
    rows.append({"kind": "done", "unit": unit.index})
    return rows


Result = tuple[RawDoc, Article | None, str | None]


def _refine(unit: Unit, pool: Any, config: Config) -> Iterator[Result]:
    """The local engine's scheduling: a window of documents in flight, each timed.

    Yields (document, None, digest) for an unchanged document, else
    (document without content, article, digest to store).
    """
    from .local import _work

    window = config.run.jobs * 8
    pending: dict[Future[Article], tuple[RawDoc, str | None]] = {}
    for raw in read_unit(unit, config.run.max_bytes):
        digest = raw_digest(raw)
        if digest is not None and unit.known.get(raw.id) == digest:
            yield raw, None, digest
        elif raw.error is not None:
            yield raw, rejected_article(raw, raw.error), digest
        else:
            future = pool.schedule(_work, args=(raw,), timeout=config.run.timeout)
            pending[future] = (replace(raw, content=None), digest)
        while len(pending) >= window:
            yield from _outcomes(pending)
    while pending:
        yield from _outcomes(pending)


def _outcomes(pending: dict[Future[Article], tuple[RawDoc, str | None]]) -> Iterator[Result]:
    from .local import _collect

    for article, digest in _collect(pending, FIRST_COMPLETED):
        yield raw_stub(article), article, None if retried(article) else digest
