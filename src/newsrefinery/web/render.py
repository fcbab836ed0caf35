"""HTML rendering: the Jinja2 environment (autoescaping on) and the helpers templates use.

Templates never receive markup from Python: every scraped string reaches them as
text, and autoescaping escapes it. The only helpers that shape output are
`http_url` (which drops links that are not http or https, so a scraped
`javascript:` URL can never become a link) and `query` (which URL-encodes).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from .. import __version__


def http_url(value: object) -> str | None:
    """`value` when it is an absolute http(s) URL, else None (shown as text only)."""
    if not isinstance(value, str):
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def query(params: Mapping[str, Any], **changes: Any) -> str:
    """A URL query string from `params` with `changes`, leaving out empty values."""
    merged = {**params, **changes}
    return urlencode([(k, _text(v)) for k, v in merged.items() if v not in (None, "")])


def path_part(value: object) -> str:
    """`value` percent-encoded to sit in one URL path segment ('/' included)."""
    return quote(str(value), safe="")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("newsrefinery.web", "templates"),
        # Every template is HTML; escape in all of them, whatever the file name.
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(http_url=http_url, query=query, version=__version__)
    env.filters["part"] = path_part
    return env


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render `template` with `context`; `request` gives templates the current URL."""
    html = environment().get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status)
