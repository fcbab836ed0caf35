"""Helpers shared by the readers: the size limit, rejected documents, sniffing."""

from __future__ import annotations

import json
from typing import Protocol

from ..records import Format, RawDoc, Rejection
from .patterns import HTML_SNIFF, HTML_SNIFF_BYTES, Kind

# Same limit as trafilatura's MAX_FILE_SIZE: pages larger than this are not articles,
# and reading them would let one input dominate a worker's memory.
DEFAULT_MAX_BYTES = 20_000_000

CHUNK = 1 << 16


class Readable(Protocol):
    """A binary stream, as far as the readers need one."""

    def read(self, size: int = ..., /) -> bytes: ...


class LineReadable(Readable, Protocol):
    def readline(self, size: int = ..., /) -> bytes: ...


def rejected(
    uri: str,
    reason: str,
    detail: str,
    *,
    format: Format = "text",
    kind: Kind = "text",
    offset: int | None = None,
) -> RawDoc:
    """A document that could not be read: the message starts with where it was."""
    where = uri if offset is None else f"{uri} at offset {offset}"
    return RawDoc(
        uri=uri,
        format=format,
        kind=kind,
        content=None,
        offset=offset,
        error=Rejection(reason, f"{where}: {detail}"),
    )


def read_bounded(stream: Readable, max_bytes: int) -> bytes | None:
    """Read at most `max_bytes`; None when the stream holds more than that."""
    parts: list[bytes] = []
    size = 0
    while size <= max_bytes:
        # Never ask for more than one past the limit: a stream that is too large is
        # noticed after max_bytes + 1 bytes, not after reading all of it.
        chunk = stream.read(min(CHUNK, max_bytes + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
    return None


def looks_like_html(head: bytes) -> bool:
    return HTML_SNIFF.search(head[:HTML_SNIFF_BYTES]) is not None


def looks_like_jsonl(data: bytes) -> bool:
    """True when the first non-blank line is a JSON object."""
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end + 1
        line = data[start:end].strip()
        start = end
        if not line:
            continue
        if not line.startswith(b"{"):
            return False
        try:
            return isinstance(json.loads(line), dict)
        except ValueError:
            return False
    return False


def sniff_kind(data: bytes) -> Kind:
    return "html" if looks_like_html(data) else "text"
