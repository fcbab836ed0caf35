"""Rendering of library results for the terminal (rich), kept apart from the commands."""

from __future__ import annotations

from typing import Any

from ..records import Article
from ..run import RunStats
from .common import highlight


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def print_run_summary(stats: RunStats, db: str) -> None:
    c = _console()
    d = stats.to_dict()
    c.print(
        f"read {d['read']}: stored {d['stored']}, rejected {d['rejected']}, "
        f"unchanged {d['unchanged']} in {d['seconds']:.1f} s -> {db}"
    )
    for reason, n in d["rejected_by_reason"].items():
        c.print(f"  rejected {reason}: {n}")


def print_stats(stats: dict[str, Any], headlines: list[str]) -> None:
    from rich.table import Table

    c = _console()
    c.print(
        f"[bold]{stats['articles']}[/bold] inputs: {stats['stored']} articles, "
        f"{stats['rejected']} rejected, {stats['runs']} runs"
    )
    for title, key in (
        ("status", "by_status"),
        ("rejected by reason", "rejected_by_reason"),
        ("sites", "sites"),
        ("languages", "languages"),
    ):
        rows = stats.get(key) or {}
        if rows:
            table = Table(title=title, title_justify="left", show_header=False, box=None)
            for name, n in rows.items():
                table.add_row(f"  {name}", str(n))
            c.print(table)
    if headlines:
        c.print("headlines:")
        for h in headlines:
            c.print(f"  - {h}", markup=False)


def print_article_text(article: Article) -> None:
    """Headline, blank line, paragraphs separated by blank lines: plain text, no markup."""
    parts = [article.headline or ""] if article.headline else []
    parts.extend(article.body)
    print("\n\n".join(parts))


def print_search(page: Any, query: str) -> None:
    c = _console()
    c.print(f"{page.total} results for [bold]{_esc(query)}[/bold]")
    for hit in page.hits:
        where = " · ".join(x for x in (hit.site, hit.published, hit.url) if x)
        c.print(f"\n[bold]{_esc(hit.headline or '(no headline)')}[/bold]  [dim]{hit.id}[/dim]")
        if where:
            c.print(f"[dim]{_esc(where)}[/dim]")
        c.print(f"  {highlight(hit.snippet)}")


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)
