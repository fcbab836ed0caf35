"""read_inputs() on directories and stdin: walk order, files vanishing, sniffing."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from newsrefinery.ingest import REASONS, read_inputs
from newsrefinery.records import RawDoc


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


def _tree(root: Path) -> None:
    files = [
        "b.txt",
        "a/z.txt",
        "a/y.html",
        "a/sub/x.md",
        "A.txt",
        "c.d/e.txt",
        ".hidden.txt",
        ".git/config.txt",
        "a/.cache/w.txt",
    ]
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"text of {name}")


def test_directory_walk_is_recursive_sorted_and_skips_dotfiles(tmp_path: Path) -> None:
    _tree(tmp_path)
    docs = read(tmp_path)
    names = [Path(d.uri).relative_to(tmp_path.resolve()).as_posix() for d in docs]
    assert names == ["A.txt", "a/sub/x.md", "a/y.html", "a/z.txt", "b.txt", "c.d/e.txt"]
    assert all(d.error is None for d in docs)
    assert docs[1].content == b"text of a/sub/x.md"


def test_directory_walk_is_deterministic(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert read(tmp_path) == read(tmp_path)


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "loop").symlink_to(tmp_path)
    assert [Path(d.uri).name for d in read(tmp_path)] == ["a.txt"]


def test_every_file_in_a_walk_is_accounted_for(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.docx").write_bytes(b"PK")
    (tmp_path / "c.html").write_bytes(b"")
    assert [reason(d) for d in read(tmp_path)] == [None, "unsupported_format", "empty_input"]


def test_file_vanishing_during_the_run(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(name)
    docs = read_inputs([str(tmp_path)])
    first = next(docs)
    (tmp_path / "b.txt").unlink()
    rest = list(docs)
    assert first.content == b"a.txt"
    assert_rejected(rest[0], "vanished", tmp_path / "b.txt")
    assert rest[1].content == b"c.txt"


def test_directory_vanishing_during_the_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("x")
    docs = read_inputs([str(tmp_path)])
    next(docs)
    (tmp_path / "sub" / "x.txt").unlink()
    (tmp_path / "sub").rmdir()
    (rest,) = list(docs)
    assert_rejected(rest, "vanished", tmp_path / "sub")


# --- stdin --------------------------------------------------------------------------


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def _stdin(data: bytes) -> _Stdin:
    return _Stdin(data)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"Just some text.\nMore.", "text"),
        (b"\n  <!DOCTYPE html><html><p>x</p></html>", "html"),
        (b"Intro line\n<div class='a'>x</div>", "html"),
        (b"{not json} and text", "text"),
        (b"[1, 2, 3]\n", "text"),
    ],
)
def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, data: bytes, kind: str) -> None:
    monkeypatch.setattr(sys, "stdin", _stdin(data))
    doc = only("-")
    assert (doc.uri, doc.kind, doc.format, doc.content) == ("<stdin>", kind, kind, data)


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'\n{"text": "one", "url": "u1"}\n\n{"html": "<p>two</p>"}\nnot json\n'
    monkeypatch.setattr(sys, "stdin", _stdin(data))
    docs = read("-")
    assert [(d.format, d.kind, d.content, d.offset) for d in docs[:2]] == [
        ("jsonl", "text", "one", data.index(b'{"text"')),
        ("jsonl", "html", "<p>two</p>", data.index(b'{"html"')),
    ]
    assert docs[0].uri == "<stdin>" and docs[0].url == "u1"
    assert reason(docs[2]) == "invalid_json"
    where = f"<stdin> at offset {data.index(b'not json')}: "
    assert docs[2].error.message.startswith(where)  # type: ignore[union-attr]


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _stdin(b""))
    doc = only("-")
    assert reason(doc) == "empty_input" and doc.error.message.startswith("<stdin>: ")  # type: ignore[union-attr]


def test_stdin_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = _stdin(b"x" * 5000)
    monkeypatch.setattr(sys, "stdin", stream)
    assert reason(only("-", max_bytes=1000)) == "too_large"
    assert stream.buffer.tell() == 1001  # stopped reading right after the limit


def test_text_only_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("café"))
    assert only("-").content == "café".encode()


def test_no_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert reason(only("-")) == "unreadable"


def test_inputs_come_out_in_the_order_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    monkeypatch.setattr(sys, "stdin", _stdin(b"from stdin"))
    docs = read(tmp_path / "b.txt", tmp_path / "missing.txt", "-", tmp_path / "a.txt")
    assert [d.content for d in docs] == [b"b", None, b"from stdin", b"a"]
