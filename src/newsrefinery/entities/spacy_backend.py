"""Optional spaCy backend: a statistical model's entities where the user has one.

    import spacy
    from newsrefinery.entities.spacy_backend import spacy_entities_step
    step = spacy_entities_step(spacy.load("en_core_web_sm"))  # a model you installed
    article = step(article)

spaCy is an optional extra (`pip install newsrefinery[spacy]`) and no model is ever
downloaded here: the caller passes a loaded pipeline (or the name of an installed
one). The model's PERSON / ORG / GPE / LOC / FAC entities replace the rule finder's
candidates where they overlap; everything after that (single names folded into full
ones, canonical names, titles, pronouns) is the rule pipeline's, so both backends
produce the same kind of record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..records import Article, EntityType
from .gazetteer import Gazetteer
from .mentions import find_spans
from .spans import Field, Span
from .step import extract_entities

# spaCy labels (OntoNotes and WikiNER schemes) and the type each becomes.
LABELS: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
}


def spacy_finder(nlp: Any) -> Callable[[Field, Gazetteer], list[Span]]:
    """A span finder that asks `nlp` first and the rules for what it did not mark."""

    def find(fld: Field, gaz: Gazetteer) -> list[Span]:
        if not fld.text.strip():
            return []
        model = _model_spans(fld, gaz, nlp(fld.text))
        taken = [(s.start, s.end) for s in model]
        rules = [
            s for s in find_spans(fld, gaz) if not any(s.start < e and b < s.end for b, e in taken)
        ]
        return sorted(model + rules, key=lambda s: (s.start, -s.end))

    return find


def spacy_entities_step(nlp: Any) -> Callable[[Article], Article]:
    """A step `Article -> Article` like `entities_article`, backed by `nlp`.

    `nlp` is a loaded spaCy pipeline, or the name of an installed one.
    """
    if isinstance(nlp, str):
        import spacy

        nlp = spacy.load(nlp)
    finder = spacy_finder(nlp)

    def entities_article_spacy(article: Article) -> Article:
        if article.status == "rejected":
            return article
        return article.evolve(entities=extract_entities(article, finder))

    return entities_article_spacy


def _model_spans(fld: Field, gaz: Gazetteer, doc: Any) -> list[Span]:
    out: list[Span] = []
    for ent in doc.ents:
        kind = LABELS.get(str(ent.label_))
        if kind is None:
            continue
        span = _span_at(fld, int(ent.start_char), int(ent.end_char), kind)
        if span is None:
            continue
        table = gaz.orgs if kind == "ORG" else gaz.places if kind == "PLACE" else {}
        span.canonical = table.get(span.text)
        out.append(span)
    return out


def _span_at(fld: Field, start: int, end: int, kind: EntityType) -> Span | None:
    """The span of our words inside [start, end), without a leading "the" or "’s"."""
    inside = [k for k, t in enumerate(fld.tokens) if t.start >= start and 0 <= t.end <= end]
    while inside and fld.tokens[inside[0]].lower in ("the", "a", "an"):
        inside.pop(0)
    while inside and not fld.tokens[inside[-1]].cap:
        inside.pop()
    if not inside:
        return None
    i, j = inside[0], inside[-1] + 1
    first, last = fld.tokens[i], fld.tokens[j - 1]
    text = fld.text[first.start : last.end]
    return Span(fld.index, i, j, first.start, last.end, text, kind)
