from __future__ import annotations

from pathlib import Path

import pytest

from newsrefinery.config import Config, RunConfig, load_config
from newsrefinery.errors import ConfigError


def test_defaults() -> None:
    cfg = load_config()
    assert cfg == Config() and cfg.run.timeout == 30.0 and cfg.run.jobs >= 1


def test_toml_and_overrides(tmp_path: Path) -> None:
    f = tmp_path / "c.toml"
    f.write_text("[run]\njobs = 3\ntimeout = 5.5\n", encoding="utf-8")
    cfg = load_config(f, ["run.jobs=2"])
    assert cfg.run == RunConfig(jobs=2, timeout=5.5)


@pytest.mark.parametrize(
    ("text", "overrides", "message"),
    [
        ("[nope]\nx = 1\n", [], "unknown config area"),
        ("[run]\nspeed = 1\n", [], "unknown option run.speed"),
        ("[run]\njobs = 0\n", [], "at least 1"),
        ("[run\n", [], "invalid TOML"),
        ("", ["jobs=2"], "area.key=value"),
        ("", ["run.timeout=-1"], "positive"),
        ("", ["run.jobs=many"], "invalid"),
    ],
)
def test_bad_config_is_one_clear_error(
    tmp_path: Path, text: str, overrides: list[str], message: str
) -> None:
    f = tmp_path / "c.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(f, overrides)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "absent.toml")
