"""The shapes of what each view shows: one model per view, rendered as HTML or JSON.

These are the JSON API's response schemas (they make its OpenAPI document) and the
context the templates receive, so the HTML page and the API can never disagree about
what an article, a speaker or a cluster holds. Every string in them is scraped data
and is escaped by the templates; nothing here carries markup.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Problem(BaseModel):
    """An error the user can act on: a bad query, an unknown id."""

    detail: str


class Segment(BaseModel):
    """A run of text with what it belongs to, so a front end can mark it up.

    `match`: a search term in a snippet. `quote`: index into the article's quotes of
    the innermost quote covering this text. `speaker`: the speaker this text names,
    when it is the mention a quote is attributed to.
    """

    text: str
    match: bool = False
    quote: int | None = None
    speaker: str | None = None


class SearchFilters(BaseModel):
    site: str | None = None
    language: str | None = None
    date_from: str | None = Field(None, description="YYYY-MM-DD, inclusive")
    date_to: str | None = Field(None, description="YYYY-MM-DD, inclusive")
    agency: str | None = None
    speaker: str | None = None
    has_quotes: bool | None = None


class SearchHit(BaseModel):
    id: str
    headline: str | None
    url: str | None
    site: str | None
    published: str | None
    language: str | None
    snippet: list[Segment]
    score: float | None = Field(None, description="bm25: lower is better; null when browsing")


class SearchResult(BaseModel):
    """One page of matches, best first; with an empty query, the newest articles."""

    query: str
    filters: SearchFilters
    total: int
    page: int
    per_page: int
    pages: int
    hits: list[SearchHit]


class Count(BaseModel):
    value: str
    count: int


class FilterOptions(BaseModel):
    """The values the search filters can take, most frequent first."""

    sites: list[Count]
    languages: list[Count]
    agencies: list[Count]
    speakers: list[Count]


class RunInfo(BaseModel):
    id: int
    started: str
    finished: str | None
    argv: list[str]
    engine: str
    jobs: int
    stats: dict[str, Any] | None


class Overview(BaseModel):
    """The front page: what the database holds."""

    database: str
    stats: dict[str, Any]
    speakers: list[Count]
    agencies: list[Count]
    clusters: int


class QuoteView(BaseModel):
    index: int
    text: str
    kind: str
    speaker: str | None
    speaker_mention: str | None
    speaker_title: str | None
    cue: str | None


class RawInput(BaseModel):
    """The input as it is on disk now, beside the record made from it."""

    available: bool
    text: str | None = None
    kind: str | None = None
    truncated: bool = False
    changed: bool = False
    note: str | None = None


class ArticleView(BaseModel):
    id: str
    record: dict[str, Any] = Field(description="the stored Article record, as exported")
    paragraphs: list[list[Segment]]
    quotes: list[QuoteView]
    raw: RawInput
    run_id: int | None


class SpeakerQuote(BaseModel):
    article_id: str
    headline: str | None
    site: str | None
    published: str | None
    index: int
    text: str
    kind: str
    speaker_title: str | None
    cue: str | None


class SpeakerView(BaseModel):
    name: str
    total: int
    articles: int
    titles: list[Count]
    quotes: list[SpeakerQuote]
    page: int
    per_page: int
    pages: int


class DiffPiece(BaseModel):
    op: Literal["equal", "insert", "delete"]
    text: str


class ClusterMember(BaseModel):
    id: str
    headline: str | None
    site: str | None
    url: str | None
    published: str | None
    canonical: bool
    duplicate_of: str | None
    similarity: float | None
    body: list[str]
    diff: list[DiffPiece] | None = Field(None, description="this body against the canonical's")


class ClusterView(BaseModel):
    id: str
    size: int
    shown: int
    members: list[ClusterMember]


class RejectedInput(BaseModel):
    id: str
    uri: str
    offset: int | None
    reason: str
    message: str | None
    run_id: int | None


class RunsView(BaseModel):
    runs: list[RunInfo]
    reasons: list[Count]
    reason: str | None
    rejected: list[RejectedInput]
    total: int
    page: int
    per_page: int
    pages: int
