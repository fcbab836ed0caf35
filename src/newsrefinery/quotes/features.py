"""How sure an attribution is: a few light features and a logistic model over them.

The rules propose every attribution they can find; the model, trained on the PolNeAR
train split by `python -m newsrefinery.quotes.train` (weights in `weights.py`),
says how likely each one is to name the right speaker. Below the kind's threshold
an indirect quote is dropped and a direct or partial quote keeps its text but loses
its speaker: an unknown speaker is null, never a guess.
"""

from __future__ import annotations

import math

from .content import Frame
from .patterns import PRONOUN_GENDER
from .phrases import is_speaker_noun
from .text import Tok
from .weights import BIAS, THRESHOLDS, WEIGHTS

# A quotation this short in title case is more often a name than speech.
_TITLE_WORDS = 6


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def speaker_type(toks: list[Tok]) -> str:
    """What kind of phrase names the speaker: a pronoun, a name, a nominal."""
    words = [t for t in toks if t.is_word]
    if not words:
        return "none"
    head = words[-1]
    if len(words) == 1 and head.low in PRONOUN_GENDER:
        return "pron:" + head.low
    if head.capitalised:
        return "name1" if len(words) == 1 else "name2"
    if is_speaker_noun(head.low):
        return "plural" if head.low.endswith("s") else "noun"
    return "other"


def candidate_features(
    toks: list[Tok], frame: Frame, kind: str, chained: str, text: str
) -> list[str]:
    """The features of one attribution: `toks` is the paragraph of its frame, `text`
    the quoted or reported text, `chained` "", "sentence" or "paragraph" when the
    speaker was carried over from an earlier sentence or paragraph."""
    assert frame.speaker is not None
    words = len(text.split())
    spk = speaker_type(toks[frame.speaker[0] : frame.speaker[1]])
    frame_kind = "chained-" + chained if chained else frame.kind
    side = "after" if frame.after is not None and frame.before is None else "before"
    feats = [
        f"kind={kind}",
        f"frame={frame_kind}",
        f"lemma={frame.lemma}",
        f"class={frame.cls}",
        f"speaker={spk}",
        f"side={side}",
        f"words={_bucket(words, (3, 8, 20, 40))}",
        f"kind*frame={kind}*{frame_kind}",
        f"kind*speaker={kind}*{spk}",
        f"kind*lemma={kind}*{frame.lemma}",
        f"kind*side={kind}*{side}",
        f"frame*speaker={frame_kind}*{spk}",
    ]
    if frame.inherited:
        feats.append("inherited")
    if words <= _TITLE_WORDS and all(w[:1].isupper() for w in text.split() if len(w) > 3):
        feats.append(f"titlecase*{kind}")
    gap = abs(frame.cue[0] - frame.speaker[1]) if frame.speaker[1] <= frame.cue[0] else 0
    feats.append(f"gap={_bucket(gap, (0, 2, 6))}")
    feats.append(f"speakerlen={_bucket(frame.speaker[1] - frame.speaker[0], (1, 2, 4, 8))}")
    feats.append(f"kind*words={kind}*{_bucket(words, (3, 8, 20, 40))}")
    # One- and two-word quotations without a cue of their own are mostly scare quotes.
    feats.append(f"frame*words={frame_kind}*{_bucket(words, (1, 2, 3, 8))}")
    return feats


def probability(features: list[str]) -> float:
    z = BIAS + sum(WEIGHTS.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-z))


def keep(kind: str, features: list[str]) -> bool:
    """Whether the attribution is sure enough to name its speaker."""
    return probability(features) >= THRESHOLDS.get(kind, 0.5)
