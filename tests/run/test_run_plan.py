"""Planning a Ray run: units list exactly what `read_inputs` reads, grouped by the inputs alone."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from newsrefinery import open_store
from newsrefinery.config import Config, RunConfig
from newsrefinery.ingest import read_inputs
from newsrefinery.records import RawDoc
from newsrefinery.run import plan, refine_paths
from newsrefinery.run.plan import FileEntry, plan_units, unit_from_row
from newsrefinery.run.ray_worker import read_unit

MAX = 20_000_000


def _tree(root: Path) -> Path:
    for sub in ("x/y/z", "w", ".git"):
        (root / sub).mkdir(parents=True)
    for i, sub in enumerate(("x", "x/y", "x/y/z", "w", ".git", "")):
        (root / sub / f"d{i}.txt").write_text(f"Title {i}\nbody {i}\n")
    (root / "x" / ".hidden.txt").write_text("hidden")
    (root / "x" / "loop").symlink_to(root / "x")  # a walk must not go round forever
    (root / "rows.jsonl").write_text('{"text": "T\\nb"}\nnot json\n')
    (root / "odd.pdf").write_bytes(b"%PDF")
    return root


def _docs(raws: list[RawDoc]) -> list[tuple[str, str, int | None, str | None]]:
    return [(r.id, r.uri, r.offset, r.error.reason if r.error else None) for r in raws]


def _planned(paths: list[str]) -> list[RawDoc]:
    return [raw for unit in plan_units(paths, max_bytes=MAX) for raw in read_unit(unit, MAX)]


def test_units_read_what_read_inputs_reads(tmp_path: Path) -> None:
    root = _tree(tmp_path / "t")
    paths = [str(root), str(root / "x" / "d0.txt"), str(tmp_path / "missing.txt")]
    expected = _docs(list(read_inputs(paths, max_bytes=MAX)))
    assert len(expected) > 8 and ("not_found" in {reason for *_, reason in expected})
    assert _docs(_planned(paths)) == expected


def test_stdin_is_read_by_the_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin(io.StringIO):
        buffer = io.BytesIO(b'{"text": "A\\nb"}\n{"text": "C\\nd"}\n')

    monkeypatch.setattr("sys.stdin", Stdin())
    units = plan_units(["-"], max_bytes=MAX)
    raws = [entry for unit in units for entry in unit.entries]
    assert [type(r) for r in raws] == [RawDoc, RawDoc]
    assert [r.offset for r in raws] == [0, 17]  # byte offsets of the lines


def test_grouping_depends_on_the_inputs_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for i in range(30):
        (root / f"p{i:02d}.txt").write_text(f"T\nbody {i}\n")
    (root / "p15.txt").write_bytes(b"x" * 5000)
    monkeypatch.setattr(plan, "MIN_UNITS", 4)
    monkeypatch.setattr(plan, "UNIT_BYTES", 4096)
    units = plan_units([str(root)], max_bytes=MAX)
    sizes = [len(u.entries) for u in units]
    # 30 files over at least 4 units: 8 a unit, and the large file alone.
    assert sum(sizes) == 30 and max(sizes) == 8
    assert [
        e.path for u in units if len(u.entries) == 1 for e in u.entries if isinstance(e, FileEntry)
    ] == [str(root / "p15.txt")]
    assert [u.index for u in units] == list(range(len(units)))
    again = plan_units([str(root)], max_bytes=MAX)
    assert [u.key() for u in again] == [u.key() for u in units]
    (root / "p00.txt").write_text("changed\n")
    os.utime(root / "p00.txt", ns=(1, 1))
    changed = plan_units([str(root)], max_bytes=MAX)
    assert [u.key() == v.key() for u, v in zip(units, changed, strict=True)].count(False) == 1
    assert unit_from_row(units[0].to_row()).entries == units[0].entries


def test_units_carry_the_stored_digests(tmp_path: Path) -> None:
    root = _tree(tmp_path / "t")
    with open_store(tmp_path / "db") as store:
        refine_paths([str(root)], store, Config(run=RunConfig(jobs=1)))
        units = plan_units([str(root)], max_bytes=MAX, store=store)
        known = {k: v for u in units for k, v in u.known.items()}
        ids = [raw.id for raw in read_inputs([str(root)], max_bytes=MAX)]
        assert set(known) == set(ids)
        assert known == store.digests(ids)
