"""The cue lexicon: every inflected form of the verbs in `cue_patterns.py`, by class.

Built once at import from the lemma lists; a pure function of the data, so it
changes no result between runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .cue_patterns import (
    ACCORDING_FORMS,
    COGNITION_VERBS,
    EVIDENCE_VERBS,
    IRREGULAR_FORMS,
    NOT_CUE_FORMS,
    PHRASAL_CUES,
    PREPOSITIONAL_CUES,
    SPEECH_FORMS_DE,
    SPEECH_FORMS_ES,
    SPEECH_FORMS_FR,
    SPEECH_VERBS,
)
from .text import SENTENCE_ENDS

CueClass = Literal["speech", "cognition", "evidence"]

_VOWELS = frozenset("aeiou")
# "“…” ― Pamela Padilla", "Pew Research: “…”": punctuation that frames a quotation.
_PUNCT_FRAMES = frozenset(("―", "—", "–", "-", ":"))


def inflect(lemma: str) -> tuple[str, ...]:
    """Base, third person, past and -ing forms of a regular English verb."""
    if lemma in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[lemma]
    if lemma.endswith("e"):
        stem = lemma[:-1]
        ing = lemma + "ing" if lemma.endswith("ee") else stem + "ing"
        return (lemma, lemma + "s", lemma + "d", ing)
    if lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    return (lemma, third, lemma + "ed", lemma + "ing")


def _build() -> dict[str, tuple[str, CueClass]]:
    table: dict[str, tuple[str, CueClass]] = {}
    groups: tuple[tuple[frozenset[str], CueClass], ...] = (
        (EVIDENCE_VERBS, "evidence"),
        (COGNITION_VERBS, "cognition"),
        (SPEECH_VERBS, "speech"),
    )
    for lemmas, cls in groups:
        for lemma in sorted(lemmas):
            for form in inflect(lemma):
                if form not in NOT_CUE_FORMS:
                    table[form] = (lemma, cls)
    return table


# form -> (lemma, class), e.g. "cautioned" -> ("caution", "speech").
CUE_FORMS: dict[str, tuple[str, CueClass]] = _build()

_FOREIGN = {"de": SPEECH_FORMS_DE, "fr": SPEECH_FORMS_FR, "es": SPEECH_FORMS_ES}
_TABLES: dict[str, dict[str, tuple[str, CueClass]]] = {"en": CUE_FORMS}
for _lang, _forms in _FOREIGN.items():
    # English cues stay on: quotations from English sources are common in any copy.
    _TABLES[_lang] = {**CUE_FORMS, **{f: (f, "speech") for f in sorted(_forms)}}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The cue forms for one article's language; `foreign` turns on "so"/"selon"."""

    forms: dict[str, tuple[str, CueClass]]
    foreign: bool
    starts: frozenset[str]  # every word a cue can start with: the cheap first test
    frame_starts: frozenset[str]  # the same with dashes and colons, which frame quotes too
    # `frame_starts` and the tokens a sentence may end at: one pass over a paragraph's
    # tokens finds both (the step's cost is mostly passes over tokens).
    scan: frozenset[str]


def lexicon(language: str | None) -> Lexicon:
    """The cues for an article in `language` (English for any language not listed)."""
    lang = language or "en"
    return _LEXICONS.get(lang, _LEXICONS["en"])


def _lexicon(lang: str) -> Lexicon:
    forms = _TABLES[lang]
    starts = set(forms) | {seq[0] for seq in PHRASAL_CUES + PREPOSITIONAL_CUES}
    if lang in _FOREIGN:
        starts |= ACCORDING_FORMS
    frame_starts = frozenset(starts) | _PUNCT_FRAMES
    return Lexicon(
        forms, lang in _FOREIGN, frozenset(starts), frame_starts, frame_starts | SENTENCE_ENDS
    )


_LEXICONS = {lang: _lexicon(lang) for lang in _TABLES}
