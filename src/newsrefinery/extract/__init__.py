"""HTML -> body blocks and page metadata, without ever touching the network.

Today the body comes from trafilatura (pinned); the page metadata (headline, site
name, canonical URL, declared language) is read from the same parsed tree.
"""

from .html import extract_html
from .metadata import PageMeta, page_metadata

__all__ = ["PageMeta", "extract_html", "page_metadata"]
