"""Word diffs between syndicated copies."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsrefinery.web import diff
from newsrefinery.web.models import DiffPiece


def test_identical_bodies_are_one_equal_piece() -> None:
    assert diff.word_diff("a b\n\nc", "a b\n\nc") == [DiffPiece(op="equal", text="a b\n\nc")]


def test_changed_word_and_added_paragraph() -> None:
    pieces = diff.word_diff("It was beneficial.", "It was useful.\n\nMore.")
    assert pieces == [
        DiffPiece(op="equal", text="It was "),
        DiffPiece(op="delete", text="beneficial."),
        DiffPiece(op="insert", text="useful.\n\nMore."),
    ]


def test_long_bodies_are_cut_not_slow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diff, "MAX_WORDS", 4)
    pieces = diff.word_diff("a b c d e f", "a b c d x y")
    assert pieces[0] == DiffPiece(op="equal", text="a b ")
    assert "".join(p.text for p in pieces if p.op != "insert") == "a b c d e f"
    assert "".join(p.text for p in pieces if p.op != "delete") == "a b c d x y"


words = st.lists(st.sampled_from(["a", "b", "c", " ", "\n\n", "dd"]), max_size=30).map("".join)


@given(words, words)
def test_pieces_rebuild_both_sides(a: str, b: str) -> None:
    pieces = diff.word_diff(a, b)
    assert "".join(p.text for p in pieces if p.op != "insert") == a
    assert "".join(p.text for p in pieces if p.op != "delete") == b
    assert all(p.text for p in pieces)
    assert all(x.op != y.op for x, y in pairwise(pieces))
