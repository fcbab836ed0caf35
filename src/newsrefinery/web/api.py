"""The JSON API under /api: each endpoint returns its view's data function result.

Errors are JSON `{"detail": ...}`: 400 for a query or filter that cannot be used,
404 for an unknown id or name, 503 when the database cannot be read (the handlers
in `app.py` turn the library's exceptions into these).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from starlette.requests import Request

from . import data
from .models import (
    ArticleView,
    ClusterView,
    FilterOptions,
    Overview,
    Problem,
    RunsView,
    SearchResult,
    SpeakerView,
)
from .params import MAX_TEXT, FilterParams, Page, Text, filter_params, reader
from .params import options as options_of
from .params import overview as overview_of

router = APIRouter(prefix="/api", tags=["api"])

_UNAVAILABLE: dict[int | str, dict[str, Any]] = {
    503: {"model": Problem, "description": "the database cannot be read"}
}
_BAD_QUERY: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "invalid query or filter"},
    **_UNAVAILABLE,
}
_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem, "description": "no such id or name"},
    **_UNAVAILABLE,
}
MAX_PER_PAGE = 100


@router.get("/overview", responses=_UNAVAILABLE)
def overview(request: Request) -> Overview:
    """What the database holds: totals, sites, languages, speakers, last run."""
    with reader(request) as store:
        return overview_of(request, store)


@router.get("/search", responses=_BAD_QUERY)
def search(
    request: Request,
    filters: Annotated[FilterParams, Depends(filter_params)],
    q: Annotated[str, Query(max_length=MAX_TEXT, description="SQLite FTS5 syntax")] = "",
    page: Page = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = data.PER_PAGE,
) -> SearchResult:
    """Full-text search over headlines, bodies and quotes, with filters.

    An empty `q` lists the articles matching the filters, newest first.
    """
    parsed = data.parse_filters(**filters.as_dict())
    with reader(request) as store:
        return data.search(store, q, parsed, page, per_page)


@router.get("/options", responses=_UNAVAILABLE)
def options(request: Request) -> FilterOptions:
    """The values each search filter can take, most frequent first."""
    with reader(request) as store:
        return options_of(request, store)


@router.get("/articles/{article_id}", responses=_NOT_FOUND)
def article(request: Request, article_id: str) -> ArticleView:
    """One stored record, its body cut into marked segments, and its raw input."""
    with reader(request) as store:
        return data.article(store, article_id)


@router.get("/speaker", responses=_NOT_FOUND)
def speaker(
    request: Request,
    name: Annotated[str, Query(min_length=1, max_length=MAX_TEXT)],
    page: Page = 1,
) -> SpeakerView:
    """Every quote attributed to a person across the corpus."""
    with reader(request) as store:
        return data.speaker(store, name, page)


@router.get("/clusters/{cluster_id}", responses=_NOT_FOUND)
def cluster(request: Request, cluster_id: str) -> ClusterView:
    """The syndicated copies of one story, canonical first, with word diffs."""
    with reader(request) as store:
        return data.cluster(store, cluster_id)


@router.get("/runs", responses=_UNAVAILABLE)
def runs(request: Request, reason: Text = None, page: Page = 1) -> RunsView:
    """Statistics of every run and the rejected inputs, optionally of one reason."""
    with reader(request) as store:
        return data.runs(store, reason, page)
