"""Template helpers: which URLs become links, and how query strings are built."""

from __future__ import annotations

import pytest

from newsrefinery.web.render import environment, http_url, path_part, query


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://news.example/a?b=1", "https://news.example/a?b=1"),
        ("  http://x.example/ ", "http://x.example/"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example/", None),
        ("/relative/path", None),
        ("http://[bad", None),
        ("https:///no-host", None),
        (None, None),
        (42, None),
    ],
)
def test_only_absolute_http_urls_become_links(value: object, expected: str | None) -> None:
    assert http_url(value) == expected


def test_query_drops_empty_values_and_encodes() -> None:
    assert query({"q": "a b", "site": "", "speaker": None}, page=2) == "q=a+b&page=2"
    assert query({}, name="<script>&") == "name=%3Cscript%3E%26"
    assert query({"has_quotes": True}) == "has_quotes=true"


def test_path_part_encodes_slashes() -> None:
    assert path_part("a/b c") == "a%2Fb%20c"


def test_environment_escapes_everything() -> None:
    env = environment()
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"
    assert (
        env.get_template("error.html")
        .render(request=None, title="<i>", detail="<script>")
        .count("&lt;script&gt;")
        == 1
    )
