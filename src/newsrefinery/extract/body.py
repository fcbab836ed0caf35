"""The article body of a pruned tree: find its container, then flatten it into blocks.

The container is found the way Readability finds it, with two changes that make it
both faster and more precise on news pages. Paragraphs are scored once (length,
commas, links) and each score flows to five generations of ancestors, weakening with
distance; a container's link density is that of the paragraphs it holds, so no
container is ever serialised to measure it. And an element the page marks as its
article body (`itemprop="articleBody"`, `class="article-body"` ...) wins when it
holds most of the best candidate's text.

The chosen container(s) are flattened in reading order into blocks, one per block
element, and blocks that are page furniture (link lists, "Advertisement", the
headline again) are left out.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .patterns import (
    BLOCK_TAGS,
    CELL_TAGS,
    CONTAINER_BIAS,
    FURNITURE_LINES,
    FURNITURE_MAX_WORDS,
    FURNITURE_PREFIXES,
    HEADINGS,
    NEGATIVE_NAMES,
    POSITIVE_NAMES,
)
from .tree import names, text_of

_MIN_PARAGRAPH = 25
_ANCESTOR_LEVELS = 5
_NAME_WEIGHT = 25.0
_HINT_SHARE = 0.5
_SIBLING_SHARE = 0.2
_SIBLING_MIN = 10.0
_PROSE_MIN_CHARS = 150
_PROSE_MAX_LINKS = 0.2
_PROSE_SHARE = 0.8
_SHARED_ANCESTOR_COUNT = 3
_TOP_CANDIDATES = 5
_ALTERNATIVE_SHARE = 0.75
_MAX_LINK_DENSITY = 0.5
# A long block that is mostly links is a paragraph that opens with a linked title.
_MAX_LINK_DENSITY_LONG = 0.75
_LONG_BLOCK = 150
_SCORED_TAGS = ("p", "pre", "td", "div", "section", "article", "blockquote", "li", "font")
# Paragraph elements: their whole text is one paragraph, whatever they hold.
_LEAF_ONLY = frozenset({"p", "pre"})


@dataclass(frozen=True, slots=True)
class Block:
    """One block of text in reading order, with what the filters need to judge it."""

    text: str
    tag: str
    link_chars: int
    kept: bool = True

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(slots=True)
class _Candidate:
    el: Any
    score: float
    text: float = 0.0
    links: float = 0.0
    mass: float = 0.0

    @property
    def final(self) -> float:
        density = self.links / self.text if self.text else 0.0
        return self.score * (1.0 - density)


def body_blocks(root: Any, hints: list[Any], headline: str | None) -> list[Block]:
    """The article's blocks from the pruned tree `root`, in reading order.

    Blocks judged page furniture are returned too, with `kept` false: the caller
    leaves them out of the body but may look at them ("Subscribe to continue reading"
    at the end says the copy is a teaser).
    """
    candidates = _score(root)
    containers = _containers(candidates, hints)
    if not containers:
        return []
    return list(_judged(_flatten_all(containers), headline))


# ----------------------------------------------------------------------------- scoring
def _score(root: Any) -> dict[Any, _Candidate]:
    candidates: dict[Any, _Candidate] = {}
    for el in root.iter(*_SCORED_TAGS):
        if el.tag in _LEAF_ONLY or not _has_block_child(el):
            text = text_of(el)
            chain: Iterable[Any] = el.iterancestors()
        else:  # text written straight into a container, between its blocks
            text = _loose_text(el)
            chain = itertools.chain((el,), el.iterancestors())
        text = " ".join(text.split())
        length = len(text)
        if length < _MIN_PARAGRAPH:
            continue
        links = sum(len(text_of(a)) for a in el.iter("a"))
        score = 1.0 + text.count(",") + min(length / 100.0, 3.0)
        _credit(candidates, chain, score, length, min(links, length))
    return candidates


def _has_block_child(el: Any) -> bool:
    return any(c.tag in BLOCK_TAGS for c in el)


def _loose_text(el: Any) -> str:
    parts = [el.text or ""]
    for child in el:
        if child.tag not in BLOCK_TAGS:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _credit(
    candidates: dict[Any, _Candidate], chain: Iterable[Any], score: float, length: int, links: int
) -> None:
    for level, ancestor in enumerate(chain):
        if level >= _ANCESTOR_LEVELS or ancestor.tag == "html":
            break
        cand = candidates.get(ancestor)
        if cand is None:
            cand = candidates[ancestor] = _Candidate(ancestor, _initial(ancestor))
        divider = 1.0 if level == 0 else 2.0 if level == 1 else level * 3.0
        cand.score += score / divider
        cand.mass += score
        cand.text += length
        cand.links += links


def _initial(el: Any) -> float:
    value = names(el)
    weight = CONTAINER_BIAS.get(el.tag, 0.0)
    if value:
        if any(n in value for n in NEGATIVE_NAMES):
            weight -= _NAME_WEIGHT
        if any(n in value for n in POSITIVE_NAMES):
            weight += _NAME_WEIGHT
    return weight


# ----------------------------------------------------------------------------- containers
def _containers(candidates: dict[Any, _Candidate], hints: list[Any]) -> list[Any]:
    if not candidates:
        return []
    ranked = sorted(candidates.values(), key=lambda c: c.final, reverse=True)
    top = _promote(ranked, candidates)
    hinted = _hinted(hints, candidates, top)
    if hinted:
        return hinted
    return _with_siblings(top, candidates)


def _promote(ranked: list[_Candidate], candidates: dict[Any, _Candidate]) -> _Candidate:
    """Readability's step up: when several strong candidates share an ancestor with the
    best one, the article is split across them and the ancestor is the container."""
    top = ranked[0]
    # Alternatives are other strong candidates beside the best one, not its wrappers.
    strong = [
        c.el
        for c in ranked[1:_TOP_CANDIDATES]
        if c.final >= _ALTERNATIVE_SHARE * top.final
        and not _contains(c.el, top.el)
        and not _contains(top.el, c.el)
    ]
    if len(strong) >= _SHARED_ANCESTOR_COUNT:
        for ancestor in top.el.iterancestors():
            if ancestor.tag in ("body", "html"):
                break
            if sum(1 for s in strong if _contains(ancestor, s)) >= _SHARED_ANCESTOR_COUNT:
                top = candidates.get(ancestor) or _Candidate(ancestor, 0.0)
                break
    # Readability's climb: a parent that scores higher than the best candidate holds
    # more of the article; stop once the parents score too little to matter.
    threshold = top.final / 3.0
    for ancestor in top.el.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        cand = candidates.get(ancestor)
        if cand is None:
            continue
        if cand.final < threshold:
            break
        if cand.final > top.final:
            top = cand
            break
    # A lone child says nothing about its parent's other children: climb while alone.
    while True:
        parent = top.el.getparent()
        if parent is None or parent.tag in ("body", "html") or len(parent) != 1:
            return top
        top = candidates.get(parent) or _Candidate(parent, top.score, top.text, top.links)


def _hinted(hints: list[Any], candidates: dict[Any, _Candidate], top: _Candidate) -> list[Any]:
    """The page's own article-body elements, when they enclose the best candidate or
    hold at least half as much text: the page's word beats a guess from lengths."""
    outer = [h for h in hints if not any(o is not h and _contains(o, h) for o in hints)]
    scored = [(candidates[h].mass if h in candidates else _leaf_mass(h), h) for h in outer]
    scored = [(m, h) for m, h in scored if m > 0]
    if not scored:
        return []
    best = max(m for m, _h in scored)
    chosen = [(m, h) for m, h in scored if m >= _SIBLING_SHARE * best]
    mass = sum(m for m, _h in chosen)
    for _m, hint in chosen:
        if hint is top.el or _contains(hint, top.el):
            return [h for _m, h in chosen]
    if mass >= _HINT_SHARE * top.mass:
        return [h for _m, h in chosen]
    return []


def _leaf_mass(el: Any) -> float:
    """The score of a hinted element that is itself one paragraph of text."""
    text = " ".join(text_of(el).split())
    if len(text) < _MIN_PARAGRAPH:
        return 0.0
    return 1.0 + text.count(",") + min(len(text) / 100.0, 3.0)


def _with_siblings(top: _Candidate, candidates: dict[Any, _Candidate]) -> list[Any]:
    parent = top.el.getparent()
    if parent is None:
        return [top.el]
    threshold = max(_SIBLING_MIN, top.final * _SIBLING_SHARE)
    top_class = top.el.get("class")
    chosen = []
    for sibling in parent:
        if sibling is top.el:
            chosen.append(sibling)
            continue
        if not isinstance(sibling.tag, str):
            continue
        cand = candidates.get(sibling)
        bonus = top.final * 0.2 if top_class and sibling.get("class") == top_class else 0.0
        if (cand is not None and (cand.final + bonus >= threshold or _prose(cand))) or (
            sibling.tag == "p" and _good_paragraph(sibling)
        ):
            chosen.append(sibling)
    return chosen


def _prose(cand: _Candidate) -> bool:
    """A box beside the article that holds nothing but a paragraph of prose (a lead
    paragraph set apart): most of its text is in scored paragraphs, few links."""
    if cand.text < _PROSE_MIN_CHARS or cand.links > _PROSE_MAX_LINKS * cand.text:
        return False
    return cand.text >= _PROSE_SHARE * len(" ".join(text_of(cand.el).split()))


def _good_paragraph(el: Any) -> bool:
    text = " ".join(text_of(el).split())
    links = sum(len(text_of(a)) for a in el.iter("a"))
    density = links / len(text) if text else 1.0
    if len(text) > 80:
        return density < 0.25
    return bool(text) and density == 0 and text.endswith(".")


def _contains(outer: Any, inner: Any) -> bool:
    return any(a is outer for a in inner.iterancestors())


# ----------------------------------------------------------------------------- flattening
class _Flattener:
    """Walks containers in reading order, cutting text at block elements and <br>."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.links = 0
        self.tag = "p"

    def flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        if text:
            self.blocks.append(Block(text, self.tag, min(self.links, len(text))))
        self.parts.clear()
        self.links = 0

    def walk(self, el: Any, in_link: bool = False) -> None:
        tag = el.tag
        block = tag in BLOCK_TAGS
        if block:
            self.flush()
            self.tag = tag
        elif tag == "br":
            self.flush()
        elif tag in CELL_TAGS:
            self.parts.append(" ")
        link = in_link or tag == "a"
        if el.text:
            self._add(el.text, link)
        for child in el:
            if isinstance(child.tag, str):
                self.walk(child, link)
            if child.tail:
                self._add(child.tail, link)
        if block:
            self.flush()
            self.tag = "p"

    def _add(self, text: str, link: bool) -> None:
        self.parts.append(text)
        if link:
            self.links += len(text.strip())


def _flatten_all(containers: Iterable[Any]) -> list[Block]:
    flat = _Flattener()
    for el in containers:
        flat.walk(el)
        flat.flush()
    return flat.blocks


def _judged(blocks: list[Block], headline: str | None) -> Iterable[Block]:
    head = " ".join(headline.split()).casefold() if headline else None
    for block in blocks:
        limit = _MAX_LINK_DENSITY if len(block.text) < _LONG_BLOCK else _MAX_LINK_DENSITY_LONG
        furniture = (
            block.link_density > limit
            or (block.tag in HEADINGS and (block.tag == "h1" or block.text.casefold() == head))
            or _is_furniture(block.text)
        )
        yield dataclasses.replace(block, kept=False) if furniture else block


def _is_furniture(text: str) -> bool:
    words = text.split()
    if len(words) > FURNITURE_MAX_WORDS:
        return False
    low = text.casefold().rstrip(" .:!»›>|")
    return low in FURNITURE_LINES or low.startswith(FURNITURE_PREFIXES)
