"""`newsrefinery stats`: what the database holds, every input accounted for."""

from __future__ import annotations

import click

from .common import db_option


@click.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
@click.option("--headlines", type=click.IntRange(min=0), default=5, show_default=True)
def command(db: str, as_json: bool, headlines: int) -> None:
    """Articles, rejected inputs by reason, sites, languages and runs."""
    import json

    from ..api import open_store
    from .render import print_stats

    with open_store(db, readonly=True) as store:
        stats = store.stats()
        sample = [a.headline for a in store.iter_articles(include_rejected=False) if a.headline]
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        print_stats(stats, sample[:headlines])
