"""The raw input of an article, read again from where the record says it came from.

The store keeps the clean record, not the input (a crawl is far bigger than its
records), so the article page re-reads the input through the same readers `refine`
used and finds the document by its id. The path comes from the database, never from
the request. The input may have changed or gone since it was refined; the page says
so instead of showing something else as the source.
"""

from __future__ import annotations

import time

from ..records import Article
from .models import RawInput

# Enough for any real article page; a bigger input is shown cut, and says so.
MAX_RAW_CHARS = 200_000
# A record deep in a multi-gigabyte WARC is not worth blocking the page for.
SEARCH_SECONDS = 2.0


def load_raw(article: Article, stored_digest: str | None) -> RawInput:
    """The input `article` was made from, as it is on disk now."""
    from ..ingest import STDIN_URI, decode, read_file
    from ..run import raw_digest

    uri = article.source.uri
    if uri == STDIN_URI or uri.startswith("<"):
        return RawInput(available=False, note="read from standard input or a string: not kept")
    deadline = time.monotonic() + SEARCH_SECONDS
    for raw in read_file(uri):
        if raw.id == article.id:
            break
        if time.monotonic() > deadline:
            return RawInput(available=False, note="the record is too far into a large file")
    else:
        return RawInput(available=False, note=f"no longer found in {uri}")
    if raw.content is None:
        reason = raw.error.message if raw.error is not None else "cannot be read"
        return RawInput(available=False, note=f"cannot be read now: {reason}")
    try:
        text, _warnings = decode(raw)
    except Exception as exc:  # the page must render even when the input no longer decodes
        return RawInput(available=False, note=f"cannot be decoded now: {exc}")
    changed = stored_digest is not None and raw_digest(raw) != stored_digest
    return RawInput(
        available=True,
        text=text[:MAX_RAW_CHARS],
        kind=raw.kind,
        truncated=len(text) > MAX_RAW_CHARS,
        changed=changed,
        note="the input has changed since it was refined" if changed else None,
    )
