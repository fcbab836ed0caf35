"""The exception tree. Every error newsrefinery raises on purpose is one of these.

    NewsRefineryError
    ├── ConfigError        bad option, config file or --set override   (CLI exit 2)
    ├── StoreError         database cannot be opened, created or written (CLI exit 2)
    │   └── SchemaError    database from a newer version, or not ours
    ├── QueryError         a search query FTS5 cannot parse
    └── InputError         one input cannot be used; carries a reason code
        ├── ReadError      missing, unreadable, vanished, truncated container
        ├── DecodeError    bytes that are not text (binary, undecodable)
        └── ExtractError   a parser or step failed on this document

An `InputError` never ends a run: the runner turns it into a rejected record with
`reason` and `str(error)` as its message. The others stop the run with one line on
stderr.
"""

from __future__ import annotations


class NewsRefineryError(Exception):
    """Base of every error newsrefinery raises on purpose."""


class ConfigError(NewsRefineryError):
    """An option, configuration file or override is invalid."""


class StoreError(NewsRefineryError):
    """The database cannot be opened, created or written."""


class SchemaError(StoreError):
    """The database schema is not one this version can use."""


class InputError(NewsRefineryError):
    """One input cannot become an article. `reason` is a stable code."""

    reason = "input_error"

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason


class ReadError(InputError):
    reason = "read_error"


class DecodeError(InputError):
    reason = "decode_error"


class ExtractError(InputError):
    reason = "extract_error"


class QueryError(NewsRefineryError):
    """A search query the full-text index cannot parse."""
