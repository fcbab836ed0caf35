"""Named-mention candidates of one text (entities/mentions.py)."""

from __future__ import annotations

from newsrefinery import refine_text
from newsrefinery.entities.gazetteer import gazetteer
from newsrefinery.entities.mentions import find_spans
from newsrefinery.entities.spans import make_field


def spans(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.type) for s in find_spans(make_field(0, text), gazetteer())]


def test_title_is_cut_off_a_persons_name() -> None:
    found = find_spans(
        make_field(0, "He met Chinese Foreign Minister Qin Gang today."), gazetteer()
    )
    person = next(s for s in found if s.type == "PERSON")
    assert person.text == "Qin Gang"
    assert person.title == "Chinese Foreign Minister"


def test_a_titles_lead_is_an_organisation() -> None:
    text = "Yesterday US National Security Council Coordinator John Kirby spoke."
    found = spans(text)
    assert ("John Kirby", "PERSON") in found
    assert ("US National Security Council", "ORG") in found
    assert ("US", "PLACE") in found  # nested in the organisation's name


def test_heads_and_lists_type_names() -> None:
    found = spans("Staff at the University of Helsinki sailed the Ross Sea for NATO and Google.")
    assert ("University of Helsinki", "ORG") in found
    assert ("Helsinki", "PLACE") in found
    assert ("Ross Sea", "PLACE") in found
    assert ("NATO", "ORG") in found and ("Google", "ORG") in found


def test_words_that_open_sentences_are_not_names() -> None:
    found = spans("However, the talks went on. The White House said so. Currently Kirby waits.")
    assert ("White House", "ORG") in found
    assert all(text not in ("However", "The", "Currently Kirby") for text, _ in found)
    assert ("Kirby", None) in found  # left open for the article-level pass


def test_new_york_keeps_its_new() -> None:
    assert ("New York", "PLACE") in spans("They flew to New York on Monday.")


def test_events_and_days_are_no_entities() -> None:
    found = spans("She watched the World Cup with Hugh McGuire Sunday.")
    assert all("Cup" not in text for text, _ in found)
    assert ("Hugh McGuire", "PERSON") in found


def test_two_names_in_one_run() -> None:
    found = spans("Troy Patterson of Slate Magazine wrote it.")
    assert ("Troy Patterson", "PERSON") in found and ("Slate Magazine", "ORG") in found
    found = spans("the Council on Islamic Relations Mary Salem said")
    assert ("Mary Salem", "PERSON") in found


def test_place_in_a_hyphenated_word() -> None:
    assert ("US", "PLACE") in spans("the US-led coalition")
    assert spans("Chinese-ally Russia") == [("Russia", "PLACE")]


def test_place_led_names_are_organisations() -> None:
    assert ("LA Weekly", "ORG") in spans("Whitmore told LA Weekly on Friday.")


def test_shouted_dateline_city_is_a_place() -> None:
    found = find_spans(make_field(0, "WASHINGTON: The White House said"), gazetteer())
    assert (found[0].text, found[0].type, found[0].canonical) == (
        "WASHINGTON", "PLACE", "Washington",
    )  # fmt: skip


def test_event_names_keep_the_organisation_or_place_they_open_with() -> None:
    from newsrefinery.entities import entities_article

    from .helpers_entities import article, by_name

    text = "Sweden won at the FIFA World Cup. He opposed the Vietnam War."
    names = by_name(entities_article(article(text)).entities)
    assert names["FIFA"].type == "ORG"
    assert names["Vietnam"].type == "PLACE"
    assert "FIFA World Cup" not in names


def test_adverb_opening_a_sentence_is_dropped_but_a_name_ending_in_ly_is_not() -> None:
    from newsrefinery.entities import entities_article

    from .helpers_entities import article, by_name

    text = "Currently Shalev teaches. Image: Nick Moreau.\n\nDaly explained how she did it."
    names = by_name(entities_article(article(text)).entities)
    assert "Currently Shalev" not in names
    assert names["Daly"].type == "PERSON"


def test_unlisted_name_after_an_organisation_is_cut_off() -> None:
    # The name is a span of its own (typed a person by the article-level pass).
    found = spans("The envoy to the United States Tamrin Oduya said talks would resume.")
    assert [text for text, _ in found] == ["United States", "Tamrin Oduya"]
    assert ("United States", "PLACE") in found
    found = spans("Later CEO of the Refugee Council Orlan Vesque told reporters.")
    assert [text for text, _ in found] == ["Refugee Council", "Orlan Vesque"]
    assert ("Refugee Council", "ORG") in found


def test_office_in_an_organisation_names_the_organisation() -> None:
    found = spans("She was elected President of the International Guild of Weavers in May.")
    assert ("International Guild of Weavers", "ORG") in found


def test_two_organisations_joined_by_and() -> None:
    text = "It was run by the Institute of Oceanography and the University of Bergen last year."
    found = spans(text)
    assert ("Institute of Oceanography", "ORG") in found
    assert ("University of Bergen", "ORG") in found
    found = spans("He led the Department of Health and Human Services for years.")
    assert ("Department of Health and Human Services", "ORG") in found


def test_municipality_of_a_town_is_an_organisation() -> None:
    found = spans("The request came from the Municipality of Livorno last week.")
    assert ("Municipality of Livorno", "ORG") in found


def test_a_title_word_ending_the_text_is_not_read_past() -> None:
    # A one-word run at the very end once indexed the token after it.
    text = "Galloway targets 'New Labour' MP\n\nGeorge Galloway spoke in London on Monday."
    article = refine_text(text)
    assert article.rejection is None and article.entities


def test_a_given_name_before_a_surname_like_place_head_is_a_person() -> None:
    assert ("Christopher Hill", "PERSON") in spans(
        "Wikinews interviews Christopher Hill, a candidate."
    )
    assert ("Marc Lamont Hill", "PERSON") in spans("The professor Marc Lamont Hill commented.")
    # A preposition of place keeps the park a park.
    assert ("Stanley Park", "PLACE") in spans("We met at Stanley Park on Sunday.")


def test_and_between_two_people_splits_the_run() -> None:
    found = spans("The headlines. Editorial Manager Chet Clem and President Sean Mills.")
    assert ("Chet Clem", "PERSON") in found and ("Sean Mills", "PERSON") in found
    found = spans("Wikinews interviews Mario J. Lucero and Isabel Ruiz of Heaven Sent Gaming.")
    assert ("Mario J. Lucero", "PERSON") in found
    assert ("Isabel Ruiz", "PERSON") in found
    assert ("Heaven Sent Gaming", "ORG") in found


def test_no_persons_name_after_a_title_holds_and_or_initials() -> None:
    found = spans("They took 180 a year from Squadron Officer School and ROTC to attend.")
    assert ("Squadron Officer School", "ORG") in found
    assert all(kind != "PERSON" for _, kind in found)


def test_unknown_acronym_is_left_open() -> None:
    assert spans("The glow of the ROV lights was bright.") == [("ROV", None)]


def test_titles_alone_and_role_then_word_name_no_one() -> None:
    assert spans("During Prime Minister's Questions on Wednesday he spoke.")[0][1] is None
    assert spans('She said: "The Home Secretary and I agree."') == []
    found = spans("It was called Euro- NATO Joint Jet Pilot Training then.")
    assert all(kind != "PERSON" for _, kind in found)
    assert ("Trump", "PERSON") in spans("He met President Trump on Monday.")


def test_name_after_an_office_of_a_department() -> None:
    text = "A minister spoke.\n\nMinister of Education Stefania Giannini said no."
    found = find_spans(make_field(0, text), gazetteer())
    person = next(s for s in found if s.type == "PERSON")
    assert (person.text, person.title) == ("Stefania Giannini", "Minister of Education")


def test_contractions_are_no_names() -> None:
    assert spans("And, I'm Isabel Ruiz. We're here, and I've seen it.") == [
        ("Isabel Ruiz", "PERSON")
    ]


def test_transcript_marker_and_offices_with_of_name_no_one() -> None:
    assert spans("Q Mr. President, what about masks?") == []
    assert spans("Then the Secretary of State spoke.") == []
    found = find_spans(make_field(0, "Later Mayor de Blasio said no."), gazetteer())
    person = next(s for s in found if s.type == "PERSON")
    assert (person.text, person.title) == ("de Blasio", "Mayor")


def test_contractions_of_any_kind_are_no_names() -> None:
    assert spans("Isn’t it odd? We’ll see, and You've heard.") == []
    assert ("O'Neill", None) in spans("Then O'Neill spoke.")


def test_well_known_person_after_an_unknown_title() -> None:
    found = spans("Bundeskanzlerin Angela Merkel sprach.")
    assert ("Angela Merkel", "PERSON") in found
    found = spans("He met Kevin De Bruyne today.")
    assert ("Kevin De Bruyne", "PERSON") in found


def test_office_phrase_before_an_organisation_names_the_organisation() -> None:
    found = spans("Nathan J. Hochman, Assistant Attorney General for the Justice Department.")
    assert ("Justice Department", "ORG") in found
    assert not any(text.startswith("Assistant") for text, _ in found)


def test_run_of_joined_names_is_cut_after_a_listed_one() -> None:
    found = spans("It was investigated by U.S. Immigration and Customs Enforcement and the FBI.")
    assert ("U.S. Immigration and Customs Enforcement", "ORG") in found
    assert ("FBI", "ORG") in found


def test_legal_suffix_alone_is_no_name() -> None:
    assert ("Inc.", "ORG") not in spans("It paid SDB Construction, Inc., a firm.")


def test_name_adjective_inside_a_sentence_opens_a_name() -> None:
    assert ("Old Dominion University", "ORG") in spans("He teaches at Old Dominion University.")
    assert spans("Old habits die hard.") == []


def test_currency_names_keep_only_their_place() -> None:
    found = spans("The U.S. Dollar rose against the Singapore Dollar.")
    assert found == [("U.S.", "PLACE"), ("Singapore", "PLACE")]


def test_common_word_that_is_also_a_city_opening_a_sentence() -> None:
    assert spans("Mobile phone sales rose. Sales of mobile devices fell.") == []
    assert ("Mobile", "PLACE") in spans("He moved to Mobile, Alabama.")


def test_company_and_mission_heads() -> None:
    assert ("Jupiter Research", "ORG") in spans("That is according to Jupiter Research.")
    assert ("German Embassy", "ORG") in spans("A note from the German Embassy came.")


def test_awards_name_no_one() -> None:
    text = "Scorsese, who has never won an Oscar, was nominated. The Oscars are on Sunday."
    assert [s for s in spans(text) if s[0] in ("Oscar", "Oscars")] == []
    assert ("Oscar Pistorius", "PERSON") in spans("Then Oscar Pistorius ran.")
