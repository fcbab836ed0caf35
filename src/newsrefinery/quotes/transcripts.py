"""Transcripts: "THE PRESIDENT: ...", "Q ...", "MR. KIRBY: ..." turns become quotes.

A paragraph that opens with an upper-case label and a colon (or the questioner's
bare "Q") starts a turn; the paragraphs after it without a label continue it. An
article is a transcript only when it has several such turns, so a dateline
("WASHINGTON: ...") never makes one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .patterns import TRANSCRIPT_END_LINES, TRANSCRIPT_QUESTION_LABELS, TRANSCRIPT_ROLE_LABELS

# A transcript quoted whole opens each turn with a quotation mark: "\"WALLACE: ...".
_LEAD = r"[\"“]?"
_UPPER_LABEL = re.compile(_LEAD + r"(?P<label>[A-Z][A-Z.'’\- ]{0,40}[A-Z.]):\s+(?=\S)")
_QUESTION = re.compile(_LEAD + r"(?P<label>Q)(?:\s*:)?\s+(?=\S)")
# "Nick Bos: ..." in interviews: accepted only when a label recurs (below).
_NAME_LABEL = re.compile(_LEAD + r"(?P<label>[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,2}):\s+(?=\S)")
_TIME_LINE = re.compile(r"\d{1,2}:\d{2}\s*[AaPp]\.?\s*[Mm]\.?(?:\s+[A-Z]{2,4})?$")
# A transcript has at least this many turns, or two with a questioner's "Q".
_MIN_TURNS = 3
_MIN_NAME_LABEL_REPEATS = 2


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn: paragraphs first..last; offsets are into paragraph `first`."""

    first: int
    last: int
    label: str
    label_start: int
    label_end: int
    text_start: int


def _label(text: str, allow_names: bool) -> re.Match[str] | None:
    m = _QUESTION.match(text) or _UPPER_LABEL.match(text)
    if m is None and allow_names:
        m = _NAME_LABEL.match(text)
    return m


def _ends(text: str) -> bool:
    return text.strip() in TRANSCRIPT_END_LINES or bool(_TIME_LINE.match(text.strip()))


def find_turns(paragraphs: Sequence[str], dateline: str | None = None) -> list[Turn]:
    """The turns of a transcript, or [] when the article is not one."""
    names = [m.group("label") for p in paragraphs if (m := _NAME_LABEL.match(p))]
    repeated = len(names) - len(set(names)) >= _MIN_NAME_LABEL_REPEATS
    starts: list[tuple[int, re.Match[str]]] = []
    for k, text in enumerate(paragraphs):
        m = _label(text, repeated)
        if m is None or (k == 0 and dateline and text.startswith(dateline)):
            continue
        label = m.group("label")
        named = label not in TRANSCRIPT_QUESTION_LABELS and _UPPER_LABEL.match(text) is None
        if named and names.count(label) < 2:
            continue
        starts.append((k, m))
    questions = sum(1 for _, m in starts if m.group("label") == "Q")
    if len(starts) < _MIN_TURNS and not (questions and len(starts) >= 2):
        return []
    return _turns(paragraphs, starts)


def _turns(paragraphs: Sequence[str], starts: list[tuple[int, re.Match[str]]]) -> list[Turn]:
    out: list[Turn] = []
    for n, (k, m) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(paragraphs)
        last = k
        while last + 1 < stop and not _ends(paragraphs[last + 1]):
            last += 1
        label = m.group("label")
        out.append(Turn(k, last, label, m.start("label"), m.end("label"), m.end()))
    return out


def label_parts(label: str) -> tuple[str | None, str | None, bool]:
    """(title, name, is_questioner) of a label: "DR. FAUCI" -> ("Dr.", "Fauci", False),
    "THE PRESIDENT" -> ("President", None, False), "Q" -> (None, None, True)."""
    if label.upper() in TRANSCRIPT_QUESTION_LABELS:
        return None, None, True
    if label in TRANSCRIPT_ROLE_LABELS:
        return TRANSCRIPT_ROLE_LABELS[label], None, False
    from .patterns import TITLE_WORDS

    words = [w.capitalize() if w.isupper() else w for w in label.split()]
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.lower().rstrip(".") in TITLE_WORDS:
            cut = i + 1
    title = " ".join(words[:cut]) or None
    return title, " ".join(words[cut:]), False
