"""Body blocks from HTML with trafilatura, which the foundation pins as its extractor."""

from __future__ import annotations

from typing import Any

from ..errors import ExtractError
from .metadata import PageMeta, page_metadata


def parse_html(html: str) -> Any:
    """Parse once with lxml; broken markup is repaired, nesting beyond libxml2's limit cut."""
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ExtractError(f"unparseable HTML: {exc}", reason="unparseable_html") from exc


def extract_html(html: str, *, url: str | None = None) -> tuple[list[str], PageMeta]:
    """Return the main-text blocks (one per paragraph) and the page's own metadata."""
    import trafilatura

    tree = parse_html(html)
    # Metadata first: trafilatura prunes the tree it is given.
    meta = page_metadata(tree)
    text = trafilatura.extract(
        tree,
        url=url,
        include_comments=False,
        include_tables=True,
        deduplicate=False,  # its cache is process-wide: results would depend on order
        with_metadata=False,
    )
    blocks = [line for line in (text or "").splitlines() if line.strip()]
    return blocks, meta
