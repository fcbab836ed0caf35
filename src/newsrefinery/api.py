"""The library API: the same functions the CLI calls, for use from Python."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .config import Config
from .records import Article, RawDoc
from .steps import build_pipeline, refine_raw

if TYPE_CHECKING:
    from .store import Store


def refine_text(text: str, *, uri: str = "<text>", config: Config | None = None) -> Article:
    """Refine one plain-text dump (first line the headline) into an Article."""
    raw = RawDoc(uri=uri, format="text", kind="text", content=text)
    return refine_raw(raw, build_pipeline(config))


def refine_html(
    html: str | bytes,
    url: str | None = None,
    *,
    uri: str | None = None,
    config: Config | None = None,
) -> Article:
    """Refine one HTML page into an Article; bytes are decoded as a browser would."""
    raw = RawDoc(uri=uri or url or "<html>", format="html", kind="html", content=html, url=url)
    return refine_raw(raw, build_pipeline(config))


def refine_file(path: str | os.PathLike[str], *, config: Config | None = None) -> Iterator[Article]:
    """Refine every document in one file (a WARC or JSONL file holds many), in order.

    Runs in this process, without the pool's time limits; rejected inputs come back
    as records with `status == "rejected"` and a `rejection` reason.
    """
    from .ingest import read_inputs

    config = config or Config()
    steps = build_pipeline(config)
    for raw in read_inputs([os.fspath(path)], max_bytes=config.run.max_bytes):
        yield refine_raw(raw, steps)


def open_store(path: str | os.PathLike[str], *, readonly: bool = False) -> Store:
    """Open (creating if needed) the SQLite store at `path`."""
    from .store import open_store as _open

    return _open(path, readonly=readonly)
