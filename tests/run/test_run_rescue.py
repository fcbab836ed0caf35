"""Units Ray could not finish, refined on the driver the local engine's way."""

from __future__ import annotations

import mmap
from pathlib import Path
from typing import Any

from newsrefinery.config import Config, RunConfig
from newsrefinery.records import Article
from newsrefinery.run.plan import Unit, plan_units
from newsrefinery.run.ray_worker import unit_rows
from newsrefinery.run.rescue import rescue_units
from newsrefinery.steps import build_pipeline


def _unit(root: Path) -> Unit:
    root.mkdir()
    for i in range(3):
        (root / f"d{i}.txt").write_text(f"Ferry {i}\nThe ferry runs again after the storm.\n")
    (root / "empty.txt").write_bytes(b"")
    entries = [e for u in plan_units([str(root)], max_bytes=1_000_000) for e in u.entries]
    return Unit(index=7, entries=entries)


def test_rows_match_what_a_ray_worker_sends(tmp_path: Path) -> None:
    unit = _unit(tmp_path / "in")
    config = Config(run=RunConfig(jobs=1))
    ((rescued, rows),) = list(rescue_units([unit], config, build_pipeline, None))
    assert rescued is unit
    expected = unit_rows(unit, config, None, build_pipeline)
    assert sorted(rows, key=str) == sorted(expected, key=str)


def _needs_memory(article: Article) -> Article:
    """A step that needs 64 MiB of fresh memory, well within a 512 MiB cap."""
    block = bytearray(64 * 1024 * 1024)
    return article.evolve(warnings=(*article.warnings, f"used {len(block)} bytes"))


def _steps_needing_memory(config: Config) -> tuple[Any, ...]:
    return (_needs_memory, *build_pipeline(config))


def test_memory_cap_is_on_top_of_inherited_address_space(tmp_path: Path) -> None:
    # As after ray.init: gigabytes of address space reserved, none of it used.
    flags = mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS
    reserved = mmap.mmap(-1, 6 * 1024**3, flags=flags, prot=0)
    try:
        unit = _unit(tmp_path / "in")
        config = Config(run=RunConfig(jobs=1, memory_mb=512))
        ((_, rows),) = list(rescue_units([unit], config, _steps_needing_memory, None))
    finally:
        reserved.close()
    outcomes = sorted((r["status"], r["reason"]) for r in rows if r["kind"] == "doc")
    assert outcomes == [("ok", None)] * 3 + [("rejected", "empty_input")]
