"""The quotes step end to end: the seed as a golden test, offsets, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsrefinery.quotes import quotes_article
from newsrefinery.records import Article, Source

from .helpers_quotes import article, by_text, speech

KIRBY = "John Kirby"
KIRBY_TITLE = "National Security Council spokesman"

# The "Done when": every quoted span of the seed, a direct or partial quote
# by John Kirby with his title.
SEED_QUOTED = (
    "We think it would be a very good thing if the two of them talk,",
    "We support and have supported",
    "reflect only the Russian perspective.",
    "sounds perfectly reasonable,",
    "ratify Russia’s conquest.",
    "It would, in effect, recognize Russia’s gains",
    "constitute another, continued violation of the UN Charter,",
    "further entrench its positions in Ukraine, to rebuild their forces… and retrain them"
    " so that they can restart attacks at a time of their choosing,",
    "can’t be one-sided and it has to absolutely include and be informed by Ukrainian"
    " perspectives and Ukrainian decisions,",
)
SEED_INDIRECT = (
    "the United States has not confirmed that a Putin-Xi summit will take place",
    "it would simply help Russian aggression",
)
WHITE_HOUSE = (
    "a discussion between Ukrainian President Volodymyr Zelensky and Chinese leader"
    " Xi Jinping would be beneficial"
)


def seed_body(seed_text: str) -> tuple[str, ...]:
    """The clean seed body, by hand: the 11 article paragraphs, dateline included."""
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    first = next(
        i for i, line in enumerate(lines) if line.startswith("WASHINGTON: The White House")
    )
    last = next(
        i for i, line in enumerate(lines) if line.endswith("Ukrainian decisions,” he said.")
    )
    body = tuple(lines[first : last + 1])
    assert len(body) == 11
    return body


@pytest.fixture
def seed(seed_text: str) -> Article:
    return article(*seed_body(seed_text), headline=seed_text.splitlines()[0])


@pytest.mark.parametrize("text", SEED_QUOTED)
def test_seed_quoted_spans_are_kirby_with_title(seed: Article, text: str) -> None:
    q = by_text(seed, text)
    assert q.kind in ("direct", "partial")
    assert (q.speaker, q.speaker_title) == (KIRBY, KIRBY_TITLE)
    assert seed.body_text[q.speaker_start : q.speaker_end] == q.speaker_mention  # type: ignore[misc]


@pytest.mark.parametrize("text", SEED_INDIRECT)
def test_seed_reported_statements_are_indirect_by_kirby(seed: Article, text: str) -> None:
    q = by_text(seed, text)
    assert (q.kind, q.speaker, q.speaker_title) == ("indirect", KIRBY, KIRBY_TITLE)


def test_seed_white_house_is_an_organisation_speaker(seed: Article) -> None:
    q = by_text(seed, WHITE_HOUSE)
    assert (q.kind, q.speaker, q.speaker_mention) == ("indirect", "White House", "White House")


def test_seed_first_quote_names_the_full_mention_and_cue(seed: Article) -> None:
    q = by_text(seed, SEED_QUOTED[0])
    assert (q.kind, q.speaker_mention, q.cue) == ("direct", "John Kirby", "told")


def test_seed_pronoun_mentions_point_at_the_pronoun(seed: Article) -> None:
    q = by_text(seed, "sounds perfectly reasonable,")
    assert q.speaker_mention == "He"
    assert seed.body_text[q.speaker_start : q.speaker_end] == "He"  # type: ignore[misc]


def test_every_offset_points_at_its_text(seed: Article) -> None:
    text = seed.body_text
    assert seed.quotes
    for q in seed.quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention  # type: ignore[misc]


def test_quotes_are_in_body_order_and_the_body_is_unchanged(seed: Article, seed_text: str) -> None:
    assert [q.start for q in seed.quotes] == sorted(q.start for q in seed.quotes)
    assert seed.body == seed_body(seed_text)


def test_same_input_same_quotes(seed_text: str) -> None:
    body = seed_body(seed_text)
    assert article(*body).quotes == article(*body).quotes


def test_empty_and_rejected_articles_pass_through() -> None:
    empty = Article(id="e", source=Source(uri="e", format="text"))
    assert quotes_article(empty) is empty
    rejected = Article(id="r", source=Source(uri="r", format="text"), body=("“Hi,” he said.",),
                       status="rejected")  # fmt: skip
    assert quotes_article(rejected).quotes == ()


def test_unbalanced_marks_never_fail_and_stay_in_their_paragraph() -> None:
    art = article("A “stray mark opens here. “Fine,” Kirby said.", "He wrote “this never closes")
    assert by_text(art, "Fine,").speaker == "Kirby"
    last = by_text(art, "this never closes")
    assert last.end == len(art.body_text)
    assert all("\n\n" not in q.text for q in art.quotes)


def test_scare_quotes_and_titles_are_other() -> None:
    art = article(
        "The film “13th” opens Friday.",
        "The Post sent its reporter to watch Trump’s “Morning Joe” interview.",
    )
    assert {q.kind for q in art.quotes} == {"other"}
    assert all(q.speaker is None for q in art.quotes)


def test_split_quote_continues_the_speaker() -> None:
    art = article("“We are ready,” Kirby said. “We have been ready for weeks.”")
    second = by_text(art, "We have been ready for weeks.")
    assert (second.kind, second.speaker) == ("direct", "Kirby")


def test_multi_paragraph_quote_is_one_quote() -> None:
    art = article(
        "Kirby said:",
        "“The first part goes on,",
        "“and the second part ends here.”",
    )
    q = next(q for q in speech(art) if "first part" in q.text)
    assert q.text.endswith("ends here.")
    assert q.speaker == "Kirby"


def _in(language: str | None, paragraph: str) -> Article:
    """A one-paragraph article the language step has marked as `language`."""
    source = Source(uri="test.txt", format="text")
    return quotes_article(Article(id="t", source=source, body=(paragraph,), language=language))


MERKEL_DE = "„Wir sind bereit“, sagte Merkel am Montag in Berlin vor der Presse."


def test_german_and_french_basics() -> None:
    assert by_text(_in("de", MERKEL_DE), "Wir sind bereit").speaker == "Merkel"
    fr = _in("fr", "« Nous sommes prêts », a déclaré Macron lundi devant les journalistes.")
    assert by_text(fr, "Nous sommes prêts").speaker_mention == "Macron"


def test_the_article_language_picks_the_cues() -> None:
    # The step reads the language the language step set and guesses none itself.
    for language in ("en", None):
        assert by_text(_in(language, MERKEL_DE), "Wir sind bereit").speaker is None
    # English cues stay on in every language: copy quotes English sources too.
    english = _in("de", "“We are ready,” Merkel said on Monday in Berlin.")
    assert by_text(english, "We are ready,").speaker == "Merkel"


def test_samples_never_break_offsets(shared: Path) -> None:
    from newsrefinery.records import RawDoc
    from newsrefinery.steps import draft_article

    paths = sorted((shared / "samples").glob("*/text/*.txt"))[:60]
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        draft = draft_article(RawDoc(uri=str(path), format="text", kind="text", content=text), text)
        art = quotes_article(draft)
        for q in art.quotes:
            assert art.body_text[q.start : q.end] == q.text, path
