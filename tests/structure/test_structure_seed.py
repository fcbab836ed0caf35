"""Golden test on the flagship seed: dateline "WASHINGTON:" and the AFP photo credit."""

from __future__ import annotations

from newsrefinery.records import Article, Caption, Dateline, Source
from newsrefinery.structure import find_agencies, parse_dateline, structure_article


def _seed_article(seed_text: str) -> Article:
    """The seed as the clean step leaves it, built by hand from the dump's lines."""
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    caption_line = next(line for line in lines if line.endswith(" AFP/File"))
    start = next(i for i, line in enumerate(lines) if line.startswith("WASHINGTON:"))
    end = lines.index("[ad_2]")
    body = tuple(lines[start:end])
    assert len(body) == 11
    return Article(
        id="seed",
        source=Source(uri="examples/corpus/seed/000_9b2c16d4507a97b8.txt", format="text"),
        headline=lines[0],
        body=body,
        captions=(Caption(text=caption_line.removesuffix(" AFP/File"), credit="AFP/File"),),
    )


def test_seed_dateline_and_agency(seed_text: str) -> None:
    article = _seed_article(seed_text)
    out = structure_article(article)
    assert out.dateline == Dateline(text="WASHINGTON:", place="Washington")
    assert out.to_dict()["dateline"] == {
        "text": "WASHINGTON:",
        "place": "Washington",
        "date": None,
        "agency": None,
    }
    assert "AFP" in out.agencies
    assert out.agencies == ("AFP",)


def test_seed_body_and_headline_untouched(seed_text: str) -> None:
    article = _seed_article(seed_text)
    out = structure_article(article)
    assert out.body == article.body
    assert out.body[0].startswith("WASHINGTON: The White House")
    # ": US" is attribution, not a publisher suffix.
    assert out.headline == "China’s push for ceasefire to help Russian aggression: US"
    assert out.authors == () and out.byline is None and out.published is None


def test_seed_parts(seed_text: str) -> None:
    article = _seed_article(seed_text)
    assert parse_dateline(article.body[0]) == Dateline(text="WASHINGTON:", place="Washington")
    assert find_agencies(article) == ("AFP",)


def test_seed_is_deterministic(seed_text: str) -> None:
    article = _seed_article(seed_text)
    assert structure_article(article).to_json() == structure_article(article).to_json()
    assert structure_article(structure_article(article)) == structure_article(article)
