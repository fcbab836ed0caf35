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
from itertools import repeat

from .clause import clause_type
from .content import Frame
from .cue_patterns import LEAD_CLASSES, OPENER_CLASSES
from .patterns import PRONOUN_GENDER
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


def _buckets(edges: tuple[int, ...]) -> tuple[str, ...]:
    """`_bucket` of 0 .. edges[-1] + 1, looked up by `_in`: no loop per feature."""
    return tuple(_bucket(n, edges) for n in range(edges[-1] + 2))


def _in(buckets: tuple[str, ...], n: int) -> str:
    if 0 <= n < len(buckets):
        return buckets[n]
    return buckets[0] if n < 0 else buckets[-1]


_LENGTH = _buckets((3, 8, 20, 40))
_SHORT = _buckets((1, 2, 3, 8))
_GAP = _buckets((0, 2, 6))
_SPEAKER_LENGTH = _buckets((1, 2, 4, 8))
_SALIENCE = _buckets((1, 2, 4))
# The first class in LEAD_CLASSES's order that lists a word.
_LEAD_OF = {w: name for name, words in reversed(LEAD_CLASSES.items()) for w in words}


def speaker_type(toks: list[Tok]) -> str:
    """What kind of phrase names the speaker: a pronoun, a name, a nominal."""
    words = [t for t in toks if t.quote < 0 and t.text[0].isalnum()]  # `is_word`, inlined
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
    lead = _LEAD_OF.get(first.lower())
    if lead is not None:
        return lead
    if first[:1].isdigit() or first[:1] == "$":
        return "num"
    return "cap" if first[:1].isupper() else "low"


def _opener(toks: list[Tok], frame: Frame) -> str:
    """What stands before the frame: a sentence start, a comma, a conjunction, a
    relative or subordinating word ("what he called", "that she said": a frame
    inside another clause, whose words are more often the clause's than its own),
    or any other word."""
    assert frame.speaker is not None
    start = frame.cue[0] if frame.inherited else min(frame.cue[0], frame.speaker[0])
    if start == 0:
        return "start"
    prev = toks[start - 1]
    if prev.quote >= 0:
        return "quote"
    if not prev.is_word:
        return "start" if prev.text in ".!?" else "punct"
    return OPENER_CLASSES.get(prev.low, "word")


def _form(cue: Tok) -> str:
    """The cue's form: "saying", "says", or a past or base form."""
    low = cue.low
    return "ing" if low.endswith("ing") else "s" if low.endswith("s") else "base"


def candidate_features(
    toks: list[Tok],
    frame: Frame,
    kind: str,
    chained: str,
    text: str,
    before: str = "",
    resolved: str = "",
) -> list[str]:
    """The features of one attribution: `toks` is the paragraph of its frame, `text`
    the quoted or reported text and `before` the few characters ahead of it,
    `chained` "", "sentence" or "paragraph" when the speaker was carried over from
    an earlier sentence or paragraph, `resolved` how the speaker mention resolved
    (`resolution`)."""
    assert frame.speaker is not None
    split = text.split()
    words = len(split)
    length = _in(_LENGTH, words)
    spk = speaker_type(toks[frame.speaker[0] : frame.speaker[1]])
    frame_kind = "chained-" + chained if chained else frame.kind
    side = "after" if frame.after is not None and frame.before is None else "before"
    lemma = frame.lemma
    # Reported speech opens with "that", a subject or "to"; a preposition or a
    # participle after the cue is mostly a modifier taken for content.
    lead = _lead(text, before)
    form = _form(toks[frame.cue[0]])
    gap = abs(frame.cue[0] - frame.speaker[1]) if frame.speaker[1] <= frame.cue[0] else 0
    feats = [
        f"kind={kind}",
        f"frame={frame_kind}",
        f"lemma={lemma}",
        f"class={frame.cls}",
        f"speaker={spk}",
        f"side={side}",
        f"words={length}",
        f"kind*frame={kind}*{frame_kind}",
        f"kind*speaker={kind}*{spk}",
        f"kind*lemma={kind}*{lemma}",
        f"kind*side={kind}*{side}",
        f"frame*speaker={frame_kind}*{spk}",
        f"gap={_in(_GAP, gap)}",
        f"speakerlen={_in(_SPEAKER_LENGTH, frame.speaker[1] - frame.speaker[0])}",
        f"kind*words={kind}*{length}",
        # One- and two-word quotations without a cue of their own are mostly scare quotes.
        f"frame*words={frame_kind}*{_in(_SHORT, words)}",
        f"kind*lead={kind}*{lead}",
        f"lemma*lead={lemma}*{lead}",
        f"kind*form={kind}*{form}",
        f"lemma*form={lemma}*{form}",
        f"frame*lead={frame_kind}*{lead}",
    ]
    if frame.inherited:
        feats.append("inherited")
    if words <= _TITLE_WORDS and all(w[0].isupper() for w in split if len(w) > 3):
        feats.append(f"titlecase*{kind}")
    return feats + _context(toks, frame, kind, text, resolved)


def _context(toks: list[Tok], frame: Frame, kind: str, text: str, resolved: str) -> list[str]:
    """Features of the frame's surroundings: the word before it, whether the reported
    text reads as a clause, and how the speaker resolved."""
    clause = clause_type(text)
    feats = [
        f"kind*opener={kind}*{_opener(toks, frame)}",
        f"kind*clause={kind}*{clause}",
        f"lemma*clause={frame.lemma}*{clause}",
    ]
    if resolved:
        feats += [f"resolved={resolved}", f"kind*resolved={kind}*{resolved}"]
    return feats


def resolution(mention: str, speaker: str | None) -> str:
    """How a speaker mention resolved: to nobody ("none": an unknown pronoun or a
    phrase that names no one), to a longer name than it says ("longer": "Kirby" ->
    "John Kirby", "he" -> a person), or to itself ("same")."""
    if speaker is None:
        return "none"
    return "longer" if len(speaker) > len(mention) else "same"


def salience(count: int) -> str:
    """The feature of how many attributions of the article name the same speaker."""
    return f"salience={_in(_SALIENCE, count)}"


def probability(features: list[str], m: Model | None = None) -> float:
    """How likely the attribution with these features is right, by model `m`
    (the shipped one by default)."""
    m = m or model()
    weights = m.weights
    z = m.bias + sum(map(weights.get, features, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-z))


def keep(kind: str, features: list[str]) -> bool:
    """Whether the attribution is sure enough to name its speaker."""
    m = model()
    # Compared as log-odds: the same decision without an exponential per attribution.
    z = m.bias + sum(map(m.weights.get, features, repeat(0.0)))
    return z >= _logit(m.thresholds.get(kind, 0.5))


@functools.cache
def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))
