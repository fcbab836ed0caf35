"""The cleaning step: input lines in, headline / body / captions / removed out.

`clean_lines` runs the passes in a fixed order; each pass only decides lines that
are still undecided, and whatever is left at the end is body. So every non-blank
input line lands in exactly one place: the headline, a body paragraph (the
normalised line), a caption (its text or its credit), or `removed` with a reason.

`clean_article` is the pipeline step: the draft article's `body` holds the input
lines (a text dump split on newlines, or an HTML extractor's blocks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsrefinery.records import Article, Caption, Removed

from . import captions, context
from .config import DEFAULT_CONFIG, CleanConfig
from .headline import choose_headline, remove_repeats
from .lines import HEADLINE, REMOVED, Line, build_lines
from .rules import RuleSet, compile_rules

_URL = re.compile(r"https?://[^\s<>\"')\]]{1,500}")
# Pointers to the original article, best first.
_SOURCE_REASONS = ("source_link", "share_widget", "read_more")
EMPTY_WARNING = "clean: no body text left after cleaning"
MIN_DISTANT_DUPLICATE_WORDS = 12


@dataclass(frozen=True)
class Cleaned:
    """What the cleaning step made of one document's lines."""

    headline: str | None
    body: tuple[str, ...]
    captions: tuple[Caption, ...]
    removed: tuple[Removed, ...]
    source_link: str | None
    credits: tuple[str, ...]


def clean_lines(
    lines: Sequence[str],
    *,
    headline: str | None = None,
    config: CleanConfig | None = None,
    blocks: bool | None = None,
) -> Cleaned:
    """Classify `lines`.

    `headline` None: a text dump, whose first short line is the headline. A string:
    the headline the page declares (HTML metadata); "" when it declares none, so that
    no line is taken for a headline.

    `blocks`: the lines are blocks an HTML extractor kept as main content (the default
    when a headline is given, as only HTML pages give one). Two text-dump passes then
    stay off, as the extractor has done their work from the markup and on its blocks
    they only hit content: the trailing-menu pass (link lists go by link density; what
    is left is fact lists and schedules) and the inline-caption pass (captions come
    from figure markup; what is left is unpunctuated content such as event listings).
    """
    if blocks is None:
        blocks = headline is not None
    rules = compile_rules(config or DEFAULT_CONFIG)
    items = build_lines(lines)
    found = _line_rules(items, rules)
    head = choose_headline(items, headline)
    if rules.on("repeated_headline"):
        remove_repeats(items, head)
    _context_passes(items, rules, found, blocks=blocks)
    # Captions and credits never end like a sentence: their passes visit only these.
    open_lines = [i for i, ln in enumerate(items) if not ln.terminated]
    captions.attach_credits(items, open_lines)
    index = context.SentenceIndex(items)
    if not blocks:
        first = next((i for i, ln in enumerate(items) if ln.label == HEADLINE), -1) + 1
        captions.inline_captions(items, first, index, open_lines)
    if rules.on("pull_quote"):
        context.pull_quotes(items, index)
    return _assemble(items, head)


def _line_rules(items: list[Line], rules: RuleSet) -> set[str]:
    """Judge each line alone, and drop later copies of a line in the same pass.

    A copy is compared on the normalised text, punctuation included (a MailOnline
    caption repeats a body sentence without its full stop, and is a caption). Adjacent
    copies are always leftovers; distant ones only when long enough that two entries of
    a fact box ("Born: 1963") cannot collide. Returns the reasons found, so block
    rules that extend them run only when needed.
    """
    found: set[str] = set()
    seen: set[str] = set()
    dedup = rules.on("duplicate_line")
    classify = rules.classify
    prev = ""
    for ln in items:
        reason = classify(ln)
        text = ln.text
        if reason is None and dedup:
            size = len(seen)
            seen.add(text)  # one hash lookup both tests and records the line
            if len(seen) == size and (text == prev or ln.words >= MIN_DISTANT_DUPLICATE_WORDS):
                reason = "duplicate_line"
        if reason is not None:
            ln.label, ln.reason = REMOVED, reason
            found.add(reason)
        prev = text
    return found


def _context_passes(items: list[Line], rules: RuleSet, found: set[str], *, blocks: bool) -> None:
    """Block rules, each run only when the line rules found what it extends."""
    if rules.on("source_link"):
        context.tail_source(items, rules.tail_source)
    if "social_embed" in found:
        context.tweet_blocks(items)
    if "related_links" in found:
        context.related_lists(items)
    if "comment_widget" in found or "adblock_appeal" in found:
        context.absorb_forms(items)
    if "poll_widget" in found:
        context.poll_questions(items)
    if rules.on("navigation") and not blocks:
        context.tail_links(items)
    if rules.on("author_bio"):
        context.author_bios(items)


def _assemble(items: list[Line], head: str | None) -> Cleaned:
    body: list[str] = []
    caps: list[Caption] = []
    removed: list[Removed] = []
    for ln in items:
        label = ln.label
        if label is None:
            body.append(ln.text)
        elif label == REMOVED:
            removed.append(Removed(ln.text or ln.raw, ln.reason or "unknown"))
        elif label != HEADLINE:
            fields = captions.caption_fields(ln)
            if fields is not None:
                caps.append(Caption(*fields))
    credits = tuple(r.text for r in removed if r.reason == "wire_signoff")
    return Cleaned(
        headline=head,
        body=tuple(body),
        captions=tuple(caps),
        removed=tuple(removed),
        source_link=_source_link(removed),
        credits=credits,
    )


def _source_link(removed: Sequence[Removed]) -> str | None:
    for reason in _SOURCE_REASONS:
        for item in removed:
            if item.reason == reason:
                hit = _URL.search(item.text)
                if hit:
                    return hit.group(0).rstrip(".,;:")
    return None


def clean_article(article: Article, *, config: CleanConfig | None = None) -> Article:
    """The pipeline step: `article.body` holds the input lines, `headline` maybe set."""
    cleaned = clean_lines(article.body, headline=article.headline, config=config)
    changes: dict[str, object] = {
        "headline": cleaned.headline,
        "body": cleaned.body,
        "captions": article.captions + cleaned.captions,
        "removed": article.removed + cleaned.removed,
        "source_link": article.source_link or cleaned.source_link,
    }
    if not cleaned.body:
        changes["status"] = "empty"
        changes["warnings"] = (*article.warnings, EMPTY_WARNING)
    return article.evolve(**changes)
