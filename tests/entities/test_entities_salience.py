"""Grammatical roles of mentions and the speakers of quotes (entities/salience.py)."""

from __future__ import annotations

import pytest

from newsrefinery.entities.salience import (
    EMBEDDED,
    OBJECT,
    OBLIQUE,
    QUOTE_MARKS,
    SUBJECT,
    Quote,
    mention_role,
    pronoun_role,
    quotes,
)
from newsrefinery.entities.spans import Field, make_field


def _quotes(fld: Field, starts: dict[int, int]) -> list[Quote]:
    marks = [k for k, t in enumerate(fld.tokens) if t.text in QUOTE_MARKS]
    breaks = [k for k, t in enumerate(fld.tokens) if t.gap_newline]
    return quotes(fld, starts, marks, breaks)


def _role(text: str, name: str) -> str:
    fld = make_field(0, text)
    start = text.index(name)
    k = next(n for n, t in enumerate(fld.tokens) if t.start == start)
    return mention_role(fld, k, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("In an interview with Terry Gross, Stephen Colbert said no.", "Terry Gross", OBLIQUE),
        ("In an interview with Terry Gross, Stephen Colbert said no.", "Stephen Colbert", SUBJECT),
        ("They met with the spokesman John Kirby on Monday.", "John Kirby", OBLIQUE),
        ("Sarvis notes that he favours it.", "Sarvis", SUBJECT),
        ("Later, Montalvo contacted them.", "Montalvo", SUBJECT),
        ("The latest Zogby poll placed him third.", "Zogby", EMBEDDED),
        ("On Sarvis's website, it is written.", "Sarvis", EMBEDDED),
        ("Voters will replace governor Bob McDonnell.", "Bob McDonnell", OBJECT),
        ("Kirby, who spoke first, left.", "Kirby", SUBJECT),
    ],
)
def test_mention_role(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_pronoun_role() -> None:
    fld = make_field(0, "He said his aide spoke with him and told her plan to her.")
    roles = {t.start: pronoun_role(fld, k) for k, t in enumerate(fld.tokens) if t.start >= 0}
    text = fld.text
    assert roles[text.index("He")] == SUBJECT
    assert roles[text.index("his")] == EMBEDDED
    assert roles[text.index("him")] == OBLIQUE
    assert roles[text.index("her plan")] == EMBEDDED
    assert roles[text.rindex("her")] == OBLIQUE


def test_quote_speakers_before_and_after() -> None:
    text = 'Stan remarked to The Paper, "We will keep it." "It sells," Ann Lee said.'
    fld = make_field(0, text)
    starts = {text.index("Stan"): 0, text.index("Ann Lee"): 1}
    found = _quotes(fld, starts)
    assert [fld.tokens[q.speaker].text for q in found if q.speaker is not None] == ["Stan", "Ann"]


def test_quote_without_a_frame_has_no_speaker() -> None:
    text = 'Stan left. "We will keep it." The shop closed.'
    fld = make_field(0, text)
    (quote,) = _quotes(fld, {0: 0})
    assert quote.speaker is None
    assert fld.tokens[quote.open].text == '"' and fld.tokens[quote.close].text == '"'


def test_quote_left_open_ends_with_its_paragraph() -> None:
    text = 'Ann Lee said: "We will keep it.\n\nThe shop closed. "It sells," Bo Li said.'
    fld = make_field(0, text)
    first, second = _quotes(fld, {0: 0, text.index("Bo Li"): 1})
    assert fld.tokens[first.close].text == "The"
    assert first.speaker == 0
    assert fld.tokens[second.open].text == '"' and fld.tokens[second.speaker or 0].text == "Bo"
