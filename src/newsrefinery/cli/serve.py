"""`newsrefinery serve`: the local web app and JSON API over a database, read-only."""

from __future__ import annotations

import ipaddress

import click

from ..errors import ConfigError
from .common import db_option

DEFAULT_HOST = "127.0.0.1"  # the same as newsrefinery.web.DEFAULT_HOST, without importing it
DEFAULT_PORT = 8000


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command("serve")
@db_option
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to bind to.")
@click.option(
    "--port", type=click.IntRange(min=0, max=65535), default=DEFAULT_PORT, show_default=True
)
def command(db: str, host: str, port: int) -> None:
    """Browse, search and inspect the refined corpus in a web browser.

    Serves HTML pages and a JSON API (OpenAPI at /api/openapi.json). The database
    is opened read-only. Binds to 127.0.0.1 unless --host says otherwise: the
    app has no login, so anyone who can reach the address can read the corpus.
    """
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:
        raise ConfigError(
            f"serve needs the web extra ({exc.name} is missing): pip install 'newsrefinery[web]'"
        ) from None
    app = create_app(db, host=host)
    if not _is_loopback(host):
        click.echo(f"newsrefinery: warning: serving on {host}, reachable from other machines",
                   err=True)  # fmt: skip
    click.echo(f"newsrefinery: serving {db} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
