"""`extract_html`: one parse, then page metadata, captions, body, and the fallbacks.

The order matters: metadata and captions are read from the whole tree, then the tree
is pruned and the body found in what is left. When that finds (almost) nothing, the
chain goes on: trafilatura on the same HTML, the article text the page declares in
its JSON-LD, then every paragraph of the page, so that no readable page comes back
empty. `Extracted.extractor` says which link of the chain gave the body.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..records import Caption
from .authors import page_authors
from .body import body_blocks
from .captions import page_captions
from .dates import page_dates
from .jsonld import read_linked_data
from .metadata import (
    canonical_of,
    declared_language,
    headline_of,
    identified_language,
    is_truncated,
    meta_values,
    site_name_of,
    source_link_of,
)
from .tree import index_page, parse_html, prune

# Below this many characters of body the main path is taken to have missed the article.
MIN_BODY_CHARS = 100
OURS, TRAFILATURA, DECLARED, PARAGRAPHS = "newsrefinery", "trafilatura", "json-ld", "paragraphs"


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page says about itself. Dates are ISO 8601; `published_from` names
    the signal the publication date came from (json-ld, meta, time, url, text)."""

    headline: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    published: str | None = None
    published_from: str | None = None
    modified: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    paywalled: bool = False
    truncated: bool = False
    source_link: str | None = None


@dataclass(frozen=True, slots=True)
class Extracted:
    """The body as paragraphs (one per block element), captions apart, page metadata."""

    blocks: tuple[str, ...]
    captions: tuple[Caption, ...] = ()
    meta: PageMeta = field(default_factory=PageMeta)
    extractor: str = OURS

    @property
    def warnings(self) -> tuple[str, ...]:
        """What a reader of the record should know: a fallback body, a paywall, a teaser."""
        out = []
        if self.extractor != OURS and self.blocks:
            out.append(f"extract: body from the {self.extractor} fallback")
        if self.meta.paywalled:
            out.append("extract: paywalled (isAccessibleForFree is false)")
        if self.meta.truncated:
            out.append("extract: truncated (the body ends like a teaser)")
        return tuple(out)


def extract_html(html: str, *, url: str | None = None, fetched: str | None = None) -> Extracted:
    """Extract body, captions and metadata of one HTML page; no network, ever.

    `url` is where the page was found, `fetched` when (ISO 8601): no date after it is
    accepted as the publication date.
    """
    tree = parse_html(html)
    index = index_page(tree)
    ld = read_linked_data(tree)
    meta = meta_values(tree)
    site = site_name_of(ld, meta)
    headline = headline_of(tree, ld, meta, site)
    canonical = canonical_of(tree, ld, meta, url)
    dates = page_dates(tree, ld, meta, index, url=url or canonical, fetched=fetched)
    authors = page_authors(tree, ld, index, site)
    captions = page_captions(tree, ld, index)
    source_link = source_link_of(tree, [url, canonical])
    language = declared_language(tree, ld, meta)
    hints = prune(tree, index)
    judged = body_blocks(tree, hints, headline)
    blocks = _without_captions([b.text for b in judged if b.kept], captions)
    ending = [b.text for b in judged[-2:]] or blocks[-1:]
    extractor = OURS
    if sum(len(b) for b in blocks) < MIN_BODY_CHARS:
        blocks, extractor = _fallback(html, url, blocks, ld.body)
    page = PageMeta(
        headline=headline,
        site_name=site,
        canonical_url=canonical,
        language=language or identified_language(blocks),
        published=dates.published,
        published_from=dates.published_from,
        modified=dates.modified,
        byline=authors.byline,
        authors=authors.authors,
        agencies=authors.agencies,
        paywalled=ld.free is False,
        truncated=is_truncated(ending if extractor == OURS else blocks),
        source_link=source_link,
    )
    return Extracted(tuple(blocks), captions, page, extractor)


def _without_captions(blocks: list[str], captions: tuple[Caption, ...]) -> list[str]:
    """Safety net: a block that is a caption's text stays out of the body."""
    if not captions:
        return blocks
    texts = {c.text.casefold() for c in captions if c.text}
    return [b for b in blocks if b.casefold() not in texts]


def _fallback(
    html: str, url: str | None, blocks: list[str], declared: str | None
) -> tuple[list[str], str]:
    """The longest body of: ours, trafilatura's, the JSON-LD articleBody, all paragraphs."""
    best, source = blocks, OURS
    chain: tuple[tuple[str, Callable[[], list[str]]], ...] = (
        (TRAFILATURA, lambda: _trafilatura(html, url)),
        (DECLARED, lambda: _split(declared or "")),
        (PARAGRAPHS, lambda: _paragraphs(html)),
    )
    for name, candidate in chain:
        found = candidate()
        if sum(map(len, found)) > sum(map(len, best)):
            best, source = found, name
        if sum(map(len, best)) >= MIN_BODY_CHARS:
            break
    return best, source


def _trafilatura(html: str, url: str | None) -> list[str]:
    import trafilatura

    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=True, deduplicate=False
    )
    return _split(text or "")


def _paragraphs(html: str) -> list[str]:
    """The text of the whole page, one line per block, as a last resort."""
    import trafilatura

    return _split(trafilatura.html2txt(html) or "")


def _split(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
