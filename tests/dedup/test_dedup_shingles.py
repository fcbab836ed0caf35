"""Words, shingles and exact hashes: what counts as the same text, and what does not."""

from __future__ import annotations

import numpy as np
import pytest

from newsrefinery.dedup import shingles as sh

from .helpers_dedup import TEMPLATE_TOP, story


def _words(text: str) -> list[int]:
    tokens = sh.tokenize([text])
    return tokens.hashes.tolist()


def test_words_ignore_case_punctuation_and_compatibility_forms() -> None:
    plain = "Madrid's mayor said: the ﬁnal plan"
    fancy = "MADRID’S   Mayor said — “the final plan”"
    assert _words(plain) == _words(fancy)
    assert len(_words(plain)) == 7  # madrid s mayor said the final plan


def test_word_hashes_depend_on_every_character_and_its_place() -> None:
    words = _words("stop pots tops spot stops")
    assert len(set(words)) == 5


def test_exact_hash_is_the_word_sequence() -> None:
    tokens = sh.tokenize(["The plan, approved.", "the PLAN approved", "approved the plan", ""])
    exact = tokens.exact.tolist()
    assert exact[0] == exact[1]
    assert exact[0] != exact[2]  # same words, other order
    assert tokens.counts.tolist() == [3, 3, 3, 0]


def test_exact_hash_is_stable_across_releases() -> None:
    # Stored sketches must keep their meaning: a change here needs a new params version.
    tokens = sh.tokenize(["The council approved the harbour plan on Monday."])
    assert int(tokens.exact.view(np.int64)[0]) == GOLDEN_EXACT


def test_batches_split_into_chunks_give_the_same_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["\n\n".join(story(seed)) for seed in range(6)] + ["", "one two"]
    whole = sh.tokenize(texts)
    monkeypatch.setattr(sh, "CHUNK_CHARS", 900)  # a chunk per text, or nearly
    assert len(sh.chunks([sh.normalise(t) for t in texts])) > 3
    parts = sh.tokenize(texts)
    assert parts.hashes.tolist() == whole.hashes.tolist()
    assert parts.offsets.tolist() == whole.offsets.tolist()
    assert parts.exact.tolist() == whole.exact.tolist()
    assert sh.shingle_sets(texts, 5)[3].tolist() == sh.shingle_sets(texts[3:4], 5)[0].tolist()


def test_shingles_stay_inside_paragraphs() -> None:
    body = ["one two three four five six", "seven eight nine ten eleven twelve"]
    hashes, offsets, words = sh.shingles(sh.tokenize(["\n\n".join(body)]), 5)
    assert offsets.tolist() == [0, 4]  # 2 windows in each paragraph, none across
    assert words.tolist() == [6, 6, 6, 6]
    joined = sh.shingles(sh.tokenize([" ".join(body)]), 5)[0]
    assert set(hashes.tolist()) < set(joined.tolist())


def test_a_menu_gives_no_shingles_and_a_short_text_gives_one() -> None:
    menu = "\n".join(TEMPLATE_TOP[:6])
    sets = sh.shingle_sets([menu, "Flood warning", "", "a b c d e"], 5)
    assert [s.size for s in sets] == [0, 1, 0, 1]


def test_lead_takes_the_first_shingles_of_long_paragraphs() -> None:
    tokens = sh.tokenize(["Home\nWorld\n" + "\n".join(story(3, paragraphs=3)), "x y"])
    hashes, offsets, words = sh.shingles(tokens, 5)
    lead, lead_offsets = sh.lead(hashes, offsets, words >= 12, 10)
    assert lead_offsets.tolist() == [0, 10, 10]  # the short text has no long paragraph
    assert lead.tolist() == hashes[:10].tolist()


def test_very_long_bodies_are_cut() -> None:
    text = "word " * (sh.MAX_CHARS // 5 + 1000)
    assert len(sh.normalise(text)) == sh.MAX_CHARS
    assert sh.tokenize([text]).counts.tolist() == [len(sh.normalise(text).split())]


GOLDEN_EXACT = -7942643124361991578
