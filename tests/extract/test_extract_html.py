"""`extract_html` end to end: every field, the fallback chain, and the draft article."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from newsrefinery.extract import Extracted, extract_html
from newsrefinery.extract.html import DECLARED, OURS, TRAFILATURA
from newsrefinery.records import Caption, RawDoc
from newsrefinery.steps import build_pipeline, refine_raw

P = [
    "WASHINGTON (AP) — The council voted on Tuesday to approve the harbour plan, officials said.",
    "Opponents said the plan ignored the fishermen, who have used the port for centuries.",
    "The mayor, speaking after the vote, said work would start in the spring of next year.",
]
LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Council approves harbour plan",
    "datePublished": "2023-03-02T10:00:00-05:00",
    "author": [{"@type": "Person", "name": "JANE DOE"}, {"@type": "Organization", "name": "AP"}],
    "publisher": {"@type": "Organization", "name": "The Example Times"},
}
PAGE = (
    "<html lang='en'><head><title>Council approves harbour plan | The Example Times</title>"
    f"<script type='application/ld+json'>{json.dumps(LD)}</script>"
    "<meta property='og:site_name' content='The Example Times'>"
    "<link rel='canonical' href='https://example.com/news/harbour'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
    "<header><h1>Council approves harbour plan</h1><div class='byline'>By JANE DOE</div></header>"
    "<figure><img src='h.jpg'><figcaption>The harbour at dawn. (Photo: Jo Bloggs/AP)</figcaption>"
    f"</figure><p>{P[0]}</p><p>{P[1]}</p><p>{P[2]}</p>"
    "<div class='share'><a href='#'>Share</a></div></article>"
    "<aside><h3>Most read</h3><a href='/a'>Other story</a></aside></body></html>"
)


def test_every_field_of_a_news_page() -> None:
    got = extract_html(PAGE, url="https://example.com/news/harbour?ref=rss")
    assert got.blocks == tuple(P)
    assert got.captions == (Caption("The harbour at dawn.", "Jo Bloggs/AP"),)
    meta = got.meta
    assert meta.headline == "Council approves harbour plan"
    assert meta.site_name == "The Example Times"
    assert meta.canonical_url == "https://example.com/news/harbour"
    assert meta.language == "en"
    assert (meta.published, meta.published_from) == ("2023-03-02T10:00:00-05:00", "json-ld")
    assert meta.authors == ("Jane Doe",)
    assert meta.agencies == ("AP",)
    assert meta.byline == "By JANE DOE"
    assert got.extractor == OURS and got.warnings == ()


def test_the_draft_article_gets_every_field() -> None:
    raw = RawDoc(
        uri="/h.html",
        format="warc",
        kind="html",
        content=PAGE,
        url="https://example.com/news/harbour",
        fetched="2023-03-03T00:00:00Z",
    )
    article = refine_raw(raw, build_pipeline())
    assert article.headline == "Council approves harbour plan"
    assert article.published == "2023-03-02T10:00:00-05:00"
    assert article.published_from == "json-ld"
    assert article.authors == ("Jane Doe",)
    assert "AP" in article.agencies
    assert article.byline == "By JANE DOE"
    assert article.captions[0] == Caption("The harbour at dawn.", "Jo Bloggs/AP")
    assert article.site_name == "The Example Times"
    assert article.body[-1] == P[2]
    assert not any(p.startswith("The harbour at dawn") for p in article.body)


def test_a_date_after_the_warc_date_does_not_reach_the_article() -> None:
    raw = RawDoc(
        uri="/h.html", format="warc", kind="html", content=PAGE, fetched="2023-01-01T00:00:00Z"
    )
    assert refine_raw(raw, build_pipeline()).published_from != "json-ld"


def test_fallback_to_trafilatura_when_the_main_path_finds_nothing() -> None:
    page = "<html><body>" + "A page of plain text with no block markup at all, only words. " * 4
    got = extract_html(page + "</body></html>")
    assert got.extractor == TRAFILATURA
    assert got.blocks and got.blocks[0].startswith("A page of plain text")
    assert got.warnings == ("extract: body from the trafilatura fallback",)


def test_fallback_to_the_declared_article_body() -> None:
    ld = {"@type": "NewsArticle", "headline": "H", "articleBody": f"{P[0]}\n{P[1]}"}
    page = f"<html><head><script type='application/ld+json'>{json.dumps(ld)}</script></head>"
    got = extract_html(page + "<body><div id='app'></div></body></html>")
    assert got.extractor in (TRAFILATURA, DECLARED)  # trafilatura reads JSON-LD too
    assert " ".join(got.blocks).startswith(P[0])


def test_a_page_without_text_is_empty_not_an_error() -> None:
    got = extract_html("<html><body><script>var a = 1;</script></body></html>")
    assert got.blocks == () and got.captions == ()


def test_paywall_and_teaser_warnings() -> None:
    ld = {"@type": "NewsArticle", "headline": "H", "isAccessibleForFree": False}
    body = "".join(f"<p>{p}</p>" for p in P) + "<p>Subscribe to continue reading this article.</p>"
    page = f"<html><head><script type='application/ld+json'>{json.dumps(ld)}</script></head>"
    got = extract_html(f"{page}<body><article>{body}</article></body></html>")
    assert got.warnings == (
        "extract: paywalled (isAccessibleForFree is false)",
        "extract: truncated (the body ends like a teaser)",
    )


PIECES = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "a b, c. ",
    "<b>",
    "&amp;",
    "<!--",
    "-->",
    "<h1>",
    "é",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_markup_gives_a_result_and_the_same_one_twice(html: str) -> None:
    first = extract_html(html)
    assert isinstance(first, Extracted)
    assert extract_html(html) == first
