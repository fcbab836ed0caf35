"""An article made of `<script>` and `onerror=` payloads renders as harmless text."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from .helpers_web import ONERROR, SCRIPT, XSS_ID, XSS_QUOTE


class _Tags(HTMLParser):
    """Every tag and attribute a browser would build from the page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def assert_harmless(html: str) -> None:
    parser = _Tags()
    parser.feed(html)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "img", "svg", "iframe", "object", "embed", "base"}, names
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            assert name != "style", (tag, name)
            if name in ("href", "src", "action"):
                assert value is not None
                assert value.startswith(("/", "#", "http://", "https://")), (tag, name, value)


PAYLOAD_PAGES = [
    f"/article/{XSS_ID}",
    "/search?q=payload",
    "/search?q=" + quote(SCRIPT),
    "/search?" + "&".join(f"{k}={quote(SCRIPT)}" for k in ("site", "agency", "speaker")),
    "/speaker?name=" + quote(SCRIPT),
    "/cluster/" + quote(f"x{SCRIPT}", safe=""),
    "/",
    "/runs?reason=" + quote(SCRIPT),
    "/article/" + quote(SCRIPT, safe=""),
    "/speaker?name=" + quote(ONERROR),
]


@pytest.mark.parametrize("url", PAYLOAD_PAGES)
def test_payload_pages_are_harmless(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code in (200, 400, 404), r.text[:200]
    assert_harmless(r.text)


def test_payloads_are_shown_as_text(client: TestClient) -> None:
    html = client.get(f"/article/{XSS_ID}").text
    escaped_script = "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;"
    escaped_onerror = "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;"
    assert SCRIPT not in html and ONERROR not in html
    assert f"<h1>Payload {escaped_script} headline</h1>" in html
    assert html.count(escaped_onerror) >= 8  # body, quote, byline, dateline, caption, ...
    assert "javascript:alert(1)" in html  # the URL is shown, as text only
    assert '<span class="unlinked">javascript:alert(1)</span>' in html
    assert 'href="/speaker?name=%3Cscript%3Ealert%28%27xss%27%29%3C%2Fscript%3E"' in html


def test_payload_quote_is_highlighted_as_text(client: TestClient) -> None:
    segments = client.get(f"/api/articles/{XSS_ID}").json()["paragraphs"][1]
    assert {"text": ONERROR, "match": False, "quote": 0, "speaker": SCRIPT} in segments
    assert client.get(f"/api/articles/{XSS_ID}").json()["quotes"][0]["text"] == XSS_QUOTE


def test_json_is_never_sniffed_as_html(client: TestClient) -> None:
    r = client.get(f"/api/articles/{XSS_ID}")
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-content-type-options"] == "nosniff"
