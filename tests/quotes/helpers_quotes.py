"""Shared helpers of the quotes tests: articles from paragraphs, quotes by text."""

from __future__ import annotations

from newsrefinery.quotes import quotes_article
from newsrefinery.records import Article, Entity, Quote, Source


def article(
    *paragraphs: str, headline: str | None = None, entities: tuple[Entity, ...] = ()
) -> Article:
    """An article with `paragraphs` as its body, run through the quotes step."""
    draft = Article(
        id="t", source=Source(uri="test.txt", format="text"), headline=headline,
        body=tuple(paragraphs), entities=entities,
    )  # fmt: skip
    return quotes_article(draft)


def by_text(art: Article, text: str) -> Quote:
    """The quote whose text is `text` (failing the test when there is none)."""
    found = [q for q in art.quotes if q.text == text]
    assert found, f"no quote {text!r} in {[q.text for q in art.quotes]}"
    return found[0]


def speech(art: Article) -> list[Quote]:
    return [q for q in art.quotes if q.kind != "other"]
