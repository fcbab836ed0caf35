"""Response headers that keep scraped text inert, and the hosts the server answers to.

Everything the app shows was scraped from the web, so the page must stay harmless
even if an escaping bug let markup through: the Content-Security-Policy allows no
script, no inline style, no frame and no request to anywhere but this server.
The host check refuses requests whose Host header is not the address the server is
bound to, which is what stops a web page from reaching a local server through DNS
rebinding.
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",  # anything not listed below is refused, scripts included
        "style-src 'self'",  # the one stylesheet; no inline style attributes
        "img-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    )
)

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # Following a link out to a news site must not tell it what was being searched.
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


class SecurityHeaders:
    """ASGI middleware adding `SECURITY_HEADERS` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def allowed_hosts(bind_host: str, extra: Iterable[str] = ()) -> list[str]:
    """Host header values to accept: the loopback names, the bound address, `extra`.

    Binding to every interface ("0.0.0.0") is the one case where any Host is
    accepted: the person who chose it wants the app reachable under other names.
    """
    if bind_host in ("0.0.0.0", "::"):
        return ["*"]
    return list(dict.fromkeys((*LOOPBACK_HOSTS, bind_host, *extra)))
