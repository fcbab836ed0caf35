"""`newsrefinery clean`: one file to stdout as JSON or text; no database."""

from __future__ import annotations

import sys

import click

from .common import config_options


@click.command("clean")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text"]),
    default="json",
    show_default=True,
    help="Article JSON (one line per document) or plain text.",
)
@click.option("--indent", type=click.IntRange(min=0), help="Pretty-print JSON.")
@config_options
def command(
    file: str,
    fmt: str,
    indent: int | None,
    config_path: str | None,
    overrides: tuple[str, ...],
) -> None:
    """Refine one file (or - for stdin) and print the result.

    Exits 1 when the input is rejected; the rejection is printed too.
    """
    from ..api import refine_file
    from ..config import load_config
    from .render import print_article_text

    config = load_config(config_path, overrides)
    rejected = False
    for article in refine_file(file, config=config):
        if article.rejection is not None:
            rejected = True
            click.echo(f"newsrefinery: rejected: {article.rejection.message}", err=True)
        if fmt == "json":
            click.echo(article.to_json(indent=indent))
        elif article.rejection is None:
            print_article_text(article)
    sys.exit(1 if rejected else 0)
