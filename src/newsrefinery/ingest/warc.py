"""WARC files (plain or gzipped) as a stream of HTML documents, one record at a time.

Parsing uses FastWARC and falls back to warcio when FastWARC is not installed; both
are imported only when a WARC file is read. Either backend sees an uncompressed
stream (gzip is undone by `gzstream.GzipMembers`) and hands over each record block
raw; the HTTP layer is undone in `httpbody`, so both behave the same.

Which records become documents:

- `response` records whose HTTP status is 2xx and whose HTTP Content-Type is
  text/html or application/xhtml+xml, or which have no Content-Type and whose body
  starts like HTML;
- `resource` records whose WARC Content-Type is one of those HTML types.

Everything else (request, metadata, warcinfo, revisit records, responses with other
media types, redirects and error pages) describes a crawl rather than holding an
article and is skipped without a trace.

Each document: format "warc", kind "html", content the HTTP body bytes (de-chunked
and decompressed), offset the byte offset of the record in the file (for .warc.gz
written one gzip member per record, as the standard asks, the compressed offset of
its member; in a file gzipped as a whole, the offset in the decompressed stream),
url the WARC-Target-URI, fetched the WARC-Date as written, record_id the
WARC-Record-ID, charset the charset of the HTTP Content-Type.

Failures (see `newsrefinery.ingest` for the codes): a record cut off, a gzip member
cut off or corrupt, or data that does not parse as WARC ends the file with one
`truncated_warc` document at the offset where it broke, after all the records read
before it; `too_large` and `bad_content_encoding` reject one record and reading goes on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import BinaryIO, NamedTuple

from ..records import RawDoc
from .base import looks_like_html, rejected
from .gzstream import BrokenStream, GzipMembers
from .httpbody import BadEncoding, TooLarge, decode_body, media_type, split_head
from .patterns import GZIP_MAGIC, HTML_MEDIA_TYPES, WARC_PAGE_TYPES

# Enough for any HTTP head (FastWARC caps WARC heads at 32 KiB) plus a body sniff.
HEAD_BYTES = 1 << 16


class Record(NamedTuple):
    """One WARC record as a backend hands it over, block not yet read."""

    pos: int  # offset of the record in the uncompressed stream
    type: str
    declared: str | None  # the Content-Length header as written
    length: int
    headers: dict[str, str]  # the WARC headers this module uses, by lower-cased name
    read: Callable[[int], bytes]
    skip: Callable[[], int]  # consume the rest of the block, return bytes consumed


Backend = Callable[[BinaryIO], Iterator[Record]]

_WANTED = ("warc-target-uri", "warc-date", "warc-record-id", "content-type")


class _Incomplete(Exception):
    """The record ends before its Content-Length: the file was cut here."""


class _Unparsed(Exception):
    """Data after the last record that the backend stopped at without an error."""

    def __init__(self, pos: int) -> None:
        super().__init__(pos)
        self.pos = pos


def _fastwarc_records(stream: BinaryIO) -> Iterator[Record]:
    from fastwarc.warc import ArchiveIterator

    for rec in ArchiveIterator(stream, parse_http=False, stream_detect=False):
        head = rec.headers
        yield Record(
            pos=rec.stream_pos,
            type=(head.get("WARC-Type") or "").strip().lower(),
            declared=head.get("Content-Length"),
            length=rec.content_length,
            headers={name: value for name in _WANTED if (value := head.get(name)) is not None},
            read=rec.reader.read,
            skip=rec.reader.consume,
        )


def _warcio_records(stream: BinaryIO) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator

    it = ArchiveIterator(stream, no_record_parse=True)
    for rec in it:
        head = rec.rec_headers
        body = rec.raw_stream
        yield Record(
            pos=it.offset,
            type=(rec.rec_type or "").strip().lower(),
            declared=head.get_header("Content-Length"),
            length=rec.length or 0,
            headers={n: v for n in _WANTED if (v := head.get_header(n)) is not None},
            read=body.read,
            skip=functools.partial(_drain, body.read),
        )
    # warcio takes a record head cut off at the end of the file for a clean end.
    if it.offset < stream.tell():
        raise _Unparsed(it.offset)


def _drain(read: Callable[[int], bytes]) -> int:
    total = 0
    while chunk := read(HEAD_BYTES):
        total += len(chunk)
    return total


def _read_full(read: Callable[[int], bytes], size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left > 0 and (chunk := read(min(left, HEAD_BYTES))):
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def pick_backend(name: str | None = None) -> Backend | None:
    """FastWARC if importable, else warcio, else None; `name` forces one."""
    if name in (None, "fastwarc"):
        try:
            import fastwarc.warc  # noqa: F401
        except ImportError:
            if name is not None:
                return None
        else:
            return _fastwarc_records
    try:
        import warcio.archiveiterator  # noqa: F401
    except ImportError:
        return None
    return _warcio_records


def read_warc(
    raw: BinaryIO, uri: str, max_bytes: int, *, backend: str | None = None
) -> Iterator[RawDoc]:
    """The HTML documents of the WARC file open as `raw` (seekable, binary)."""
    records = pick_backend(backend)
    if records is None:
        yield rejected(
            uri,
            "unsupported_format",
            "reading WARC needs FastWARC or warcio: pip install 'newsrefinery[warc]'",
            format="warc",
            kind="html",
        )
        return
    yield from _WarcReader(raw, uri, max_bytes).run(records)


class _WarcReader:
    def __init__(self, raw: BinaryIO, uri: str, max_bytes: int) -> None:
        self.raw = raw
        self.uri = uri
        self.max_bytes = max_bytes
        magic = raw.read(2)
        raw.seek(0)
        # Sniffed rather than taken from the name: ".warc" files are often gzipped.
        self.gz = GzipMembers(raw) if magic == GZIP_MAGIC else None
        self.last: Record | None = None
        self.last_member: int | None = None  # compressed offset of last's own member

    def run(self, records: Backend) -> Iterator[RawDoc]:
        stream: BinaryIO = self.gz or self.raw  # type: ignore[assignment]
        it = records(stream)
        # A document is held back until the parser has moved past its record: only
        # then is its gzip member known to be whole.
        pending: RawDoc | None = None
        while True:
            rec, failure = _next(it)
            if failure is not None:
                offset = self._break_offset(failure)
                if pending is not None and pending.offset != offset:
                    yield pending
                yield self._broken(offset, failure)
                return
            if pending is not None:
                yield pending
                pending = None
            if rec is None:
                return
            member = self.gz.member_at(rec.pos) if self.gz is not None else None
            offset = rec.pos if member is None else member
            try:
                pending = self._page(rec, offset)
            except (_Incomplete, BrokenStream, OSError) as exc:
                # Broken while reading this record's block: it is where the file broke.
                yield self._broken(offset, exc)
                return
            self.last = rec
            self.last_member = member

    def _broken(self, offset: int, exc: BaseException) -> RawDoc:
        # An OSError with an errno is the disk failing, not the file being broken.
        io_error = isinstance(exc, OSError) and exc.errno is not None
        reason = "unreadable" if io_error else "truncated_warc"
        return self._reject(offset, reason, _describe(exc))

    def _page(self, rec: Record, offset: int) -> RawDoc | None:
        declared = (rec.declared or "").strip()
        if not (declared.isascii() and declared.isdigit()) or int(declared) != rec.length:
            raise _Incomplete("WARC record head is cut off or has no valid Content-Length")
        if rec.type not in WARC_PAGE_TYPES:
            self._finish(rec, 0)
            return None
        head = _read_full(rec.read, min(rec.length, HEAD_BYTES))
        if len(head) < min(rec.length, HEAD_BYTES):
            raise _Incomplete(f"WARC record is cut off ({len(head)} of {rec.length} bytes)")
        page = self._page_head(rec, head)
        if page is None:
            self._finish(rec, len(head))
            return None
        http, start = page
        if rec.length > self.max_bytes:
            self._finish(rec, len(head))
            return self._reject(offset, "too_large", f"record of {rec.length} bytes is too large")
        rest = _read_full(rec.read, rec.length - len(head))
        if len(head) + len(rest) < rec.length:
            got = len(head) + len(rest)
            raise _Incomplete(f"WARC record is cut off ({got} of {rec.length} bytes)")
        try:
            body = decode_body(head[start:] + rest, http, self.max_bytes)
        except TooLarge as exc:
            return self._reject(offset, "too_large", str(exc))
        except BadEncoding as exc:
            return self._reject(offset, "bad_content_encoding", str(exc))
        return self._doc(rec, offset, body, http)

    def _page_head(self, rec: Record, head: bytes) -> tuple[dict[str, str], int] | None:
        """(HTTP headers, body start) if the record holds an HTML page, else None."""
        warc_type = (rec.headers.get("content-type") or "").lower()
        if rec.type == "response" and (
            warc_type.startswith("application/http") or head[:5].upper() == b"HTTP/"
        ):
            split = split_head(head)
            if split is None:
                return None
            status, http = split[0]
            start = split[1]
            if status is not None and not 200 <= status < 300:
                return None
        else:
            http, start = {"content-type": rec.headers.get("content-type", "")}, 0
        mime, _ = media_type(http.get("content-type"))
        if mime in HTML_MEDIA_TYPES or (mime is None and looks_like_html(head[start:])):
            return http, start
        return None

    def _finish(self, rec: Record, already: int) -> None:
        """Skip the rest of a record, checking that all of it was there."""
        got = already + rec.skip()
        if got < rec.length:
            raise _Incomplete(f"WARC record is cut off ({got} of {rec.length} bytes)")

    def _reject(self, offset: int, reason: str, detail: str) -> RawDoc:
        return rejected(self.uri, reason, detail, format="warc", kind="html", offset=offset)

    def _doc(self, rec: Record, offset: int, body: bytes, http: dict[str, str]) -> RawDoc:
        url = rec.headers.get("warc-target-uri")
        # WARC/1.0 examples put the URI in angle brackets, and some writers copied that.
        url = url.strip().strip("<>") if url else None
        return RawDoc(
            uri=self.uri,
            format="warc",
            kind="html",
            content=body,
            offset=offset,
            url=url or None,
            fetched=rec.headers.get("warc-date"),
            record_id=rec.headers.get("warc-record-id"),
            charset=media_type(http.get("content-type"))[1],
        )

    def _break_offset(self, exc: BaseException) -> int:
        """Where the unreadable part starts, as exactly as can be known."""
        if isinstance(exc, BrokenStream):
            if self.last is None or (
                self.last_member is not None and exc.offset >= self.last_member
            ):
                # Equal: the last record's own member is cut, so that record is the
                # broken part (and its document is dropped, see run()).
                return exc.offset
            # The broken member also holds records already read (a file gzipped as
            # a whole): its start would repeat their offsets, so point past them.
            return self.last.pos + self.last.length
        if isinstance(exc, _Unparsed):
            pos = exc.pos
        elif self.last is None:
            return 0
        else:
            pos = self._record_end(self.last)
        if self.gz is not None:
            member = self.gz.member_after(pos)
            return pos if member is None else member
        return pos

    def _record_end(self, rec: Record) -> int:
        """End of a complete record, trailing blank lines included (plain files exact)."""
        if self.gz is not None:
            # The head's length is not known here; the next member boundary after
            # the block is the exact answer for per-record gzip.
            return rec.pos + rec.length
        self.raw.seek(rec.pos)
        head = self.raw.read(HEAD_BYTES)
        end = head.find(b"\r\n\r\n")
        if end < 0:
            return rec.pos + rec.length
        pos = rec.pos + end + 4 + rec.length
        self.raw.seek(pos)
        tail = self.raw.read(16)
        return pos + len(tail) - len(tail.lstrip(b"\r\n"))


def _next(it: Iterator[Record]) -> tuple[Record | None, BaseException | None]:
    """The next record, or the failure that stopped the parser."""
    try:
        return next(it, None), None
    except BaseException as exc:
        if not _is_parse_failure(exc):
            raise
        return None, exc


def _is_parse_failure(exc: BaseException) -> bool:
    # A panic inside FastWARC's Rust code surfaces as pyo3's PanicException, which
    # derives from BaseException; it means this file is broken, not the run.
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _describe(exc: BaseException) -> str:
    if isinstance(exc, (BrokenStream, _Incomplete)):
        return str(exc)
    if isinstance(exc, OSError) and exc.errno is not None:
        return f"cannot read ({exc.strerror or exc})"
    if isinstance(exc, _Unparsed):
        return "data after the last complete record is not a WARC record"
    return f"WARC data cannot be parsed ({type(exc).__name__}: {exc})"
