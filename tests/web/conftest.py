"""Fixtures of the web tests: the hand-built corpus in a database, and a client on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from .helpers_web import build_db, client_for


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return client_for(db)
