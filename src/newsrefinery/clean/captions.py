"""Captions and photo credits.

Three shapes occur in scraped dumps:

- a caption with its credit glued on: "... 2023. AFP/File", "...2016.(Photo: X)",
  "... in 2015. Credit Eric Gay/Associated Press";
- a credit on its own line, under its caption ("Adnan Syed" / "Courtesy of X/AP
  Photo") or standing alone where a picture was ("Getty Images");
- inline captions without any credit (MailOnline): a sentence with no final
  punctuation among punctuated paragraphs, often restating one of them, often with
  "(pictured)", "(left)" or a "Label: ..." lead-in.

A credit alone becomes a caption with empty text, as the picture had no caption.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import patterns as P
from .context import SentenceIndex
from .lines import CAPTION, Line, sentences

# A capitalised name or an initial ("J."), so "Penn Jillette. Maarten de Boer/Getty
# Images" splits after the sentence instead of reading as one long credit.
_NAME = r"[A-Z](?:[\w'’-]{0,30}|\.)"
_PARTICLE = r"(?:de|van|von|der|den|da|di|del|la|le|al|el|bin|dos|du)"
_NAME_AGENCY = (
    rf"(?:(?:{_NAME}|{_PARTICLE}) ){{0,4}}{_NAME}/[A-Z][\w'’.&-]{{0,30}}"
    r"(?: [A-Z][\w'’.&-]{0,30}){0,3}(?:,? via [A-Z][\w'’.& -]{1,60})?"
)
_LABELLED = rf"{P.CREDIT_LABEL}s?(?: ?:| by| credit ?:?| courtesy(?: of)?) ?"
_AFTER_SENTENCE = r"(?<=[.!?”\"’)])"

# Credits at the end of a caption line; each is tried on the line's last 260 characters.
_TAIL_BRACKET = re.compile(
    rf"\((?P<credit>{_LABELLED}[^()]{{1,160}}|[^()]{{0,120}}\b(?:{P.AGENCIES})\b[^()]{{0,60}}"
    rf"|[^()]{{0,60}}\b{P.CREDIT_LABEL} (?:by|credit|courtesy)\b[^()]{{1,100}})\)$"
)
_TAIL_LABEL = re.compile(
    rf"{_AFTER_SENTENCE} (?:Credit|CREDIT|Photo|Picture|Image|Photograph)(?: ?:| by)? "
    r"(?P<credit>.{2,120})$"
)
_TAIL_NAME = re.compile(rf"{_AFTER_SENTENCE} (?P<credit>{_NAME_AGENCY})$")
_TAIL_AGENCY = re.compile(
    rf"{_AFTER_SENTENCE} \(?(?P<credit>(?:{P.AGENCIES})(?: Photos?| Images)?)\)?$"
)
_AGENCY_TOKENS = frozenset(re.findall(r"[A-Za-z-]+", P.AGENCIES)) | {"Images", "Photo", "Photos"}

# A whole line that is only a credit.
_ONLY_CREDIT = re.compile(
    rf"^\(?(?:(?:{P.AGENCIES})(?: Photos?| Images| Photo/[\w .'-]{{1,40}})?"
    rf"|{_LABELLED}[^()]{{2,120}}|(?:[Cc]ourtesy|COURTESY)(?: of)? :?[^()]{{2,100}}"
    rf"|{_NAME_AGENCY})\)?$"
)
# What a whole-line credit opens with (after one "("), unless it holds a "/" (a
# "Name/Agency" credit): the first word of an agency, a label (maybe plural) or
# "Courtesy". Tested before `_ONLY_CREDIT`, whose alternation costs far more.
_LABELS = P.CREDIT_LABEL.removeprefix("(?:").removesuffix(")").split("|")
_CREDIT_WORDS = frozenset(
    [re.split(r"[( ]", agency, maxsplit=1)[0] for agency in P.AGENCIES.split("|")]
    + _LABELS
    + [label + "s" for label in _LABELS]
)
_COURTESY = ("Courtesy", "courtesy", "COURTESY")
_CREDIT_WORD_END = re.compile(r"[ :)]")
# A bare label is dropped from the credit; "Photo credit:" or "Photo by" stay whole.
_LABEL_PREFIX = re.compile(
    r"^(?:credit|photo|photograph|picture|image)(?: ?: ?| )(?!credit|by\b)", re.IGNORECASE
)
_SOURCE_CREDIT = re.compile(r"^(?:Source|Photo source|Image source) ?: ?\S.{0,60}$")
# "Label: text" / "Wow! text" lead-ins of MailOnline captions, and fact-box labels.
_LEAD_IN = re.compile(r"^['‘\"“]?([A-Z][^:!?]{0,40}?['’\"”]?)[:!?] +\S")
_FORMATION = re.compile(r"\(\d-\d-\d")

MIN_CAPTION_WORDS = 9
# A caption with a cue or restating a paragraph can be long; without, a long
# unpunctuated line is more likely a paragraph that lost its full stop.
MAX_CAPTION_WORDS = 120
MAX_PLAIN_CAPTION_WORDS = 50


def clean_credit(credit: str) -> str:
    """The credit text without brackets or a bare "Credit"/"Photo:" label."""
    credit = credit.strip().strip("()").strip()
    return _LABEL_PREFIX.sub("", credit) or credit


def split_credit(text: str) -> tuple[str, str] | None:
    """(caption text, credit) when the line ends with a photo credit, else None."""
    start = max(0, len(text) - 260)
    tail = text[start:]
    candidates: list[re.Pattern[str]] = []
    if tail[-1] == ")":
        candidates.append(_TAIL_BRACKET)
    end = tail[-150:]
    if "/" in end:
        candidates.append(_TAIL_NAME)
    if (
        " Credit" in end
        or " CREDIT" in end
        or " Photo" in end
        or " Picture" in end
        or (" Image" in end)
    ):
        candidates.append(_TAIL_LABEL)
    if tail[-1] != "." and tail.rsplit(" ", 1)[-1].strip("()") in _AGENCY_TOKENS:
        candidates.append(_TAIL_AGENCY)
    for pattern in candidates:
        hit = pattern.search(tail)
        if hit and not hit.group("credit").endswith("."):
            caption = text[: start + hit.start()].rstrip()
            if caption:
                return caption, clean_credit(hit.group("credit"))
    return None


def credit_only(ln: Line) -> str | None:
    """The credit when the whole line is a photo credit."""
    if ln.words > 15 or ln.terminated:
        return None
    text = ln.text
    if "/" not in text:
        opening = text[1:] if text[:1] == "(" else text
        word = _CREDIT_WORD_END.split(opening, maxsplit=1)[0]
        if word not in _CREDIT_WORDS and not opening.startswith(_COURTESY):
            return None
    hit = _ONLY_CREDIT.match(text)
    return clean_credit(text) if hit else None


def _name_like(ln: Line) -> bool:
    """A short label such as a person's name under a portrait."""
    words = ln.text.split()
    return len(words) <= 6 and not ln.terminated and all(w[:1].isupper() for w in words)


def _source_credit(ln: Line, prev: Line) -> bool:
    """ "Source: GoFundMe" under a portrait's name label credits the picture; elsewhere
    ("Source: Twitter" in a listicle) it is content."""
    if ln.words > 10 or ln.text[0] not in "SPI" or not _SOURCE_CREDIT.match(ln.text):
        return False
    return prev.label is None and _name_like(prev)


def _takes_credit(prev: Line, credit_line: Line) -> bool:
    """Whether the line above a credit line is that picture's caption."""
    if prev.label == CAPTION:
        return prev.credit is None and prev.caption is not None
    if prev.label is not None or prev.words > 60:
        return False
    if not prev.terminated or prev.words <= 8:
        return True
    # "A sentence about the picture." followed by "(Handout)".
    return credit_line.text.startswith("(") and len(sentences(prev.text)) == 1


def attach_credits(lines: Sequence[Line], unterminated: Sequence[int]) -> None:
    """Credits glued to captions, credit lines joined to the caption above them.

    A credit ends the line, so a line ending like a sentence has none: only the lines
    at `unterminated` (the indices, in order, of the lines not `Line.terminated`) are
    looked at.
    """
    for i in unterminated:
        ln = lines[i]
        if ln.label is not None:
            continue
        prev = lines[i - 1] if i else None
        credit = credit_only(ln) if ln.words <= 15 else None
        if credit is None and prev is not None and _source_credit(ln, prev):
            credit = ln.text
        if credit is not None:
            if prev is not None and _takes_credit(prev, ln):
                prev.as_caption(prev.caption or prev.text, credit)
                ln.label, ln.reason = CAPTION, "joined"
            else:
                ln.as_caption("", credit)
            continue
        split = split_credit(ln.text)
        if split is not None:
            ln.as_caption(*split)


def _label_of(ln: Line) -> str | None:
    hit = _LEAD_IN.match(ln.text)
    return hit.group(1).casefold() if hit else None


def _lead_ins(candidates: list[Line]) -> tuple[list[str | None], dict[str | None, int]]:
    """Each line's "Label:" / "Wow!" lead-in, and how often each "Label:" occurs (a plain
    dict: this runs on every document, and `Counter` costs a Python-level call)."""
    labs: list[str | None] = []
    labels: dict[str | None, int] = {}
    for ln in candidates:
        head = ln.text[:45]
        colon = ":" in head
        lab = _label_of(ln) if colon or "!" in head else None
        labs.append(lab)
        if colon:
            labels[lab] = labels.get(lab, 0) + 1
    return labs, labels


def _lineup(ln: Line) -> bool:
    """Sports line-ups and lists of names: content, whatever their punctuation."""
    text = ln.text
    if "(" in text and _FORMATION.search(text):
        return True
    if text.count(",") + text.count(";") < 4:
        return False
    words = text.split()
    return sum(1 for w in words if w[:1].isupper()) >= 0.5 * len(words)


def _ends_with_link(ln: Line) -> bool:
    """ "... visit http://example.gov/x": a paragraph pointing somewhere, not a caption."""
    last = ln.key.rsplit(" ", 1)[-1].lstrip("(")
    return last.startswith(("http", "www."))


def _title_case(ln: Line) -> bool:
    """Headline-style capitals ("Obama Pushes the House on Tax Cuts"): a title, not a
    caption sentence."""
    firsts = [w[0] for w in ln.text.split() if len(w) > 3]
    return len(firsts) >= 3 and sum(map(str.isupper, firsts)) >= 0.8 * len(firsts)


def _has_cue(ln: Line) -> bool:
    low = ln.key
    if low.startswith(P.CAPTION_OPENERS):
        return True
    # every cue holds "(" or "pictured": test those before the list
    return ("(" in low or "pictured" in low) and any(c in low for c in P.CAPTION_CUES)


def inline_captions(
    lines: Sequence[Line], first: int, index: SentenceIndex, unterminated: Sequence[int]
) -> None:
    """MailOnline-style captions: unpunctuated lines among punctuated paragraphs.

    Only lines from `first` on, among those at `unterminated`, are candidates.
    """
    candidates = [
        ln
        for ln in (lines[i] for i in unterminated if i >= first)
        if ln.label is None
        and ln.words <= MAX_CAPTION_WORDS
        and not _lineup(ln)
        and not _ends_with_link(ln)
    ]
    if not candidates:
        return
    labs, labels = _lead_ins(candidates)
    strong, weak = [], []
    subheads = 0
    for ln, lab in zip(candidates, labs, strict=True):
        if lab and labels.get(lab, 0) > 1:
            continue  # a fact box ("Born: 1963", "Position: ...") repeats its labels
        long = ln.words >= MIN_CAPTION_WORDS
        if (
            _has_cue(ln)
            or (lab and ln.words >= 12)
            or (long and any(p.terminated for p in index.others(ln)))
        ):
            strong.append(ln)
        elif long and ln.words <= MAX_PLAIN_CAPTION_WORDS and not _title_case(ln):
            weak.append(ln)
        elif ln.words >= 3:
            subheads += 1
    # Long unpunctuated lines are captions when the page shows captions, or when it
    # has several of them and no shorter unpunctuated lines: a page that uses
    # sub-heads uses them in every length, and a long one is a sub-head too.
    evidence = bool(strong) or (len(weak) >= 2 and subheads < 2)
    for ln in strong + weak if evidence else strong:
        ln.as_caption(ln.text, None)


def caption_fields(ln: Line) -> tuple[str, str | None] | None:
    """The (text, credit) a caption line contributes, None for a joined credit line."""
    if ln.label != CAPTION or ln.reason == "joined":
        return None
    return (ln.caption or "", ln.credit)
