"""The command line: each command parses, calls the library and renders. Nothing else."""

from __future__ import annotations

import sys
from typing import Any

import click

from .. import __version__
from ..errors import NewsRefineryError
from . import clean, clusters, export, importer, quotes, refine, search, serve, stats


class _Group(click.Group):
    """Turns the library's errors into one line on stderr and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsRefineryError as exc:
            click.echo(f"newsrefinery: error: {exc}", err=True)
            sys.exit(2)
        except BrokenPipeError:  # `newsrefinery export | head`
            sys.stderr.close()
            sys.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsrefinery")
def cli() -> None:
    """Turn raw scraped news into clean, structured, searchable records."""


for _module in (refine, clean, search, export, stats, serve, importer, clusters, quotes):
    cli.add_command(_module.command)


def main() -> None:
    cli(prog_name="newsrefinery")
