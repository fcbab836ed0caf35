"""Where a run of capitalised words holding two names is cut (entities/cuts.py)."""

from __future__ import annotations

from newsrefinery.entities.cuts import two_names, two_people
from newsrefinery.entities.gazetteer import gazetteer
from newsrefinery.entities.spans import Field, make_field


def _run(text: str) -> tuple[Field, int, int]:
    """The field of `text`, and its first run of capitalised words (to the first period)."""
    fld = make_field(0, text)
    caps = [k for k, tok in enumerate(fld.tokens) if tok.cap or tok.lower in ("of", "and")]
    j = next(k for k, tok in enumerate(fld.tokens) if tok.text in (".", ","))
    return fld, caps[0], j


def _parts(text: str, cut: tuple[int, int, int] | None, fld: Field, j: int) -> list[str]:
    assert cut is not None
    first, left, right = cut
    toks = fld.tokens
    return [text[toks[first].start : toks[left - 1].end], text[toks[right].start : toks[j - 1].end]]


def test_person_of_an_organisation() -> None:
    text = "Troy Patterson of Slate Magazine."
    fld, i, j = _run(text)
    assert _parts(text, two_names(fld, gazetteer(), i, j), fld, j) == [
        "Troy Patterson",
        "Slate Magazine",
    ]


def test_well_known_person_after_an_unknown_title() -> None:
    text = "Bundeskanzlerin Angela Merkel."
    fld, i, j = _run(text)
    assert _parts(text, two_names(fld, gazetteer(), i, j), fld, j)[1] == "Angela Merkel"
    text = "Kevin De Bruyne."  # a short form in the list is no cut
    fld, i, j = _run(text)
    assert two_names(fld, gazetteer(), i, j) is None


def test_two_people_joined_by_and() -> None:
    text = "Editorial Manager Chet Clem and President Sean Mills."
    fld, i, j = _run(text)
    assert _parts(text, two_people(fld, gazetteer(), i, j), fld, j) == [
        "Editorial Manager Chet Clem",
        "President Sean Mills",
    ]
    text = "Procter and Gamble."
    fld, i, j = _run(text)
    assert two_people(fld, gazetteer(), i, j) is None
