"""Names an editor completed in square brackets (entities/bracketed.py)."""

from __future__ import annotations

from newsrefinery.entities.bracketed import bracketed_names
from newsrefinery.entities.gazetteer import gazetteer
from newsrefinery.entities.spans import Span, make_field


def _found(text: str) -> tuple[list[Span], set[int]]:
    fld = make_field(0, text)
    caps = [k for k, tok in enumerate(fld.tokens) if tok.cap]
    return bracketed_names(fld, caps, gazetteer())


def test_bracketed_given_names_join_the_surname() -> None:
    text = "Reagan in 80 and 84, [George H. W.] Bush in 88, [Phil] Gramm in 96."
    spans, taken = _found(text)
    assert [(s.text, s.type, s.canonical) for s in spans] == [
        ("[George H. W.] Bush", "PERSON", "George H. W. Bush"),
        ("[Phil] Gramm", "PERSON", "Phil Gramm"),
    ]
    assert len(taken) == 6 + 4


def test_other_brackets_are_no_names() -> None:
    for text in (
        "Theres [sic] something here.",
        "He said [the] Senate would act.",
        "And that's on the main website [see below]?",
        "[Note: The interview]",
    ):
        assert _found(text) == ([], set())
