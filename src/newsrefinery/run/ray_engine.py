"""The Ray engine: the same steps as the local engine, over a Ray cluster with Ray Data.

    with open_store("news.db") as store:
        stats = refine_paths_ray(["crawl/"], config, store=store, address="auto")
    stats = refine_paths_ray(["crawl/"], config, out="refined/")   # Parquet shards

The driver plans the run (`plan.plan_units`: directories become lists of files, grouped
into units), Ray Data maps `ray_worker.process_batch` over the units, and the driver
consumes the results as they stream back:

- with a store, the workers send the records and the driver writes them through the
  same `Store.write` as the local engine, as the only writer; the records are the
  same bytes the local engine stores, so the store ends identical;
- with an output folder, each worker writes its unit's records as one Parquet shard,
  atomically, and sends back one summary row per document.

Failures: Ray retries a task whose worker died (`MAP_RETRIES` times); a retried unit
rewrites the same shard name and upserts the same ids, so nothing is lost or doubled.
A unit whose retries are spent (a document that crashes or hangs every worker it
meets) is refined on the driver by a process pool, the local engine's way, so its
documents are rejected as `worker_crashed`, `timeout` or `out_of_memory` exactly as
a local run rejects them. The inputs must be visible to the driver and to every
worker under the same path (a shared filesystem): the driver lists them, the
workers read them, and ids are derived from the path.
"""

from __future__ import annotations

import logging
import os
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Any

from ..config import Config, default_jobs
from ..errors import ConfigError
from ..records import Article, Rejection, Source
from ..steps import build_pipeline
from .plan import Unit, plan_units
from .ray_worker import Pipeline, process_batch
from .rescue import rescue_units
from .stats import RunStats

if TYPE_CHECKING:
    from ..dedup import DedupParams, UpdateStats

OnResult = Callable[[Article, RunStats], None]
OnDedup = Callable[["UpdateStats", float], None]

# Task retries after a worker dies. Ray Data's default retries forever, which would
# turn a document that kills every worker into a run that never ends.
MAP_RETRIES = 2

log = logging.getLogger(__name__)


def _ray() -> Any:
    try:
        import ray.data  # binds `ray` too
    except ImportError as exc:
        raise ConfigError("--engine ray needs Ray: pip install 'newsrefinery[ray]'") from exc
    return ray


@contextmanager
def ray_session(address: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """Use the Ray already initialised in this process, or connect, or start one.

    `address`: "auto" (the cluster this machine belongs to), "ray://HOST:PORT" (Ray
    Client) or None (RAY_ADDRESS if set, else a local Ray with `workers` CPUs). A
    session this function started is shut down when the block ends.
    """
    ray = _ray()
    _quiet(ray)
    if ray.is_initialized():
        yield ray
        return
    kwargs: dict[str, Any] = {"logging_level": logging.WARNING, "include_dashboard": False}
    if address is None and not os.environ.get("RAY_ADDRESS"):
        kwargs["num_cpus"] = workers or default_jobs()
    try:
        ray.init(address=address, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = address or os.environ.get("RAY_ADDRESS") or "a local Ray"
        raise ConfigError(f"cannot start or reach Ray at {where}: {exc}") from exc
    try:
        yield ray
    finally:
        ray.shutdown()


def _quiet(ray: Any) -> None:
    """Ray Data reports progress on stderr by default; refine has its own reporting."""
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    for name in ("print_on_execution_start", "enable_auto_log_stats"):
        if hasattr(ctx, name):
            setattr(ctx, name, False)
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    # ... and says so once at WARNING level, which is not news to our users.
    logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)
    # Ray 2.60 deprecates per-task remote args with no other way to bound retries yet,
    # and warns when a run has fewer units than workers: neither is the user's doing.
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=__name__)
    warnings.filterwarnings("ignore", category=UserWarning, module=r"ray\.data\.")


def refine_paths_ray(
    paths: Iterable[str],
    config: Config,
    *,
    store: Any = None,
    out: str | os.PathLike[str] | None = None,
    address: str | None = None,
    workers: int | None = None,
    argv: list[str] | None = None,
    force: bool = False,
    on_result: OnResult | None = None,
    pipeline: Pipeline = build_pipeline,
    dedup: bool = True,
    dedup_params: DedupParams | None = None,
    on_dedup: OnDedup | None = None,
) -> RunStats:
    """Refine every input under `paths` on Ray into `store` or Parquet shards in `out`,
    then cluster them on Ray (`dedup`), with the local engine's result.

    `workers`: tasks at once (None: every CPU of the cluster). `pipeline` builds the
    steps from the config on each worker (`build_pipeline`; a caller with its own
    steps passes its own factory, which must be importable on the workers or
    picklable by value). `on_result` gets each finished record, or with `out` a
    summary of it (id, source, status, rejection reason) since records stay on the
    workers. `on_dedup` gets what clustering did and its seconds. Returns the run's
    statistics, accounted as the local engine does (clustering not included).
    """
    if (store is None) == (out is None):
        raise ConfigError("the Ray engine writes to a store or to an output folder: give one")
    stats = RunStats()
    started = time.monotonic()
    units = plan_units(paths, max_bytes=config.run.max_bytes, store=None if force else store)
    sink: _Sink = (
        _StoreSink(store, argv, workers, config.run.batch)
        if store is not None
        else _FolderSink(os.fspath(out or ""))
    )
    params = (dedup_params or _default_params()) if dedup else None
    todo = sink.start(units, force, stats)
    with ExitStack() as stack:
        held: list[Any] = []

        def session() -> Any:
            """Ray, started (or reached) on first use only: a run with nothing new
            and nothing to cluster never needs it."""
            if not held:
                held.append(stack.enter_context(ray_session(address, workers)))
            return held[0]

        complete = False
        try:
            if todo:
                session()
                _run(todo, config, sink, stats, on_result, workers, pipeline, params)
            complete = True
        finally:
            stats.seconds = time.monotonic() - started
            sink.finish(stats, complete=complete)
        if params is not None:
            began = time.monotonic()
            clustered = sink.dedup(session, params, workers)
            if on_dedup is not None:
                on_dedup(clustered, time.monotonic() - began)
    return stats


def _default_params() -> DedupParams:
    from ..dedup import DedupParams

    return DedupParams()


def _run(
    todo: list[Unit],
    config: Config,
    sink: _Sink,
    stats: RunStats,
    on_result: OnResult | None,
    workers: int | None,
    pipeline: Pipeline,
    params: DedupParams | None,
) -> None:
    """Ray Data over the units, then the driver over units Ray could not finish."""
    seen: dict[int, set[str]] = {}  # ids counted per unfinished unit: a retry repeats rows
    done: set[int] = set()
    for row in _stream(todo, config, sink.folder, workers, pipeline, params):
        if row["kind"] == "done":
            done.add(row["unit"])
            seen.pop(row["unit"], None)
        else:
            _account(row, seen.setdefault(row["unit"], set()), sink, stats, on_result)
    missing = [u for u in todo if u.index not in done]
    if not missing:
        return
    log.warning(
        "newsrefinery: %d unit(s) failed on every Ray worker that tried them; refining them"
        " on this machine",
        len(missing),
    )
    for unit, rows in rescue_units(missing, config, pipeline, sink.folder):
        for row in rows:
            if row["kind"] == "doc":
                _account(row, seen.setdefault(unit.index, set()), sink, stats, on_result)


def _stream(
    todo: Sequence[Unit],
    config: Config,
    out: str | None,
    workers: int | None,
    pipeline: Pipeline,
    params: DedupParams | None,
) -> Iterator[dict[str, Any]]:
    """Result rows as Ray Data produces them, one unit per task."""
    if not todo:
        return
    ray = _ray()
    ds = ray.data.from_items([u.to_row() for u in todo], override_num_blocks=len(todo))
    # A unit whose task fails for good is dropped here and refined by the driver.
    ds.context.max_errored_blocks = -1
    mapped = ds.map_batches(
        process_batch,
        batch_size=1,
        batch_format="pyarrow",
        fn_kwargs={"config": config, "out": out, "factory": pipeline, "dedup": params},
        num_cpus=1,
        ray_remote_args_fn=_remote_args,
        **_concurrency(ray, workers),
    )
    for batch in mapped.iter_batches(batch_size=None, batch_format="pyarrow"):
        yield from batch.to_pylist()


def _remote_args() -> dict[str, Any]:
    return {"max_retries": MAP_RETRIES}


def _concurrency(ray: Any, workers: int | None) -> dict[str, Any]:
    """At most `workers` tasks at once, in the spelling this Ray version knows."""
    if hasattr(ray.data, "TaskPoolStrategy"):  # Ray >= 2.10; `concurrency` is deprecated
        return {"compute": ray.data.TaskPoolStrategy(size=workers)}
    return {"concurrency": workers}


def _account(
    row: dict[str, Any],
    seen: set[str],
    sink: _Sink,
    stats: RunStats,
    on_result: OnResult | None,
) -> None:
    if row["id"] in seen:
        return
    seen.add(row["id"])
    stats.read += 1
    if row["unchanged"]:
        stats.unchanged += 1
        return
    article = sink.take(row)
    stats.count(article)
    if on_result is not None:
        on_result(article, stats)


def _shard_rows(path: str) -> int | None:
    """Rows of a finished shard with nothing to retry; None: refine its unit again."""
    from .parquet import rows_in
    from .ray_worker import RETRY_KEY

    try:
        n, meta = rows_in(path)
    except Exception:  # not ours, or damaged by hand: rewriting it is the safe answer
        return None
    return n if meta.get(RETRY_KEY.encode()) == b"0" else None


class _Sink:
    """Where finished records go; `folder` is the output folder, if that is the sink."""

    folder: str | None = None

    def start(self, units: list[Unit], force: bool, stats: RunStats) -> list[Unit]:
        return units

    def take(self, row: dict[str, Any]) -> Article:
        raise NotImplementedError

    def finish(self, stats: RunStats, *, complete: bool) -> None:
        """Called once, after a complete or an interrupted run."""

    def dedup(self, ray: Callable[[], Any], params: DedupParams, workers: int | None) -> Any:
        """Cluster what the sink holds on Ray (`ray()` starts it); an `UpdateStats`."""
        raise NotImplementedError


class _StoreSink(_Sink):
    """The store, written by the driver alone in batches, as the local engine does."""

    def __init__(self, store: Any, argv: list[str] | None, workers: int | None, batch: int):
        self.store, self.batch = store, batch
        self.run_id = store.begin_run(argv or [], "ray", workers or 0)
        self.items: list[tuple[Article, str | None]] = []
        # Sketches made by the refine tasks, stored by the clustering at the end.
        self.sketches: dict[str, tuple[int, int, bytes]] = {}

    def take(self, row: dict[str, Any]) -> Article:
        article = Article.from_json(row["record"])
        self.items.append((article, row["digest"]))
        if row.get("sketch") is not None:
            self.sketches[article.id] = (row["exact"], row["tokens"], row["sketch"])
        if len(self.items) >= self.batch:
            self.flush()
        return article

    def flush(self) -> None:
        if self.items:
            self.store.write(self.items, self.run_id)
            self.items = []

    def finish(self, stats: RunStats, *, complete: bool) -> None:
        self.flush()
        self.store.finish_run(self.run_id, stats.to_dict())

    def dedup(self, ray: Callable[[], Any], params: DedupParams, workers: int | None) -> Any:
        """`update_clusters` on the store, with the tasks' sketches and Ray's clustering."""
        from .ray_dedup import update_store

        known, self.sketches = self.sketches, {}
        return update_store(self.store, params, known, ray, workers)


class _FolderSink(_Sink):
    """Parquet shards, written by the workers; the driver skips finished units."""

    def __init__(self, folder: str) -> None:
        self.folder = self.path = folder
        self.names: set[str] = set()

    def start(self, units: list[Unit], force: bool, stats: RunStats) -> list[Unit]:
        from .ray_worker import shard_name

        try:
            os.makedirs(self.path, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot create {self.path}: {exc.strerror or exc}") from exc
        todo = []
        for unit in units:
            name = shard_name(unit)
            self.names.add(name)
            path = os.path.join(self.path, name)
            done = None if force or not os.path.isfile(path) else _shard_rows(path)
            if done is None:
                todo.append(unit)
            else:
                stats.read += done
                stats.unchanged += done
        return todo

    def take(self, row: dict[str, Any]) -> Article:
        reason = row["reason"]
        return Article(
            id=row["id"],
            source=Source(uri=row["uri"], format=row["format"], offset=row["offset"]),
            status=row["status"],
            rejection=None if reason is None else Rejection(reason, ""),
        )

    def finish(self, stats: RunStats, *, complete: bool) -> None:
        """After a complete run, shards of inputs that are gone or changed are removed."""
        if not complete:
            return
        from .ray_dedup_folder import SIDECARS

        for folder in (self.path, os.path.join(self.path, SIDECARS)):
            for name in os.listdir(folder) if os.path.isdir(folder) else ():
                stale = name.startswith("part-") and name not in self.names
                if stale and name.endswith(".parquet"):
                    os.unlink(os.path.join(folder, name))

    def dedup(self, ray: Callable[[], Any], params: DedupParams, workers: int | None) -> Any:
        """Cluster every shard of the folder on Ray and fill their records in."""
        from .ray_dedup import sort_shuffle
        from .ray_dedup_folder import update_folder

        started = ray()
        with sort_shuffle(started):
            return update_folder(started, self.path, sorted(self.names), params, workers)
