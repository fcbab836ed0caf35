"""Parsing, indexing and pruning: what never reaches the body, and what must."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsrefinery.extract.tree import (
    boilerplate_kind,
    index_page,
    is_content_hint,
    literal_alternation,
    parse_html,
    prune,
    text_of,
)

PARAGRAPH = (
    "<p>" + "The council voted on Tuesday to approve the new harbour plan, officials said. " * 3
)
PARAGRAPH += "</p>"


def _pruned(html: str) -> str:
    root = parse_html(html)
    prune(root, index_page(root))
    return " ".join(text_of(root).split())


def test_broken_markup_is_repaired() -> None:
    root = parse_html("<html><body><div><p>one<p>two</div><b>bold <i>both</b> tail")
    assert [text_of(p) for p in root.iter("p")] == ["one", "two"]
    assert text_of(root).endswith("bold both tail")


def test_xml_declaration_with_encoding_is_ignored() -> None:
    root = parse_html(
        '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Déjà</p></body></html>'
    )
    assert text_of(root).strip() == "Déjà"


@pytest.mark.parametrize("html", ["", "   ", "<!-- only a comment -->", "<br>"])
def test_empty_or_textless_input_gives_a_tree(html: str) -> None:
    root = parse_html(html)
    assert root.tag == "html" and text_of(root).strip() == ""


def test_scripts_navigation_forms_and_hidden_elements_are_pruned() -> None:
    html = (
        "<html><body><nav>Home News Sport</nav><script>var x = 1;</script>"
        "<div style='display: none'>hidden text</div><div aria-hidden='true'>icon</div>"
        "<form><input type='email'>Sign up for our newsletter</form>"
        f"<article>{PARAGRAPH}</article><footer>Copyright 2024</footer></body></html>"
    )
    text = _pruned(html)
    assert "harbour plan" in text
    for gone in ("Home News", "var x", "hidden text", "icon", "newsletter", "Copyright"):
        assert gone not in text


def test_an_aspnet_form_around_the_page_is_kept() -> None:
    html = (
        f"<html><body><form id='aspnetForm'><article>{PARAGRAPH * 3}</article></form></body></html>"
    )
    assert "harbour plan" in _pruned(html)


def test_boilerplate_names_are_pruned_but_a_wrapper_holding_the_article_is_not() -> None:
    html = (
        "<html><body><div class='video-teaser'><div class='story'>"
        f"{PARAGRAPH * 4}</div></div>"
        "<div class='related-stories'><p>Another story that is not this one at all.</p></div>"
        "<div id='comments'><p>I disagree with this article very strongly indeed.</p></div>"
        "</body></html>"
    )
    text = _pruned(html)
    assert "harbour plan" in text
    assert "Another story" not in text and "I disagree" not in text


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("comments-section", 2),
        ("image-caption", 2),
        ("related-links", 1),
        ("social-share", 1),
        ("ad", 1),
        ("col-md-8 article-body", 0),
        ("commentary", 0),
        ("head", 0),  # "ad" only as a whole word
        ("canvas", 0),  # "nav" only as a whole word
        ("player-2020-580 oddrow", 0),  # a table row, not a video player
        ("", 0),
    ],
)
def test_boilerplate_kind(value: str, kind: int) -> None:
    assert boilerplate_kind(value) == kind


@pytest.mark.parametrize(
    ("value", "hint"),
    [("articlebody", True), ("story-body__inner", True), ("entry_content", True), ("nav", False)],
)
def test_content_hints(value: str, hint: bool) -> None:
    assert is_content_hint(value) is hint


@given(
    st.lists(st.text(alphabet="abc-_", min_size=1, max_size=6), min_size=1, max_size=12),
    st.text(alphabet="abcd-_ ", max_size=30),
)
def test_literal_alternation_matches_like_a_plain_alternation(
    words: list[str], haystack: str
) -> None:
    plain = re.compile("|".join(re.escape(w) for w in words))
    assert bool(literal_alternation(words).search(haystack)) == bool(plain.search(haystack))
