"""What the HTML pages and the JSON API share: the database handle and query parameters."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Annotated

from fastapi import Query
from starlette.requests import Request

from ..store import Store, open_store
from . import data
from .cache import ByFileState
from .models import FilterOptions, Overview

# Caps on what a request may send; generous for people, small for abuse.
MAX_TEXT = 500
MAX_PAGE = 100_000

Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number")]


@contextmanager
def reader(request: Request) -> Iterator[Store]:
    """A read-only store for this request, opened and closed in the calling thread.

    sqlite3 connections belong to the thread that made them, and FastAPI runs sync
    endpoints on a pool of threads, so each request opens its own (about a
    millisecond); WAL mode lets it read while `refine` writes.
    """
    store = open_store(request.app.state.db_path, readonly=True)
    try:
        yield store
    finally:
        store.close()


class Caches:
    """The app's remembered whole-corpus views (see `cache.py`)."""

    def __init__(self) -> None:
        self.options: ByFileState[FilterOptions] = ByFileState()
        self.overview: ByFileState[Overview] = ByFileState()


def options(request: Request, store: Store) -> FilterOptions:
    caches: Caches = request.app.state.caches
    return caches.options.get(store.path, lambda: data.options(store))


def overview(request: Request, store: Store) -> Overview:
    caches: Caches = request.app.state.caches
    return caches.overview.get(store.path, lambda: data.overview(store))


@dataclass(frozen=True, slots=True)
class FilterParams:
    """The search filters as sent; `data.parse_filters` checks them."""

    site: str | None
    language: str | None
    date_from: str | None
    date_to: str | None
    agency: str | None
    speaker: str | None
    has_quotes: str | None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


def filter_params(
    site: Text = None,
    language: Annotated[str | None, Query(max_length=MAX_TEXT, description="e.g. en")] = None,
    date_from: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="YYYY-MM-DD, inclusive")
    ] = None,
    date_to: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="YYYY-MM-DD, inclusive")
    ] = None,
    agency: Annotated[str | None, Query(max_length=MAX_TEXT, description="e.g. AFP")] = None,
    speaker: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="a speaker's canonical name")
    ] = None,
    has_quotes: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="true or false; empty for any")
    ] = None,
) -> FilterParams:
    return FilterParams(site, language, date_from, date_to, agency, speaker, has_quotes)
