"""Authors: the raw byline kept, people cleaned, organisations never left as authors."""

from __future__ import annotations

import json

import pytest

from newsrefinery.extract import extract_html
from newsrefinery.extract.authors import split_credit_line

BODY = "<p>" + "The council voted on Tuesday to approve the harbour plan, officials said. " * 3
BODY += "</p>"


def _authors(head: str = "", body: str = "") -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    page = f"<html><head>{head}</head><body><article>{body}{BODY}</article></body></html>"
    meta = extract_html(page).meta
    return meta.byline, meta.authors, meta.agencies


def _ld_authors(*authors: object) -> str:
    data = {"@type": "NewsArticle", "headline": "H", "author": list(authors)}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_a_byline_in_capitals_is_recased_not_mangled() -> None:
    head = "<meta name='byl' content='By ABBY GOODNOUGH'>"
    assert _authors(head) == ("By ABBY GOODNOUGH", ("Abby Goodnough",), ())


@pytest.mark.parametrize(
    ("credited", "agencies"),
    [
        ("Australian Broadcasting Corporation", ()),
        ("CNN Wire", ("CNN",)),
        ("Staff", ()),
        ("Associated Press", ("AP",)),
    ],
)
def test_organisations_are_never_authors(credited: str, agencies: tuple[str, ...]) -> None:
    _byline, authors, found = _authors(_ld_authors({"@type": "Person", "name": credited}))
    assert authors == ()
    assert found == agencies


def test_json_ld_people_and_organisations() -> None:
    head = _ld_authors(
        {"@type": "Person", "name": "Jane Doe"},
        {"@type": "Person", "name": "JOHN ROE"},
        {"@type": "Organization", "name": "Reuters"},
        {"@type": "Organization", "name": "The Example Times"},
    )
    byline, authors, agencies = _authors(head)
    assert authors == ("Jane Doe", "John Roe")
    assert agencies == ("Reuters",)
    assert byline == "Jane Doe, John Roe"


def test_the_printed_byline_is_kept_raw() -> None:
    body = (
        "<div class='byline'>By <a href='/jane'>Jane Doe</a> and John Roe, Associated Press</div>"
    )
    byline, authors, agencies = _authors(body=body)
    assert byline == "By Jane Doe and John Roe, Associated Press"
    assert authors == ("Jane Doe", "John Roe")
    assert agencies == ("AP",)


def test_microdata_author_beats_an_author_named_box_of_links() -> None:
    body = (
        "<div id='authorization'>Sign In | Sign Up</div>"
        "<div class='author-follow'>J J</div>"
        "<span itemprop='author'><span itemprop='name'>Alex Perry</span></span>"
    )
    assert _authors(body=body)[1] == ("Alex Perry",)


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        (
            "Tech Industry by Steven Musil January 18, 2017 11:00 PM PST @stevenmusil",
            ["Steven Musil"],
        ),
        ("by Lucas Nolan22 Dec 2016651", ["Lucas Nolan"]),
        ("Bruno (Henrique Zecchin) Rodrigues", ["Bruno Henrique Zecchin Rodrigues"]),
        (
            "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
            ["Martin Untersinger", "Damien Leloup", "Morgane Tual"],
        ),
        ("Ben Silverman Games Editor", ["Ben Silverman"]),
        ("By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech", ["Daniel Kahn Gillmor"]),
        ("Sign In | Sign Up", []),
        ("https://www.facebook.com/janedoe", []),
        ("admin", []),
    ],
)
def test_split_credit_line(raw: str, people: list[str]) -> None:
    assert split_credit_line(raw)[0] == people


def test_a_page_without_authors() -> None:
    assert _authors() == (None, (), ())
