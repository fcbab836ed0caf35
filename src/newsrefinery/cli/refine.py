"""`newsrefinery refine`: the main job. Read every input, run the steps, store."""

from __future__ import annotations

import sys
from typing import Any

import click

from .common import config_options, db_option


@click.command("refine")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes [all cores].")
@click.option("--timeout", type=click.FloatRange(min=0.1), help="Seconds per document [30].")
@click.option("--max-bytes", type=click.IntRange(min=1), help="Reject larger inputs [20 MB].")
@click.option("--strict", is_flag=True, help="Exit 1 when any input is rejected.")
@click.option("--force", is_flag=True, help="Refine inputs already stored unchanged.")
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Run the steps in a local process pool or on a Ray cluster.",
)
@click.option("--address", help="Ray cluster: auto or ray://HOST:PORT [RAY_ADDRESS, else local].")
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    help="Write Parquet shards to this folder instead of the database (--engine ray).",
)
@config_options
def command(
    paths: tuple[str, ...],
    db: str,
    jobs: int | None,
    timeout: float | None,
    max_bytes: int | None,
    strict: bool,
    force: bool,
    engine: str,
    address: str | None,
    out: str | None,
    config_path: str | None,
    overrides: tuple[str, ...],
) -> None:
    """Refine files, directories, WARC/JSONL files or - (stdin) into the database.

    Inputs already stored with the same content are skipped, so an interrupted run
    resumes where it stopped when run again.
    """
    from ..api import open_store
    from ..config import load_config
    from ..run import refine_paths
    from .progress import Reporter
    from .render import print_run_summary

    flags = {"jobs": jobs, "timeout": timeout, "max_bytes": max_bytes}
    sets = [f"run.{k}={v}" for k, v in flags.items() if v is not None]
    config = load_config(config_path, [*overrides, *sets])
    if engine == "ray" or address or out:
        _refine_ray(paths, db, out, address, jobs, config, force=force, strict=strict)
        return
    with open_store(db) as store, Reporter(paths) as reporter:
        stats = refine_paths(
            paths, store, config, argv=sys.argv[1:], force=force, on_result=reporter.update
        )
        clustered = _cluster(store)
    print_run_summary(stats, db)
    click.echo(clustered)
    if strict and stats.rejected_total:
        sys.exit(1)


def _refine_ray(
    paths: tuple[str, ...],
    db: str,
    out: str | None,
    address: str | None,
    jobs: int | None,
    config: Any,
    *,
    force: bool,
    strict: bool,
) -> None:
    """`--engine ray`: the same steps on Ray, into the database or Parquet shards."""
    from functools import partial

    from ..api import open_store
    from ..run.ray_engine import refine_paths_ray
    from .progress import Reporter
    from .render import print_run_summary

    ctx = click.get_current_context()
    if ctx.params["engine"] != "ray":
        raise click.UsageError("--address and --out need --engine ray")
    if out and ctx.get_parameter_source("db") is not click.core.ParameterSource.DEFAULT:
        raise click.UsageError("give --db or --out, not both")
    clustered: list[str] = []
    with Reporter(paths) as reporter:
        # Without --jobs, Ray uses every CPU of the cluster, not this machine's count.
        run = partial(
            refine_paths_ray, paths, config, address=address, workers=jobs,
            argv=sys.argv[1:], force=force, on_result=reporter.update,
            on_dedup=lambda done, _seconds: clustered.append(_summary(done)),
        )  # fmt: skip
        if out:
            stats = run(out=out)
        else:
            with open_store(db) as store:
                stats = run(store=store)
    print_run_summary(stats, out or db)
    for line in clustered:
        click.echo(line)
    if strict and stats.rejected_total:
        sys.exit(1)


def _cluster(store: Any) -> str:
    """Cluster what this run stored (the last step of refine); one summary line."""
    from ..dedup import update_clusters

    return _summary(update_clusters(store))


def _summary(done: Any) -> str:
    """One line for what clustering did, from either engine's update statistics."""
    return (
        f"clustered: {done.sketched} new articles sketched, {done.affected} re-clustered, "
        f"{done.changed} updated"
    )
