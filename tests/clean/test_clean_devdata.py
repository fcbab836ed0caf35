"""The development dumps under ../shared: every line accounted for, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsrefinery.clean import REASONS, clean_lines

from .helpers_clean import unaccounted


def _texts(shared: Path) -> list[Path]:
    folder = shared / "benchdata" / "scraped-dev" / "text"
    if not folder.is_dir():
        pytest.skip(f"{folder} is not present")
    return sorted(folder.glob("*.txt"))


def test_dev_dumps_are_fully_accounted_for(shared: Path) -> None:
    for path in _texts(shared):
        lines = path.read_text(encoding="utf-8").split("\n")
        cleaned = clean_lines(lines)
        assert cleaned.headline, path.name
        assert len(cleaned.body) >= 3, path.name
        assert unaccounted(lines, cleaned) == [], path.name
        assert {r.reason for r in cleaned.removed} <= REASONS.keys(), path.name


def test_auto_blog_dumps_lose_their_template(shared: Path) -> None:
    for path in _texts(shared):
        if not path.name.startswith("whenitson_"):
            continue
        cleaned = clean_lines(path.read_text(encoding="utf-8").split("\n"))
        kept = " ".join(cleaned.body)
        assert "[ad_1]" not in kept and "[ad_2]" not in kept, path.name
        assert cleaned.removed[-1].reason == "source_link", path.name
