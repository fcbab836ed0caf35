"""HTTP messages as stored in WARC response records: head, chunking, content coding.

Both WARC backends hand over the raw record block, so the HTTP layer is undone here,
once, the same way for FastWARC and warcio.

Crawlers differ in what they store: some keep the bytes as sent (chunked, gzipped),
others store the decoded body but keep the original headers. So a body whose
`Transfer-Encoding: chunked` does not parse as chunks is taken as already de-chunked,
and a body that fails to decompress but already looks like HTML is taken as already
decoded. Anything else that fails to decode is an error (`BadEncoding`).
"""

from __future__ import annotations

import zlib
from typing import NamedTuple

from .base import looks_like_html


class BadEncoding(ValueError):
    """The body cannot be decoded as its Content-Encoding says."""


class TooLarge(ValueError):
    """The decoded body is larger than the limit."""


class HttpHead(NamedTuple):
    status: int | None
    headers: dict[str, str]  # lower-cased names; the first of repeated headers wins


def split_head(block: bytes) -> tuple[HttpHead, int] | None:
    """The HTTP head at the start of `block` and where the body starts.

    None when `block` holds no complete head (no blank line).
    """
    crlf = block.find(b"\r\n\r\n")
    lf = block.find(b"\n\n")
    candidates = [(pos, size) for pos, size in ((crlf, 4), (lf, 2)) if pos >= 0]
    if not candidates:
        return None
    end, sep = min(candidates)
    lines = block[:end].decode("latin-1").split("\n")
    status = _status(lines[0])
    headers: dict[str, str] = {}
    last = ""
    for raw_line in lines[1:]:
        line = raw_line.rstrip("\r")
        if line[:1] in (" ", "\t") and last:
            # Obsolete header folding: the line continues the previous value.
            headers[last] += " " + line.strip()
            continue
        name, colon, value = line.partition(":")
        if colon:
            last = name.strip().lower()
            headers.setdefault(last, value.strip())
    return HttpHead(status, headers), end + sep


def _status(line: str) -> int | None:
    parts = line.split(None, 2)
    if len(parts) >= 2 and parts[0].upper().startswith("HTTP/") and parts[1].isdigit():
        return int(parts[1])
    return None


def media_type(value: str | None) -> tuple[str | None, str | None]:
    """(media type, charset) of a Content-Type value, both lower-cased."""
    if not value:
        return None, None
    mime, *params = value.split(";")
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'").strip().lower() or None
    return mime.strip().lower() or None, charset


def dechunk(body: bytes) -> bytes | None:
    """The body of a chunked transfer coding; None if `body` is not chunked."""
    parts: list[bytes] = []
    pos = 0
    while True:
        eol = body.find(b"\n", pos)
        if eol < 0:
            return None
        size_text = body[pos:eol].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return None
        if size == 0:
            return b"".join(parts)
        start = eol + 1
        if start + size > len(body):
            return None
        parts.append(body[start : start + size])
        pos = start + size
        # The CRLF after the chunk data.
        if body.startswith(b"\r\n", pos):
            pos += 2
        elif body.startswith(b"\n", pos):
            pos += 1


def decode_body(body: bytes, headers: dict[str, str], max_bytes: int) -> bytes:
    """Undo transfer and content codings. Raises BadEncoding or TooLarge."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        dechunked = dechunk(body)
        if dechunked is not None:
            body = dechunked
    codings = [c.strip().lower() for c in headers.get("content-encoding", "").split(",")]
    # Codings are listed in the order applied, so they are undone in reverse.
    for coding in reversed([c for c in codings if c and c != "identity"]):
        body = _decompress(body, coding, max_bytes)
    return body


def _decompress(body: bytes, coding: str, max_bytes: int) -> bytes:
    attempts: tuple[int, ...]
    if coding in ("gzip", "x-gzip"):
        attempts = (31,)
    elif coding == "deflate":
        # "deflate" is zlib-wrapped by the RFC and raw deflate on many servers.
        attempts = (15, -15)
    else:
        attempts = ()
    for wbits in attempts:
        try:
            dec = zlib.decompressobj(wbits)
            # Bounded output: a few kilobytes of gzip can inflate to gigabytes.
            out = dec.decompress(body, max_bytes + 1)
        except zlib.error:
            continue
        if len(out) > max_bytes:
            raise TooLarge(f"body inflates to more than {max_bytes} bytes")
        return out
    if looks_like_html(body[:4096]):
        return body
    if not attempts:
        raise BadEncoding(f"unsupported Content-Encoding {coding!r}")
    raise BadEncoding(f"body is not valid {coding} data")
