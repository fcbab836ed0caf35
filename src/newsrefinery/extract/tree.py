"""Parse once with lxml, index the attributed elements once, prune what is never body.

Pruning happens after the page metadata and captions have been read from the same
tree: it removes scripts, navigation, forms, figures and every element whose class or
id names boilerplate (comments, sharing, related links, newsletters, captions,
bylines), except an element that encloses what the page itself marks as its article
body, or one that holds a large share of the page's paragraphs (a class like
"video-teaser" on the wrapper must not take the article with it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ExtractError
from .patterns import (
    BOILERPLATE_ALWAYS,
    BOILERPLATE_EXCEPTIONS,
    BOILERPLATE_SUBSTRINGS,
    BOILERPLATE_TOKENS,
    CONTENT_HINTS,
    DROP_TAGS,
    FIELD_TAGS,
    FORM_MAX_TEXT,
)


def literal_alternation(words: Iterable[str]) -> re.Pattern[str]:
    """A regex matching any of `words`, built as a trie ("shar(?:e|ing)"): Python's
    engine tries a plain alternation word by word at every position, a trie by
    character, which is several times faster on lists of a hundred words."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return re.compile(build(trie))


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_ALWAYS = literal_alternation(BOILERPLATE_ALWAYS)
_ANY = literal_alternation(BOILERPLATE_ALWAYS + BOILERPLATE_SUBSTRINGS)
_EXCEPTION = literal_alternation(BOILERPLATE_EXCEPTIONS)
_HINT = literal_alternation(CONTENT_HINTS)
_TOKENS = re.compile(r"[\s_-]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A guarded boilerplate name is kept when the element holds at least this share of the
# page's paragraph text: it wraps the article.
_WRAPPER_SHARE = 0.3
_PARAGRAPH_MIN_CHARS = 40
_STRIP_TAGS = tuple(sorted((DROP_TAGS | FIELD_TAGS) - {"form"}))
_INDEX_ATTRIBUTES = frozenset(
    {"class", "id", "itemprop", "rel", "name", "property", "data-component", "role"}
)

_EMPTY_PAGE = "<html><body></body></html>"
# Only containers mark an article body: Word's "MsoBodyText" on a <p> marks a paragraph.
_CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "td", "span", "font"})


def _xpath(expression: str) -> Any:
    import lxml.etree

    return lxml.etree.XPath(expression, smart_strings=False)


# Hidden from readers: the attribute is enough, a style only when it hides.
_HIDING = frozenset({"hidden", "aria-hidden", "style"})
_STRING = _xpath("string()")


def text_of(el: Any) -> str:
    """All the text inside `el` (what lxml.html calls `text_content()`)."""
    text: str = _STRING(el)
    return text


def parse_html(html: str) -> Any:
    """The lxml tree of `html`; broken markup is repaired, an XML declaration ignored.

    Plain `lxml.etree` elements: lxml.html's element classes cost a lookup on every
    element touched, more than all the work of this package on a typical page.
    """
    import lxml.etree

    text = _XML_DECLARATION.sub("", html, count=1) if html.lstrip()[:5] == "<?xml" else html
    if not text.strip():
        text = _EMPTY_PAGE
    try:
        root = lxml.etree.fromstring(text, parser=_parser(False))
    except ValueError:  # an encoding declaration lxml refuses on str: parse the bytes
        try:
            root = lxml.etree.fromstring(text.encode("utf-8", "replace"), parser=_parser(True))
        except (lxml.etree.XMLSyntaxError, ValueError) as exc:
            raise ExtractError(f"unparseable HTML: {exc}", reason="unparseable_html") from exc
    except lxml.etree.XMLSyntaxError as exc:
        raise ExtractError(f"unparseable HTML: {exc}", reason="unparseable_html") from exc
    if root is None:  # markup with no element at all
        root = lxml.etree.fromstring(_EMPTY_PAGE, parser=_parser(False))
    return root


@functools.lru_cache(maxsize=2)
def _parser(utf8: bool) -> Any:
    """lxml's HTML parser, dropping comments and processing instructions while parsing."""
    import lxml.etree

    return lxml.etree.HTMLParser(
        remove_comments=True, remove_pis=True, encoding="utf-8" if utf8 else None
    )


def names(el: Any) -> str:
    """Class and id of `el`, lower-cased, as one string."""
    cls = el.get("class")
    ident = el.get("id")
    if cls is None:
        return ident.lower() if ident else ""
    return f"{cls} {ident}".lower() if ident else cls.lower()


@dataclass(slots=True)
class PageIndex:
    """One pass over the body's elements, made before anything is removed.

    `named` holds (element, value): the element's class, id, itemprop, rel, name,
    property, data-component and role, lower-cased and space-separated. `hidden`
    holds the elements hidden from readers (`hidden`, `aria-hidden`, a hiding style).
    """

    named: list[tuple[Any, str]] = field(default_factory=list)
    hidden: list[Any] = field(default_factory=list)


def index_page(root: Any) -> PageIndex:
    """Index the body of `root`. A plain walk with one `items()` call per element costs
    less than any XPath with attribute tests (measured: about half)."""
    import lxml.etree

    index = PageIndex()
    body = root.find("body")
    if body is None:
        return index
    named, hidden, wanted = index.named, index.hidden, _INDEX_ATTRIBUTES
    for el in body.iter(lxml.etree.Element):
        items = el.items()
        if not items:
            continue
        value = " ".join([v for k, v in items if k in wanted])
        if value:
            named.append((el, value.lower()))
        for key, attr in items:
            if key in _HIDING and _hides(key, attr):
                hidden.append(el)
                break
    return index


def _hides(key: str, value: str) -> bool:
    if key == "hidden":
        return True
    if key == "aria-hidden":
        return value == "true"
    return ("none" in value or "hidden" in value) and _HIDDEN_STYLE.search(value) is not None


@functools.lru_cache(maxsize=8192)
def boilerplate_kind(value: str) -> int:
    """0: not boilerplate; 1: boilerplate unless it wraps the article; 2: always.

    Cached: a page repeats the same few class names on hundreds of elements.
    """
    if not value:
        return 0
    if _ANY.search(value) is None and BOILERPLATE_TOKENS.isdisjoint(_TOKENS.split(value)):
        return 0
    if _EXCEPTION.search(value):
        return 0
    return 2 if _ALWAYS.search(value) else 1


@functools.lru_cache(maxsize=8192)
def is_content_hint(value: str) -> bool:
    """Whether an attribute value marks the article body ("article-body", "articleBody")."""
    return _HINT.search(value.replace("_", "-")) is not None


@functools.lru_cache(maxsize=8192)
def _classify(value: str) -> int:
    """`boilerplate_kind`, or -1 for a content hint: one memo lookup per element."""
    kind = boilerplate_kind(value)
    return kind if kind or not is_content_hint(value) else -1


def prune(root: Any, index: PageIndex) -> list[Any]:
    """Remove non-body elements from `root` in place; return the content hints found."""
    _strip_unreadable(root, index)
    flagged: list[tuple[Any, int]] = []
    hints: list[Any] = []
    for el, value in index.named:
        kind = _classify(value)
        if kind > 0:
            flagged.append((el, kind))
        elif kind < 0 and el.tag in _CONTAINER_TAGS:
            hints.append(el)
    _remove_flagged(root, flagged, hints)
    return [h for h in hints if _attached(h, root)]


def _strip_unreadable(root: Any, index: PageIndex) -> None:
    """Remove elements that are never body text: by tag (in C), or hidden from readers."""
    import lxml.etree

    forms = []
    for el in root.iter("form", "figure"):
        if el.tag == "form":
            if _small_form(el):
                forms.append(el)
        elif el.find(".//blockquote") is not None:
            # A figure framing a quoted post (an embedded tweet) holds body text: keep
            # the quote; its caption goes with the other figure parts.
            el.tag = "div"
    lxml.etree.strip_elements(root, *_STRIP_TAGS, with_tail=False)
    for el in forms:
        _remove(el)
    for el in index.hidden:
        _remove(el)


def _small_form(el: Any) -> bool:
    if el.find(".//textarea") is not None or el.find(".//input[@type='email']") is not None:
        return True
    return len(text_of(el)) < FORM_MAX_TEXT


def _remove_flagged(root: Any, flagged: list[tuple[Any, int]], hints: list[Any]) -> None:
    if not flagged:
        return
    keep: set[Any] = set()
    for hint in hints:
        keep.add(hint)
        keep.update(hint.iterancestors())
    total = _paragraph_chars(root)
    for el, kind in flagged:  # one already removed with an ancestor costs nothing more
        if el in keep:
            continue
        if kind == 1 and el.find(".//p") is not None:  # no paragraph: nothing to guard
            held = _paragraph_chars(el)
            if held and held >= _WRAPPER_SHARE * total:
                continue
        _remove(el)


def _paragraph_chars(el: Any) -> int:
    total = 0
    for p in el.iter("p"):
        length = len(text_of(p))
        if length >= _PARAGRAPH_MIN_CHARS:
            total += length
    return total


def _attached(el: Any, root: Any) -> bool:
    """Whether `el` is still inside `root` (a removed subtree keeps its document)."""
    top = el
    for top in el.iterancestors():  # noqa: B007 - the last ancestor is the answer
        pass
    return top is root


def _remove(el: Any) -> None:
    """Drop `el` and its subtree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
