"""clean_article: the pipeline step around clean_lines."""

from __future__ import annotations

from newsrefinery.clean import clean_article, clean_lines
from newsrefinery.clean.step import EMPTY_WARNING
from newsrefinery.records import Article, Removed, Source


def _draft(body: tuple[str, ...], **changes: object) -> Article:
    return Article(id="x", source=Source(uri="/in/doc.txt", format="text"), body=body).evolve(
        **changes
    )


def test_step_fills_the_fields(seed_text: str) -> None:
    draft = _draft(tuple(seed_text.split("\n")))
    article = clean_article(draft)
    cleaned = clean_lines(seed_text.split("\n"))
    assert article.headline == cleaned.headline and article.body == cleaned.body
    assert article.captions == cleaned.captions and article.removed == cleaned.removed
    assert article.status == "ok" and article.warnings == ()
    assert article.id == draft.id and article.source == draft.source


def test_step_keeps_existing_removed_and_source_link() -> None:
    earlier = Removed(text="<nav>", reason="extract_boilerplate")
    draft = _draft(
        ("Headline here", "A paragraph of real text that says something.", "Source: https://b.c/d"),
        removed=(earlier,),
        source_link="https://a.example/original",
    )
    article = clean_article(draft)
    assert article.removed[0] == earlier and article.removed[1].reason == "source_link"
    assert article.source_link == "https://a.example/original"
    assert clean_article(draft.evolve(source_link=None)).source_link == "https://b.c/d"


def test_step_uses_a_given_headline() -> None:
    draft = _draft(("My Title", "Body text of the page, one paragraph long."), headline="My Title")
    article = clean_article(draft)
    assert article.headline == "My Title"
    assert article.body == ("Body text of the page, one paragraph long.",)
    assert article.removed == (Removed(text="My Title", reason="repeated_headline"),)


def test_empty_body_sets_status_and_warning() -> None:
    article = clean_article(_draft(("Title only", "[ad_1]", "Source link", "Comments")))
    assert article.body == () and article.status == "empty"
    assert article.warnings == (EMPTY_WARNING,)
    assert article.headline == "Title only" and len(article.removed) == 3


def test_record_json_round_trip(seed_text: str) -> None:
    article = clean_article(_draft(tuple(seed_text.split("\n"))))
    assert Article.from_json(article.to_json()) == article
