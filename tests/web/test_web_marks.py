"""Segments: search hits in snippets, quotes and speaker mentions in bodies."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsrefinery.records import Article, Quote, Source
from newsrefinery.store import HIGHLIGHT_END as E
from newsrefinery.store import HIGHLIGHT_START as S
from newsrefinery.web.marks import body_segments, snippet_segments
from newsrefinery.web.models import Segment

from .helpers_web import KIRBY, QUOTE_1, QUOTE_2, seed_article


def test_snippet_segments() -> None:
    assert snippet_segments(f"…a {S}ceasefire{E} in {S}Ukraine{E}") == [
        Segment(text="…a "),
        Segment(text="ceasefire", match=True),
        Segment(text=" in "),
        Segment(text="Ukraine", match=True),
    ]
    assert snippet_segments("") == []
    # Stray or unbalanced markers never leak into the text.
    assert snippet_segments(f"a{E}b{S}c") == [Segment(text="ab"), Segment(text="c")]


def test_seed_body_segments() -> None:
    paragraphs = body_segments(seed_article())
    assert paragraphs[0] == [Segment(text=seed_article().body[0])]
    assert [s for s in paragraphs[1] if s.quote is not None] == [Segment(text=QUOTE_1, quote=0)]
    assert Segment(text="John Kirby", speaker=KIRBY) in paragraphs[1]
    assert paragraphs[2][:1] == [Segment(text=QUOTE_2, quote=1)]
    assert Segment(text="Kirby", speaker=KIRBY) in paragraphs[2]


def _article(body: tuple[str, ...], quotes: tuple[Quote, ...]) -> Article:
    return Article(id="x", source=Source(uri="x", format="text"), body=body, quotes=quotes)


def test_nested_quotes_mark_the_innermost() -> None:
    text = "He said the plan was “dead on arrival” and left."
    outer = Quote(text, "indirect", 0, len(text))
    s = text.index("“")
    inner = Quote("“dead on arrival”", "partial", s, s + 17, "Ann Lee", "He", 0, 2)
    (segs,) = body_segments(_article((text,), (outer, inner)))
    assert [(x.text, x.quote, x.speaker) for x in segs] == [
        ("He", 0, "Ann Lee"),
        (" said the plan was ", 0, None),
        ("“dead on arrival”", 1, None),
        (" and left.", 0, None),
    ]


def test_spans_across_paragraphs_are_cut_at_the_break() -> None:
    body = ("First part of it,", "second part.")
    segs = body_segments(_article(body, (Quote("…", "direct", 6, 30),)))
    assert segs == [
        [Segment(text="First "), Segment(text="part of it,", quote=0)],
        [Segment(text="second part", quote=0), Segment(text=".")],
    ]


def test_bad_offsets_are_ignored() -> None:
    body = ("Short text.",)
    quotes = (
        Quote("x", "direct", 5, 500),  # past the end
        Quote("x", "direct", 4, 4),  # empty
        Quote("x", "direct", -3, 2, "A", "A", 9, 3),  # negative start, reversed speaker
    )
    assert body_segments(_article(body, quotes)) == [[Segment(text="Short text.")]]


@st.composite
def articles(draw: st.DrawFn) -> Article:
    body = tuple(draw(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=4)))
    n = len("\n\n".join(body))
    spans = st.tuples(st.integers(-2, n + 2), st.integers(-2, n + 2))
    quotes = tuple(
        Quote("q", "direct", a, b, "Sp", "Sp", c, d)
        for (a, b), (c, d) in draw(st.lists(st.tuples(spans, spans), max_size=5))
    )
    return _article(body, quotes)


@given(articles())
def test_segments_rebuild_every_paragraph(article: Article) -> None:
    out = body_segments(article)
    assert ["".join(s.text for s in para) for para in out] == list(article.body)
    assert all(s.text for para in out for s in para)
