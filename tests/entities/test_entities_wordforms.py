"""Names inside other word forms (entities/wordforms.py)."""

from __future__ import annotations

from newsrefinery.entities.gazetteer import gazetteer
from newsrefinery.entities.spans import Field, make_field
from newsrefinery.entities.wordforms import hyphen_heads, lower_parties, name_token


def _caps(fld: Field) -> list[int]:
    return [k for k, tok in enumerate(fld.tokens) if tok.cap]


def _heads(text: str) -> list[tuple[str, str | None]]:
    fld = make_field(0, text)
    caps = [k for k, tok in enumerate(fld.tokens) if tok.cap]
    return [(s.text, s.type) for s in hyphen_heads(fld, caps, gazetteer())]


def test_hyphen_heads() -> None:
    assert _heads("US-led forces and Kabul-based staff met.") == [
        ("US", "PLACE"),
        ("Kabul", "PLACE"),
    ]
    assert _heads("He left Scientology-related work for Mets-inspired poems.") == [
        ("Scientology", None),
        ("Mets", None),
    ]
    assert _heads("A Lesser-known forum; a Booker Prize-winner.") == []


def test_name_token() -> None:
    tokens = make_field(0, "Putin-Xi talks, a US-led force, Hau Lung-bin").tokens
    found = {t.text: name_token(t, gazetteer()) for t in tokens if t.cap}
    assert found["Putin-Xi"] and not found["US-led"]


def test_party_with_its_head_in_lower_case() -> None:
    fld = make_field(0, "My ties to the Republican party date back.")
    (party,) = lower_parties(fld, _caps(fld), [])
    assert (party.text, party.type, party.canonical) == (
        "Republican party",
        "ORG",
        "Republican Party",
    )
    fld = make_field(0, "Republican voters came.")
    assert lower_parties(fld, _caps(fld), []) == []
