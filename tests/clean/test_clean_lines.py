"""Line features: normalisation, keys, sentence ends (CJK included)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsrefinery.clean import clean_lines
from newsrefinery.clean.lines import Line, build_lines, line_key, normalise, terminated
from newsrefinery.extract import extract_html


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("He said so.", True),
        ('"He said so."', True),
        ("He said so.”)", True),
        ("Read more", False),
        ("", False),
        ("もちろん、Apple社は「脱獄」を認めていません。", True),
        ("「なし」にして下の「適用」をクリック。」", True),
        ("你好吗？", True),
        ("再起動して完了", False),
    ],
)
def test_terminated(text: str, ends: bool) -> None:
    assert terminated(text) is ends
    if text:
        assert Line(text).terminated is ends


@pytest.mark.parametrize(
    "raw",
    ["plain line", " edge ", "no\xa0break\xa0space", "tab\there", "nul\x00byte", "a  b", "\xa0 x"],
)
def test_line_text_and_key_match_the_helpers(raw: str) -> None:
    ln = Line(raw)
    assert ln.text == normalise(raw) == " ".join(raw.replace("\x00", "").split())
    assert ln.key == line_key(ln.text)
    assert ln.words == (ln.text.count(" ") + 1 if ln.text else 0)


def test_build_lines_skips_blank_lines() -> None:
    assert [ln.text for ln in build_lines(["", "  ", "a", "\t", "b c"])] == ["a", "b c"]


def test_keys_fold_curly_quotes_and_edges() -> None:
    assert line_key("• “It’s here,” she said:") == "it's here,\" she said"
    assert Line("ÉTÉ “Quoted”").key == 'été "quoted'


def test_japanese_dump_is_not_taken_for_a_menu(shared: Path) -> None:
    """A Japanese article as a text dump: its sentences end in "。", and once read as
    unterminated link labels, the trailing-menu pass removed the whole body."""
    folder = shared / "benchdata" / "scrapinghub-aeb" / "html"
    page = next(folder.glob("85439e26c41c*.html.gz"))
    blocks = [b for b in extract_html(gzip.decompress(page.read_bytes()).decode()).blocks if b]
    cleaned = clean_lines(["商標権侵害のニュース", *blocks])
    assert len(cleaned.body) >= len(blocks) - 2
    assert not [r for r in cleaned.removed if r.reason == "navigation"]
