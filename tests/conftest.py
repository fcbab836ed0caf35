"""Shared fixtures: paths to the shared evaluation data and the flagship seed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSREFINERY_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "examples" / "corpus" / "seed" / "000_9b2c16d4507a97b8.txt"
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
