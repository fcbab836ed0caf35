"""Rules that decide a line on its own: vocabularies, template tags, meta lines, embeds.

`RuleSet.classify` returns a reason code or None. It is the hot loop of the step, so
checks run cheapest first and the wording rules only look at short lines: boilerplate
is short, and a long paragraph that happens to start with "Related" stays content.
Every regex is anchored or starts with a literal, with bounded repetitions only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import patterns as P
from .config import REGEX_PREFIX, CleanConfig
from .lines import Line, has_text, line_key

# Longest line (in words) the wording rules look at.
MAX_BOILERPLATE_WORDS = 60
# Longest whole-line phrase in the vocabularies (checked when compiling).
MAX_PHRASE_WORDS = 16
# Longest date/byline/sign-off line.
MAX_META_WORDS = 16
MAX_SIGNOFF_WORDS = 40
MAX_NEWSLETTER_WORDS = 45
MAX_AFFILIATE_WORDS = 40
MAX_COPYRIGHT_WORDS = 30

_TEMPLATE_TAG = re.compile(r"^\[/?([a-z][a-z0-9_-]{0,40})(?: [^\]]{0,300})?\]$", re.IGNORECASE)
_RULE_LINE = re.compile(r"^[-_=*~#.·•—–]{3,}$|^(?:[-_=*~#.·•—–] ){2,}[-_=*~#.·•—–]$")
_CLOCK = re.compile(P.CLOCK)
_DATE = re.compile(P.DATE)
# "Published ... 2019" or "03/11/2019 at 10:45": one anchored match tries both (on keys
# opening with a digit or one of `P.STAMP_WORDS`).
_STAMP = re.compile(
    rf"(?:{P.STAMP_PREFIX}.{{0,80}}\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}} (?:at )?\d{{1,2}}:\d{{2}})"
)
_BYLINE = re.compile(P.BYLINE)
_HANDLE = re.compile(P.HANDLE)
_TWEET_SIGNATURE = re.compile(P.TWEET_SIGNATURE)
_TWEET_TAIL = re.compile(P.TWEET_TAIL)
_ADBLOCK = re.compile(P.ADBLOCK)
_AFFILIATE = re.compile(P.AFFILIATE_SEARCH)
_DIGIT = re.compile(r"\d")
_WIRE = re.compile("|".join(f"(?:{p})" for p in P.WIRE_SIGNOFF))
_SLIDE_COUNTER = re.compile(
    r"^(?:(?:image|photo|slide|picture|bild|foto|imagen|immagine) )?\d{1,3} ?(?:of|/|von|de|di|sur)"
    r" ?\d{1,3}$"
)


_LITERAL_RUN = re.compile(r"[^\\.^$*+?{}\[\]|()]*")
_DIGIT_OPENING = "0-9"


def _literal(pattern: str) -> str:
    """The literal text every match of `pattern` opens with ("" for a leading `\\d`).

    PREFIX patterns are one alternative each (no top-level `|`), so the run of plain
    characters up to the first special one is needed by every match.
    """
    if pattern.startswith(r"\d"):
        return ""
    run = _LITERAL_RUN.match(pattern)
    text = run.group(0) if run else ""
    if pattern[len(text) : len(text) + 1] in ("?", "*", "{"):
        text = text[:-1]  # "comments?": the last letter is optional
    return text


def _opening(pattern: str) -> str:
    """The literal opening a match of `pattern` needs: two characters, one symbol
    (©, ★), `_DIGIT_OPENING` for a leading `\\d`, or "" when there is none."""
    if pattern.startswith(r"\d"):
        return _DIGIT_OPENING
    text = _literal(pattern)
    if len(text) >= 2:
        return text[:2]
    return text if text and not text.isalnum() else ""


class PrefixIndex:
    """The PREFIX regexes filed under the opening characters of the lines they need.

    One alternation of ~150 patterns costs a micro-second per line: `match` tries every
    branch. A line's first two characters select the few patterns that can match it.
    Branch order is kept, so the result equals one big `match`.
    """

    def __init__(self, groups: dict[str, tuple[str, ...]]) -> None:
        self.entries = [(r, p, _opening(p)) for r, pats in groups.items() for p in pats]
        heads = {head for _, _, head in self.entries}
        self.buckets = {h: self._compile(h) for h in sorted(heads) if h}
        self.digit = self.buckets.pop(_DIGIT_OPENING, None) or self._compile(_DIGIT_OPENING)
        self.generic = self._compile("")
        # The literal openings of each bucket's patterns: most lines of a bucket ("the
        # council ...") start with none of them, and `startswith` says so before the regex.
        self.starts = {h: self._starts(h) for h in self.buckets}

    def _wanted(self, opening: str, head: str) -> bool:
        if not opening or opening == head:
            return True
        if head == _DIGIT_OPENING or len(head) < 2:
            return False
        # a two-character bucket also takes the one-symbol and digit patterns it extends
        return opening == head[0] or (opening == _DIGIT_OPENING and head[0].isdigit())

    def _compile(self, head: str) -> re.Pattern[str] | None:
        by_reason: dict[str, list[str]] = {}
        for reason, pattern, opening in self.entries:
            if self._wanted(opening, head):
                by_reason.setdefault(reason, []).append(pattern)
        parts = [f"(?P<{r}>{'|'.join(ps)})" for r, ps in by_reason.items()]
        return re.compile("|".join(parts)) if parts else None

    def _starts(self, head: str) -> tuple[str, ...]:
        literals = {_literal(p) for _, p, o in self.entries if self._wanted(o, head)}
        return ("",) if "" in literals else tuple(sorted(literals))

    def match(self, key: str) -> str | None:
        buckets = self.buckets
        head = key[:2]
        pattern = buckets.get(head)
        if pattern is None:
            head = key[:1]
            pattern = buckets.get(head)
        if pattern is None:
            pattern = self.digit if head.isdigit() else self.generic
            if pattern is None:
                return None
        elif not key.startswith(self.starts[head]):
            return None
        hit = pattern.match(key)
        return hit.lastgroup if hit else None


class RuleSet:
    """The compiled per-line rules for one configuration."""

    def __init__(self, config: CleanConfig) -> None:
        off = config.disabled_rules
        self.disabled = off
        self.exact: dict[str, str] = {}
        for reason, phrases in P.EXACT.items():
            if reason not in off:
                for phrase in phrases:
                    if phrase.count(" ") >= MAX_PHRASE_WORDS:
                        raise ValueError(f"phrase longer than MAX_PHRASE_WORDS: {phrase!r}")
                    self.exact.setdefault(line_key(phrase), reason)
        self.tail_source = frozenset(line_key(p) for p in P.TAIL_SOURCE)
        self.prefix = PrefixIndex({r: p for r, p in P.PREFIX.items() if r not in off})
        self.has_user = bool(config.extra_patterns)
        self.user_exact: dict[str, str] = {}
        self.user_regex: list[tuple[str, re.Pattern[str]]] = []
        for reason, values in config.extra_patterns.items():
            if reason in off:
                continue
            for value in values:
                if value.startswith(REGEX_PREFIX):
                    pattern = re.compile(value[len(REGEX_PREFIX) :], re.IGNORECASE)
                    self.user_regex.append((reason, pattern))
                else:
                    self.user_exact.setdefault(line_key(value), reason)

    def on(self, reason: str) -> bool:
        return reason not in self.disabled

    def classify(self, ln: Line) -> str | None:
        """The reason to remove this line, judged on the line alone, or None.

        The hot loop of the step: checks are inlined and ordered cheapest first, each
        returning as soon as it decides; a switched-off reason counts as no reason.
        """
        text = ln.text
        if not text or (not text[0].isalnum() and not has_text(text)):
            return self._allowed(_no_text(text))
        reason = self._user(ln) if self.has_user else None
        if reason is None and text[0] == "[":
            reason = _template_tag(text)
        if reason is not None:
            return self._allowed(reason)
        key, words = ln.key, ln.words
        if words <= MAX_PHRASE_WORDS:
            reason = self.exact.get(key)
            if reason is not None:
                return self._allowed(reason)
        # The embed markers other than a picture link end the line. ("/" is looked for
        # first: one character is found by `memchr`, and few paragraphs hold one.)
        if not ln.terminated or ("/" in key and "pic.twitter.com/" in key):
            reason = _embed(ln, key)
            if reason is not None:
                return self._allowed(reason)
        if words > MAX_BOILERPLATE_WORDS:
            return None
        reason = self.prefix.match(key) or _wording(ln, key)
        return None if reason is None or reason in self.disabled else reason

    def _allowed(self, reason: str) -> str | None:
        return None if reason in self.disabled else reason

    def _user(self, ln: Line) -> str | None:
        hit = self.user_exact.get(ln.key)
        if hit:
            return hit
        for reason, pattern in self.user_regex:
            if pattern.search(ln.text):
                return reason
        return None


def _no_text(text: str) -> str:
    """A line without letters or digits: a rule, a star rating, or nothing at all."""
    if not text:
        return "no_text"
    if _RULE_LINE.match(text):
        return "separator"
    return "rating_widget" if text[0] in P.RATING_STARS else "no_text"


def _template_tag(text: str) -> str | None:
    tag = _TEMPLATE_TAG.match(text)
    if not tag:
        return None
    name = tag.group(1).lower()
    if name.startswith("ad"):
        return "ad_placeholder"
    return "source_link" if name.startswith("source") else "template_tag"


def _wording(ln: Line, key: str) -> str | None:
    """Shapes of short boilerplate that a fixed prefix cannot catch.

    Each rule is gated by its length limit and then by a substring its lines must hold,
    so a paragraph pays a few `in` tests instead of a regex per rule.
    """
    words, text = ln.words, ln.text
    reason: str | None = None
    if words <= MAX_SIGNOFF_WORDS and (
        text[0] in "(-—–" or key[:4] in P.SIGNOFF_HEADS or " contributed " in text
    ):
        reason = _signoff(ln)
    if reason is None and words <= MAX_META_WORDS:
        reason = _meta(ln)
    if reason is not None:
        return reason
    if (
        words <= MAX_COPYRIGHT_WORDS
        # both "reserv" and "riserv" hold "serv": one scan rules the two out on most lines
        and (
            ("serv" in key and ("reserv" in key or "riserv" in key))
            or "rechte" in key
            or "broadcast" in key
        )
        and any(w in key for w in P.COPYRIGHT_WORDS)
    ):
        reason = "copyright"
    elif "block" in key and _ADBLOCK.search(key) and any(a in key for a in P.ADBLOCK_APPEALS):
        reason = "adblock_appeal"
    elif (
        words <= MAX_AFFILIATE_WORDS
        and ("commission" in key or "affiliate" in key)
        and _AFFILIATE.search(key)
    ):
        reason = "affiliate_disclaimer"
    elif (
        words <= MAX_NEWSLETTER_WORDS
        and ("newsletter" in key or "inbox" in key or "alerts" in key)
        and _newsletter(ln)
    ):
        reason = "newsletter"
    elif not ln.terminated and _menu(ln):
        reason = "navigation"
    elif words <= 5 and _SLIDE_COUNTER.match(key):
        reason = "slideshow_counter"
    return reason


def _embed(ln: Line, key: str) -> str | None:
    """Flattened tweets and posts: markers, t.co links, "— Name (@handle) Date"."""
    if "pic.twitter.com/" in key:
        return "social_embed"
    if ln.terminated:
        return None  # the other markers end the line: a link, a date, a handle
    # Every other marker holds a "/", "post" or the TikTok note: test those first.
    maybe = "/" in key or "post" in key or "♬" in key
    if maybe and any(s in key for s in P.EMBED_SUBSTRINGS):
        return "social_embed"
    if "t.co/" in key and _TWEET_TAIL.search(ln.text):
        return "social_embed"
    if ln.text[0] in "—–-" and _TWEET_SIGNATURE.match(ln.text):
        return "social_embed"
    return None


def _signoff(ln: Line) -> str | None:
    """Wire credits: parenthesised, several credits, or short; not a body sentence."""
    low = ln.text.lower()
    if not _WIRE.match(low):
        return None
    if low[0] == "(" or "; " in low or ln.words <= 12 or " contributed " in low:
        return "wire_signoff"
    return None


def _meta(ln: Line) -> str | None:
    """Bylines, handles and date lines; a bare live-blog time ("3:45 p.m.") stays."""
    text, key = ln.text, ln.key
    if text[0] == "@" and _HANDLE.match(text):
        return "social_handle"
    # Each anchored regex runs only on lines that open as its matches must.
    if not ln.terminated and text.startswith(P.BYLINE_OPENERS) and _BYLINE.match(text):
        return "byline"
    if (key[:1].isdigit() or key.startswith(P.STAMP_WORDS)) and _STAMP.match(key):
        return "timestamp"
    # The searched clock+date shape needs a digit: look for one first.
    if not ln.terminated and _DIGIT.search(key) and _CLOCK.search(key) and _DATE.search(key):
        return "timestamp"
    return None


def _newsletter(ln: Line) -> bool:
    """A promotion for a newsletter, not a sentence that mentions one (the caller has
    checked the length and that the line names a newsletter, inbox or alerts)."""
    key = ln.key
    if not any(c in key for c in P.NEWSLETTER_CALLS):
        return False
    tail = ln.text.rstrip(" .!")
    return (
        "?" in key
        or tail.endswith((">>", "»", "here", "now", "today", "free"))
        or key.startswith(P.NEWSLETTER_OPENERS)
    )


def _menu(ln: Line) -> bool:
    """Pipe-separated menus and breadcrumbs: short segments, no sentence."""
    text = ln.text
    if not ("|" in text or "»" in text or ">" in text or "•" in text):
        return False
    for sep, limit in ((" | ", 40), (" » ", 20), (" > ", 20), (" • ", 30)):
        n = text.count(sep)
        if n >= 2 and ln.words <= limit:
            return all(part.count(" ") < 8 for part in text.split(sep))
    return False


@lru_cache(maxsize=32)
def compile_rules(config: CleanConfig) -> RuleSet:
    """The rule set for `config`; equal configs share one (compiling is the slow part)."""
    return RuleSet(config)
