"""`newsrefinery clusters`: syndicated copies, grouped, with their canonical article."""

from __future__ import annotations

from typing import Any

import click

from .common import db_option


@click.command("clusters")
@db_option
@click.option(
    "--min-size", type=click.IntRange(min=1), default=2, show_default=True,
    help="List clusters with at least this many articles.",
)  # fmt: skip
@click.option("--limit", type=click.IntRange(min=1), help="List at most this many clusters.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per cluster.")
def command(db: str, min_size: int, limit: int | None, as_json: bool) -> None:
    """Clusters of copies, largest first: the canonical, why it was elected, and
    every copy with why it joined (exact, near_duplicate, contained, wire_copy) and
    how similar it is."""
    import json

    from ..api import open_store
    from ..dedup.query import list_clusters, totals

    with open_store(db, readonly=True) as store:
        found = list_clusters(store, min_size=min_size, limit=limit)
        counts = totals(store)
    if as_json:
        for item in found:
            click.echo(json.dumps(item, ensure_ascii=False))
        return
    _print(found, min_size, counts)


def _print(found: list[dict[str, Any]], min_size: int, counts: dict[str, int]) -> None:
    from rich.console import Console
    from rich.markup import escape

    c = Console(highlight=False, soft_wrap=True)
    c.print(
        f"{counts['articles']} articles clustered: {counts['clusters']} clusters, "
        f"{counts['with_copies']} with copies ({counts['copies']} copies)"
    )
    c.print(f"{len(found)} clusters with at least {min_size} articles")
    for item in found:
        head = item["canonical"]
        c.print(
            f"\n[bold]{escape(head['headline'] or '(no headline)')}[/bold]  "
            f"[dim]{item['id']} · {item['size']} articles · canonical: {head['elected']}[/dim]"
        )
        for m in item["members"]:
            sim = "" if m["similarity"] is None else f"{m['similarity']:.2f}"
            role = "canonical" if m["canonical"] else m["link"]
            where = m["url"] or m["source"]
            c.print(f"  {role:<15} {sim:>5}  {m['id']}  [dim]{escape(where or '')}[/dim]")
