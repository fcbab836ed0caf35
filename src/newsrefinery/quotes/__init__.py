"""Quotes and speakers: every quotation and reported statement with who said it.

from newsrefinery.quotes import quotes_article
article = quotes_article(article)
"""

from __future__ import annotations

from .step import find_quotes, quotes_article

__all__ = ["find_quotes", "quotes_article"]
