"""Cleaning: turn a scraped dump's lines into headline, body, captions and removed lines.

Every removed line carries a reason code (`patterns.REASONS`); every input line ends
up in exactly one field. See `step.clean_lines` for the order of the passes.
"""

from __future__ import annotations

from .config import CleanConfig
from .patterns import REASONS
from .step import Cleaned, clean_article, clean_lines

__all__ = ["REASONS", "CleanConfig", "Cleaned", "clean_article", "clean_lines"]
