"""WARC reading, on files the tests write with warcio, through both backends."""

from __future__ import annotations

import gzip
import io
import random
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsrefinery.ingest import read_inputs
from newsrefinery.ingest.warc import pick_backend, read_warc
from newsrefinery.records import RawDoc

BACKENDS = ["fastwarc", "warcio"]


@dataclass
class Rec:
    url: str
    body: bytes = b""
    type: str = "response"
    headers: list[tuple[str, str]] = field(default_factory=list)
    status: str = "200 OK"


def html(n: int, extra: str = "") -> bytes:
    return f"<html><body><p>Article {n} café {extra}</p></body></html>".encode()


def page(n: int, **kw: object) -> Rec:
    return Rec(f"http://example.com/{n}", html(n), headers=[("Content-Type", "text/html")], **kw)  # type: ignore[arg-type]


def build(records: list[Rec], *, gz: bool) -> tuple[bytes, list[int]]:
    """A WARC file (one gzip member per record if gz) and each record's offset."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    offsets = []
    for rec in [Rec("", type="warcinfo"), *records]:
        offsets.append(buf.tell())
        if rec.type == "warcinfo":
            record = writer.create_warcinfo_record("test.warc", {"software": "tests"})
        elif rec.type == "response":
            http = StatusAndHeaders(rec.status, rec.headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                rec.url, "response", payload=io.BytesIO(rec.body), http_headers=http
            )
        else:
            ctype = dict(rec.headers).get("Content-Type", "application/octet-stream")
            record = writer.create_warc_record(
                rec.url, rec.type, payload=io.BytesIO(rec.body), warc_content_type=ctype
            )
        writer.write_record(record)
    offsets.append(buf.tell())
    return buf.getvalue(), offsets


def read(data: bytes, backend: str, max_bytes: int = 10**6) -> list[RawDoc]:
    return list(read_warc(io.BytesIO(data), "mem.warc", max_bytes, backend=backend))


MIXED = [
    page(1),
    Rec(
        "http://example.com/req",
        b"GET /req HTTP/1.1\r\nHost: example.com\r\n\r\n",
        type="request",
        headers=[("Content-Type", "application/http; msgtype=request")],
    ),
    Rec("http://example.com/logo.png", b"\x89PNG\r\n", headers=[("Content-Type", "image/png")]),
    Rec("http://example.com/2", html(2), headers=[("Content-Type", "text/html; charset=UTF-8")]),
    Rec("http://example.com/meta", b"a: b\r\n", type="metadata"),
    Rec(
        "http://example.com/missing",
        html(3),
        headers=[("Content-Type", "text/html")],
        status="404 Not Found",
    ),
    Rec("http://example.com/4", html(4), headers=[]),  # no Content-Type: sniffed
    Rec("http://example.com/5", html(5), type="resource", headers=[("Content-Type", "text/html")]),
    Rec("http://example.com/6", html(6), headers=[("Content-Type", "application/xhtml+xml")]),
    Rec("http://example.com/json", b'{"a": 1}', headers=[("Content-Type", "application/json")]),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("gz", [False, True])
def test_only_html_pages_become_documents(backend: str, gz: bool) -> None:
    data, offsets = build(MIXED, gz=gz)
    docs = read(data, backend)
    assert all(d.error is None for d in docs)
    assert [d.url for d in docs] == [f"http://example.com/{n}" for n in (1, 2, 4, 5, 6)]
    assert [d.content for d in docs] == [html(n) for n in (1, 2, 4, 5, 6)]
    # Offsets are the records' own: warcinfo is record 0, MIXED[i] is record i + 1.
    assert [d.offset for d in docs] == [offsets[i + 1] for i in (0, 3, 6, 7, 8)]
    assert all(d.format == "warc" and d.kind == "html" for d in docs)
    assert docs[1].charset == "utf-8"
    assert docs[0].charset is None
    assert all(d.fetched and d.fetched.endswith("Z") for d in docs)
    assert all(d.record_id and d.record_id.startswith("<urn:uuid:") for d in docs)


@pytest.mark.parametrize("gz", [False, True])
def test_offsets_lead_back_to_the_record(tmp_path: Path, gz: bool) -> None:
    data, _ = build([page(n) for n in range(5)], gz=gz)
    path = tmp_path / ("a.warc.gz" if gz else "a.warc")
    path.write_bytes(data)
    docs = list(read_inputs([str(path)]))
    assert len(docs) == 5
    with path.open("rb") as fh:
        for doc in docs:
            assert doc.offset is not None
            fh.seek(doc.offset)
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_headers.get_header("WARC-Target-URI") == doc.url
            assert record.content_stream().read() == doc.content


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("gz", [False, True])
def test_truncated_in_the_second_record(backend: str, gz: bool) -> None:
    data, offsets = build([page(1), page(2), page(3)], gz=gz)
    second = offsets[2]
    cut = data[: second + (offsets[3] - second) // 2]
    docs = read(cut, backend)
    assert [d.content for d in docs[:-1]] == [html(1)]
    broken = docs[-1]
    assert broken.error is not None and broken.error.reason == "truncated_warc"
    assert broken.offset == second
    assert broken.content is None
    assert broken.error.message.startswith(f"mem.warc at offset {second}: ")


def _whole_at(offsets: list[int], end: int, gz: bool, cut: int) -> bool:
    """Whether the record ending at `end` is whole in a file cut at `cut`.

    Plain WARC: the two CRLFs after the block may be missing. Gzipped: the record's
    member must be complete, footer and all.
    """
    return cut >= (end if gz else end - 4)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("gz", [False, True])
def test_every_cut_is_noticed(backend: str, gz: bool) -> None:
    """Cut the file at every byte: whole records come out, the rest is one rejection."""
    gif = Rec("http://example.com/x", b"GIF89a", headers=[("Content-Type", "image/gif")])
    data, offsets = build([page(1), gif, page(2)], gz=gz)
    full = read(data, backend)
    assert [d.url for d in full] == ["http://example.com/1", "http://example.com/2"]
    ends = {offsets[i]: offsets[i + 1] for i in range(len(offsets) - 1)}
    for cut in range(1, len(data)):
        docs = read(data[:cut], backend)
        expected = [d for d in full if _whole_at(offsets, ends[d.offset], gz, cut)]  # type: ignore[index]
        assert [d for d in docs if d.error is None] == expected, cut
        bad = [d for d in docs if d.error is not None]
        if any(_whole_at(offsets, end, gz, cut) and cut <= end for end in offsets[1:]):
            assert bad == [], cut
        else:
            assert len(bad) == 1 and docs[-1] is bad[0], cut
            assert bad[0].error and bad[0].error.reason == "truncated_warc", cut
            assert bad[0].offset == max(o for o in offsets if o < cut), cut
        assert len({d.offset for d in docs}) == len(docs), cut


@pytest.mark.parametrize("backend", BACKENDS)
def test_whole_file_gzip_has_distinct_offsets(backend: str) -> None:
    plain, offsets = build([page(n) for n in range(4)], gz=False)
    docs = read(gzip.compress(plain), backend)
    assert [d.offset for d in docs] == offsets[1:5]
    assert [d.content for d in docs] == [html(n) for n in range(4)]
    cut = read(gzip.compress(plain)[:-40], backend)
    assert cut[-1].error and cut[-1].error.reason == "truncated_warc"
    assert len({d.offset for d in cut}) == len(cut)


@pytest.mark.parametrize("backend", BACKENDS)
def test_content_and_transfer_encodings_are_undone(backend: str) -> None:
    body = html(7, "x" * 500)
    chunked = (
        b"".join(
            b"%x\r\n%s\r\n" % (len(body[i : i + 100]), body[i : i + 100])
            for i in range(0, len(body), 100)
        )
        + b"0\r\n\r\n"
    )
    deflated = zlib.compress(body)
    raw_deflate = zlib.compressobj(wbits=-15)
    raw_deflated = raw_deflate.compress(body) + raw_deflate.flush()
    ctype = ("Content-Type", "text/html; charset=utf-8")
    data, _ = build(
        [
            Rec(
                "http://e/gzip", gzip.compress(body), headers=[ctype, ("Content-Encoding", "gzip")]
            ),
            Rec("http://e/chunked", chunked, headers=[ctype, ("Transfer-Encoding", "chunked")]),
            Rec("http://e/deflate", deflated, headers=[ctype, ("Content-Encoding", "deflate")]),
            Rec("http://e/raw", raw_deflated, headers=[ctype, ("Content-Encoding", "deflate")]),
            # Stored decoded by the crawler, header kept: taken as it is.
            Rec("http://e/stored", body, headers=[ctype, ("Content-Encoding", "gzip")]),
            Rec(
                "http://e/both",
                b"%x\r\n%s\r\n0\r\n\r\n" % (len(gzip.compress(body)), gzip.compress(body)),
                headers=[ctype, ("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")],
            ),
        ],
        gz=False,
    )
    docs = read(data, backend)
    assert [d.error for d in docs] == [None] * 6
    assert [d.content for d in docs] == [body] * 6


@pytest.mark.parametrize("backend", BACKENDS)
def test_bad_content_encoding_rejects_that_record_only(backend: str) -> None:
    ctype = ("Content-Type", "text/html")
    data, offsets = build(
        [
            Rec(
                "http://e/bad",
                b"\x1f\x8b\x08garbage\xff\xfe",
                headers=[ctype, ("Content-Encoding", "gzip")],
            ),
            Rec("http://e/br", b"\x0b\x02\x80binary", headers=[ctype, ("Content-Encoding", "br")]),
            page(3),
        ],
        gz=True,
    )
    docs = read(data, backend)
    assert [d.error.reason if d.error else None for d in docs] == [
        "bad_content_encoding",
        "bad_content_encoding",
        None,
    ]
    assert [d.offset for d in docs] == offsets[1:4]
    assert "br" in docs[1].error.message  # type: ignore[union-attr]


@pytest.mark.parametrize("backend", BACKENDS)
def test_too_large_record_is_rejected_and_reading_goes_on(backend: str) -> None:
    big = html(1, "y" * 5000)
    bomb = gzip.compress(b"<html>" + b" " * 200_000)
    data, offsets = build(
        [
            Rec("http://e/big", big, headers=[("Content-Type", "text/html")]),
            Rec(
                "http://e/bomb",
                bomb,
                headers=[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
            ),
            Rec(
                "http://e/pdf", b"%PDF" + b"z" * 5000, headers=[("Content-Type", "application/pdf")]
            ),
            page(2),
        ],
        gz=False,
    )
    docs = read(data, backend, max_bytes=4000)
    assert [d.error.reason if d.error else None for d in docs] == ["too_large", "too_large", None]
    assert [d.offset for d in docs] == [offsets[1], offsets[2], offsets[4]]


@pytest.mark.parametrize("backend", BACKENDS)
def test_not_a_warc_file(backend: str) -> None:
    docs = read(b"<html><body>I am not a WARC file</body></html>\n", backend)
    assert len(docs) == 1
    assert docs[0].error and docs[0].error.reason == "truncated_warc"
    assert docs[0].offset == 0


def test_warcio_fallback_when_fastwarc_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, _ = build([page(1), page(2)], gz=True)
    path = tmp_path / "a.warc.gz"
    path.write_bytes(data)
    expected = list(read_inputs([str(path)]))
    monkeypatch.setitem(sys.modules, "fastwarc", None)
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    backend = pick_backend()
    assert backend is not None and backend.__name__ == "_warcio_records"
    assert list(read_inputs([str(path)])) == expected


def test_no_warc_library_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.warc"
    path.write_bytes(build([page(1)], gz=False)[0])
    for name in ("fastwarc", "fastwarc.warc", "warcio", "warcio.archiveiterator"):
        monkeypatch.setitem(sys.modules, name, None)
    (doc,) = read_inputs([str(path)])
    assert doc.error and doc.error.reason == "unsupported_format"
    assert "pip install" in doc.error.message


class CountingReader(io.BytesIO):
    consumed = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.consumed += len(data)
        return data


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("gz", [False, True])
def test_warc_is_streamed_record_by_record(backend: str, gz: bool) -> None:
    """The first document comes out long before the file has been read."""
    # Random hex, so that gzip cannot shrink the file to a single read-ahead.
    filler = random.Random(1).randbytes(100_000).hex()
    big = [
        Rec(f"http://example.com/{n}", html(n, filler), headers=[("Content-Type", "text/html")])
        for n in range(1, 40)
    ]
    data, _ = build([page(0), *big], gz=gz)
    stream = CountingReader(data)
    docs = read_warc(stream, "mem.warc", 10**6, backend=backend)
    first = next(docs)
    assert first.url == "http://example.com/0"
    assert stream.consumed < len(data) // 4
    assert len(list(docs)) == 39
