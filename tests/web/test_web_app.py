"""Every HTML route and API endpoint through FastAPI's TestClient, errors included."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsrefinery.errors import StoreError
from newsrefinery.web import create_app
from newsrefinery.web.security import CONTENT_SECURITY_POLICY

from .helpers_web import (
    CLUSTER_ID,
    COPY_ID,
    GERMAN_ID,
    KIRBY,
    QUOTE_1,
    QUOTE_2,
    SEED_ID,
    build_db,
    client_for,
)

HTML_ROUTES = [
    "/",
    "/search?q=ceasefire",
    "/search",
    f"/article/{SEED_ID}",
    "/speaker?name=John+Kirby",
    f"/cluster/{CLUSTER_ID}",
    "/runs",
]
API_ROUTES = [
    "/api/overview",
    "/api/search?q=ceasefire",
    "/api/options",
    f"/api/articles/{SEED_ID}",
    "/api/speaker?name=John+Kirby",
    f"/api/clusters/{CLUSTER_ID}",
    "/api/runs",
]


@pytest.mark.parametrize("url", HTML_ROUTES)
def test_html_routes_render(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    assert "</html>" in r.text


@pytest.mark.parametrize("url", API_ROUTES)
def test_api_routes_answer_json(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"] == "application/json"


def test_search_page_highlights_hits_and_counts(client: TestClient) -> None:
    text = client.get("/search?q=ceasefire").text
    assert "2 results for" in text
    assert '<mark class="hit">ceasefire</mark>' in text
    assert f'href="/article/{SEED_ID}"' in text and f'href="/article/{COPY_ID}"' in text


def test_search_page_keeps_the_filters_in_the_form_and_pager(client: TestClient) -> None:
    text = client.get("/search?q=ceasefire&site=mirror.example&has_quotes=true").text
    assert "1 result for" in text
    assert '<option value="mirror.example" selected>' in text
    assert '<option value="true" selected>' in text


def test_search_form_keeps_a_value_missing_from_the_choices(client: TestClient) -> None:
    text = client.get("/search?site=elsewhere.example").text
    assert '<option value="elsewhere.example" selected>elsewhere.example</option>' in text
    assert "0 results, newest first" in text


def test_browse_lists_newest_first_without_rejected(client: TestClient) -> None:
    hits = client.get("/api/search").json()["hits"]
    assert [h["id"] for h in hits] == [COPY_ID, SEED_ID, GERMAN_ID, "a4xss"]


def test_api_search_shape(client: TestClient) -> None:
    body = client.get("/api/search?q=ceasefire&language=en&per_page=1").json()
    assert body["total"] == 2 and body["pages"] == 2 and len(body["hits"]) == 1
    assert body["filters"]["language"] == "en"
    hit = body["hits"][0]
    assert {"text": "ceasefire", "match": True, "quote": None, "speaker": None} in hit["snippet"]
    assert hit["score"] < 0


def test_article_page_shows_every_part(client: TestClient) -> None:
    text = client.get(f"/article/{SEED_ID}").text
    assert f'title="direct quote · John Kirby">{QUOTE_1}</mark>' in text
    assert 'class="quote quote-direct"' in text and 'class="quote quote-partial"' in text
    assert '<a class="speaker" href="/speaker?name=John+Kirby">John Kirby</a>' in text
    assert '<a class="speaker" href="/speaker?name=John+Kirby">Kirby</a>' in text
    for line, reason in (("[ad_1]", "ad_placeholder"), ("Source link", "source_link")):
        assert (
            f'<td class="removed-text">{line}</td><td><code class="reason">{reason}</code>' in text
        )
    assert "3 lines removed" in text
    assert '<span class="credit">AFP/File</span>' in text
    assert '<span class="dateline">WASHINGTON:</span>' in text
    assert '<span class="prov">from meta</span>' in text
    assert f'href="/cluster/{CLUSTER_ID}"' in text
    assert "no longer found in /nonexistent/a1seed.txt" in text  # raw input panel
    assert "&#34;schema_version&#34;: 1" in text  # the record beside it


def test_api_article_segments_mark_quotes_and_speakers(client: TestClient) -> None:
    view = client.get(f"/api/articles/{SEED_ID}").json()
    assert view["record"]["id"] == SEED_ID and view["run_id"] == 1
    flat = [s for para in view["paragraphs"] for s in para]
    assert {"text": QUOTE_1, "match": False, "quote": 0, "speaker": None} in flat
    assert {"text": QUOTE_2, "match": False, "quote": 1, "speaker": None} in flat
    assert {"text": "Kirby", "match": False, "quote": None, "speaker": KIRBY} in flat
    assert [q["speaker"] for q in view["quotes"]] == [KIRBY, KIRBY]
    assert view["raw"]["available"] is False


def test_speaker_page_lists_quotes_titles_and_articles(client: TestClient) -> None:
    text = client.get("/speaker?name=John+Kirby").text
    assert "4 quotes in 2 articles" in text
    assert "National Security Council spokesman" in text
    assert f'href="/article/{SEED_ID}#q0"' in text and f'href="/article/{COPY_ID}#q1"' in text
    view = client.get("/api/speaker", params={"name": KIRBY}).json()
    assert view["total"] == 4 and view["articles"] == 2
    # Two quotes carry the title, and the entity carries it in both articles.
    assert view["titles"] == [{"value": "National Security Council spokesman", "count": 4}]


def test_cluster_page_marks_canonical_and_diffs(client: TestClient) -> None:
    text = client.get(f"/cluster/{CLUSTER_ID}").text
    assert text.index('<span class="badge">canonical</span>') < text.index("copy-badge")
    assert "<del>beneficial.</del>" in text and "<ins>useful.</ins>" in text
    assert "similarity 0.930" in text
    view = client.get(f"/api/clusters/{CLUSTER_ID}").json()
    assert [m["id"] for m in view["members"]] == [SEED_ID, COPY_ID]
    assert view["members"][0]["diff"] is None
    assert view["members"][1]["diff"][-1] == {
        "op": "insert",
        "text": "\n\nReporting by the wire desk.",
    }


def test_runs_page_lists_runs_and_rejected_inputs(client: TestClient) -> None:
    text = client.get("/runs").text
    assert "refine fixtures" in text and "binary_content" in text
    assert "/nonexistent/bad.bin: not text" in text
    view = client.get("/api/runs?reason=binary_content").json()
    assert view["total"] == 1 and view["rejected"][0]["reason"] == "binary_content"
    assert view["runs"][0]["stats"]["rejected"] == 1
    assert client.get("/api/runs?reason=timeout").json()["total"] == 0


def test_overview_counts(client: TestClient) -> None:
    view = client.get("/api/overview").json()
    assert view["stats"]["stored"] == 4 and view["stats"]["rejected"] == 1
    assert view["clusters"] == 2
    assert view["speakers"][0] == {"value": KIRBY, "count": 4}
    assert {"value": "AFP", "count": 2} in view["agencies"]
    assert 'href="/speaker?name=John+Kirby"' in client.get("/").text


def test_options_list_filter_values(client: TestClient) -> None:
    opts = client.get("/api/options").json()
    assert opts["languages"] == [{"value": "en", "count": 3}, {"value": "de", "count": 1}]
    assert {"value": "dpa", "count": 1} in opts["agencies"]


@pytest.mark.parametrize("q", ['"unterminated', "AND", "NEAR(", "col:word", "(ceasefire"])
def test_fts_syntax_errors_are_friendly(client: TestClient, q: str) -> None:
    page = client.get("/search", params={"q": q})
    assert page.status_code == 400
    assert 'class="problem" role="alert">invalid search query' in page.text
    api = client.get("/api/search", params={"q": q})
    assert api.status_code == 400
    assert api.json()["detail"].startswith("invalid search query")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"date_from": "2023-13-01"}, "invalid date_from"),
        ({"date_to": "yesterday"}, "invalid date_to"),
        ({"has_quotes": "maybe"}, "invalid has_quotes"),
    ],
)
def test_bad_filters_are_friendly(client: TestClient, params: dict[str, str], message: str) -> None:
    assert message in client.get("/search", params=params).text
    r = client.get("/api/search", params=params)
    assert r.status_code == 400 and message in r.json()["detail"]


@pytest.mark.parametrize(
    "url",
    ["/article/nope", "/speaker?name=Nobody", "/cluster/nope", "/no/such/page"],
)
def test_unknown_things_are_404_pages(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html") and "</html>" in r.text


@pytest.mark.parametrize(
    "url", ["/api/articles/nope", "/api/speaker?name=Nobody", "/api/clusters/nope"]
)
def test_unknown_things_are_404_json(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404 and "detail" in r.json()


@pytest.mark.parametrize("url", ["/speaker", "/search?page=0", "/runs?page=x"])
def test_invalid_parameters_are_422_pages(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 422 and "Invalid request" in r.text


def test_invalid_api_parameters_are_422_json(client: TestClient) -> None:
    r = client.get("/api/search?per_page=1000")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "per_page"]


@pytest.mark.parametrize("url", [*HTML_ROUTES, *API_ROUTES, "/no/such/page", "/static/style.css"])
def test_every_response_carries_the_security_headers(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src" not in CONTENT_SECURITY_POLICY  # default-src 'none' forbids scripts
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"


def test_static_files_are_served(client: TestClient) -> None:
    assert client.get("/static/style.css").text.startswith("/* newsrefinery web")
    assert client.get("/static/favicon.svg").status_code == 200


def test_foreign_host_header_is_refused(db: Path) -> None:
    # A page on another site that rebinds its DNS name to 127.0.0.1 sends its own Host.
    foreign = TestClient(create_app(db), base_url="http://attacker.example")
    r = foreign.get("/api/overview")
    assert r.status_code == 400
    assert r.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert TestClient(create_app(db), base_url="http://localhost:8000").get("/").status_code == 200


def test_only_reads(db: Path, client: TestClient) -> None:
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for url in [*HTML_ROUTES, *API_ROUTES]:
        client.get(url)
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/search").status_code == 405
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_missing_database_fails_at_start(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such file"):
        create_app(tmp_path / "missing.db")


def test_caches_follow_database_changes(tmp_path: Path) -> None:
    from .helpers_web import corpus

    db = build_db(tmp_path / "grow.db", corpus()[:1])
    client = client_for(db)
    assert client.get("/api/overview").json()["stats"]["stored"] == 1
    assert len(client.get("/api/options").json()["sites"]) == 1
    build_db(db, corpus())  # a second run adds the rest while the app is up
    assert client.get("/api/overview").json()["stats"]["stored"] == 4
    assert len(client.get("/api/options").json()["sites"]) == 4
