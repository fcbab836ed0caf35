"""The entities step: people, organisations and places of one article.

`entities_article` fills `Article.entities`: one entity per person, organisation
and place, with its canonical name, a person's titles, and its mentions with
offsets into `body_text`. A person's mentions include the pronouns and nominal
mentions ("he", "the spokesman") that refer to them, so the quotes step can name
the speaker of "..., he said". The headline and captions are read too: they
inform canonical names and titles ("John Kirby" in a caption makes the body's
"Kirby" John Kirby), but their mentions have no body offsets, so an entity named
only there is listed with an empty `mentions` list.
"""

from __future__ import annotations

from collections.abc import Callable

from ..records import Article, Entity, Mention
from .canonical import Group, cluster
from .coref import Link, link_people
from .gazetteer import Gazetteer, gazetteer
from .mentions import find_spans
from .people import attach_titles, gender
from .resolve import resolve_spans
from .spans import Field, Span, make_field

# Field indexes: the body is 0 (its offsets are the record's), the headline 1, and
# captions from 2 on, in order.
BODY, HEADLINE, FIRST_CAPTION = 0, 1, 2

SpanFinder = Callable[[Field, Gazetteer], list[Span]]


def entities_article(article: Article) -> Article:
    """The article with `entities` filled by the rule-based finder (no model needed)."""
    if article.status == "rejected":
        return article
    return article.evolve(entities=extract_entities(article, find_spans))


def extract_entities(article: Article, finder: SpanFinder) -> tuple[Entity, ...]:
    """Entities of `article`, with named-mention candidates from `finder`.

    The rule finder and the optional spaCy backend differ only here: typing of
    open spans, canonical names, titles and pronouns are the same for both.
    """
    gaz = gazetteer()
    fields = article_fields(article)
    spans = [span for fld in fields for span in finder(fld, gaz)]
    if not _english(article):
        # German capitalises every noun ("Rücktritt", "Kirche") and no language but
        # English has the function words the article-level rules read: only what
        # the lists and the shapes of names type on their own is kept.
        spans = [span for span in spans if span.type is not None]
    typed = resolve_spans(fields, spans, gaz)
    groups = cluster(fields, typed)
    attach_titles(fields, groups)
    genders = [gender(fields, g, gaz) if g.type == "PERSON" else None for g in groups]
    links = link_people(fields[BODY], groups, genders, gaz)
    return _entities(groups, links)


def _english(article: Article) -> bool:
    """English, or not known (the language step has not run, or could not tell)."""
    return article.language is None or article.language.split("-")[0].lower() == "en"


def article_fields(article: Article) -> list[Field]:
    """Body, headline and captions, each with its own words and offsets."""
    fields = [make_field(BODY, article.body_text), make_field(HEADLINE, article.headline or "")]
    for n, caption in enumerate(article.captions):
        fields.append(make_field(FIRST_CAPTION + n, caption.text))
    return fields


def _entities(groups: list[Group], links: list[Link]) -> tuple[Entity, ...]:
    extra: dict[int, list[Mention]] = {}
    for link in links:
        extra.setdefault(link.group, []).append(Mention(link.text, link.start, link.end))
    out: list[tuple[tuple[int, int], Entity]] = []
    for g, group in enumerate(groups):
        named = {
            (s.start, s.end): Mention(s.text, s.start, s.end)
            for s in group.spans
            if s.field == BODY
        }
        for mention in extra.get(g, ()):
            named.setdefault((mention.start, mention.end), mention)
        mentions = tuple(named[key] for key in sorted(named))
        titles = tuple(group.titles) if group.type == "PERSON" else ()
        first = mentions[0].start if mentions else 10**9 + g
        out.append(((first, g), Entity(group.name, group.type, titles, mentions)))
    out.sort(key=lambda item: item[0])
    return tuple(entity for _key, entity in out)


def resolve_mention(article: Article, start: int, end: int) -> Entity | None:
    """The entity that owns the body span [start, end), or None.

    An exact mention wins; otherwise the entity with the mention overlapping the
    span most (a quote step's "spokesman John Kirby" finds John Kirby).
    """
    best: tuple[int, int] | None = None
    owner: Entity | None = None
    for index, entity in enumerate(article.entities):
        for mention in entity.mentions:
            if mention.start == start and mention.end == end:
                return entity
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > 0 and (best is None or (overlap, -index) > best):
                best, owner = (overlap, -index), entity
    return owner
