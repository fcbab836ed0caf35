"""Page metadata read from the parsed tree: headline, site, canonical URL, language,
paywall, and the source an auto-blog copied.

Everything here reads what the page declares about itself (JSON-LD, meta tags, link
elements) before the body is cut out of the tree; the body only decides the language
when the page declares none, and whether the copy ends like a teaser.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..structure import strip_publisher_suffix
from .jsonld import LinkedData
from .patterns import (
    CANONICAL_META,
    HEADLINE_META,
    LANGUAGE_META,
    SITE_NAME_META,
    SOURCE_LINK_TEXTS,
    TEASER_ENDINGS,
)
from .tree import text_of

_WS = str.maketrans({c: " " for c in "\t\n\r\f\v\u00a0"})
_MAX_LINK_TEXT = 80
_APPEARED = "appeared first on"
_SOURCE_TEXTS = frozenset(SOURCE_LINK_TEXTS)
# Phrases that go on with the source's name: "Read more at Reuters".
_SOURCE_PREFIXES = tuple(f"{p} " for p in SOURCE_LINK_TEXTS if p.endswith((" at", " on")))
_LANGID_CHARS = 600
_MIN_LANGID_CHARS = 40


def meta_values(tree: Any) -> dict[str, str]:
    """The first `content` of every <meta> by lower-cased property, name or itemprop."""
    values: dict[str, str] = {}
    for el in tree.iter("meta"):
        content = el.get("content")
        if not content:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attribute)
            if key:
                values.setdefault(key.strip().lower(), content)
    return values


def headline_of(tree: Any, ld: LinkedData, meta: dict[str, str], site: str | None) -> str | None:
    """JSON-LD headline, og:title, then the first <h1> or <title>; without a site suffix.

    Between <h1> and <title>, the <h1> wins when the title repeats it: an <h1> the
    title does not contain is a section name ("Allergies Health Center").
    """
    found = ld.headline or _first(meta.get(name) for name in HEADLINE_META)
    if not found:
        title = _first(text_of(t) for t in tree.iter("title"))
        heads = [h for h in (_clean(text_of(h)) for h in tree.iter("h1")) if h]
        found = next((h for h in heads if title and h.casefold() in title.casefold()), None)
        found = found or title or next(iter(heads), None)
    if not found:
        return None
    return strip_publisher_suffix(found, [site] if site else []) or found


def site_name_of(ld: LinkedData, meta: dict[str, str]) -> str | None:
    return (
        _first(meta.get(name) for name in SITE_NAME_META[:1])
        or ld.publisher
        or _first(meta.get(name) for name in SITE_NAME_META[1:])
    )


def canonical_of(tree: Any, ld: LinkedData, meta: dict[str, str], url: str | None) -> str | None:
    links = tree.xpath("//link[@rel='canonical']/@href")
    found = _first(links) or _first(meta.get(name) for name in CANONICAL_META) or ld.url
    if not found:
        return None
    absolute = urljoin(url, found) if url else found
    return absolute if absolute.startswith(("http://", "https://")) else None


def declared_language(tree: Any, ld: LinkedData, meta: dict[str, str]) -> str | None:
    """The primary language subtag the page declares ("en" for "en-GB"), or None."""
    root = tree.getroottree().getroot()
    candidates = [root.get("lang"), root.get("xml:lang")]
    candidates += [meta.get(name) for name in LANGUAGE_META]
    candidates.append(ld.language)
    for value in candidates:
        if value:
            primary = str(value).replace("_", "-").split("-")[0].strip().lower()
            if primary.isalpha() and 2 <= len(primary) <= 3:
                return primary
    return None


def identified_language(blocks: Sequence[str]) -> str | None:
    """py3langid's guess on the body, for pages that declare no language."""
    text = " ".join(blocks)[:_LANGID_CHARS]
    if len(text) < _MIN_LANGID_CHARS:
        return None
    import py3langid

    lang, _score = py3langid.classify(text)
    return str(lang)


def is_truncated(blocks: Sequence[str]) -> bool:
    """Whether the body ends like a teaser or a metered page's cut."""
    if not blocks:
        return False
    last = blocks[-1].casefold().rstrip()
    tail = last[-120:]
    return any(ending in tail for ending in TEASER_ENDINGS) or last.endswith(("…", "..."))


def _links_xpath() -> Any:
    import lxml.etree

    return lxml.etree.XPath("//a[starts-with(@href, 'http')]")


_EXTERNAL_LINKS = _links_xpath()


def source_link_of(tree: Any, page_urls: Sequence[str | None]) -> str | None:
    """The original an auto-blog copy links to ("Source link", "The post ... appeared
    first on ..."): an absolute link to another host."""
    hosts = {_host(u) for u in page_urls if u}
    appeared = _APPEARED in text_of(tree)
    for a in _EXTERNAL_LINKS(tree):
        text = (a.text or "") if len(a) == 0 else text_of(a)  # most links hold bare text
        if len(text) > _MAX_LINK_TEXT:
            continue
        if not _names_source(" ".join(text.split()).casefold().strip(" .:»›>")):
            parent = a.getparent()
            if not appeared or parent is None or _APPEARED not in text_of(parent):
                continue
        href = (a.get("href") or "").strip()
        if href.startswith(("http://", "https://")) and _host(href) not in hosts:
            return href
    return None


def _names_source(text: str) -> bool:
    return text in _SOURCE_TEXTS or text.startswith(_SOURCE_PREFIXES)


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def _first(values: Any) -> str | None:
    for value in values:
        if value:
            text = _clean(str(value))
            if text:
                return text
    return None


def _clean(text: str) -> str:
    return " ".join(text.translate(_WS).split())
