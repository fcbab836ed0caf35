"""`newsrefinery import`: Parquet shards of Article records into the database."""

from __future__ import annotations

import sys

import click

from .common import db_option


@click.command("import")
@click.argument("path", type=click.Path(exists=True))
@db_option
@click.option("--batch", type=click.IntRange(min=1), default=200, help="Records per transaction.")
def command(path: str, db: str, batch: int) -> None:
    """Load PATH (a .parquet file or a folder of them) into the database.

    Reads what `refine --engine ray --out DIR` and `export --format parquet` write.
    Records are stored by id, so importing the same folder twice stores it once.
    """
    from ..api import open_store
    from ..run.parquet import import_parquet
    from .render import print_run_summary

    with open_store(db) as store:
        stats = import_parquet(path, store, batch=batch, argv=sys.argv[1:])
    print_run_summary(stats, db)
