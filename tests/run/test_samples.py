"""All of ../shared/samples: every file stored or rejected with a reason, twice idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsrefinery import open_store
from newsrefinery.config import Config, RunConfig
from newsrefinery.run import refine_paths


@pytest.mark.slow
def test_refine_all_samples(shared: Path, tmp_path: Path) -> None:
    samples = shared / "samples"
    files = [p for p in samples.rglob("*") if p.is_file() and not p.name.startswith(".")]
    config = Config(run=RunConfig(jobs=2))
    with open_store(tmp_path / "samples.db") as store:
        first = refine_paths([str(samples)], store, config)
        assert first.read == len(files) == first.stored + first.rejected_total
        assert set(first.rejected) <= {"unsupported_format"}, first.rejected
        stored = [a.to_json() for a in store.iter_articles()]
        second = refine_paths([str(samples)], store, config)
        assert second.unchanged == len(files) and second.stored == second.rejected_total == 0
        assert [a.to_json() for a in store.iter_articles()] == stored
