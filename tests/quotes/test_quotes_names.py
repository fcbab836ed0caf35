"""One run of name words: title and name, person or not, and the clues to gender."""

from __future__ import annotations

from newsrefinery.quotes.names import (
    gender_after,
    gender_of_name,
    gender_of_title,
    honorific_gender,
    inner_dot,
    mention_kind,
    not_a_name,
    strip_name,
    title_before,
    unpossess,
)
from newsrefinery.quotes.text import tokenize

from .helpers_quotes import article, by_text


def test_titles_before_names_are_split_off() -> None:
    art = article("“Talks must go on,” Chinese Foreign Minister Qin Gang told reporters.")
    q = by_text(art, "Talks must go on,")
    assert (q.speaker, q.speaker_mention, q.speaker_title) == (
        "Qin Gang", "Qin Gang", "Chinese Foreign Minister",
    )  # fmt: skip


def test_strip_name_keeps_a_department_in_the_title() -> None:
    assert strip_name(["Chinese", "Foreign", "Minister", "Qin", "Gang"]) == (
        ["Chinese", "Foreign", "Minister"],
        ["Qin", "Gang"],
    )
    assert strip_name(["Secretary", "of", "Homeland", "Security", "Tom", "Ridge"]) == (
        ["Secretary", "of", "Homeland", "Security"],
        ["Tom", "Ridge"],
    )
    assert strip_name(["Secretary", "of", "State", "John", "F.", "Kerry"]) == (
        ["Secretary", "of", "State"],
        ["John", "F.", "Kerry"],
    )


def test_places_adjectives_and_shouted_heads_are_not_names() -> None:
    assert not_a_name(["New", "York"]) and not_a_name(["Kent", "County"])
    assert not_a_name(["Presidential", "Debates"]) and not_a_name(["THE", "BORROWING"])
    assert not not_a_name(["John", "Kirby"])


def test_possessive_owner() -> None:
    assert [unpossess(w) for w in ("Johnson’s", "Jones’", "Trump's")] == [
        "Johnson", "Jones", "Trump",
    ]  # fmt: skip


def test_gender_from_honorific_given_name_and_title() -> None:
    assert honorific_gender(["Mrs", "Clinton"]) == "f" and honorific_gender(["Kirby"]) is None
    assert (gender_of_name("Hillary"), gender_of_name("John")) == ("f", "m")
    assert gender_of_name("Zorblax") is None
    assert gender_of_title("White House spokeswoman") == "f" and gender_of_title("Mr.") == "m"
    assert gender_of_title("Secretary") is None and gender_of_title(None) is None


def test_gender_from_a_pronoun_later_in_the_sentence_only() -> None:
    toks = tokenize("Kiara Perkins, a student, admitted she was willing.", [])
    assert gender_after(toks, 2) == "f"
    assert gender_after(tokenize("Kiara Perkins spoke. She was willing.", []), 2) is None


def test_lower_case_role_words_before_a_name_are_its_title() -> None:
    toks = tokenize("National Security Council spokesman John Kirby spoke.", [])
    assert title_before(toks, 4) == "National Security Council spokesman"
    assert title_before(toks, 0) is None
    assert title_before(tokenize("his former aide Jane Doe", []), 3) == "former aide"


def test_inner_dot_of_honorifics_and_initials_only() -> None:
    toks = tokenize("Mr. Kirby and J. Smith met", [])
    assert inner_dot(toks, 1) and inner_dot(toks, 5)
    assert not inner_dot(tokenize("Kirby met Smith. Then", []), 3)


def test_mention_kind_by_head_word() -> None:
    kinds = {s: mention_kind(tokenize(s, [])) for s in ("the White House", "it", "he", "Kirby")}
    assert kinds == {"the White House": "org", "it": "org", "he": "person", "Kirby": "person"}
    assert mention_kind(tokenize("officials", [])) == "other"
