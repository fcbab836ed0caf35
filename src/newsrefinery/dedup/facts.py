"""What a short body says besides its template: its figures and its subject.

Short wire notices are filled in from one template for many stories ("Mthly div 7.1
cts vs 7.1 cts prior / Pay March 31 / NOTE: Franklin Insured Tax-Free Income Fund."),
so two of them pass any shingle bar while being about another fund, day or price.
Their figures and the words their headlines are about tell them apart:

- **figures** (bodies of fewer than `params.figure_words` words): at least
  `params.figure_share` of the smaller set of figures must be in the other body. A
  rerun, a correction or a trimmed copy keeps most of its figures; the next day's
  repurchase report or the next copper price change does not;
- **subject** (bodies of fewer than `params.short_words` words, where headlines already
  have to agree): a word that one headline has and the other lacks must not also be a
  word that only that body has. "FRANKLIN PUERTO RICO ... SETS PAYOUT" names the fund
  its body names, and the other body does not; a retitled copy ("SETS QUARTERLY" /
  "DECLARES QTLY DIVIDEND") changes its headline and not its body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .canonical import DocInfo
from .params import DedupParams
from .patterns import FIGURE, MILLION, THOUSANDS
from .shingles import normalise

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Facts:
    """The figures and the words of one short body."""

    figures: frozenset[str]
    words: frozenset[str]


def facts(text: str) -> Facts:
    """The `Facts` of a signature text."""
    plain = normalise(text)
    return Facts(
        figures=frozenset(_figure(f) for f in FIGURE.findall(plain)),
        words=frozenset(_WORD.findall(plain)),
    )


def _figure(written: str) -> str:
    """A figure as compared: thousands separators read (`patterns.THOUSANDS`)."""
    if THOUSANDS.fullmatch(written) is None:
        return written
    value = int(written.replace(",", ""))
    return f"{value / MILLION:.1f}" if value >= MILLION else str(value)


def conflict(a: DocInfo, fa: Facts, b: DocInfo, fb: Facts, params: DedupParams) -> bool:
    """Whether two short bodies disagree on their figures or their subject (module
    doc); False when either body is too long for the rule."""
    if not (a.short(params.figure_words) and b.short(params.figure_words)):
        return False
    fewest = min(len(fa.figures), len(fb.figures))
    if fewest and len(fa.figures & fb.figures) < params.figure_share * fewest:
        return True
    if not (a.short(params.short_words) and b.short(params.short_words)):
        return False
    only_a, only_b = fa.words - fb.words, fb.words - fa.words
    return bool((a.title - b.title) & only_a or (b.title - a.title) & only_b)
