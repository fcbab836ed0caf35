"""CleanConfig: user patterns and switched-off rules, validated up front."""

from __future__ import annotations

import pytest

from newsrefinery.clean import CleanConfig, clean_lines
from newsrefinery.errors import ConfigError

HEAD = "Council approves budget after long debate"
PARA = "The council approved the new budget on Monday after a long debate about the costs."


def test_defaults_are_empty_and_hashable() -> None:
    config = CleanConfig()
    assert dict(config.extra_patterns) == {} and config.disabled_rules == frozenset()
    assert hash(config) == hash(CleanConfig()) and config == CleanConfig()


def test_extra_phrase_matches_whole_line_ignoring_case_and_edges() -> None:
    config = CleanConfig(extra_patterns={"newsletter": ("Get the Morning Brief",)})
    cleaned = clean_lines([HEAD, PARA, "GET THE MORNING BRIEF:"], config=config)
    assert [(r.text, r.reason) for r in cleaned.removed] == [
        ("GET THE MORNING BRIEF:", "newsletter")
    ]
    # a phrase is not a substring rule
    cleaned = clean_lines(
        [HEAD, PARA, "Get the Morning Brief delivered to the mayor."], config=config
    )
    assert cleaned.removed == ()


def test_extra_regex_and_new_reason_code() -> None:
    config = CleanConfig(extra_patterns={"house_promo": (r"re:^listen to our .{1,40} podcast",)})
    cleaned = clean_lines([HEAD, PARA, "Listen to our Daily Briefing podcast"], config=config)
    assert [r.reason for r in cleaned.removed] == ["house_promo"]
    assert CleanConfig(
        disabled_rules=frozenset({"house_promo"}), extra_patterns=config.extra_patterns
    )


def test_disabled_rule_keeps_the_line() -> None:
    lines = [HEAD, PARA, "Tags: politics, budget, council", "[ad_1]"]
    config = CleanConfig(disabled_rules=frozenset({"tag_list", "ad_placeholder"}))
    cleaned = clean_lines(lines, config=config)
    assert cleaned.body == (PARA, "Tags: politics, budget, council", "[ad_1]")
    assert clean_lines(lines).body == (PARA,)


@pytest.mark.parametrize(
    ("extra", "disabled", "message"),
    [
        ({"newsletter": ("re:(unclosed",)}, frozenset(), "bad regex"),
        ({"newsletter": ("re:(a+)+$",)}, frozenset(), "catastrophically"),
        ({"newsletter": ("re:(x|y*)*z",)}, frozenset(), "catastrophically"),
        ({"Not Snake": ("x",)}, frozenset(), "snake_case"),
        ({"newsletter": "a string, not a list"}, frozenset(), "list of strings"),
        ({"newsletter": ("  ",)}, frozenset(), "empty pattern"),
        ({}, frozenset({"no_such_rule"}), "unknown reason"),
    ],
)
def test_bad_config_is_refused(extra: object, disabled: frozenset[str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        CleanConfig(extra_patterns=extra, disabled_rules=disabled)  # type: ignore[arg-type]


def test_config_is_immutable() -> None:
    patterns = {"newsletter": ["Morning Brief"]}
    config = CleanConfig(extra_patterns=patterns)  # type: ignore[arg-type]
    patterns["newsletter"].append("changed later")
    assert config.extra_patterns["newsletter"] == ("Morning Brief",)
    with pytest.raises(TypeError):
        config.extra_patterns["x"] = ("y",)  # type: ignore[index]
