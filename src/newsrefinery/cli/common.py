"""Options and helpers shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..config import DEFAULT_DB

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="SQLite database file.",
    )(func)


def config_options(func: F) -> F:
    func = click.option(
        "--set",
        "overrides",
        multiple=True,
        metavar="AREA.KEY=VALUE",
        help="Override one config value, e.g. --set run.timeout=10 (repeatable).",
    )(func)
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        help="TOML configuration file.",
    )(func)


def highlight(snippet: str) -> str:
    """Store snippets mark hits with \\x02...\\x03; show them as rich markup, escaped."""
    from rich.markup import escape

    return escape(snippet).replace("\x02", "[bold yellow]").replace("\x03", "[/bold yellow]")
