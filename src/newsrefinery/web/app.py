"""The application factory: `create_app(db_path)` -> a read-only FastAPI app.

    app = create_app("newsrefinery.db")
    uvicorn.run(app, host="127.0.0.1", port=8000)

HTML pages at /, /search, /article/{id}, /speaker?name=, /cluster/{id}, /runs; the
JSON API under /api with its OpenAPI document at /api/openapi.json. Every request
opens the database read-only, so the app can never change it.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Iterable

from fastapi import FastAPI
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..errors import QueryError, StoreError
from ..store import open_store
from . import api, pages
from .data import NotFound
from .params import Caches
from .render import page
from .security import SecurityHeaders, allowed_hosts

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000

Handler = Callable[[Request, Exception], Awaitable[Response]]


def create_app(
    db_path: str | os.PathLike[str],
    *,
    host: str = DEFAULT_HOST,
    trusted_hosts: Iterable[str] = (),
) -> FastAPI:
    """The web app over the database at `db_path`, opened read-only per request.

    `host` is the address the server binds to: requests must name it, or a loopback
    name, or one of `trusted_hosts`, in their Host header. Raises StoreError (or
    SchemaError) now if the database cannot be opened, rather than on every page.
    """
    path = os.fspath(db_path)
    open_store(path, readonly=True).close()
    app = FastAPI(
        title="newsrefinery",
        version=__version__,
        summary="Search and inspect a refined news corpus.",
        openapi_url="/api/openapi.json",
        # The interactive docs load scripts from a CDN, which the CSP forbids and an
        # offline machine cannot reach; the OpenAPI document itself is served.
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = path
    app.state.caches = Caches()
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("newsrefinery.web", "static")]), name="static")
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(host, trusted_hosts))
    # Added last so it is outermost: even the host check's refusals carry the headers.
    app.add_middleware(SecurityHeaders)
    for exc_type, handler in _handlers().items():
        app.add_exception_handler(exc_type, handler)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _problem(request: Request, status: int, detail: str, title: str) -> Response:
    if _is_api(request):
        return JSONResponse({"detail": detail}, status_code=status)
    return page(request, "error.html", status, title=title, detail=detail)


def _handlers() -> dict[type[Exception], Handler]:
    async def bad_query(request: Request, exc: Exception) -> Response:
        return _problem(request, 400, str(exc), "Invalid query")

    async def not_found(request: Request, exc: Exception) -> Response:
        return _problem(request, 404, str(exc.args[0] if exc.args else exc), "Not found")

    async def unavailable(request: Request, exc: Exception) -> Response:
        return _problem(request, 503, str(exc), "Database unavailable")

    async def invalid(request: Request, exc: Exception) -> Response:
        if _is_api(request):
            return await request_validation_exception_handler(request, exc)  # type: ignore[arg-type]
        assert isinstance(exc, RequestValidationError)
        detail = "; ".join(_describe(e) for e in exc.errors())
        return page(request, "error.html", 422, title="Invalid request", detail=detail)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if _is_api(request) or exc.status_code < 400:
            return await http_exception_handler(request, exc)
        return page(request, "error.html", exc.status_code, title=exc.detail, detail=None)

    return {
        QueryError: bad_query,
        NotFound: not_found,
        StoreError: unavailable,
        RequestValidationError: invalid,
        HTTPException: http_error,
    }


def _describe(error: object) -> str:
    if not isinstance(error, dict):
        return str(error)
    where = ".".join(str(x) for x in error.get("loc", ()) if x != "query")
    return f"{where}: {error.get('msg', 'invalid')}"
