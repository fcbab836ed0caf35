"""Quotation spans: every typographic style, nesting, multi-paragraph, recovery."""

from __future__ import annotations

import pytest

from newsrefinery.quotes.marks import find_spans, quote_groups


def inner(text: str) -> list[str]:
    spans, _ = find_spans(text)
    return [text[s.inner_start : s.inner_end] for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes, now,” and left.", ["yes, now,"]),
        ('He said "yes" and "no".', ["yes", "no"]),
        ("Il a dit « oui » hier.", ["oui"]),
        ("Er sagte „ja“ und ging.", ["ja"]),
        ("Er sagte »ja« und ging.", ["ja"]),
        ("Dijo «sí» ayer.", ["sí"]),
        ("彼は「はい」と言った。", ["はい"]),
        ("He said ‘yes’ in London.", ["yes"]),
        ("He said ''yes, sir,'' to Mr. Obama.", ["yes, sir,"]),
    ],
)
def test_every_style(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


def test_nested_quotes_stay_inside_the_outer_one() -> None:
    assert inner("“He told me ‘go home’ twice,” she said.") == ["He told me ‘go home’ twice,"]
    assert inner("\"He called it 'crazy' twice,\" she said.") == ["He called it 'crazy' twice,"]


def test_apostrophes_and_inch_marks_are_not_quotes() -> None:
    assert inner("Trump’s plan doesn’t work, the Joneses’ said.") == []
    assert inner("Trump is 6'3\" tall and weighs 236 pounds.") == []


def test_mixed_styles_close_each_other() -> None:
    assert inner('“Immunity deals should not be a requirement," Chaffetz said.') == [
        "Immunity deals should not be a requirement,"
    ]
    assert inner("“It’s unusual,“ said Larry Noble.") == ["It’s unusual,"]


def test_unbalanced_opener_is_closed_at_the_next_opener_or_the_end() -> None:
    spans, _ = find_spans("A “stray mark. “Fine,” he said.")
    assert [s.closed for s in spans] == [False, True]
    assert inner("He wrote “this never closes") == ["this never closes"]


def test_multi_paragraph_quotation_is_one_group() -> None:
    paras = ["“First part,", "“second part,", "“and the end,” he said.", "“New quote.”"]
    groups = quote_groups(paras)
    assert [[k for k, _ in g.parts] for g in groups] == [[0, 1, 2], [3]]
    assert groups[0].closed


def test_continuation_needs_the_same_mark() -> None:
    groups = quote_groups(['"Trump walked onto the stage, chanting', "“That’s right,” she said."])
    assert len(groups) == 2


def test_continuation_without_its_opening_mark() -> None:
    groups = quote_groups(["“This goes on", "and ends here,” he said."])
    assert [[k for k, _ in g.parts] for g in groups] == [[0, 1]]


def test_apostrophes_inside_words_leave_nested_quotes_whole() -> None:
    # Apostrophes between letters are never offered to the scanner; those that
    # could open or close a quotation are.
    text = "“I don't know what 'won't' means, or rock’n’roll,” he said."
    spans, _ = find_spans(text)
    assert [text[s.inner_start : s.inner_end] for s in spans[0].nested] == ["won't"]
    assert inner("\"He said 'it's over' twice,\" she said.") == ["He said 'it's over' twice,"]
