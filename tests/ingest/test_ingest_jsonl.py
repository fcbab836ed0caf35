"""JSON Lines: keys, offsets, and each kind of bad line."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsrefinery.ingest import read_inputs
from newsrefinery.ingest.jsonl import read_jsonl
from newsrefinery.records import RawDoc


def lines(*objs: object) -> bytes:
    return b"".join(
        (o if isinstance(o, bytes) else json.dumps(o, ensure_ascii=False).encode()) + b"\n"
        for o in objs
    )


def read(data: bytes, max_bytes: int = 10**6) -> list[RawDoc]:
    return list(read_jsonl(io.BytesIO(data), "/d/x.jsonl", max_bytes))


def reasons(docs: list[RawDoc]) -> list[str | None]:
    return [d.error.reason if d.error else None for d in docs]


def test_keys() -> None:
    data = lines(
        {"html": "<p>a</p>", "text": "ignored", "url": "http://e/a", "date": "2023-03-14",
         "fetched": "2023-03-15T00:00:00Z", "id": 17, "other": [1]},
        {"text": "plain", "id": "x-2"},
        {"html": "   ", "text": "html is blank, so text"},
    )  # fmt: skip
    a, b, c = read(data)
    assert (a.kind, a.content, a.url, a.date, a.fetched, a.record_id) == (
        "html",
        "<p>a</p>",
        "http://e/a",
        "2023-03-14",
        "2023-03-15T00:00:00Z",
        "17",
    )
    assert (b.kind, b.content, b.record_id, b.url) == ("text", "plain", "x-2", None)
    assert (c.kind, c.content) == ("text", "html is blank, so text")
    assert all(d.format == "jsonl" and d.uri == "/d/x.jsonl" for d in (a, b, c))


def test_offsets_point_at_the_line(tmp_path: Path) -> None:
    data = b'\n{"text": "one"}\r\n\n   \n{"text": "caf\xc3\xa9 two"}\n{"text": "three"}'
    path = tmp_path / "a.jsonl"
    path.write_bytes(data)
    docs = list(read_inputs([str(path)]))
    assert [d.content for d in docs] == ["one", "café two", "three"]
    with path.open("rb") as fh:
        for doc in docs:
            assert doc.offset is not None
            fh.seek(doc.offset)
            assert json.loads(fh.readline())["text"] == doc.content


def test_offsets_in_gzipped_jsonl_are_decompressed_offsets(tmp_path: Path) -> None:
    data = lines({"text": "one"}, {"text": "two"})
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(data))
    docs = list(read_inputs([str(path)]))
    assert [d.offset for d in docs] == [0, data.index(b'{"text": "two"}')]


def test_line_not_json() -> None:
    docs = read(lines({"text": "a"}, b"{broken", b"nope", {"text": "b"}))
    assert reasons(docs) == [None, "invalid_json", "invalid_json", None]
    assert docs[1].offset == len(lines({"text": "a"}))
    assert docs[1].error.message.startswith(f"/d/x.jsonl at offset {docs[1].offset}: ")  # type: ignore[union-attr]


@pytest.mark.parametrize("line", [b"[1, 2]", b'"text"', b"42", b"null", b"\xff\xfe{}"])
def test_json_that_is_not_an_object(line: bytes) -> None:
    assert reasons(read(lines(line))) == ["invalid_json"]


def test_absurd_nesting_is_invalid_not_a_crash() -> None:
    assert reasons(read(b"[" * 100_000 + b"\n")) == ["invalid_json"]


@pytest.mark.parametrize(
    "obj",
    [
        {"url": "http://e/1", "id": 3},
        {"text": ""},
        {"text": " \n"},
        {"html": 5},
        {"text": None},
        {},
    ],
)
def test_object_without_text(obj: dict[str, object]) -> None:
    (doc,) = read(lines(obj))
    assert reasons([doc]) == ["no_text"]
    assert doc.url == obj.get("url") and doc.record_id == (str(obj["id"]) if "id" in obj else None)


def test_blank_lines_only_is_empty() -> None:
    assert reasons(read(b"\n \n\t\n")) == ["empty_input"]


def test_line_over_the_limit_is_skipped_and_reading_goes_on() -> None:
    data = lines({"text": "x" * 5000}, {"text": "small"})
    docs = read(data, max_bytes=1000)
    assert reasons(docs) == ["too_large", None]
    assert docs[1].offset == data.index(b'{"text": "small"}')


def test_truncated_gzip_keeps_the_lines_before(tmp_path: Path) -> None:
    data = gzip.compress(lines(*({"text": f"line {i} " + "x" * 50} for i in range(2000))))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    docs = list(read_inputs([str(path)]))
    assert len(docs) > 10
    assert all(d.error is None for d in docs[:-1])
    assert reasons(docs[-1:]) == ["truncated_gzip"]
    assert docs[-1].offset == docs[-2].offset + len(lines({"text": docs[-2].content}))  # type: ignore[operator]


def test_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as fh:
        for i in range(50_000):
            fh.write(lines({"text": f"document {i} " + "y" * 200}))
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_inputs([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 50_000
    assert peak < 2_000_000  # the file is ~11 MB


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.fixed_dictionaries({"text": st.text(min_size=1).filter(str.strip)}),
            st.just("blank"),
            st.binary(max_size=20).filter(lambda b: b"\n" not in b),
        ),
        max_size=20,
    )
)
def test_every_nonblank_line_is_one_document_at_its_offset(items: list[object]) -> None:
    data = b""
    expected: list[tuple[int, object]] = []
    for item in items:
        if item == "blank":
            line = b"\n"
        elif isinstance(item, bytes):
            line = item + b"\n"
        else:
            line = json.dumps(item).encode() + b"\n"
        if line.strip():
            expected.append((len(data), item))
        data += line
    docs = read(data)
    if not expected:
        assert reasons(docs) == ["empty_input"]
        return
    assert [d.offset for d in docs] == [offset for offset, _ in expected]
    for doc, (_, item) in zip(docs, expected, strict=True):
        if isinstance(item, dict):
            assert doc.content == item["text"]
        else:
            assert doc.content is None or isinstance(doc.content, str)
