"""The README's examples stay true: its configuration block loads as written."""

from __future__ import annotations

import re
from pathlib import Path

from newsrefinery.config import load_config

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_toml_example_loads(tmp_path: Path) -> None:
    blocks = re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert blocks, "the README shows a configuration example"
    for i, block in enumerate(blocks):
        f = tmp_path / f"c{i}.toml"
        f.write_text(block, encoding="utf-8")
        config = load_config(f)
        assert config.run.jobs == 2
        assert "my_footer" in config.clean.extra_patterns


def test_readme_starts_with_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    first_block = text.split("```", 2)[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()[1:] if line]
    assert commands == ["make demo", "make test"]
