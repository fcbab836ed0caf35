"""JSON Lines: one document per line, read one line at a time.

Each non-blank line is a JSON object. Keys used:

- `html` (string) or `text` (string): the content; `html` wins when both are
  non-blank, and sets the document's kind to "html" (else "text");
- `url`: the page's address; `date`: a publication date hint, as written;
  `fetched`: when the page was fetched, as written; `id`: the producer's own id of
  the record (kept as a string in `RawDoc.record_id`).

Other keys are ignored. `RawDoc.offset` is the byte offset of the line's start in
the (decompressed) stream, so `f.seek(offset); f.readline()` gives the line back.
Blank lines are skipped. A line that is not a JSON object is rejected with
`invalid_json`, an object without usable text with `no_text`, a line longer than the
size limit with `too_large`; reading goes on with the next line. A gzip stream that
breaks ends the file with one `truncated_gzip` document after the lines before it.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import zlib
from collections.abc import Iterator
from typing import Any

from ..records import RawDoc
from .base import CHUNK, LineReadable, rejected


def read_jsonl(stream: LineReadable, uri: str, max_bytes: int) -> Iterator[RawDoc]:
    """The documents of a JSON Lines stream, in order."""
    offset = 0
    found = False
    while True:
        start = offset
        try:
            line = stream.readline(max_bytes + 1)
            offset += len(line)
            if len(line) > max_bytes and not line.endswith(b"\n"):
                offset += _skip_line(stream)
                found = True
                yield _reject(uri, "too_large", f"line longer than {max_bytes} bytes", start)
                continue
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            yield _reject(
                uri, "truncated_gzip", f"gzip stream is cut off or corrupt ({exc})", start
            )
            return
        except OSError as exc:
            yield _reject(uri, "unreadable", f"cannot read ({exc})", start)
            return
        if not line:
            break
        if line.strip():
            found = True
            yield parse_line(line, uri, start)
    if not found:
        yield rejected(uri, "empty_input", "no JSON lines in the file", format="jsonl")


def _skip_line(stream: LineReadable) -> int:
    """Read past the end of the current line without keeping it; bytes skipped."""
    skipped = 0
    while chunk := stream.readline(CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _reject(uri: str, reason: str, detail: str, offset: int) -> RawDoc:
    return rejected(uri, reason, detail, format="jsonl", offset=offset)


def parse_line(line: bytes, uri: str, offset: int) -> RawDoc:
    """One JSON line as a document, or as a rejected document saying why not."""
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        # ValueError covers JSONDecodeError and undecodable bytes; RecursionError
        # comes from absurdly deep nesting.
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return _reject(uri, "invalid_json", f"line is not valid JSON ({detail})", offset)
    if not isinstance(obj, dict):
        kind = type(obj).__name__
        return _reject(uri, "invalid_json", f"line is a JSON {kind}, not an object", offset)
    meta: dict[str, Any] = {
        "url": _text(obj.get("url")),
        "date": _text(obj.get("date")),
        "fetched": _text(obj.get("fetched")),
        "record_id": None if obj.get("id") is None else str(obj["id"]),
    }
    html, text = obj.get("html"), obj.get("text")
    if isinstance(html, str) and html.strip():
        return RawDoc(uri, "jsonl", "html", html, offset=offset, **meta)
    if isinstance(text, str) and text.strip():
        return RawDoc(uri, "jsonl", "text", text, offset=offset, **meta)
    detail = "object has no non-blank string 'html' or 'text'"
    return dataclasses.replace(_reject(uri, "no_text", detail, offset), **meta)


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    # Numbers (epoch dates, numeric ids) are kept as written; other types are noise.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None
