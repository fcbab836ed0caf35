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
@config_options
def command(
    paths: tuple[str, ...],
    db: str,
    jobs: int | None,
    timeout: float | None,
    max_bytes: int | None,
    strict: bool,
    force: bool,
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
    with open_store(db) as store, Reporter(_total(paths)) as reporter:
        stats = refine_paths(
            paths, store, config, argv=sys.argv[1:], force=force, on_result=reporter.update
        )
    print_run_summary(stats, db)
    if strict and stats.rejected_total:
        sys.exit(1)


def _total(paths: tuple[str, ...]) -> Any:
    from .progress import count_documents

    return count_documents(paths)
