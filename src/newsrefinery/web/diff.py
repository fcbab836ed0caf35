"""Word-level difference between two article bodies, for the cluster view.

Syndicated copies differ by a few words (a dateline, a credit, a trimmed last
paragraph), so words and the whitespace between them are the units: a line diff
would flag whole paragraphs for one changed word.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Literal

from .models import DiffPiece

Op = Literal["equal", "insert", "delete"]

_WORD = re.compile(r"\S+|\s+")
# SequenceMatcher is quadratic in the worst case; past this many words per side the
# rest of the text is shown as one inserted or deleted piece.
MAX_WORDS = 5_000


def word_diff(canonical: str, other: str) -> list[DiffPiece]:
    """Pieces that turn `canonical` into `other`: equal, deleted and inserted runs."""
    a = _WORD.findall(canonical)
    b = _WORD.findall(other)
    a_head, b_head = a[:MAX_WORDS], b[:MAX_WORDS]
    # autojunk off: it treats frequent words ("the") as junk in long texts, which
    # splits equal runs apart for no reason a reader could see.
    matcher = SequenceMatcher(None, a_head, b_head, autojunk=False)
    out: list[DiffPiece] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            _add(out, "delete", "".join(a_head[i1:i2]))
        if op in ("insert", "replace"):
            _add(out, "insert", "".join(b_head[j1:j2]))
        if op == "equal":
            _add(out, "equal", "".join(a_head[i1:i2]))
    _add(out, "delete", "".join(a[MAX_WORDS:]))
    _add(out, "insert", "".join(b[MAX_WORDS:]))
    return out


def _add(out: list[DiffPiece], op: Op, text: str) -> None:
    if not text:
        return
    if out and out[-1].op == op:
        out[-1] = DiffPiece(op=out[-1].op, text=out[-1].text + text)
    else:
        out.append(DiffPiece(op=op, text=text))
