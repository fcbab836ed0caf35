"""Vocabularies of deduplication, as named data: what counts as a word, what marks
an auto-blog copy, and the reason codes stored with every link and election."""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- words
# Unicode general-category initials of characters that belong to a word: letters,
# numbers and combining marks. Everything else (punctuation of every script, symbols,
# spaces) separates words, so "Madrid’s", "Madrid's" and "MADRID'S" shingle alike.
WORD_CATEGORIES = frozenset({"L", "N", "M"})

# --------------------------------------------------------------------------- copy signals
# Leftovers the clean step removes (its `removed[].reason` codes) that only an
# auto-blog's scraper leaves behind: an original is never published with them. A
# reason that real newsrooms share (the "Advertisement" label above an ad slot is also
# an `ad_placeholder`) counts only when its text matches the pattern given here.
COPY_REASONS = frozenset({
    "ad_placeholder",  # [ad_1] / [ad_2] slots of WP-Automatic templates
    "source_link",     # "Source link" back to the page it was scraped from
    "template_tag",    # unexpanded shortcodes
})  # fmt: skip
COPY_TEXT: dict[str, re.Pattern[str]] = {
    "ad_placeholder": re.compile(r"^\s*\[[\w-]+\]\s*$"),  # a bracketed slot, not a label
}

# A feed that republishes a story closes it on a credit to where it came from
# ("Source: Evening Standard"); an original signs off with its own copyright instead.
SOURCE_CREDIT = re.compile(r"^\s*(?:source|via)\s*:\s*\S.{0,60}$", re.IGNORECASE)

# A page whose site name ("Liberty Herald") shares no word of at least SITE_WORD
# letters with the host of its URL (coastaltribune.com) took that URL from its
# canonical link: the original's address, not its own. Short words ("the", "ap")
# are left out, and a name like "The New York Times" still matches nytimes.com.
SITE_WORD = 3

# --------------------------------------------------------------------------- body length
# Lines of at most this many words are not counted in a body's length: menu entries
# and link lists of a page dump that survived cleaning ("Home", "Subscribe Sign in")
# would otherwise make a dump the longest member of its cluster.
SHORT_LINE_WORDS = 3

# --------------------------------------------------------------------------- printed dates
# A text dump carries no date metadata, but prints its date on a line of its own
# ("March 24, 2004") between its headline and the story: body lines are searched for
# a line of at most DATE_LINE_WORDS words that is a date, up to the first paragraph
# of STORY_WORDS words or more (a date further down belongs to a related story).
DATE_LINE_WORDS = 5
STORY_WORDS = 20

# --------------------------------------------------------------------------- figures
# Templated wire notices (dividends, earnings tables, metal prices, money-market
# reports) share every word but their figures and names, and their tables are lines
# too short to shingle. A short body's figures are compared as written: a number
# with its decimal, fraction or thousands marks ("7.1", "1/8", "2,665,000").
FIGURE = re.compile(r"\d+(?:[.,/]\d+)*")
# Thousands separators: "12,141,000" is read as a number, and from a million up it
# counts in millions with one decimal, the form a rerun of a results table prints
# ("Revs 12.1 mln"); below that it loses its commas ("13,000" and "13000" agree).
THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
MILLION = 1_000_000

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
    "earliest_published": "published on an earlier day than every other member",
    "not_a_copy": "no auto-blog leftovers, source link, foreign canonical URL or source credit",
    "longest_body": "the most story text among equally early originals (shared text first)",
    "dated": "as much shared story text as an undated member, and a date where it has none",
    "fewest_additions": "as much shared story text, and less text that no other copy has",
    "lowest_id": "a tie on every rule, broken by the smallest article id",
}
