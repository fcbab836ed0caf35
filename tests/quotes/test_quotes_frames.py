"""Attribution frames and the content each one reports."""

from __future__ import annotations

import pytest

from newsrefinery.quotes.cues import lexicon
from newsrefinery.quotes.frames import sentence_frames
from newsrefinery.quotes.marks import find_spans
from newsrefinery.quotes.text import tokenize


def frames(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(kind, speaker, content before, content after) of each frame of one sentence."""
    toks = tokenize(text, find_spans(text)[0])

    def words(rng: tuple[int, int] | None) -> str | None:
        return None if rng is None else " ".join(t.text for t in toks[rng[0] : rng[1]])

    return [
        (f.kind, words(f.speaker), words(f.before), words(f.after))
        for f in sentence_frames(toks, 0, len(toks), lexicon("en"))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We are ready,” Kirby said.", [("sv", "Kirby", "“We are ready,”", None)]),
        ("“We are ready,” said John Kirby.", [("vs", "John Kirby", "“We are ready,”", None)]),
        (
            "Kirby said the war is over.",
            [("sv", "Kirby", None, "the war is over")],
        ),
        (
            "The deal is dead, officials said on Monday.",
            [("sv", "officials", "The deal is dead", None)],
        ),
        (
            "Kirby, a spokesman for the council, said talks would resume.",
            [("sv", "Kirby", None, "talks would resume")],
        ),
        (
            "Gov. Mike Pence told reporters that he was confident.",
            [("sv", "Gov . Mike Pence", None, "he was confident")],
        ),
        (
            "According to the poll, Clinton leads by four points.",
            [("acc", "the poll", None, "Clinton leads by four points")],
        ),
        (
            "The White House is saying that taxes must rise.",
            [("sv", "The White House", None, "taxes must rise")],
        ),
        # The speaker's phrase runs on to the comma; what it reports follows it.
        (
            "According to a new poll of voters aged 18 to 29, Sanders leads by ten points.",
            [("acc", "a new poll", None, "Sanders leads by ten points")],
        ),
        # An apposition after an inverted speaker is not what was said.
        (
            "Talks stalled in 2005, said Jeffrey Trimble, a senior official with the board "
            "that oversees the broadcasters in Washington.",
            [("vs", "Jeffrey Trimble", "Talks stalled in 2005", None)],
        ),
        # Time and place between the cue and "that" are not what was said.
        (
            "Lehrich said Friday that she would sign the bill.",
            [("sv", "Lehrich", None, "she would sign the bill")],
        ),
        (
            "Pence told reporters on Tuesday in Ohio that he was confident.",
            [("sv", "Pence", None, "he was confident")],
        ),
        # "He’s" is a subject and a verb, not a possessive before a noun.
        (
            "He’s claiming that voting fraud is a big problem.",
            [("sv", "He’s", None, "voting fraud is a big problem")],
        ),
        # A quotation after "told them" is what was said; after a name, a title.
        ("I told them “never again.”", [("sv", "I", None, "“never again.”")]),
        (
            "She told MSNBC’s “Morning Joe” that it was over.",
            [("sv", "She", None, "it was over")],
        ),
    ],
)
def test_frames(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert frames(text) == expected


def test_participle_and_coordination_share_the_speaker() -> None:
    got = frames(
        "Kirby said the summit is not confirmed but urged Beijing to talk, saying it would help."
    )
    assert [(k, s) for k, s, _, _ in got] == [
        ("sv", "Kirby"),
        ("coord", "Kirby"),
        ("part", "Kirby"),
    ]
    assert got[0][3] == "the summit is not confirmed"
    assert got[2][3] == "it would help"


def test_a_frame_inside_reported_content_is_part_of_it() -> None:
    got = frames("Obama said a majority of Americans believe that change is real.")
    assert got == [("sv", "Obama", None, "a majority of Americans believe that change is real")]


def test_split_quote_frame_reports_both_sides() -> None:
    got = frames("“We are ready,” he said, “and we have been for weeks.”")
    assert got == [("sv", "he", "“We are ready,”", "“and we have been for weeks.”")]


def test_passive_nouns_and_titles_are_not_frames() -> None:
    assert frames("Xi is reported to be preparing a trip.") == []
    assert frames("His tweets were deleted.") == []
    assert frames("A film titled “Arrogant” opened.") == []


def test_dash_attribution() -> None:
    assert frames("“We need change.” ― Pamela Padilla") == [
        ("vs", "Pamela Padilla", "“We need change.”", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quotation right before a frame that ends the clause is that frame's, not
        # the content of the frame before it.
        (
            "It cited the impact it said Clinton would have on women: “The door is open,” "
            "the union wrote.",
            [
                ("sv", "it", None, "Clinton would have on women"),
                ("sv", "the union", "“The door is open,”", None),
            ],
        ),
        # After an inverted speaker, an apposition is no content, even with the
        # quotation taken by an earlier frame.
        (
            "Polling shows that “the public is uneasy,” said Sylke Tempel, the editor of a "
            "magazine.",
            [
                ("sv", "Polling", None, None),
                ("vs", "Sylke Tempel", "“the public is uneasy,”", None),
            ],
        ),
        # The rest of an "according to" phrase is not what was reported.
        (
            "Police said they have no plans, according to attorneys for the family.",
            [("sv", "Police", None, "they have no plans"), ("acc", "attorneys", None, None)],
        ),
        # The hearer of "told" may be any noun phrase before "that".
        (
            "Mr. Paulson, who made billions, told investors that concerns were overblown.",
            [("sv", "Mr . Paulson", None, "concerns were overblown")],
        ),
        # The object of "through" is not the subject of "chanted".
        ("Protesters marching through the streets chanted “What curfew?”", []),
        # A number may open an inverted speaker's phrase.
        (
            "“They are wrong,” said 9/11 widow Terry Strada.",
            [("vs", "9 / 11 widow Terry Strada", "“They are wrong,”", None)],
        ),
        # A month before a comma opens the sentence; it is no apposition of the name.
        (
            "In October, Mr. Paulson, who made billions, told investors that it was over.",
            [("sv", "Mr . Paulson", None, "it was over")],
        ),
        # "Hours later," opens the sentence: the subject follows its comma.
        (
            "Hours later, she issued a statement calling on Congress to act.",
            [("part", "she", None, "on Congress to act")],
        ),
    ],
)
def test_frame_boundaries(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert frames(text) == expected
