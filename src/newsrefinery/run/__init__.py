"""Runners: the local process-pool engine (and, later, Ray) over the same steps."""

from .local import refine_paths
from .stats import RunStats, raw_digest

__all__ = ["RunStats", "raw_digest", "refine_paths"]
