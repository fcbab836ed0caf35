"""One data function per view. The HTML page and the JSON endpoint of a view both call it.

Each takes an open read-only `Store` and the request's parameters, and returns the
view's model (`models.py`). Bad user input raises `QueryError` (a friendly message,
HTTP 400) and an unknown id raises `NotFound` (HTTP 404); nothing else is expected.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from ..errors import QueryError
from ..store import Store
from . import queries
from .diff import word_diff
from .marks import body_segments, snippet_segments
from .models import (
    ArticleView,
    ClusterMember,
    ClusterView,
    Count,
    FilterOptions,
    Overview,
    QuoteView,
    RejectedInput,
    RunInfo,
    RunsView,
    SearchFilters,
    SearchHit,
    SearchResult,
    Segment,
    SpeakerQuote,
    SpeakerView,
)
from .rawinput import load_raw

PER_PAGE = 20
SPEAKER_PER_PAGE = 50
REJECTED_PER_PAGE = 50
# A wire story can have hundreds of copies; side by side, a few dozen is what is legible.
CLUSTER_MEMBERS_SHOWN = 24
OPTIONS_SHOWN = 100
FRONT_PAGE_SHOWN = 15

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


class NotFound(LookupError):
    """The id or name the request names is not in the database."""


def _blank(value: str | None) -> str | None:
    """Forms send every field; an empty one means "any"."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def _day(value: str | None, name: str) -> date | None:
    value = _blank(value)
    if value is None:
        return None
    try:
        if _DATE.fullmatch(value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise QueryError(f"invalid {name}: {value!r} is not a date like 2023-03-02")


def _flag(value: str | None) -> bool | None:
    value = _blank(value)
    if value is None:
        return None
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise QueryError(f"invalid has_quotes: {value!r} (use true or false)")


def parse_filters(
    site: str | None = None,
    language: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    agency: str | None = None,
    speaker: str | None = None,
    has_quotes: str | None = None,
) -> SearchFilters:
    """The filters as a user gave them, checked; raises QueryError on a bad value."""
    start, end = _day(date_from, "date_from"), _day(date_to, "date_to")
    if end == date.max:
        # The filter is "before the next day", and there is no day after this one.
        raise QueryError(f"invalid date_to: {end.isoformat()} is past the last usable day")
    return SearchFilters(
        site=_blank(site),
        language=_blank(language),
        date_from=None if start is None else start.isoformat(),
        date_to=None if end is None else end.isoformat(),
        agency=_blank(agency),
        speaker=_blank(speaker),
        has_quotes=_flag(has_quotes),
    )


def _query_filters(f: SearchFilters) -> queries.Filters:
    before = None
    if f.date_to is not None:
        # Inclusive end day: everything published before the next day starts,
        # whether the stored date has a time or not.
        before = (date.fromisoformat(f.date_to) + timedelta(days=1)).isoformat()
    return queries.Filters(
        site=f.site,
        language=f.language,
        date_from=f.date_from,
        date_before=before,
        agency=f.agency,
        speaker=f.speaker,
        has_quotes=f.has_quotes,
    )


def _pages(total: int, per_page: int) -> int:
    return max(1, math.ceil(total / per_page))


def search(
    store: Store, q: str, filters: SearchFilters, page: int = 1, per_page: int = PER_PAGE
) -> SearchResult:
    """Ranked matches of an FTS5 query; with no query, the newest articles."""
    query = q.strip()
    offset = (page - 1) * per_page
    qf = _query_filters(filters)
    conn = store.connection
    if query:
        total, rows = queries.search(conn, query, qf, per_page, offset)
    else:
        total, rows = queries.browse(conn, qf, per_page, offset)
    hits = [
        SearchHit(
            id=r[0], headline=r[1], url=r[2], site=r[3], published=r[4], language=r[5],
            snippet=snippet_segments(r[6] or "") if query else [Segment(text=r[6] or "")],
            score=r[7],
        )
        for r in rows
    ]  # fmt: skip
    return SearchResult(
        query=query, filters=filters, total=total, page=page, per_page=per_page,
        pages=_pages(total, per_page), hits=hits,
    )  # fmt: skip


def _counts(pairs: list[tuple[str, int]]) -> list[Count]:
    return [Count(value=v, count=n) for v, n in pairs]


def options(store: Store) -> FilterOptions:
    """Values the search filters can take, for the search form."""
    conn = store.connection
    return FilterOptions(
        sites=_counts(queries.sites(conn, OPTIONS_SHOWN)),
        languages=_counts(queries.languages(conn, OPTIONS_SHOWN)),
        agencies=_counts(queries.agencies(conn, OPTIONS_SHOWN)),
        speakers=_counts(queries.speakers(conn, OPTIONS_SHOWN)),
    )


def overview(store: Store) -> Overview:
    """The front page: totals, most quoted speakers, agencies, clusters."""
    conn = store.connection
    return Overview(
        database=store.path,
        stats=store.stats(),
        speakers=_counts(queries.speakers(conn, FRONT_PAGE_SHOWN)),
        agencies=_counts(queries.agencies(conn, FRONT_PAGE_SHOWN)),
        clusters=queries.cluster_count(conn),
    )


def article(store: Store, article_id: str) -> ArticleView:
    """One record: body with quotes marked, its parts, and the raw input beside it."""
    record = store.get(article_id)
    meta = queries.article_meta(store.connection, article_id)
    if record is None or meta is None:
        raise NotFound(f"no article with id {article_id!r}")
    digest, run_id = meta
    quotes = [
        QuoteView(
            index=i, text=q.text, kind=q.kind, speaker=q.speaker,
            speaker_mention=q.speaker_mention, speaker_title=q.speaker_title, cue=q.cue,
        )
        for i, q in enumerate(record.quotes)
    ]  # fmt: skip
    return ArticleView(
        id=record.id,
        record=record.to_dict(),
        paragraphs=body_segments(record),
        quotes=quotes,
        raw=load_raw(record, digest),
        run_id=run_id,
    )


def speaker(store: Store, name: str, page: int = 1) -> SpeakerView:
    """Every quote attributed to `name`, oldest first, and the titles given to them."""
    conn = store.connection
    total, n_articles = queries.speaker_totals(conn, name)
    if total == 0:
        raise NotFound(f"no quotes attributed to {name!r}")
    rows = queries.speaker_quotes(conn, name, SPEAKER_PER_PAGE, (page - 1) * SPEAKER_PER_PAGE)
    quotes = [
        SpeakerQuote(
            article_id=r[0], headline=r[1], site=r[2], published=r[3], index=r[4], text=r[5],
            kind=r[6], speaker_title=r[7], cue=r[8],
        )
        for r in rows
    ]  # fmt: skip
    return SpeakerView(
        name=name, total=total, articles=n_articles,
        titles=_counts(queries.speaker_titles(conn, name)), quotes=quotes, page=page,
        per_page=SPEAKER_PER_PAGE, pages=_pages(total, SPEAKER_PER_PAGE),
    )  # fmt: skip


def cluster(store: Store, cluster_id: str) -> ClusterView:
    """The copies of one story side by side, canonical first, each diffed against it."""
    conn = store.connection
    size = queries.cluster_size(conn, cluster_id)
    if size == 0:
        raise NotFound(f"no cluster with id {cluster_id!r}")
    rows = queries.cluster_members(conn, cluster_id, CLUSTER_MEMBERS_SHOWN)
    canonical_body = next((r[8] for r in rows if r[5]), None)
    members = [
        ClusterMember(
            id=r[0], headline=r[1], site=r[2], url=r[3], published=r[4], canonical=bool(r[5]),
            duplicate_of=r[6], similarity=r[7], body=r[8].split("\n\n") if r[8] else [],
            diff=None if r[5] or canonical_body is None else word_diff(canonical_body, r[8]),
        )
        for r in rows
    ]  # fmt: skip
    return ClusterView(id=cluster_id, size=size, shown=len(members), members=members)


def runs(store: Store, reason: str | None = None, page: int = 1) -> RunsView:
    """Every run with its statistics, newest first, and the inputs that were rejected."""
    conn = store.connection
    reason = _blank(reason)
    offset = (page - 1) * REJECTED_PER_PAGE
    total, rows = queries.rejected(conn, reason, REJECTED_PER_PAGE, offset)
    rejected = [
        RejectedInput(id=r[0], uri=r[1], offset=r[2], reason=r[3], message=r[4], run_id=r[5])
        for r in rows
    ]
    return RunsView(
        runs=[RunInfo(**run) for run in reversed(store.runs())],
        reasons=_counts(queries.rejected_reasons(conn)),
        reason=reason, rejected=rejected, total=total, page=page,
        per_page=REJECTED_PER_PAGE, pages=_pages(total, REJECTED_PER_PAGE),
    )  # fmt: skip
