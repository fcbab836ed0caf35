"""The local web app and JSON API: browse, search and inspect a refined corpus.

    from newsrefinery.web import create_app
    app = create_app("newsrefinery.db")      # read-only; serve with uvicorn

Needs the `web` extra (FastAPI, Jinja2, uvicorn). Modules: `app` (factory, error
handlers), `pages` (HTML) and `api` (JSON) routes, `data` (one function per view),
`queries` (read-only SQL), `models` (what each view holds), `marks` (quote, speaker
and hit segments), `diff`, `rawinput`, `render` (templates), `security` (headers).
"""

from __future__ import annotations

from .app import DEFAULT_HOST, DEFAULT_PORT, create_app

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "create_app"]
