"""The typed records that flow through the refinery.

`RawDoc` is what a reader yields: bytes or text plus provenance. `Article` is the
public record (DESIGN.md, "The record"); its JSON form is a contract, so fields are
only ever added, and `SCHEMA_VERSION` is bumped when they are.

All records are frozen dataclasses holding tuples, so a step can only produce a new
record (`dataclasses.replace`), never mutate the one it was given.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

SCHEMA_VERSION = 1

Format = Literal["text", "html", "warc", "jsonl"]
Status = Literal["ok", "partial", "empty", "rejected"]
QuoteKind = Literal["direct", "partial", "indirect", "other"]
EntityType = Literal["PERSON", "ORG", "PLACE"]


def article_id(uri: str, offset: int | None) -> str:
    """Stable id of the record at `offset` of `uri` (offset None: the whole file)."""
    key = f"{uri}\x00{'' if offset is None else offset}"
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


@dataclass(frozen=True, slots=True)
class RawDoc:
    """One input document as read, before any step has looked at it.

    `content` is None only when the reader could not read it; `error` then holds
    the reason code and message, and the document becomes a rejected record.
    `kind` says how to parse `content` ("text" or "html"), independently of the
    container `format` it came in (a WARC record holds HTML).
    """

    uri: str
    format: Format
    kind: Literal["text", "html"]
    content: bytes | str | None
    offset: int | None = None
    url: str | None = None
    fetched: str | None = None
    date: str | None = None
    record_id: str | None = None
    charset: str | None = None
    error: Rejection | None = None

    @property
    def id(self) -> str:
        return article_id(self.uri, self.offset)


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why an input did not become an article: a reason code and one readable line."""

    reason: str
    message: str


@dataclass(frozen=True, slots=True)
class Source:
    uri: str
    format: Format
    offset: int | None = None
    fetched: str | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    text: str
    place: str | None = None
    date: str | None = None
    agency: str | None = None


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    kind: QuoteKind
    start: int
    end: int
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_title: str | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    type: EntityType
    titles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Removed:
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Cluster:
    id: str | None = None
    canonical: bool = True
    duplicate_of: str | None = None
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """The public record. Field order here is the key order of its JSON form."""

    id: str
    source: Source
    schema_version: int = SCHEMA_VERSION
    url: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    source_link: str | None = None
    headline: str | None = None
    dateline: Dateline | None = None
    published: str | None = None
    published_from: str | None = None
    modified: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    language: str | None = None
    body: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    removed: tuple[Removed, ...] = ()
    cluster: Cluster = field(default_factory=Cluster)
    status: Status = "ok"
    warnings: tuple[str, ...] = ()
    rejection: Rejection | None = None

    @property
    def body_text(self) -> str:
        """The text every span offset points into."""
        return "\n\n".join(self.body)

    def evolve(self, **changes: Any) -> Article:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema_version": self.schema_version}
        for f in fields(self):
            if f.name != "schema_version":
                out[f.name] = _plain(getattr(self, f.name))
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """Deterministic JSON: fixed key order, UTF-8 text kept as is."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        src = data["source"]
        cluster = data.get("cluster") or {}
        return cls(
            id=data["id"],
            source=Source(**src),
            schema_version=int(data.get("schema_version", SCHEMA_VERSION)),
            url=data.get("url"),
            canonical_url=data.get("canonical_url"),
            site_name=data.get("site_name"),
            source_link=data.get("source_link"),
            headline=data.get("headline"),
            dateline=_opt(Dateline, data.get("dateline")),
            published=data.get("published"),
            published_from=data.get("published_from"),
            modified=data.get("modified"),
            byline=data.get("byline"),
            authors=tuple(data.get("authors") or ()),
            agencies=tuple(data.get("agencies") or ()),
            language=data.get("language"),
            body=tuple(data.get("body") or ()),
            captions=tuple(Caption(**c) for c in data.get("captions") or ()),
            quotes=tuple(Quote(**q) for q in data.get("quotes") or ()),
            entities=tuple(_entity(e) for e in data.get("entities") or ()),
            removed=tuple(Removed(**r) for r in data.get("removed") or ()),
            cluster=Cluster(**cluster),
            status=data.get("status", "ok"),
            warnings=tuple(data.get("warnings") or ()),
            rejection=_opt(Rejection, data.get("rejection")),
        )

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))


def _opt(kind: Any, value: Mapping[str, Any] | None) -> Any:
    return None if value is None else kind(**value)


def _entity(data: Mapping[str, Any]) -> Entity:
    return Entity(
        name=data["name"],
        type=data["type"],
        titles=tuple(data.get("titles") or ()),
        mentions=tuple(Mention(**m) for m in data.get("mentions") or ()),
    )


def _plain(value: Any) -> Any:
    """Dataclasses to dicts and tuples to lists, recursively, keeping field order."""
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_plain(v) for v in value]
    return value


def rejected_article(raw: RawDoc, rejection: Rejection) -> Article:
    """The record of an input that did not become an article."""
    return Article(
        id=raw.id,
        source=Source(uri=raw.uri, format=raw.format, offset=raw.offset, fetched=raw.fetched),
        url=raw.url,
        status="rejected",
        rejection=rejection,
    )
