"""Cutting text into marked segments: search hits in snippets, quotes and speakers in bodies.

Front ends receive plain text runs with flags, never markup, so each escapes the text
for its own medium (the templates escape every run) and adds its own tags around it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from ..records import Article
from ..store.search import HIGHLIGHT_END, HIGHLIGHT_START
from .models import Segment

PARAGRAPH_SEPARATOR = "\n\n"  # how `Article.body_text` joins paragraphs


def snippet_segments(snippet: str) -> list[Segment]:
    """Split a store snippet on its highlight markers; stray markers are dropped."""
    out: list[Segment] = []
    for i, chunk in enumerate(snippet.split(HIGHLIGHT_START)):
        # In every chunk but the first, the text before HIGHLIGHT_END is a hit.
        hit, sep, rest = chunk.partition(HIGHLIGHT_END) if i else ("", "", chunk)
        if not sep:
            hit, rest = "", hit + rest
        if hit:
            out.append(Segment(text=hit, match=True))
        if rest:
            out.append(Segment(text=rest.replace(HIGHLIGHT_END, "")))
    return out


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    quote: int | None = None  # index of the quote this span is
    speaker: str | None = None  # canonical name this span mentions


def _spans(article: Article, length: int) -> list[_Span]:
    """Quote and speaker-mention spans with usable offsets into `body_text`.

    Offsets come from other steps; a span outside the text or empty is skipped
    rather than trusted, so a bad record still renders.
    """
    out: list[_Span] = []
    for i, q in enumerate(article.quotes):
        if 0 <= q.start < q.end <= length:
            out.append(_Span(q.start, q.end, quote=i))
        s, e = q.speaker_start, q.speaker_end
        if q.speaker and s is not None and e is not None and 0 <= s < e <= length:
            out.append(_Span(s, e, speaker=q.speaker))
    return out


def body_segments(article: Article) -> list[list[Segment]]:
    """Each paragraph as segments marking its quotes and linked speaker mentions."""
    text = article.body_text
    spans = _spans(article, len(text))
    out: list[list[Segment]] = []
    start = 0
    for paragraph in article.body:
        end = start + len(paragraph)
        local = [s for s in spans if s.start < end and s.end > start]
        out.append(_cut(text, start, end, local))
        start = end + len(PARAGRAPH_SEPARATOR)
    return out


def _cut(text: str, start: int, end: int, spans: list[_Span]) -> list[Segment]:
    """Segments of text[start:end], split wherever a span begins or ends."""
    cuts = sorted({start, end, *_inner_bounds(spans, start, end)})
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        covering = [s for s in spans if s.start <= a and s.end >= b]
        quotes = [s for s in covering if s.quote is not None]
        # The innermost quote wins where quotes nest (a partial quote inside an
        # indirect one): the shortest span covering this piece.
        inner = min(quotes, key=lambda s: (s.end - s.start, s.quote)) if quotes else None
        speaker = next((s.speaker for s in covering if s.speaker is not None), None)
        out.append(
            Segment(
                text=text[a:b],
                quote=None if inner is None else inner.quote,
                speaker=speaker,
            )
        )
    return out


def _inner_bounds(spans: Iterable[_Span], start: int, end: int) -> Iterable[int]:
    for s in spans:
        yield from (x for x in (s.start, s.end) if start < x < end)
