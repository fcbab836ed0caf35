"""The HTTP layer of WARC response records: heads, chunks, content codings."""

from __future__ import annotations

import gzip
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsrefinery.ingest.httpbody import (
    BadEncoding,
    TooLarge,
    dechunk,
    decode_body,
    media_type,
    split_head,
)


def test_split_head_crlf() -> None:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-A: 1\r\nx-a: 2\r\n\r\n<p>body"
    split = split_head(block)
    assert split is not None
    head, start = split
    assert head.status == 200
    assert head.headers == {"content-type": "text/html", "x-a": "1"}
    assert block[start:] == b"<p>body"


def test_split_head_bare_lf_and_folding() -> None:
    block = b"HTTP/1.0 404 Not Found\nContent-Type: text/html;\n  charset=utf-8\n\nbody"
    head, start = split_head(block)  # type: ignore[misc]
    assert head.status == 404
    assert head.headers["content-type"] == "text/html; charset=utf-8"
    assert block[start:] == b"body"


def test_split_head_incomplete_or_odd() -> None:
    assert split_head(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n") is None
    head, _ = split_head(b"garbage line\r\n\r\n")  # type: ignore[misc]
    assert head.status is None and head.headers == {}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("text/html; charset=UTF-8", ("text/html", "utf-8")),
        ('Text/HTML;Charset="ISO-8859-1"', ("text/html", "iso-8859-1")),
        ("text/html; boundary=x", ("text/html", None)),
        ("text/html; charset=", ("text/html", None)),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_media_type(value: str | None, expected: tuple[str | None, str | None]) -> None:
    assert media_type(value) == expected


def test_dechunk() -> None:
    assert dechunk(b"4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\nTrailer: x\r\n\r\n") == b"Wikipedia"
    assert dechunk(b"4\nWiki\n0\n\n") == b"Wiki"


@pytest.mark.parametrize("body", [b"<html>not chunked</html>", b"ff\r\nshort\r\n", b"4\r\nWiki"])
def test_dechunk_refuses_what_is_not_chunked(body: bytes) -> None:
    assert dechunk(body) is None


@given(st.lists(st.binary(min_size=1, max_size=50), max_size=10))
def test_dechunk_round_trip(chunks: list[bytes]) -> None:
    body = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n\r\n"
    assert dechunk(body) == b"".join(chunks)


def test_decode_body_codings() -> None:
    page = b"<html><p>hello</p></html>"
    assert decode_body(gzip.compress(page), {"content-encoding": "gzip"}, 1000) == page
    assert decode_body(zlib.compress(page), {"content-encoding": "deflate"}, 1000) == page
    assert decode_body(page, {"content-encoding": "identity"}, 1000) == page
    twice = gzip.compress(zlib.compress(page))
    assert decode_body(twice, {"content-encoding": "deflate, gzip"}, 1000) == page
    # Not chunked after all: stored de-chunked by the crawler.
    assert decode_body(page, {"transfer-encoding": "chunked"}, 1000) == page


def test_decode_body_failures() -> None:
    with pytest.raises(BadEncoding, match="not valid gzip"):
        decode_body(b"\x1f\x8b\x08broken\x00\xff", {"content-encoding": "gzip"}, 1000)
    with pytest.raises(BadEncoding, match="unsupported Content-Encoding 'br'"):
        decode_body(b"\x8b\x02\x80\x00\x01", {"content-encoding": "br"}, 1000)
    with pytest.raises(TooLarge):
        decode_body(gzip.compress(b" " * 5000), {"content-encoding": "gzip"}, 1000)
