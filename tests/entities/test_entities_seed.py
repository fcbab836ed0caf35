"""The flagship seed page as a golden test (issue 7, "Done when")."""

from __future__ import annotations

from newsrefinery.entities import entities_article, resolve_mention
from newsrefinery.records import Article

from .helpers_entities import article, by_name, mention_texts

PEOPLE = ["John Kirby", "Xi Jinping", "Volodymyr Zelensky", "Vladimir Putin", "Qin Gang",
          "Dmytro Kuleba"]  # fmt: skip
ORGS = ["White House", "National Security Council", "Wall Street Journal", "United Nations"]
PLACES = ["Washington", "Ukraine", "China", "Russia", "Moscow", "Beijing"]


def seed_article(seed_text: str) -> Article:
    """The seed as the clean step leaves it: headline, caption, the 11 body paragraphs."""
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    first = next(n for n, line in enumerate(lines) if line.startswith("WASHINGTON:"))
    last = lines.index("[ad_2]")
    caption = lines[3].removesuffix(" AFP/File")
    return article(*lines[first:last], headline=lines[0], captions=(caption,))


def test_seed_entities(seed_text: str) -> None:
    entities = by_name(entities_article(seed_article(seed_text)).entities)
    for name in PEOPLE:
        assert entities[name].type == "PERSON", name
    for name in ORGS:
        assert entities[name].type == "ORG", name
    for name in PLACES:
        assert entities[name].type == "PLACE", name
    # One entity per person: "Xi" and "Kirby" are folded into the full names.
    assert "Xi" not in entities and "Kirby" not in entities
    assert mention_texts(entities["Xi Jinping"]).count("Xi") >= 4
    assert mention_texts(entities["John Kirby"]).count("Kirby") == 3
    assert "UN" in mention_texts(entities["United Nations"])


def test_seed_titles(seed_text: str) -> None:
    entities = by_name(entities_article(seed_article(seed_text)).entities)
    assert "National Security Council spokesman" in entities["John Kirby"].titles
    assert any(
        "Coordinator for Strategic Communications" in t for t in entities["John Kirby"].titles
    )
    assert entities["Xi Jinping"].titles == ("Chinese leader",)
    assert entities["Volodymyr Zelensky"].titles == ("Ukrainian President",)
    assert entities["Qin Gang"].titles == ("Chinese Foreign Minister",)
    assert entities["Vladimir Putin"].titles == ("President",)


def test_seed_pronouns_and_nominals(seed_text: str) -> None:
    art = entities_article(seed_article(seed_text))
    body = art.body_text
    kirby = by_name(art.entities)["John Kirby"]
    pronouns = [m for m in kirby.mentions if m.text.lower() == "he"]
    # "But he cautioned", "He said China's", "..., he said." (twice more)
    assert len(pronouns) == 4
    assert all(body[m.start : m.end] == m.text for m in kirby.mentions)
    zelensky = by_name(art.entities)["Volodymyr Zelensky"]
    assert "the Ukrainian leader" in mention_texts(zelensky)
    # "his ally President Vladimir Putin": Xi's, not Kirby's.
    xi = by_name(art.entities)["Xi Jinping"]
    assert "his" in mention_texts(xi)


def test_resolve_mention_finds_the_speaker(seed_text: str) -> None:
    art = entities_article(seed_article(seed_text))
    body = art.body_text
    start = body.index("he said.")
    owner = resolve_mention(art, start, start + 2)
    assert owner is not None and owner.name == "John Kirby"
    # A span covering the title and the name finds the person by overlap.
    wide = body.index("spokesman John Kirby")
    owner = resolve_mention(art, wide, wide + len("spokesman John Kirby"))
    assert owner is not None and owner.name == "John Kirby"
    assert resolve_mention(art, 0, 1) is None or resolve_mention(art, 0, 1).type == "PLACE"
