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


def test_subject_beats_the_object_of_a_preposition() -> None:
    text = "In an interview with Terry Gross, Stephen Colbert said of his time that it was fun."
    people = by_name(entities_article(article(text)).entities)
    assert "his" in mention_texts(people["Stephen Colbert"])
    assert "his" not in mention_texts(people["Terry Gross"])


def test_pronoun_inside_a_quote_is_not_its_speaker() -> None:
    text = (
        "Rick Santorum ran for president. Jon Stan remarked to the paper, "
        '"We will keep the drink until he is irrelevant."'
    )
    people = by_name(entities_article(article(text)).entities)
    assert "he" in mention_texts(people["Rick Santorum"])
    assert "he" not in mention_texts(people["Jon Stan"])


def test_he_after_a_quote_continues_its_speaker() -> None:
    text = '"We are ready," John Smith said. Peter Jones nodded. "We will win," he added.'
    people = by_name(entities_article(article(text)).entities)
    assert mention_texts(people["John Smith"]) == ["John Smith", "he"]
    assert mention_texts(people["Peter Jones"]) == ["Peter Jones"]


def test_known_gender_beats_a_subject_of_unknown_gender() -> None:
    # "Blair" is a given name of either gender: the subject, but not surely a "she".
    text = "Blair Oba praised Mary Jones. She said the plan was good."
    people = by_name(entities_article(article(text)).entities)
    assert "She" in mention_texts(people["Mary Jones"])
    assert "She" not in mention_texts(people["Blair Oba"])
