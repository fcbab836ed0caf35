"""Accounting check shared by the cleaning tests: every input line lands somewhere."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from newsrefinery.clean import Cleaned
from newsrefinery.clean.captions import clean_credit, split_credit
from newsrefinery.clean.lines import normalise


def input_lines(lines: Sequence[str]) -> list[str]:
    """The non-blank input lines, normalised as the step normalises kept text."""
    return [normalise(raw) or raw for raw in lines if raw and not raw.isspace()]


def unaccounted(lines: Sequence[str], cleaned: Cleaned) -> list[str]:
    """Input lines found in no field of `cleaned` (empty when the contract holds).

    Linear: each input line is indexed under the forms a caption can take of it (the
    line, its credit without label, its caption and credit split apart).
    """
    inputs = input_lines(lines)
    left = Counter(inputs)
    for text in [*cleaned.body, *(r.text for r in cleaned.removed)]:
        assert left[text] > 0, f"output text not from the input: {text[:80]!r}"
        left[text] -= 1
    forms: dict[str, list[str]] = defaultdict(list)
    for line in dict.fromkeys(inputs):
        forms[line].append(line)
        forms[clean_credit(line)].append(line)
        split = split_credit(line)
        if split is not None:
            forms[f"{split[0]}\x00{split[1]}"].append(line)
    if cleaned.headline:
        head = next((t for t in left if left[t] and t.startswith(cleaned.headline)), None)
        if head is not None:
            left[head] -= 1
    for cap in cleaned.captions:
        parts = [f"{cap.text}\x00{cap.credit}"] if cap.text and cap.credit else []
        if not parts or not _take(left, forms, parts[0]):
            for part in (cap.text, cap.credit or ""):
                assert not part or _take(left, forms, part), f"caption from no line: {part!r}"
    return sorted(t for t, n in left.items() for _ in range(n))


def _take(left: Counter[str], forms: dict[str, list[str]], form: str) -> bool:
    for line in forms.get(form, ()):
        if left[line] > 0:
            left[line] -= 1
            return True
    return False
