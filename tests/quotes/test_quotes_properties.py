"""Properties over arbitrary text: the step never fails and every offset is right."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from .helpers_quotes import article

# Words and marks that exercise the rules: cues, names, pronouns, titles, every
# quotation mark, apostrophes, labels and punctuation.
_PIECES = st.sampled_from(
    [
        "said",
        "says",
        "told",
        "according to",
        "saying",
        "Kirby",
        "John Kirby",
        "he",
        "she",
        "it",
        "they",
        "the spokesman",
        "Mr.",
        "Sen.",
        "National Security Council spokesman",
        "“",
        "”",
        '"',
        "'",
        "''",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "“",
        "「",
        "」",
        ",",
        ".",
        ":",
        "?",
        "—",
        "―",
        "(",
        ")",
        "Q",
        "THE PRESIDENT:",
        "that",
        "and",
        "but",
        "urged",
        "a",
        "the",
        "war",
        "talks",
        "Monday",
        "Jr.",
        "’s",
        "’",
        "1998",
        "U.S.",
        "\u00a0",
    ]
)
_PARAGRAPH = st.lists(_PIECES, max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=6))
def test_never_fails_and_offsets_point_at_text(paragraphs: list[str]) -> None:
    art = article(*paragraphs)
    text = art.body_text
    for q in art.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.kind in ("direct", "partial", "indirect", "other")
        if q.speaker_start is not None:
            assert q.speaker_end is not None
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
        if q.kind == "other":
            assert q.speaker is None
    assert [q.start for q in art.quotes] == sorted(q.start for q in art.quotes)
