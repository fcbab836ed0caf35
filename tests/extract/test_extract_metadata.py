"""Page metadata: headline, site, canonical URL, language, paywall, source link."""

from __future__ import annotations

import json

import pytest

from newsrefinery.extract import extract_html
from newsrefinery.extract.html import PageMeta
from newsrefinery.extract.metadata import is_truncated

BODY = "".join(
    f"<p>The council voted on Tuesday to approve the harbour plan, officials said ({i}).</p>"
    for i in range(4)
)


def _meta(head: str = "", body: str = "", url: str | None = None, lang: str = "") -> PageMeta:
    html_attr = f" lang='{lang}'" if lang else ""
    page = (
        f"<html{html_attr}><head>{head}</head><body>{body}<article>{BODY}</article></body></html>"
    )
    return extract_html(page, url=url).meta


def _ld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


@pytest.mark.parametrize(
    ("head", "body", "headline"),
    [
        (
            _ld(headline="From JSON-LD") + "<meta property='og:title' content='From og'>",
            "",
            "From JSON-LD",
        ),
        (
            "<meta property='og:title' content='From og'><title>Title | Site</title>",
            "<h1>H1</h1>",
            "From og",
        ),
        (
            "<title>Council approves plan | The Example Times</title>",
            "<h1>Council approves plan</h1>",
            "Council approves plan",
        ),
        (
            "<title>Babies who eat peanuts - WebMD Health News</title>",
            "<h1>Allergies Health Center</h1>",
            "Babies who eat peanuts",
        ),
        ("", "<h1>Only an h1</h1>", "Only an h1"),
        ("", "", None),
    ],
)
def test_headline_sources_in_order_without_site_suffix(
    head: str, body: str, headline: str | None
) -> None:
    assert _meta(head, body).headline == headline


def test_site_name_and_suffix_from_og() -> None:
    head = "<meta property='og:site_name' content='Example Post'>"
    head += "<meta property='og:title' content='Plan passes - Example Post'>"
    meta = _meta(head)
    assert (meta.site_name, meta.headline) == ("Example Post", "Plan passes")


def test_canonical_url_is_made_absolute() -> None:
    meta = _meta(
        "<link rel='canonical' href='/news/plan'>", url="https://example.org/news/plan?utm=x"
    )
    assert meta.canonical_url == "https://example.org/news/plan"


@pytest.mark.parametrize(
    ("lang", "head", "language"),
    [
        ("en-GB", "", "en"),
        ("", "<meta property='og:locale' content='pt_BR'>", "pt"),
        ("", _ld(inLanguage="de-DE"), "de"),
        ("", "", "en"),  # nothing declared: py3langid reads the body
    ],
)
def test_language(lang: str, head: str, language: str) -> None:
    assert _meta(head, lang=lang).language == language


def test_paywall_declared_in_json_ld() -> None:
    assert _meta(_ld(isAccessibleForFree=False)).paywalled is True
    assert _meta(_ld(isAccessibleForFree="True")).paywalled is False


@pytest.mark.parametrize(
    ("last", "truncated"),
    [
        ("Subscribe to continue reading.", True),
        ("The plan will cost millions and take years to build …", True),
        ("Read the full article at the Example Times.", True),
        ("The mayor said work would start in spring.", False),
    ],
)
def test_teaser_endings(last: str, truncated: bool) -> None:
    assert is_truncated(["First paragraph of the story.", last]) is truncated


def test_source_link_of_an_auto_blog_copy() -> None:
    body = "<p><a href='https://www.reuters.com/article/plan'>Source link</a></p>"
    assert _meta(body=body, url="https://autoblog.example/plan").source_link == (
        "https://www.reuters.com/article/plan"
    )


def test_the_post_appeared_first_on_links_its_original() -> None:
    body = (
        "<p>The post <a href='https://news.example.com/plan'>Council approves plan</a> appeared "
        "first on <a href='https://news.example.com'>Example News</a>.</p>"
    )
    assert (
        _meta(body=body, url="https://copy.example/plan").source_link
        == "https://news.example.com/plan"
    )


def test_a_link_to_the_page_s_own_site_is_no_source_link() -> None:
    body = "<p><a href='https://autoblog.example/about'>Source</a></p>"
    assert _meta(body=body, url="https://www.autoblog.example/plan").source_link is None
