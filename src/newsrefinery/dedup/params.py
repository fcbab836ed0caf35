"""The tunable numbers of deduplication, in one frozen record.

Defaults are tuned for wire copies on the syndication corpora of
`../shared/eval/make_syndication.py` (BBC and Reuters-21578 base stories): word
5-gram shingles, a 128-bin one-permutation MinHash banded 32 x 4 for whole-body
similarity, and a 24-bin lead sketch banded 8 x 3 so that a teaser or a trimmed copy,
whose Jaccard to the full story is low, still meets it. Every candidate is verified
on the exact shingle sets, so the banding only has to find copies, never prove them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True, slots=True)
class DedupParams:
    """Shingling, sketching, banding and verification thresholds."""

    shingle: int = 5  # words per shingle
    bins: int = 128  # one-permutation MinHash bins over the whole body
    bands: int = 32  # bands over `bins`; rows per band = bins // bands
    lead_tokens: int = 64  # words of the lead that the lead sketch sees
    # Only paragraphs this long make the lead: a page dump's menu and lists of related
    # headlines come before the story and must not stand for its beginning.
    lead_min_words: int = 12
    lead_bins: int = 24
    lead_bands: int = 8
    min_tokens: int = 8  # shorter bodies are grouped by exact hash only
    jaccard: float = 0.5  # a pair this similar is a near duplicate
    containment: float = 0.8  # share of the shorter body found in the longer one
    min_shared: int = 15  # shingles a containment link must share at least
    # Two bodies both shorter than this many words ("Qtly div 12 cts vs 12 cts prior",
    # a one-line market report) are filled in from one template for many stories:
    # they are copies only if their headlines also share `title_jaccard` of their words.
    short_words: int = 50
    title_jaccard: float = 0.5
    # Same agency and dateline place within `wire_days` days, and a like headline: a
    # looser bar, because the pair is one wire release on other evidence already.
    # Two texts both dated and further apart than this are two runs of a recurring
    # report ("Fed adds reserves via customer repurchases"), not a story and its copy.
    # Exact copies are one text whatever their dates.
    max_days: int = 7
    wire_jaccard: float = 0.35
    wire_containment: float = 0.6
    wire_days: int = 3
    # Two bodies both shorter than `figure_words` words must agree on their figures:
    # at least `figure_share` of the smaller set of figures found in the other body
    # (`facts.conflict`); a rerun or correction keeps most of them, a notice filled in
    # for another day, price or fund does not.
    figure_words: int = 100
    figure_share: float = 0.75

    def __post_init__(self) -> None:
        checks = (
            (self.shingle >= 1, "shingle must be at least 1"),
            (self.bins >= 1 and self.bands >= 1, "bins and bands must be at least 1"),
            (self.bins % self.bands == 0, "bins must be a multiple of bands"),
            (self.lead_bins % self.lead_bands == 0, "lead_bins must be a multiple of lead_bands"),
            (self.lead_bands >= 1 and self.lead_tokens >= 1, "lead sketch must not be empty"),
            (0 < self.jaccard <= 1 and 0 < self.containment <= 1, "thresholds lie in (0, 1]"),
            (0 < self.wire_jaccard <= 1 and 0 < self.wire_containment <= 1, "wire thresholds"),
            (0 < self.figure_share <= 1, "figure_share lies in (0, 1]"),
        )
        for ok, message in checks:
            if not ok:
                raise ConfigError(f"dedup: {message}")

    @property
    def rows(self) -> int:
        return self.bins // self.bands

    @property
    def lead_rows(self) -> int:
        return self.lead_bins // self.lead_bands
