"""One local Ray for the Ray engine's tests: starting one costs seconds.

Module-scoped rather than session-scoped on purpose: while Ray is initialised, this
process holds gigabytes of reserved address space, and the local engine's workers,
forked from it with an address-space cap, could not allocate anything. Shutting
Ray down after its module keeps every later local-engine test unaffected.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[Any]:
    """`ray.init(num_cpus=2)` once per module that uses it; the engine finds it and uses it."""
    ray = pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    if ray.is_initialized():  # started by someone else: use it, leave it running
        yield ray
        return
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
    try:
        yield ray
    finally:
        ray.shutdown()
