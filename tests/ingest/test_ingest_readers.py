"""read_inputs(): dispatch, directory walks, stdin, and every way a file can fail."""

from __future__ import annotations

import builtins
import gzip
import os
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsrefinery.errors import DecodeError
from newsrefinery.ingest import DEFAULT_MAX_BYTES, REASONS, decode, read_inputs
from newsrefinery.ingest import readers as readers_module
from newsrefinery.records import RawDoc

PAGE = b"<!doctype html><html><body><p>Hello.</p></body></html>"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def read(*paths: str | Path, **kw: Any) -> list[RawDoc]:
    return list(read_inputs([str(p) for p in paths], **kw))


def only(*paths: str | Path, **kw: Any) -> RawDoc:
    (doc,) = read(*paths, **kw)
    return doc


def reason(doc: RawDoc) -> str | None:
    return doc.error.reason if doc.error else None


def assert_rejected(doc: RawDoc, code: str, path: Path | str) -> None:
    assert doc.content is None
    assert doc.error is not None, doc
    assert doc.error.reason == code
    assert code in REASONS
    assert doc.error.message.startswith(f"{os.path.realpath(path)}: ")
    assert "\n" not in doc.error.message


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", "text"),
        ("a.TEXT", "text"),
        ("notes.md", "text"),
        ("a.html", "html"),
        ("a.HTM", "html"),
        ("a.xhtml", "html"),
        ("a.shtml", "html"),
    ],
)
def test_dispatch_by_extension(tmp_path: Path, name: str, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(PAGE)
    doc = only(path)
    assert (doc.format, doc.kind, doc.content, doc.error) == (kind, kind, PAGE, None)
    assert doc.uri == str(path.resolve())
    assert doc.offset is None


@pytest.mark.parametrize(("name", "kind"), [("a.txt.gz", "text"), ("a.HTML.GZ", "html")])
def test_gzipped_text_and_html(tmp_path: Path, name: str, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(PAGE))
    doc = only(path)
    assert (doc.kind, doc.content) == (kind, PAGE)


@pytest.mark.parametrize("name", ["report.pdf", "README", "archive.gz", "x.arc"])
def test_unsupported_file_type(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"whatever")
    doc = only(path)
    assert_rejected(doc, "unsupported_format", path)
    assert "unsupported file type" in doc.error.message  # type: ignore[union-attr]


def test_unsupported_message_names_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "report.PDF"
    path.write_bytes(b"%PDF")
    assert only(path).error.message.endswith("unsupported file type '.pdf'")  # type: ignore[union-attr]


def test_missing_path(tmp_path: Path) -> None:
    assert_rejected(only(tmp_path / "nope.html"), "not_found", tmp_path / "nope.html")
    assert_rejected(only(tmp_path / "nope.pdf"), "not_found", tmp_path / "nope.pdf")


def test_broken_symlink_is_not_found(tmp_path: Path) -> None:
    link = tmp_path / "link.html"
    link.symlink_to(tmp_path / "target.html")
    assert reason(only(link)) == "not_found"


def test_empty_file(tmp_path: Path) -> None:
    for name in ("e.txt", "e.html", "e.jsonl", "e.warc"):
        (tmp_path / name).write_bytes(b"")
        assert_rejected(only(tmp_path / name), "empty_input", tmp_path / name)


def test_empty_gzip_file(tmp_path: Path) -> None:
    path = tmp_path / "e.txt.gz"
    path.write_bytes(gzip.compress(b""))
    assert_rejected(only(path), "empty_input", path)


def test_binary_file_named_html(tmp_path: Path) -> None:
    path = tmp_path / "photo.html"
    path.write_bytes(PNG)
    doc = only(path)
    assert doc.content == PNG  # the reader reads; the decoder judges
    with pytest.raises(DecodeError, match=r": binary content, not text$") as info:
        decode(doc)
    assert info.value.reason == "binary_content"


def test_truncated_gzip(tmp_path: Path) -> None:
    data = gzip.compress(PAGE * 100)
    path = tmp_path / "cut.html.gz"
    path.write_bytes(data[: len(data) // 2])
    assert_rejected(only(path), "truncated_gzip", path)


def test_gz_extension_without_gzip_data(tmp_path: Path) -> None:
    path = tmp_path / "fake.txt.gz"
    path.write_bytes(b"plain text, not gzip")
    assert_rejected(only(path), "truncated_gzip", path)


def test_huge_html_is_rejected_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:
        fh.truncate(50_000_000)  # sparse: 50 MB without writing 50 MB
    tracemalloc.start()
    start = time.perf_counter()
    try:
        doc = only(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert_rejected(doc, "too_large", path)
    assert peak < 1_000_000
    assert time.perf_counter() - start < 1


def test_gzip_that_inflates_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b" " * 3_000_000))
    tracemalloc.start()
    try:
        doc = only(path, max_bytes=100_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert_rejected(doc, "too_large", path)
    assert peak < 2_000_000


def test_exactly_at_the_limit_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    assert only(path, max_bytes=100).content == b"x" * 100
    assert reason(only(path, max_bytes=99)) == "too_large"
    assert DEFAULT_MAX_BYTES == 20_000_000


@pytest.fixture
def deny(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[str]]:
    """Paths whose opening fails with PermissionError (chmod 000 means nothing to root)."""
    denied: set[str] = set()
    real_open = builtins.open

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, os.PathLike)) and os.path.realpath(file) in denied:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(readers_module, "open", fake_open, raising=False)
    yield denied


def test_unreadable_file(tmp_path: Path, deny: set[str]) -> None:
    for name in ("a.txt", "b.html", "c.jsonl", "d.warc"):
        (tmp_path / name).write_text("<p>x</p>")
        deny.add(os.path.realpath(tmp_path / name))
    (tmp_path / "e.txt").write_text("fine")
    docs = read(tmp_path)
    for doc, name in zip(docs[:4], ("a.txt", "b.html", "c.jsonl", "d.warc"), strict=True):
        assert_rejected(doc, "unreadable", tmp_path / name)
        assert "Permission denied" in doc.error.message  # type: ignore[union-attr]
    assert docs[4].content == b"fine"


def test_unreadable_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text("x")
    (tmp_path / "z.txt").write_text("z")
    real_scandir = os.scandir

    def fake_scandir(path: Any) -> Any:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", fake_scandir)
    docs = read(tmp_path)
    assert [reason(d) for d in docs] == [None, "unreadable", None]
    assert_rejected(docs[1], "unreadable", tmp_path / "locked")


def test_stat_failure_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text("a")
    real_stat = os.stat

    def fake_stat(p: Any, *args: Any, **kwargs: Any) -> Any:
        if str(p) == str(path):
            raise OSError(5, "Input/output error")
        return real_stat(p, *args, **kwargs)

    monkeypatch.setattr(os, "stat", fake_stat)
    assert_rejected(only(path), "unreadable", path)


def test_fifo_is_not_read(tmp_path: Path) -> None:
    """Opening a FIFO for reading blocks until a writer comes: it must not be opened."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "z.txt").write_text("z")
    result: list[list[RawDoc]] = []
    worker = threading.Thread(target=lambda: result.append(read(tmp_path)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # unblock the reader before failing
        with open(tmp_path / "pipe.txt", "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert [reason(d) for d in result[0]] == ["unreadable", None]


def test_uri_is_the_resolved_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("a")
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    monkeypatch.chdir(tmp_path)
    expected = (tmp_path / "real" / "a.txt").resolve().as_posix()
    assert only("alias/a.txt").uri == expected
    assert only("./real/../real/a.txt").uri == expected


def test_a_bug_in_a_reader_becomes_a_rejection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n')
    (tmp_path / "b.txt").write_text("b")

    def broken(*args: Any) -> Iterator[RawDoc]:
        raise RuntimeError("boom")
        yield  # pragma: no cover

    monkeypatch.setattr(readers_module, "read_jsonl", broken)
    docs = read(tmp_path)
    assert reason(docs[0]) == "unreadable" and "RuntimeError: boom" in docs[0].error.message  # type: ignore[union-attr]
    assert docs[1].content == b"b"


def test_import_stays_light() -> None:
    import subprocess

    code = (
        "import sys, newsrefinery.ingest; "
        "print(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('fastwarc', 'warcio', 'charset_normalizer')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
