"""Pronouns and nominal mentions (entities/coref.py)."""

from __future__ import annotations

from newsrefinery.entities import entities_article

from .helpers_entities import article, by_name, mention_texts


def test_pronoun_agrees_in_gender() -> None:
    text = "John Smith met Mary Jones. She said he was late."
    people = by_name(entities_article(article(text)).entities)
    assert mention_texts(people["Mary Jones"]) == ["Mary Jones", "She"]
    assert mention_texts(people["John Smith"]) == ["John Smith", "he"]


def test_pronoun_prefers_the_recent_subject() -> None:
    text = "Kirby spoke to David Brown on Monday. Later, Anna Lee met Kirby. He smiled."
    art = entities_article(article("Chief John Kirby arrived.", text))
    people = by_name(art.entities)
    assert "He" in mention_texts(people["John Kirby"])
    assert "He" not in mention_texts(people["David Brown"])


def test_pronoun_far_from_any_person_stays_unresolved() -> None:
    filler = " ".join(["The market rose."] * 8)
    art = entities_article(article("John Smith spoke.", filler, "He left."))
    assert mention_texts(by_name(art.entities)["John Smith"]) == ["John Smith"]


def test_offsets_of_pronouns_and_nominals() -> None:
    art = entities_article(
        article(
            "Ukrainian President Volodymyr Zelensky spoke.",
            "The talks, the Ukrainian leader said, went well.",
        )
    )
    zelensky = by_name(art.entities)["Volodymyr Zelensky"]
    assert mention_texts(zelensky) == ["Volodymyr Zelensky", "the Ukrainian leader"]
    for m in zelensky.mentions:
        assert art.body_text[m.start : m.end] == m.text


def test_nominal_needs_a_matching_title() -> None:
    art = entities_article(article("Chinese leader Xi Jinping spoke. The spokesman said no."))
    assert mention_texts(by_name(art.entities)["Xi Jinping"]) == ["Xi Jinping"]


def test_nominal_followed_by_the_name_is_a_title_not_a_mention() -> None:
    art = entities_article(article("The spokesman John Kirby spoke. Then the spokesman left."))
    kirby = by_name(art.entities)["John Kirby"]
    assert mention_texts(kirby) == ["John Kirby", "the spokesman"]
