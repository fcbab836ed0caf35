"""Articles for the entities tests, built from text without the other steps."""

from __future__ import annotations

from newsrefinery.entities import entities_article
from newsrefinery.records import Article, Caption, Entity, Source


def article(
    *paragraphs: str, headline: str | None = None, captions: tuple[str, ...] = ()
) -> Article:
    """An article whose body is `paragraphs` (body_text joins them with a blank line)."""
    return Article(
        id="t",
        source=Source(uri="test.txt", format="text"),
        headline=headline,
        body=tuple(paragraphs),
        captions=tuple(Caption(text=c) for c in captions),
    )


def name_types(*paragraphs: str) -> set[tuple[str, str]]:
    """The (name, type) of every entity the entities step finds in `paragraphs`."""
    return {(e.name, e.type) for e in entities_article(article(*paragraphs)).entities}


def by_name(entities: tuple[Entity, ...]) -> dict[str, Entity]:
    return {e.name: e for e in entities}


def mention_texts(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions]
