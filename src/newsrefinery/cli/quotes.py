"""`newsrefinery quotes`: quotes across the corpus with their speakers and articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .common import db_option

if TYPE_CHECKING:
    from ..store.quotes import QuoteHit


@click.command("quotes")
@click.option("--speaker", metavar="NAME", help='Only quotes by NAME ("John Kirby", or "Kirby").')
@db_option
@click.option("--limit", type=click.IntRange(min=1, max=100_000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--all", "include_other", is_flag=True, help="Also list titles and scare quotes.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per quote.")
def command(
    speaker: str | None, db: str, limit: int, offset: int, include_other: bool, as_json: bool
) -> None:
    """List quotes with their speakers and the articles they are in."""
    import dataclasses
    import json

    from ..api import open_store
    from ..store.quotes import find_quotes

    with open_store(db, readonly=True) as store:
        hits = find_quotes(
            store.connection,
            speaker=speaker,
            include_other=include_other,
            limit=limit,
            offset=offset,
        )
    if as_json:
        for hit in hits:
            click.echo(json.dumps(dataclasses.asdict(hit), ensure_ascii=False))
    else:
        _print(hits, speaker)


def _print(hits: list[QuoteHit], speaker: str | None) -> None:
    """Speaker, title and kind, the quote, and its article: rich markup, escaped."""
    from rich.console import Console
    from rich.markup import escape

    c = Console(highlight=False, soft_wrap=True)
    c.print(f"{len(hits)} quotes" + (f" by [bold]{escape(speaker)}[/bold]" if speaker else ""))
    for hit in hits:
        who = hit.speaker or hit.speaker_mention or "(unknown speaker)"
        title = f", {hit.speaker_title}" if hit.speaker_title else ""
        c.print(f"\n[bold]{escape(who)}[/bold]{escape(title)} [dim]({hit.kind})[/dim]")
        c.print(f"  “{escape(hit.text)}”")
        c.print(f"  [dim]{escape(hit.headline or '(no headline)')} · {hit.article_id}[/dim]")
