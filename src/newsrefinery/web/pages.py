"""The HTML pages: each renders its view's data function result with one template."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from starlette.requests import Request
from starlette.responses import HTMLResponse

from ..errors import QueryError
from . import data
from .params import MAX_TEXT, FilterParams, Page, Text, filter_params, reader
from .params import options as options_of
from .params import overview as overview_of
from .render import page as render

# Not part of the API: the OpenAPI document describes /api only.
router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/")
def home(request: Request) -> HTMLResponse:
    with reader(request) as store:
        view = overview_of(request, store)
    return render(request, "home.html", view=view)


@router.get("/search")
def search(
    request: Request,
    filters: Annotated[FilterParams, Depends(filter_params)],
    q: Annotated[str, Query(max_length=MAX_TEXT)] = "",
    page: Page = 1,
) -> HTMLResponse:
    form = {"q": q, **filters.as_dict()}
    with reader(request) as store:
        choices = options_of(request, store)
        try:
            parsed = data.parse_filters(**filters.as_dict())
            result = data.search(store, q, parsed, page)
        except QueryError as exc:
            # The form comes back as typed, with the reason, so it can be fixed.
            return render(
                request, "search.html", 400, form=form, options=choices, result=None,
                error=str(exc),
            )  # fmt: skip
    return render(request, "search.html", form=form, options=choices, result=result, error=None)


@router.get("/article/{article_id}")
def article(request: Request, article_id: str) -> HTMLResponse:
    with reader(request) as store:
        view = data.article(store, article_id)
    # Pretty JSON of the stored record, escaped by the template like any other text.
    record_json = json.dumps(view.record, ensure_ascii=False, indent=1)
    return render(request, "article.html", view=view, a=view.record, record_json=record_json)


@router.get("/speaker")
def speaker(
    request: Request,
    name: Annotated[str, Query(min_length=1, max_length=MAX_TEXT)],
    page: Page = 1,
) -> HTMLResponse:
    with reader(request) as store:
        view = data.speaker(store, name, page)
    return render(request, "speaker.html", view=view)


@router.get("/cluster/{cluster_id}")
def cluster(request: Request, cluster_id: str) -> HTMLResponse:
    with reader(request) as store:
        view = data.cluster(store, cluster_id)
    return render(request, "cluster.html", view=view)


@router.get("/runs")
def runs(request: Request, reason: Text = None, page: Page = 1) -> HTMLResponse:
    with reader(request) as store:
        view = data.runs(store, reason, page)
    return render(request, "runs.html", view=view)
