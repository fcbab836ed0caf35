"""Publication dates with their signal: the regressions the issue lists, and the order."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsrefinery.extract import extract_html
from newsrefinery.extract.dates import is_after, normalise_date

BODY = "<p>" + "The council voted on Tuesday to approve the harbour plan, officials said. " * 3
BODY += "</p>"


def _dates(
    head: str = "", body: str = BODY, url: str | None = None, fetched: str | None = None
) -> tuple[str | None, str | None, str | None]:
    page = f"<html><head>{head}</head><body><article>{body}</article></body></html>"
    meta = extract_html(page, url=url, fetched=fetched).meta
    return meta.published, meta.published_from, meta.modified


def _meta(name: str, value: str) -> str:
    return f"<meta name='{name}' content='{value}'>"


# --- the regressions the issue lists -----------------------------------------------------
def test_a_partial_date_is_never_filled_with_today() -> None:
    assert _dates(url="https://example.com/2019/11/some-story") == ("2019-11", "url", None)
    assert _dates(body=f"<p class='date'>Published March 3</p>{BODY}") == (None, None, None)
    assert _dates(_meta("date", "2019-11")) == ("2019-11", "meta", None)


def test_a_version_number_in_a_url_slug_is_not_a_date() -> None:
    url = "https://www.kali.org/blog/kali-linux-2026-1-release/"
    assert _dates(url=url) == (None, None, None)


def test_a_cjk_date_is_parsed() -> None:
    body = f"<span class='date'>2021年03月23日</span>{BODY}"
    assert _dates(body=body) == ("2021-03-23", "text", None)
    assert normalise_date("发布时间：2021年3月23日 10:30") == "2021-03-23T10:30:00"


def test_a_dc_date_meta_beats_a_wrong_url_date() -> None:
    url = "https://example.com/2019/11/18/an-old-story-updated"
    assert _dates(_meta("dc.date", "2018-05-04"), url=url) == ("2018-05-04", "meta", None)


def test_a_date_after_the_fetch_date_is_rejected() -> None:
    head = "<meta property='article:published_time' content='2020-01-05T10:00:00+02:00'>"
    url = "https://example.com/2019/12/30/story"
    assert _dates(head, url=url, fetched="2020-01-01T00:00:00Z") == ("2019-12-30", "url", None)
    assert _dates(head, url=url, fetched="2020-01-06T00:00:00Z")[:2] == (
        "2020-01-05T10:00:00+02:00",
        "meta",
    )


# --- order of the signals ---------------------------------------------------------------------
def test_json_ld_then_meta_then_time_then_url_then_text() -> None:
    ld = (
        "<script type='application/ld+json'>"
        '{"@type": "NewsArticle", "datePublished": "2020-03-01T09:00:00Z"}</script>'
    )
    meta = _meta("article:published_time", "2020-03-02")
    time = "<header><time datetime='2020-03-03'>March 3</time></header>"
    text = "<p class='byline'>Published March 4, 2020</p>"
    url = "https://example.com/2020/03/05/story"
    assert _dates(ld + meta, time + text + BODY, url)[:2] == (
        "2020-03-01T09:00:00+00:00",
        "json-ld",
    )
    assert _dates(meta, time + text + BODY, url)[:2] == ("2020-03-02", "meta")
    assert _dates("", time + text + BODY, url)[:2] == ("2020-03-03", "time")
    assert _dates("", text + BODY, url)[:2] == ("2020-03-05", "url")
    assert _dates("", text + BODY)[:2] == ("2020-03-04", "text")


def test_modified_date_and_time_zone_are_kept() -> None:
    head = _meta("article:published_time", "2019-11-18T12:00:00-05:00")
    head += _meta("article:modified_time", "2019-11-18T15:30:00-05:00")
    assert _dates(head) == ("2019-11-18T12:00:00-05:00", "meta", "2019-11-18T15:30:00-05:00")


def test_microdata_counts_as_meta() -> None:
    body = f"<span itemprop='datePublished' content='2017-06-01'>June 1</span>{BODY}"
    assert _dates(body=body)[:2] == ("2017-06-01", "meta")


def test_a_printed_date_in_another_language() -> None:
    body = f"<div class='article-date'>21. Dezember 2018</div>{BODY}"
    assert _dates(body=body)[:2] == ("2018-12-21", "text")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-11-18T12:00:00Z", "2019-11-18T12:00:00+00:00"),
        ("2019-11-18T12:00:00.000+0530", "2019-11-18T12:00:00+05:30"),
        ("2019-04-28 06:01:07", "2019-04-28T06:01:07"),
        ("20191118", "2019-11-18"),
        ("Mon, 18 Nov 2019 12:00:00 GMT", "2019-11-18T12:00:00+00:00"),
        ("18.11.2019", "2019-11-18"),
        ("2019-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_normalise_date(value: str, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_is_after_allows_the_fetch_day_in_any_time_zone() -> None:
    limit = datetime(2020, 1, 1, 8, 0, tzinfo=timezone.utc)
    assert not is_after("2020-01-01", limit)
    assert not is_after("2020-01-01T20:00:00+09:00", limit)
    assert is_after("2020-01-03", limit)


def test_the_same_page_gives_the_same_dates_on_any_day() -> None:
    # No clock is read: a date far in the future stands without a fetch date.
    assert _dates(_meta("date", "2099-01-01"))[:2] == ("2099-01-01", "meta")


def test_an_archive_date_from_1987_is_kept() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="1987-03-26">'
        "</head><body><article><p>COCOA EXPORTS RISE.</p></article></body></html>"
    )
    assert extract_html(html).meta.published == "1987-03-26"
