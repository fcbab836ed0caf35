"""Article-level typing and canonical names (entities/resolve.py, canonical.py)."""

from __future__ import annotations

from newsrefinery.entities import entities_article

from .helpers_entities import article, by_name, mention_texts, name_types


def test_single_name_folds_into_the_full_name() -> None:
    art = entities_article(article("John F. Kirby spoke. Later Kirby said no.", "John Kirby left."))
    people = [e for e in art.entities if e.type == "PERSON"]
    assert len(people) == 1
    assert people[0].name == "John F. Kirby"
    assert mention_texts(people[0]) == ["John F. Kirby", "Kirby", "John Kirby"]


def test_nearest_namesake_gets_the_surname() -> None:
    art = entities_article(
        article("George H. W. Bush ruled. Bush said yes.", "George W. Bush came. Bush said no.")
    )
    people = by_name(art.entities)
    assert mention_texts(people["George H. W. Bush"]) == ["George H. W. Bush", "Bush"]
    assert mention_texts(people["George W. Bush"]) == ["George W. Bush", "Bush"]


def test_family_name_first_folds_too() -> None:
    art = entities_article(article("Chinese leader Xi Jinping spoke.", "Xi left for Moscow."))
    assert mention_texts(by_name(art.entities)["Xi Jinping"]) == ["Xi Jinping", "Xi"]


def test_hyphenated_pair_of_people() -> None:
    text = "President Vladimir Putin met Chinese leader Xi Jinping. A Putin-Xi summit followed."
    people = by_name(entities_article(article(text)).entities)
    assert mention_texts(people["Vladimir Putin"])[-1] == "Putin"
    assert mention_texts(people["Xi Jinping"])[-1] == "Xi"


def test_acronym_joins_its_organisation() -> None:
    text = "The Australian Paralympic Committee met. The APC said yes."
    orgs = by_name(entities_article(article(text)).entities)
    assert mention_texts(orgs["Australian Paralympic Committee"]) == [
        "Australian Paralympic Committee", "APC",
    ]  # fmt: skip


def test_place_aliases_share_a_canonical_name() -> None:
    art = entities_article(article("The U.S. and the United States and the US agree."))
    assert mention_texts(by_name(art.entities)["United States"]) == ["U.S.", "United States", "US"]


def test_cued_single_name_is_a_person_and_unknown_one_is_dropped() -> None:
    art = entities_article(article("The deal, Mohib said, is done. Zorblat is here."))
    names = by_name(art.entities)
    assert names["Mohib"].type == "PERSON"
    assert "Zorblat" not in names


def test_repeated_unknown_name_is_an_organisation() -> None:
    text = "She founded LibriVox in 2005. Readers of LibriVox record books."
    assert by_name(entities_article(article(text)).entities)["LibriVox"].type == "ORG"


def test_match_report_countries_are_teams() -> None:
    text = "Sweden beat Korea 1 – 0 in the match. Belgium won 3 – 0; a striker scored the goal."
    names = by_name(entities_article(article(text)).entities)
    assert names["Sweden"].type == "ORG" and names["Belgium"].type == "ORG"


def test_headline_only_entity_has_no_body_mentions() -> None:
    art = entities_article(article("Nothing named here.", headline="Angela Merkel visits Paris"))
    names = by_name(art.entities)
    assert names["Angela Merkel"].mentions == ()
    assert names["Paris"].mentions == ()


def test_caption_gives_the_full_name_to_the_body() -> None:
    art = entities_article(article("Kirby said no.", captions=("John Kirby speaks.",)))
    kirby = by_name(art.entities)["John Kirby"]
    assert mention_texts(kirby) == ["Kirby"]


def test_capitalised_english_words_are_no_person() -> None:
    text = "He backed a Living Wage plan and Term Limits. Dmytro Kuleba said so."
    names = by_name(entities_article(article(text)).entities)
    assert "Living Wage" not in names and "Term Limits" not in names
    assert names["Dmytro Kuleba"].type == "PERSON"


def test_repeated_capitalised_english_words_name_an_organisation() -> None:
    text = "He joined the Magic Circle in May. Members of the Magic Circle met."
    names = by_name(entities_article(article(text)).entities)
    assert names["Magic Circle"].type == "ORG"


def test_a_pronoun_after_an_unknown_single_name_makes_a_person() -> None:
    text = "Well, Gorbachev came to power. What did he do? Then Zorblat arrived."
    names = by_name(entities_article(article(text)).entities)
    assert names["Gorbachev"].type == "PERSON"
    assert mention_texts(names["Gorbachev"]) == ["Gorbachev", "he"]
    assert "Zorblat" not in names


def test_a_determiner_keeps_a_name_from_being_a_person() -> None:
    text = "Stardust flew. I hope he likes the Stardust capsule."
    names = by_name(entities_article(article(text)).entities)
    assert "Stardust" not in names or names["Stardust"].type != "PERSON"


def test_town_before_a_comma_and_a_region_is_a_place() -> None:
    text = "The convention in Buxton, England drew crowds to Mountain View, California."
    names = by_name(entities_article(article(text)).entities)
    assert names["Buxton"].type == "PLACE"
    assert names["Mountain View"].type == "PLACE"


def test_words_and_shouted_words_are_no_organisation() -> None:
    text = "It was HUGE. We serve the people, and the People know it. NATO agreed."
    names = by_name(entities_article(article(text)).entities)
    assert {"HUGE", "People"}.isdisjoint(names)
    assert names["North Atlantic Treaty Organization"].type == "ORG"


def test_first_name_alone_is_a_person() -> None:
    text = "They say, 'Hey Frank, my name is John,' and I say, 'Hey John.' Rebecca and I wrote it."
    found = name_types(text)
    assert ("John", "PERSON") in found and ("Rebecca", "PERSON") in found


def test_acronym_needs_a_cue_or_its_long_name() -> None:
    text = (
        "The glow of the ROV lights was bright. The NFU said prices fell. "
        "The secretary of CEI (Italian Episcopal Conference) spoke."
    )
    found = name_types(text)
    assert ("NFU", "ORG") in found
    assert ("Italian Episcopal Conference", "ORG") in found
    assert not any(name == "ROV" for name, _ in found)


def test_capitalised_word_after_the() -> None:
    text = (
        "A revival of the Left is near, guided by the Constitution. The loss to the "
        "Cardinals hurt. We wrote for The Onion then, and the Mets won twice."
    )
    found = name_types(text)
    assert {("Cardinals", "ORG"), ("Onion", "ORG"), ("Mets", "ORG")} <= found
    assert not {name for name, _ in found} & {"Left", "Constitution"}


def test_repeated_name_stays_one_though_once_in_lower_case() -> None:
    text = (
        "Critics of Scientology met. A war that Scientology has waged goes on. "
        'A sign said, "The word scientology means study."'
    )
    found = name_types(text)
    assert ("Scientology", "ORG") in found


def test_head_word_after_the_names_the_organisation_it_heads() -> None:
    text = "The Supreme Court ruled. The case on which the Court has ruled was old."
    court = by_name(entities_article(article(text)).entities)["Supreme Court"]
    assert mention_texts(court) == ["Supreme Court", "Court"]


def test_name_opened_by_the_is_no_persons() -> None:
    text = "He left the Sea Org group. The Sea Org requires members to sign."
    found = name_types(text)
    assert ("Sea Org", "PERSON") not in found


def test_repeated_plural_of_a_word_is_a_team() -> None:
    text = "You're a Mets fan in September. I was a Mets fan then. The Wild won."
    found = name_types(text)
    assert ("Mets", "ORG") in found
    text = "I took the Oath. It was an Oath to all of us, and the oath was mine."
    assert not entities_article(article(text)).entities


def test_repeated_letters_and_digits_are_no_organisation() -> None:
    text = "Users of IE6 should move on. Support for IE6 ends, and IE6 is old."
    assert not entities_article(article(text)).entities


def test_noun_before_or_after_a_name_says_organisation() -> None:
    text = (
        "The secularist magazine MicroMega wrote. The security firm Secunia.com said "
        "so. This guarantees that wikiHow, the company, will serve. ROS, the group of "
        "chemicals, harms spores."
    )
    found = name_types(text)
    assert {("MicroMega", "ORG"), ("Secunia.com", "ORG"), ("wikiHow", "ORG")} <= found
    assert not any(name == "ROS" for name, _ in found)


def test_name_before_a_hyphen_is_decided_by_the_article() -> None:
    text = (
        "Critics of Scientology met. A war that Scientology waged goes on. Many left "
        "Scientology-related work. A Lesser-known forum met; Atwood, a Booker "
        "Prize-winner, spoke."
    )
    art = entities_article(article(text))
    scientology = by_name(art.entities)["Scientology"]
    assert mention_texts(scientology) == ["Scientology"] * 3
    assert not {"Lesser", "Prize"} & {e.name for e in art.entities}


def test_well_known_name_alone_is_a_person() -> None:
    text = "We looked at Obama, Obama's advisers. There is a quote attributed to Einstein."
    found = name_types(text)
    assert {("Obama", "PERSON"), ("Einstein", "PERSON")} <= found


def test_city_names_as_surnames_after_a_title_and_cities_with_their_state() -> None:
    text = (
        "A second term for U.S. President Bush began. Mayor Jackson spoke in Jackson, Mississippi."
    )
    found = [(e.name, e.type) for e in entities_article(article(text)).entities]
    assert ("Bush", "PERSON") in found and ("Jackson", "PERSON") in found
    assert ("Jackson", "PLACE") in found


def test_one_name_one_type_and_no_people_from_groups_or_brands() -> None:
    text = (
        "The state sold oil group Yukos. Yukos claims its downfall was political. "
        "Analysts said one factor mattered. TimeWarner said sales rose. DeSantis said so."
    )
    found = name_types(text)
    assert {("Yukos", "ORG"), ("TimeWarner", "ORG"), ("DeSantis", "PERSON")} <= found
    assert not any(name in ("Yukos", "Analysts") and kind == "PERSON" for name, kind in found)


def test_british_politics_words() -> None:
    text = (
        "Theresa May, shadow secretary, spoke. Chairman Sam Younger told MPs on "
        "Tuesday. Lib Dem spokesman Mark Oaten said the suspects are at Belmarsh "
        "Prison in London, shown by Britons."
    )
    found = name_types(text)
    assert {("Theresa May", "PERSON"), ("Liberal Democrats", "ORG"),
            ("Belmarsh Prison", "PLACE")} <= found  # fmt: skip
    assert not {"MPs", "Britons"} & {name for name, _ in found}


def test_surname_of_a_name_given_in_full_is_a_person() -> None:
    text = (
        'Katerina Thanou is confident. "We presented new evidence," said Thanou. '
        "Thanou, the 2000 silver medallist, spoke. Thanou's coach left. His Olympic "
        "success made him determined."
    )
    found = name_types(text)
    assert ("Katerina Thanou", "PERSON") in found
    assert not any(kind == "ORG" for _, kind in found)
    assert "Olympic" not in {name for name, _ in found}
