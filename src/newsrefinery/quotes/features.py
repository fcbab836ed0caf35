"""How sure an attribution is: a few light features and a logistic model over them.

The rules propose every attribution they can find; the model, trained on the PolNeAR
train split by `python -m newsrefinery.quotes.train` (weights in the package data file
`data/weights.json`, read once on first use), says how likely each one is to name the
right speaker. Below the kind's threshold an indirect quote is dropped and a direct
or partial quote keeps its text but loses its speaker: an unknown speaker is null,
never a guess.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources

from .content import Frame
from .patterns import LEAD_CLASSES, PRONOUN_GENDER
from .phrases import is_speaker_noun
from .text import Tok

WEIGHTS_FILE = "weights.json"

# A quotation this short in title case is more often a name than speech.
_TITLE_WORDS = 6


@dataclass(frozen=True, slots=True)
class Model:
    """A logistic model: the bias, one weight per feature and a threshold per kind."""

    bias: float
    weights: dict[str, float]
    thresholds: dict[str, float]

    @classmethod
    def from_json(cls, text: str) -> Model:
        doc = json.loads(text)
        weights = {str(k): float(v) for k, v in doc["weights"].items()}
        thresholds = {str(k): float(v) for k, v in doc["thresholds"].items()}
        return cls(float(doc["bias"]), weights, thresholds)

    def to_json(self) -> str:
        weights = dict(sorted(self.weights.items()))
        doc = {"bias": self.bias, "thresholds": self.thresholds, "weights": weights}
        return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


@functools.cache
def model() -> Model:
    """The shipped model, read from the package data on first use (a module of
    generated literals would cost every `import` and exceed the module size limit)."""
    path = resources.files("newsrefinery.quotes") / "data" / WEIGHTS_FILE
    return Model.from_json(path.read_text("utf-8"))


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


def _lead(text: str, before: str) -> str:
    """What opens the reported text: "that ..." (or right after a "that"), "to ...",
    a pronoun, a determiner, a name, a number, a preposition, a question word."""
    if before.rstrip().lower().endswith(" that"):
        return "that"
    first = text.split(maxsplit=1)[0].strip("“”\"‘’'(") if text.strip() else ""
    low = first.lower()
    for name, words in LEAD_CLASSES.items():
        if low in words:
            return name
    if first[:1].isdigit() or first[:1] == "$":
        return "num"
    return "cap" if first[:1].isupper() else "low"


def _form(cue: Tok) -> str:
    """The cue's form: "saying", "says", or a past or base form."""
    low = cue.low
    return "ing" if low.endswith("ing") else "s" if low.endswith("s") else "base"


def candidate_features(
    toks: list[Tok], frame: Frame, kind: str, chained: str, text: str, before: str = ""
) -> list[str]:
    """The features of one attribution: `toks` is the paragraph of its frame, `text`
    the quoted or reported text and `before` the few characters ahead of it,
    `chained` "", "sentence" or "paragraph" when the speaker was carried over from
    an earlier sentence or paragraph."""
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
    # Reported speech opens with "that", a subject or "to"; a preposition or a
    # participle after the cue is mostly a modifier taken for content.
    lead = _lead(text, before)
    form = _form(toks[frame.cue[0]])
    feats += [f"kind*lead={kind}*{lead}", f"lemma*lead={frame.lemma}*{lead}"]
    feats += [f"kind*form={kind}*{form}", f"lemma*form={frame.lemma}*{form}"]
    feats.append(f"frame*lead={frame_kind}*{lead}")
    return feats


def probability(features: list[str], m: Model | None = None) -> float:
    """How likely the attribution with these features is right, by model `m`
    (the shipped one by default)."""
    m = m or model()
    weights = m.weights
    z = m.bias + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-z))


def keep(kind: str, features: list[str]) -> bool:
    """Whether the attribution is sure enough to name its speaker."""
    m = model()
    return probability(features, m) >= m.thresholds.get(kind, 0.5)
