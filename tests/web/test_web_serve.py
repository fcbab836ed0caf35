"""`newsrefinery serve`: options, errors, and a real server on the loopback interface."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from newsrefinery.cli import cli
from newsrefinery.cli.serve import _is_loopback

from .helpers_web import SEED_ID, serving


def test_help_names_the_options() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "127.0.0.1", "8000"):
        assert option in result.output


def test_missing_database_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert result.output.strip().startswith("newsrefinery: error: cannot open database")


def test_bad_port_is_a_usage_error(db: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--port", "70000"])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True),
     ("127.0.0.2", True), ("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False)],
)  # fmt: skip
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert _is_loopback(host) is loopback


def test_serves_pages_and_api_on_loopback_only(db: Path) -> None:
    with serving(db) as base:
        assert httpx.get(base + "/").status_code == 200
        r = httpx.get(f"{base}/api/articles/{SEED_ID}")
        assert r.status_code == 200 and r.json()["id"] == SEED_ID
        assert "content-security-policy" in r.headers
        assert "server" not in r.headers  # no version banner
        port = int(base.rsplit(":", 1)[1])
        # Bound to 127.0.0.1, so no other local address answers.
        other = _non_loopback_address()
        if other is not None:
            with pytest.raises(OSError):
                socket.create_connection((other, port), timeout=1).close()


def _non_loopback_address() -> str | None:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
            address = str(s.getsockname()[0])
    except OSError:
        return None
    return None if address.startswith("127.") else address


def test_module_entry_point_knows_serve() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsrefinery", "--help"], capture_output=True, text=True, check=True
    )
    assert "serve" in out.stdout
