"""Speaker canonicalisation: full names, titles, pronouns, organisations, entities."""

from __future__ import annotations

from newsrefinery.records import Entity, Mention

from .helpers_quotes import article, by_text


def test_surname_resolves_to_the_longest_full_name_with_its_title() -> None:
    art = article(
        "National Security Council spokesman John Kirby spoke on Monday.",
        "“We are ready,” Kirby said.",
    )
    q = by_text(art, "We are ready,")
    assert (q.speaker, q.speaker_mention, q.speaker_title) == (
        "John Kirby", "Kirby", "National Security Council spokesman",
    )  # fmt: skip


def test_apposition_title_and_honorific() -> None:
    art = article(
        "Mr. Daniel Smith, a spokesman for the council, said the vote was delayed.",
        "“We will vote next week,” Mr. Smith said.",
    )
    assert by_text(art, "the vote was delayed").speaker == "Daniel Smith"
    assert by_text(art, "We will vote next week,").speaker == "Daniel Smith"


def test_pronoun_takes_the_latest_speaker_of_matching_gender() -> None:
    art = article(
        "Hillary Clinton met John Kirby on Monday.",
        "“It went well,” Kirby said.",
        "“We agreed on a lot,” she said.",
        "“And we will meet again,” he added.",
    )
    assert by_text(art, "We agreed on a lot,").speaker == "Hillary Clinton"
    assert by_text(art, "And we will meet again,").speaker == "John Kirby"


def test_it_resolves_to_an_organisation_and_they_stays_unknown() -> None:
    art = article(
        "The White House said talks were useful. It also cautioned Beijing against adopting"
        " an unbalanced stance.",
        "Officials met. They said the results were mixed.",
    )
    assert by_text(art, "against adopting an unbalanced stance").speaker == "White House"
    q = by_text(art, "the results were mixed")
    assert (q.speaker, q.speaker_mention) == (None, "They")


def test_nominal_resolves_to_the_person_with_that_role() -> None:
    art = article(
        "White House spokesman Josh Earnest spoke to reporters.",
        "The spokesman said the president would sign the bill.",
    )
    q = by_text(art, "the president would sign the bill")
    assert (q.speaker, q.speaker_mention) == ("Josh Earnest", "The spokesman")


def test_unknown_speaker_is_null_never_a_guess() -> None:
    art = article("“It is over,” someone shouted from the back.")
    assert all(q.speaker is None for q in art.quotes)


def test_entities_are_preferred_when_present() -> None:
    text = "“We are ready,” he said."
    entity = Entity(
        name="John F. Kirby", type="PERSON", titles=("Rear Admiral",),
        mentions=(Mention("he", 17, 19),),
    )  # fmt: skip
    q = by_text(article(text, entities=(entity,)), "We are ready,")
    assert (q.speaker, q.speaker_title, q.speaker_mention) == (
        "John F. Kirby",
        "Rear Admiral",
        "he",
    )
