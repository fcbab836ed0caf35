"""`newsrefinery export`: the stored records as JSON lines, CSV or Parquet."""

from __future__ import annotations

import sys

import click

from .common import db_option


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), required=True)
@click.option(
    "--out",
    type=click.Path(allow_dash=True),
    default="-",
    help="File, or - for stdout; for parquet a FILE.parquet or a folder of shards.",
)
@click.option("--include-rejected", is_flag=True, help="Also export rejected inputs.")
def command(db: str, fmt: str, out: str, include_rejected: bool) -> None:
    """Write every stored article, in a deterministic order, to --out or stdout."""
    import os

    from ..api import open_store

    if fmt != "parquet" and os.path.isdir(out):
        raise click.BadParameter(f"{out} is a directory", param_hint="--out")
    from ..export import export_file, write_articles

    with open_store(db, readonly=True) as store:
        articles = store.iter_articles(include_rejected=include_rejected)
        if out == "-":
            n = write_articles(articles, sys.stdout, fmt)
        else:
            n = export_file(articles, out, fmt)
    click.echo(f"exported {n} records", err=True)
