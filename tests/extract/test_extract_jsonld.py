"""JSON-LD: the article object, however the page wraps or mangles it."""

from __future__ import annotations

import json

from newsrefinery.extract.jsonld import ImageInfo, LinkedData, read_linked_data
from newsrefinery.extract.tree import parse_html


def _ld(*blocks: str) -> LinkedData:
    scripts = "".join(f"<script type='application/ld+json'>{b}</script>" for b in blocks)
    return read_linked_data(parse_html(f"<html><head>{scripts}</head><body></body></html>"))


ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Council approves  harbour plan",
    "datePublished": "2019-11-18T12:00:00-05:00",
    "dateModified": "2019-11-18T15:00:00-05:00",
    "author": [
        {"@type": "Person", "name": "Jane Doe"},
        {"@type": "Organization", "name": "Reuters"},
        "https://example.com/authors/jane",
    ],
    "publisher": {"@type": "Organization", "name": "The Example Times"},
    "isAccessibleForFree": "False",
    "inLanguage": "en-GB",
    "image": {"@type": "ImageObject", "caption": "The harbour.", "creditText": "Jo Bloggs/AP"},
}


def test_the_article_object_and_its_fields() -> None:
    ld = _ld(json.dumps(ARTICLE))
    assert ld.headline == "Council approves harbour plan"
    assert ld.published == "2019-11-18T12:00:00-05:00"
    assert ld.modified == "2019-11-18T15:00:00-05:00"
    assert ld.authors == ("Jane Doe", "Reuters")
    assert ld.author_kinds == ("Person", "Organization")
    assert ld.publisher == "The Example Times"
    assert ld.free is False
    assert ld.language == "en-GB"
    assert ld.images == (ImageInfo("The harbour.", "Jo Bloggs/AP"),)


def test_graph_lists_and_other_objects_before_the_article() -> None:
    graph = {
        "@graph": [
            {"@type": "WebSite", "name": "Site"},
            {"@type": ["BlogPosting"], "headline": "H"},
        ]
    }
    crumbs = {"@type": "BreadcrumbList", "itemListElement": []}
    ld = _ld(json.dumps(crumbs), json.dumps([graph]))
    assert ld.headline == "H"


def test_hand_written_slips_are_forgiven_and_garbage_is_skipped() -> None:
    sloppy = '<!-- {"@type": "NewsArticle", "headline": "A\nB", "author": {"name": "Jo Doe"},} -->'
    ld = _ld("not json at all {", sloppy)
    assert ld.headline == "A B"
    assert ld.authors == ("Jo Doe",)


def test_no_json_ld_gives_empty_fields() -> None:
    ld = _ld()
    assert ld.headline is None and ld.authors == () and ld.free is None
