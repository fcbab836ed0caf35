"""Photo captions and their credits, read from the page before the body is cut out.

Sources, in reading order: `<figure>` with its `<figcaption>` (a credit in its own
element, "credit" or "copyright" in its class, or glued to the end of the caption:
"... in 2015. (Photo: Eric Gay/AP)"), caption boxes outside figures (WordPress
`wp-caption-text`), an `<img alt>` that reads like a caption when a figure has no
caption, and the JSON-LD `ImageObject`s (`caption`, `creditText`). The same caption
is kept once. The body extractor drops all of these elements, so a caption is never
also a paragraph of the body.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from ..records import Caption
from .jsonld import LinkedData
from .patterns import ALT_MIN_WORDS, CAPTION_CLASSES, CREDIT_CLASSES, FURNITURE_LINES
from .tree import PageIndex, names, text_of

_MAX_CAPTIONS = 60
_MAX_CAPTION_CHARS = 1200
_TEASER_DEPTH = 8
_MIN_CAPTION_WORDS = 2
_BOXES = ("p", "div", "section", "figcaption", "ul")
_CREDIT_LABEL = re.compile(
    r"^\(?(?:(?:photo(?:graph)?|picture|image|foto|bild|source|illustration)s?\s*"
    r"(?:credit\s*)?(?::|by\b|©)|credits?\b:?)\s*",
    re.IGNORECASE,
)
# "... ever had.' Photograph: Andrew Yee for the Guardian": a labelled credit at the end.
_TAIL_LABEL = re.compile(
    r"\s(?:Photograph|Photo|Picture|Image|Credit|Foto|Bild|Illustration)s?(?: by)?\s*:\s*"
    r"(?P<credit>[^:]{2,120})$"
)
# A caption that is only a credit: "Devindra Hardawar/AOL", "John Minchillo / AP".
_CREDIT_ONLY = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} ?/ ?[A-Z][\w.&'’-]+(?: [A-Z][\w.&'’-]+){0,3}$"
)
# Figures in these places are teasers of other stories, not pictures of this one.
_TEASER_PLACE = re.compile(r"related|recommend|promo|teaser|\bnav|-nav|more-|trending|popular")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)\s*", re.IGNORECASE)


def page_captions(tree: Any, ld: LinkedData, index: PageIndex) -> tuple[Caption, ...]:
    """Every caption of the page in `tree` (before pruning), with its credit split off."""
    found: list[Caption] = []
    seen: set[str] = set()
    for caption in _all_captions(tree, ld, index):
        key = _key(caption.text or caption.credit or "")
        if not key or key in seen or caption.text.casefold() in FURNITURE_LINES:
            continue
        if caption.credit is None and len(caption.text.split()) < _MIN_CAPTION_WORDS:
            continue  # a legend label ("Key"), not a caption
        seen.add(key)
        found.append(caption)
        if len(found) >= _MAX_CAPTIONS:
            break
    return tuple(found)


def _all_captions(tree: Any, ld: LinkedData, index: PageIndex) -> Iterator[Caption]:
    for figure in tree.iter("figure"):
        if figure.find(".//blockquote") is not None or _in_teaser(figure):
            continue  # an embedded post (read as body text), or a link to another story
        yield from _figure(figure)
    for box, value in index.named:
        if ("capt" not in value and "desc" not in value) or not _is_caption_name(value):
            continue
        if box.tag in ("img", "script", "style", "figcaption") or _in_figure(box):
            continue
        if _in_teaser(box):
            continue
        if _has_caption_child(box):
            continue
        caption = _from_element(box)
        if caption is not None:
            yield caption
    for image in ld.images:
        if image.caption:
            yield _with_credit(image.caption, image.credit)


def _figure(figure: Any) -> Iterator[Caption]:
    captions = figure.findall(".//figcaption")
    for element in captions:
        caption = _from_element(element)
        if caption is not None:
            yield caption
    if captions:
        return
    for img in figure.iter("img"):
        alt = " ".join((img.get("alt") or "").split())
        if len(alt.split()) >= ALT_MIN_WORDS:
            yield _with_credit(alt, None)


@functools.lru_cache(maxsize=4096)
def _is_caption_name(value: str) -> bool:
    return any(c in value for c in CAPTION_CLASSES)


def _in_figure(el: Any) -> bool:
    return any(a.tag == "figure" for a in el.iterancestors())


def _in_teaser(el: Any) -> bool:
    """Inside a link, navigation or a box of other stories."""
    for level, ancestor in enumerate(el.iterancestors()):
        if level > _TEASER_DEPTH or ancestor.tag in ("body", "article", "main"):
            return False
        if ancestor.tag in ("a", "nav", "aside", "footer"):
            return True
        value = names(ancestor)
        if value and _TEASER_PLACE.search(value):
            return True
    return False


def _has_caption_child(box: Any) -> bool:
    """A wrapper ("wp-caption") whose caption text sits in a child of its own."""
    for child in box.iterdescendants():
        value = names(child)
        if any(c in value for c in CAPTION_CLASSES):
            return True
    return False


def _from_element(element: Any) -> Caption | None:
    credit_el = _credit_element(element)
    credit = _clean(text_of(credit_el)) if credit_el is not None else None
    text = _text_without(element, credit_el)
    if credit_el is None:
        sibling = element.getnext()
        if sibling is not None and _is_credit_element(sibling):
            credit = _clean(text_of(sibling))
    if not text and not credit:
        return None
    if len(text) > _MAX_CAPTION_CHARS:
        return None
    return _with_credit(text, credit)


def _credit_element(element: Any) -> Any:
    """The credit inside a caption: named like one, and not a box around the caption
    text (a credit holds no paragraphs or divisions of its own)."""
    for child in element.iterdescendants():
        if _is_credit_element(child) and next(child.iterdescendants(*_BOXES), None) is None:
            return child
    return None


def _is_credit_element(el: Any) -> bool:
    if not isinstance(el.tag, str):
        return False
    value = names(el)
    return bool(value) and any(c in value for c in CREDIT_CLASSES)


def _text_without(element: Any, skip: Any) -> str:
    parts: list[str] = []

    def walk(el: Any) -> None:
        if el is skip:
            return
        if el.tag in ("script", "style", "button"):
            return
        if el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return _clean("".join(parts))


def _with_credit(text: str, credit: str | None) -> Caption:
    """The caption with its credit: given, or split off the end of the text."""
    text = _clean(text)
    if credit:
        return Caption(text.rstrip(" -–—|/"), _bare_credit(credit))
    if _CREDIT_ONLY.match(text):
        return Caption("", text)
    from ..clean.captions import split_credit

    split = split_credit(text) if text else None
    if split is not None:
        return Caption(split[0], _bare_credit(split[1]))
    tail = _TAIL_LABEL.search(text)
    if tail is not None and tail.start() > 0:
        return Caption(text[: tail.start()].rstrip(), _bare_credit(tail.group("credit")))
    return Caption(text, None)


def _bare_credit(credit: str) -> str | None:
    credit = _clean(credit).strip("()[] ")
    credit = _COPYRIGHT.sub("", _CREDIT_LABEL.sub("", credit)).strip(" ()")
    return credit or None


def _clean(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()
