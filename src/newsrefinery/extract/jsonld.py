"""The page's schema.org JSON-LD: the article object and the images it declares.

Publishers describe the story for search engines in `<script type="application/
ld+json">`: headline, dates with their time zone, authors as Person or Organization,
the publisher, `isAccessibleForFree`, and images with `caption` and `creditText`.
Blocks are often malformed (trailing commas, raw newlines inside strings, HTML
comments around the JSON); what cannot be read is skipped, never guessed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .patterns import ARTICLE_TYPES

_COMMENT_WRAP = re.compile(
    r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$"
)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x1f]")
_MAX_OBJECTS = 200


@dataclass(frozen=True, slots=True)
class ImageInfo:
    caption: str | None
    credit: str | None


@dataclass(frozen=True, slots=True)
class LinkedData:
    """What the page's JSON-LD says about its article (fields absent stay None)."""

    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: tuple[str, ...] = ()
    author_kinds: tuple[str, ...] = ()
    publisher: str | None = None
    free: bool | None = None
    language: str | None = None
    url: str | None = None
    body: str | None = None
    images: tuple[ImageInfo, ...] = field(default_factory=tuple)


def read_linked_data(tree: Any) -> LinkedData:
    """Read every JSON-LD block of `tree`; the first article object wins."""
    objects = [obj for text in _blocks(tree) for obj in _objects(_load(text))]
    article = next((o for o in objects if _types(o) & ARTICLE_TYPES), None)
    images = tuple(_images(objects, article))
    if article is None:
        return LinkedData(images=images)
    authors, kinds = _authors(article.get("author") or article.get("creator"))
    return LinkedData(
        headline=_text(article.get("headline") or article.get("name")),
        published=_text(article.get("datePublished") or article.get("dateCreated")),
        modified=_text(article.get("dateModified")),
        authors=authors,
        author_kinds=kinds,
        publisher=_name(article.get("publisher")),
        free=_boolean(article.get("isAccessibleForFree")),
        language=_text(article.get("inLanguage")),
        url=_text(article.get("url")),
        body=article.get("articleBody") if isinstance(article.get("articleBody"), str) else None,
        images=images,
    )


def _blocks(tree: Any) -> Iterator[str]:
    for script in tree.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" in kind and script.text:
            yield script.text


def _load(text: str) -> Any:
    text = _COMMENT_WRAP.sub("", text.strip())
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:  # the usual hand-written slips: trailing commas, raw line breaks in strings
        return json.loads(_CONTROL.sub(" ", _TRAILING_COMMA.sub(r"\1", text)))
    except ValueError:
        return None


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document: lists and @graph flattened, depth first."""
    stack = [data]
    seen = 0
    while stack and seen < _MAX_OBJECTS:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[:0] = item
        elif isinstance(item, dict):
            seen += 1
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack[:0] = graph
            main = item.get("mainEntity") or item.get("mainEntityOfPage")
            if isinstance(main, dict):
                stack.insert(0, main)


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _boolean(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _authors(value: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(names, kinds): kind is "Person", "Organization" or "" when undeclared."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    kinds: list[str] = []
    for item in items:
        if isinstance(item, dict):
            name = _text(item.get("name"))
            kind = (
                "Organization" if _types(item) & {"Organization", "NewsMediaOrganization"} else ""
            )
            kind = kind or ("Person" if "Person" in _types(item) else "")
        else:
            name, kind = _text(item), ""
        if name and name not in names and not name.startswith(("http://", "https://")):
            names.append(name)
            kinds.append(kind)
    return tuple(names), tuple(kinds)


def _images(objects: list[dict[str, Any]], article: dict[str, Any] | None) -> Iterator[ImageInfo]:
    declared = article.get("image") if article else None
    candidates = [*(declared if isinstance(declared, list) else [declared])]
    candidates += [o for o in objects if "ImageObject" in _types(o)]
    seen: set[str] = set()
    for image in candidates:
        if not isinstance(image, dict):
            continue
        caption = _text(image.get("caption") or image.get("description"))
        credit = _text(image.get("creditText")) or _name(image.get("copyrightHolder"))
        credit = credit or _name(image.get("author"))
        if caption and caption not in seen:
            seen.add(caption)
            yield ImageInfo(caption, credit)
