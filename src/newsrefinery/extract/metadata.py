"""Page metadata read from the parsed tree: headline, site name, canonical URL, language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_WS = str.maketrans({c: " " for c in "\t\n\r\f\v\u00a0"})


@dataclass(frozen=True, slots=True)
class PageMeta:
    headline: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    language: str | None = None


def page_metadata(tree: Any) -> PageMeta:
    """Read what the page declares about itself; absent values stay None."""
    return PageMeta(
        headline=_headline(tree),
        site_name=_meta(tree, "og:site_name", "application-name"),
        canonical_url=_first(tree.xpath("//link[@rel='canonical']/@href")),
        language=_language(tree),
    )


def _headline(tree: Any) -> str | None:
    # og:title is the publisher's own choice and rarely carries the site suffix that
    # <title> does; the first <h1> is the fallback for pages that declare nothing.
    return (
        _meta(tree, "og:title", "twitter:title")
        or _first(tree.xpath("//title/text()"))
        or _first(["".join(h.itertext()) for h in tree.xpath("//h1")[:1]])
    )


def _meta(tree: Any, *names: str) -> str | None:
    for name in names:
        found = tree.xpath(
            "//meta[@property=$n or @name=$n]/@content",
            n=name,
        )
        value = _first(found)
        if value:
            return value
    return None


def _language(tree: Any) -> str | None:
    lang = _first(tree.xpath("/html/@lang")) or _meta(tree, "og:locale", "language")
    if not lang:
        return None
    primary = lang.replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _first(values: list[Any]) -> str | None:
    for value in values:
        text = " ".join(str(value).translate(_WS).split())
        if text:
            return text
    return None
