"""Configuration: frozen dataclasses per area, read from TOML plus `--set a.b=c` overrides.

A TOML file has one table per area (`[run]`, `[clean]`, ...). Unknown areas or keys
are errors rather than silently ignored, because a misspelt option that does nothing
is worse than a refusal.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .clean.config import CleanConfig
from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

DEFAULT_DB = "newsrefinery.db"


def default_jobs() -> int:
    """Cores this process may use (cgroup/affinity aware where the OS tells)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class RunConfig:
    """How the runner executes the steps."""

    jobs: int = field(default_factory=default_jobs)
    timeout: float = 30.0  # seconds per document
    max_bytes: int = 20_000_000  # larger inputs are rejected as too_large
    memory_mb: int = 4096  # address space a worker may add to what it starts with
    max_tasks: int = 2000  # documents per worker before it is recycled
    batch: int = 200  # articles per store transaction

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise ConfigError(f"run.jobs must be at least 1, not {self.jobs}")
        if self.timeout <= 0:
            raise ConfigError(f"run.timeout must be positive, not {self.timeout}")
        for name in ("max_bytes", "memory_mb", "max_tasks", "batch"):
            if getattr(self, name) < 1:
                raise ConfigError(f"run.{name} must be at least 1")


@dataclass(frozen=True, slots=True)
class Config:
    run: RunConfig = field(default_factory=RunConfig)
    clean: CleanConfig = field(default_factory=CleanConfig)


def load_config(path: str | Path | None = None, overrides: Iterable[str] = ()) -> Config:
    """Read a TOML file (optional) and apply `area.key=value` overrides."""
    data: dict[str, dict[str, Any]] = {}
    if path is not None:
        data = _read_toml(Path(path))
    for item in overrides:
        area, key, value = _parse_override(item)
        data.setdefault(area, {})[key] = value
    return _build(data)


def _read_toml(path: Path) -> dict[str, dict[str, Any]]:
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML in {path}: {exc}") from exc
    tables: dict[str, dict[str, Any]] = {}
    for area, table in raw.items():
        if not isinstance(table, dict):
            raise ConfigError(f"config {path}: '{area}' must be a table")
        tables[area] = table
    return tables


def _parse_override(item: str) -> tuple[str, str, Any]:
    name, sep, text = item.partition("=")
    area, dot, key = name.strip().partition(".")
    if not sep or not dot or not area or not key:
        raise ConfigError(f"--set expects area.key=value, got '{item}'")
    try:
        value: Any = tomllib.loads(f"v = {text.strip()}")["v"]
    except tomllib.TOMLDecodeError:
        value = text.strip()  # a bare word is a string, as a user would expect
    return area, key, value


def _build(data: Mapping[str, Mapping[str, Any]]) -> Config:
    areas = {f.name: f for f in dataclasses.fields(Config)}
    kwargs: dict[str, Any] = {}
    for area, table in data.items():
        if area not in areas:
            raise ConfigError(f"unknown config area '{area}' (known: {', '.join(areas)})")
        kind = _area_type(area)
        known = {f.name for f in dataclasses.fields(kind)}
        unknown = set(table) - known
        if unknown:
            raise ConfigError(f"unknown option {area}.{sorted(unknown)[0]}")
        try:
            kwargs[area] = kind(**table)
        except TypeError as exc:
            raise ConfigError(f"invalid [{area}] options: {exc}") from exc
    return Config(**kwargs)


def _area_type(area: str) -> Any:
    return {"run": RunConfig, "clean": CleanConfig}[area]
