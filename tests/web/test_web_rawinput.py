"""The raw input shown beside an article: found again on disk, or why not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsrefinery
from newsrefinery.ingest import STDIN_URI, read_file
from newsrefinery.records import Article, Source
from newsrefinery.run import raw_digest
from newsrefinery.web import rawinput
from newsrefinery.web.rawinput import load_raw


def _digest(path: Path, article: Article) -> str | None:
    return next(raw_digest(r) for r in read_file(str(path)) if r.id == article.id)


def test_text_file_is_shown_as_read(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Headline\n[ad_1]\nBody line one.\n", encoding="utf-8")
    (article,) = newsrefinery.refine_file(path)
    raw = load_raw(article, _digest(path, article))
    assert raw.available and raw.kind == "text" and not raw.changed and raw.note is None
    assert raw.text == "Headline\n[ad_1]\nBody line one.\n"


def test_changed_input_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Headline\nOld body.\n", encoding="utf-8")
    (article,) = newsrefinery.refine_file(path)
    digest = _digest(path, article)
    path.write_text("Headline\nNew body.\n", encoding="utf-8")
    raw = load_raw(article, digest)
    assert raw.available and raw.changed and raw.text == "Headline\nNew body.\n"
    assert raw.note == "the input has changed since it was refined"


def test_record_inside_a_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [{"text": f"Story {i}\nBody of story {i}.", "url": f"https://x.example/{i}"}
             for i in range(3)]  # fmt: skip
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    second = list(newsrefinery.refine_file(path))[1]
    raw = load_raw(second, _digest(path, second))
    assert raw.available and raw.text == "Story 1\nBody of story 1."


def test_missing_and_unkept_inputs_say_why(tmp_path: Path) -> None:
    gone = Article(id="x", source=Source(uri=str(tmp_path / "gone.txt"), format="text"))
    assert load_raw(gone, None).note == f"no longer found in {tmp_path / 'gone.txt'}"
    path = tmp_path / "there.txt"
    path.write_text("Headline\nBody.\n", encoding="utf-8")
    missing = Article(id="x", source=Source(uri=str(path), format="text"))
    assert not load_raw(missing, None).available
    stdin = Article(id="y", source=Source(uri=STDIN_URI, format="text"))
    assert load_raw(stdin, None).note == "read from standard input or a string: not kept"
    text = newsrefinery.refine_text("Headline\nBody.")
    assert not load_raw(text, None).available


def test_unreadable_input_says_why(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Headline\nBody.\n", encoding="utf-8")
    (article,) = newsrefinery.refine_file(path)
    path.write_bytes(b"")
    raw = load_raw(article, None)
    assert not raw.available and (raw.note or "").startswith("cannot be read now:")


def test_long_input_is_cut(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rawinput, "MAX_RAW_CHARS", 10)
    path = tmp_path / "story.txt"
    path.write_text("Headline\n" + "word " * 50, encoding="utf-8")
    (article,) = newsrefinery.refine_file(path)
    raw = load_raw(article, None)
    assert raw.truncated and raw.text == "Headline\nw"
