"""Run statistics and the content digest that makes runs idempotent."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..records import Article, RawDoc


def raw_digest(raw: RawDoc) -> str | None:
    """Hash of what a document was made from, or of why it could not be read.

    A read failure hashes its reason and message, so that an input rejected the same
    way twice counts as unchanged, while one that became readable is refined.
    """
    if raw.content is None:
        if raw.error is None:
            return None
        data = f"rejected\x00{raw.error.reason}\x00{raw.error.message}".encode()
    elif isinstance(raw.content, bytes):
        data = raw.content
    else:
        data = raw.content.encode("utf-8", "surrogatepass")
    h = hashlib.blake2b(data, digest_size=16)
    # The same bytes under another URL or date hint are another input.
    h.update(
        f"\x00{raw.kind}\x00{raw.url or ''}\x00{raw.date or ''}".encode("utf-8", "surrogatepass")
    )
    return h.hexdigest()


@dataclass(slots=True)
class RunStats:
    """Every input read is stored, rejected, or unchanged since an earlier run."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def count(self, article: Article) -> None:
        self.statuses[article.status] += 1
        if article.rejection is not None:
            self.rejected[article.rejection.reason] += 1
        else:
            self.stored += 1

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "rejected": self.rejected_total,
            "unchanged": self.unchanged,
            "rejected_by_reason": dict(sorted(self.rejected.items())),
            "statuses": dict(sorted(self.statuses.items())),
            "seconds": round(self.seconds, 3),
            "docs_per_second": round(self.read / self.seconds, 1) if self.seconds else None,
        }
