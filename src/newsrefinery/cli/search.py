"""`newsrefinery search`: full-text search with highlighted snippets."""

from __future__ import annotations

import click

from .common import db_option


@click.command("search")
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(min=1, max=1000), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
def command(query: str, db: str, limit: int, offset: int, as_json: bool) -> None:
    """Search headlines, bodies and quotes.

    QUERY uses SQLite FTS5 syntax: words, "phrases", OR, NOT, prefix*.
    """
    import dataclasses
    import json

    from ..api import open_store
    from .render import print_search

    with open_store(db, readonly=True) as store:
        page = store.search(query, limit=limit, offset=offset)
    if as_json:
        for hit in page.hits:
            click.echo(json.dumps(dataclasses.asdict(hit), ensure_ascii=False))
    else:
        print_search(page, query)
