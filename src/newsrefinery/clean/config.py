"""`CleanConfig`: the user's extra patterns and switched-off rules, checked up front.

In TOML (`[clean]`), `extra_patterns` maps a reason code to phrases or regexes:

    [clean.extra_patterns]
    newsletter = ["Get the Morning Brief", "re:^sign up for .{1,40} alerts"]
    disabled_rules = ["tag_list"]

A plain string is a phrase: it matches a whole line, ignoring case and edge
punctuation, like the built-in vocabularies. A string starting with `re:` is a regular
expression searched in the line (case-insensitive). Bad regexes, and regexes with a
nested quantifier such as `(a+)+` that can backtrack catastrophically, are refused
here with a `ConfigError`, so a run never starts with them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from newsrefinery.errors import ConfigError

from .patterns import REASONS

REGEX_PREFIX = "re:"
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
# A group that holds a quantifier and is itself quantified: (a+)+, (a|b*)*, (x{2,})+ ...
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.){0,500}[+*}](?:[^()\\]|\\.){0,500}\)[+*{]")


def _frozen_patterns(value: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({k: tuple(v) for k, v in value.items()})


@dataclass(frozen=True)
class CleanConfig:
    """Options of the cleaning step; immutable and validated at construction."""

    extra_patterns: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    disabled_rules: frozenset[str] = frozenset()
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        patterns = self.extra_patterns
        if not isinstance(patterns, Mapping):
            raise ConfigError("clean.extra_patterns must be a table of reason = [patterns]")
        for reason, values in patterns.items():
            _check_code(reason, "clean.extra_patterns")
            if isinstance(values, str) or not all(isinstance(v, str) for v in values):
                raise ConfigError(f"clean.extra_patterns.{reason} must be a list of strings")
            for value in values:
                _check_pattern(reason, value)
        object.__setattr__(self, "extra_patterns", _frozen_patterns(patterns))
        disabled = frozenset(self.disabled_rules)
        unknown = sorted(disabled - REASONS.keys() - patterns.keys())
        if unknown:
            raise ConfigError(
                f"clean.disabled_rules: unknown reason code(s) {', '.join(unknown)}; "
                f"known: {', '.join(sorted(REASONS))}"
            )
        object.__setattr__(self, "disabled_rules", disabled)
        # hashed once: the step looks its compiled rules up by config for every document
        object.__setattr__(self, "_hash", hash(self.cache_key()))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(
        self,
    ) -> tuple[type[CleanConfig], tuple[dict[str, tuple[str, ...]], frozenset[str]]]:
        # The runner sends the config to worker processes; a mappingproxy cannot be pickled.
        return (CleanConfig, (dict(self.extra_patterns), self.disabled_rules))

    def cache_key(self) -> tuple[object, ...]:
        """A hashable summary, so compiled rules can be shared between equal configs."""
        extra = tuple(sorted((k, tuple(v)) for k, v in self.extra_patterns.items()))
        return (extra, tuple(sorted(self.disabled_rules)))


def _check_code(code: object, where: str) -> None:
    if not isinstance(code, str) or not _CODE.match(code):
        raise ConfigError(f"{where}: {code!r} is not a snake_case reason code")


def _check_pattern(reason: str, value: str) -> None:
    if not value.strip():
        raise ConfigError(f"clean.extra_patterns.{reason}: empty pattern")
    if not value.startswith(REGEX_PREFIX):
        return
    source = value[len(REGEX_PREFIX) :]
    if _NESTED_QUANTIFIER.search(source):
        raise ConfigError(
            f"clean.extra_patterns.{reason}: {source!r} nests a quantifier inside a "
            "quantified group and could backtrack catastrophically"
        )
    try:
        re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"clean.extra_patterns.{reason}: bad regex {source!r}: {exc}") from exc


DEFAULT_CONFIG = CleanConfig()
