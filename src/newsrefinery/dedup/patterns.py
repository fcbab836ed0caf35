"""Vocabularies of deduplication, as named data: what counts as a word, what marks
an auto-blog copy, and the reason codes stored with every link and election."""

from __future__ import annotations

# --------------------------------------------------------------------------- words
# Unicode general-category initials of characters that belong to a word: letters,
# numbers and combining marks. Everything else (punctuation of every script, symbols,
# spaces) separates words, so "Madrid’s", "Madrid's" and "MADRID'S" shingle alike.
WORD_CATEGORIES = frozenset({"L", "N", "M"})

# --------------------------------------------------------------------------- copy signals
# Leftovers the clean step removes (its `removed[].reason` codes) that only an
# auto-blog's scraper leaves behind: an original is never published with them.
COPY_REASONS = frozenset({
    "ad_placeholder",  # [ad_1] / [ad_2] slots of WP-Automatic templates
    "source_link",     # "Source link" back to the page it was scraped from
    "template_tag",    # unexpanded shortcodes
})  # fmt: skip

# A body holding this many lines of at most SHORT_LINE_WORDS words is a whole-page dump
# whose menus and link lists survived cleaning ("Home", "World", "Subscribe Sign in"):
# a poor original, and a poor centre to verify copies against.
SHORT_LINE_WORDS = 3
DUMP_SHORT_LINES = 8

# --------------------------------------------------------------------------- link reasons
# Why a member joined its cluster (stored in `clusters.link`); the canonical has none.
LINKS: dict[str, str] = {
    "exact": "the same body once case, punctuation and spacing are ignored",
    "near_duplicate": "word 5-gram Jaccard to the canonical at or above the threshold",
    "contained": "the shorter body is (almost) inside the longer: a trimmed copy or a teaser",
    "wire_copy": "same agency, dateline and headline within days, similar at the looser bar",
}

# --------------------------------------------------------------------------- election reasons
# Why the canonical won (stored in `clusters.elected`), named after the first rule
# of the election order on which it beat the runner-up.
ELECTED: dict[str, str] = {
    "only_member": "a cluster of one",
    "named_as_source": "another member's source link or canonical URL points at it",
    "earliest_published": "published before every other member",
    "not_a_copy": "no auto-blog leftovers, source link, foreign canonical URL or page menus",
    "longest_body": "the longest clean body among equally early originals",
    "lowest_id": "a tie on every rule, broken by the smallest article id",
}
