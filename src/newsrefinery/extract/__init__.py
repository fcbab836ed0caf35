"""HTML -> body paragraphs, captions and page metadata, without ever touching the network.

`extract_html` parses a page once (lxml), reads what the page declares about itself
(JSON-LD, meta tags, bylines, dates with the signal they came from, captions with
their credits), then prunes the tree and finds the article body in what is left.
trafilatura is the fallback when that finds nothing; see `html.py`.
"""

from .html import Extracted, PageMeta, extract_html
from .tree import parse_html

__all__ = ["Extracted", "PageMeta", "extract_html", "parse_html"]
