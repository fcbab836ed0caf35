"""Every regular expression of the structure package is free of nested quantifiers.

A quantified group that holds another variable quantifier ("(a+)+", "(\\w+ )?") is the
shape behind catastrophic backtracking. The parsers are written so that none exists;
this test reads each compiled pattern's syntax tree to keep it that way.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

import pytest

try:
    import re._parser as sre_parse  # type: ignore[import-not-found]
except ImportError:  # Python 3.10
    import sre_parse  # type: ignore[no-redef]

MODULES = ["agencies", "byline", "dateline", "dates", "headline", "places", "step"]
REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT}


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for name in MODULES:
        module = importlib.import_module(f"newsrefinery.structure.{name}")
        for attr, value in vars(module).items():
            values = value if isinstance(value, tuple) else (value,)
            for item in values:
                if isinstance(item, re.Pattern):
                    yield f"{name}.{attr}", item


def _children(op: Any, arg: Any) -> list[Any]:
    """The parsed sub-sequences under one node that a repeat could hide in."""
    if op == sre_parse.SUBPATTERN:
        return [arg[-1]]
    if op == sre_parse.BRANCH:
        return list(arg[1])
    if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
        return [arg[1]]
    return []


def _variable_repeat_inside(items: Any, inside: bool) -> bool:
    """Whether a variable repeat sits inside another repeat in this parsed subtree."""
    for op, arg in items:
        if op in REPEATS:
            low, high, sub = arg
            if (inside and low != high) or _variable_repeat_inside(sub, True):
                return True
        elif any(_variable_repeat_inside(child, inside) for child in _children(op, arg)):
            return True
    return False


PATTERNS = list(_patterns())


def test_patterns_were_found() -> None:
    assert len(PATTERNS) >= 15


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_no_nested_quantifiers(name: str, pattern: re.Pattern[str]) -> None:
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    assert not _variable_repeat_inside(tree, False), name


def test_the_check_catches_nesting() -> None:
    for bad in (r"(a+)+", r"(?:\w+ )?x", r"(?:a|b*)*"):
        assert _variable_repeat_inside(sre_parse.parse(bad), False)
    for good in (r"(?:ab)+", r"\d{4}(?:st)?", r"(?:\d{2})?x"):
        assert not _variable_repeat_inside(sre_parse.parse(good), False)
