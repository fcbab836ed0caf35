"""Authors of a page: the raw byline as printed, a clean list of people, and agencies.

Three witnesses, best first: JSON-LD `author` objects, author meta tags (NYT's `byl`
holds "By ABBY GOODNOUGH"), and the byline printed on the page (microdata
`itemprop="author"` first, then elements named like a byline). Every name goes
through the structure step's byline parser, so capitals are recased ("Abby
Goodnough") and organisations ("CNN Wire", "Australian Broadcasting Corporation",
"Staff") end up among the agencies, or nowhere, never among the authors.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..structure import canonical_agency, parse_byline
from .jsonld import LinkedData
from .patterns import (
    AUTHOR_META,
    BYLINE_CLASSES,
    BYLINE_CONNECTORS,
    BYLINE_DESKS,
    BYLINE_JOB_TITLES,
    BYLINE_MAX_CHARS,
    INTERFACE_WORDS,
    NON_AUTHORS,
    ORGANISATION_HINTS,
)
from .tree import PageIndex, text_of

_ACRONYM = re.compile(r"\b[A-Z][A-Z&.]{1,}\b")
_URL = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)\b")
_GLUED_DIGIT = re.compile(r"(?<=[a-z])(?=\d)")
_INNER_BY = re.compile(r"(?<=\s)(?:by|By|BY)\s+(?=\S)")
_BRACKET = re.compile(r"\(([^()]*)\)")
_CONNECTOR = re.compile(rf"\s+(?:{'|'.join(BYLINE_CONNECTORS)})\s+")
_DESK_TITLE = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(BYLINE_DESKS))}) ){{0,2}}(?:{'|'.join(BYLINE_JOB_TITLES)})s?\b"
)
_BYLINE_NAME = re.compile("|".join(BYLINE_CLASSES))
_MIN_BYLINE_CHARS = 3
_MAX_CANDIDATES = 12
_NOT_TEXT = frozenset({"script", "style", "meta", "link", "img", "input", "button"})


@dataclass(frozen=True, slots=True)
class PageAuthors:
    byline: str | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()


def page_authors(tree: Any, ld: LinkedData, index: PageIndex, site_name: str | None) -> PageAuthors:
    """The byline, authors and agencies the page in `tree` (before pruning) declares."""
    printed = _printed_bylines(index)
    meta = list(_meta_authors(tree))
    authors: list[str] = []
    agencies: list[str] = []
    byline: str | None = None
    for names in (list(_declared(ld)), meta, printed):
        for raw in names:
            people, orgs = split_credit_line(raw)
            _merge(agencies, (o for o in orgs if not _is_site(o, site_name)))
            _merge(authors, people)
            if people and names is printed:
                byline = byline or raw
                break  # the first printed byline that names someone is the byline
        if authors:
            break
    byline = (
        byline or next(iter(printed), None) or next((m for m in meta if not _URL.search(m)), None)
    )
    if byline is None and authors:
        byline = ", ".join(authors)
    return PageAuthors(byline, tuple(authors), tuple(agencies))


def split_credit_line(raw: str) -> tuple[list[str], list[str]]:
    """(people, organisations) named in one author string or byline."""
    text = _normalise(raw)
    if not text or _URL.search(text) or text.casefold() in NON_AUTHORS:
        return [], []
    people, orgs = parse_byline(text)
    kept: list[str] = []
    others = list(orgs)
    for name in people:
        if _is_person(name, text):
            kept.append(name)
        else:
            others.append(name)
    # Only news agencies are kept: any other organisation is the site or a stranger.
    agencies = [canonical_agency(o) for o in others]
    return kept, [a for a in agencies if a]


def _normalise(raw: str) -> str:
    """Undo what templates glue onto a byline: "Tech Industry by Jane Doe", "Nolan22
    Dec", "Bruno (Henrique) Rodrigues", "X (avec Y et Z)", "Jane Doe Games Editor"."""
    text = _GLUED_DIGIT.sub(" ", " ".join(raw.split()))
    inner = _INNER_BY.search(text)
    if inner:
        text = text[inner.start() :]
    text = _BRACKET.sub(_unbracket, text)
    text = _CONNECTOR.sub(", ", text)
    return " ".join(_DESK_TITLE.sub(" ", text).split()).strip(" ,")


def _unbracket(m: re.Match[str]) -> str:
    inner = m.group(1).strip()
    first = inner.split(" ", 1)[0].casefold()
    return f", {inner}," if first in BYLINE_CONNECTORS or "," in inner else f" {inner} "


def _is_person(name: str, raw: str) -> bool:
    words = name.split()
    if any(w.strip(",.") in ORGANISATION_HINTS or w in INTERFACE_WORDS for w in words):
        return False
    if canonical_agency(name) or all(len(w.rstrip(".")) < 2 for w in words):
        return False
    # "ACLU Speech": a name with a word in capitals beside words that are not, in a
    # byline not written in capitals, holds an acronym of an organisation.
    shouted = {a.title().rstrip(".") for a in _ACRONYM.findall(raw) if len(a) > 1}
    in_caps = [w in shouted for w in words]
    return all(in_caps) or not any(in_caps)


def _declared(ld: LinkedData) -> Iterator[str]:
    for name, kind in zip(ld.authors, ld.author_kinds, strict=False):
        if kind == "Organization":
            agency = canonical_agency(name)
            if agency:
                yield agency  # classified again by the caller: an agency, never a person
            continue
        yield name


def _meta_authors(tree: Any) -> Iterator[str]:
    values: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = (el.get("name") or el.get("property") or "").strip().lower()
        content = " ".join((el.get("content") or "").split())
        if key in AUTHOR_META and content:
            values.setdefault(key, []).append(content)
    for key in AUTHOR_META:
        yield from values.get(key, [])


@functools.lru_cache(maxsize=4096)
def _byline_rank(value: str) -> int | None:
    """0 for microdata authors, then the rank of the byline word in an indexed
    attribute string; None when it names no byline ("authorization" does not)."""
    if "author" in value.split():
        return 0
    m = _BYLINE_NAME.search(value.replace("authoriz", ""))
    return None if m is None else 1 + BYLINE_CLASSES.index(m.group())


def _printed_bylines(index: PageIndex) -> list[str]:
    """Short texts of elements named like a byline, best-named first."""
    found: list[tuple[int, int, str]] = []
    for order, (el, value) in enumerate(index.named):
        rank = _byline_rank(value)
        if rank is None or el.tag in _NOT_TEXT:
            continue
        text = " ".join(text_of(el).split())
        if _MIN_BYLINE_CHARS <= len(text) <= BYLINE_MAX_CHARS:
            found.append((rank, order, text))
            if len(found) >= _MAX_CANDIDATES:
                break
    return list(dict.fromkeys(text for _rank, _order, text in sorted(found)))


def _merge(target: list[str], names: Iterable[str]) -> None:
    for name in names:
        if name and name not in target:
            target.append(name)


def _is_site(name: str, site_name: str | None) -> bool:
    return bool(site_name) and name.casefold() == (site_name or "").casefold()
