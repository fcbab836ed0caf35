"""Dates printed in text: ISO 8601 out, time zones kept, nothing guessed."""

from __future__ import annotations

import pytest

from newsrefinery.structure import find_text_dates, parse_date

FETCHED = "2023-03-02T12:00:00+00:00"


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("Published March 2, 2023", "2023-03-02", None),
        ("Updated 5:03 PM EST, Thu March 2, 2023", None, "2023-03-02T17:03:00-05:00"),
        (
            "Published: 10:03 EDT, 16 September 2020 | Updated: 12:15 EDT, 16 September 2020",
            "2020-09-16T10:03:00-04:00",
            "2020-09-16T12:15:00-04:00",
        ),
        ("Posted by Jane Doe on July 18, 2012 at 11:00 AM EDT", "2012-07-18T11:00:00-04:00", None),
        ("First published February 1, 2016: 1:28 AM ET", "2016-02-01T01:28:00-05:00", None),
        ("First published July 1, 2016: 1:28 AM ET", "2016-07-01T01:28:00-04:00", None),
        ("Published Thu 27 Jul 2017", "2017-07-27", None),
        ("Updated April 29, 2019 at 3:33 pm", None, "2019-04-29T15:33:00"),
        ("posted on  April 21, 2015, at 11:29 a.m.", "2015-04-21T11:29:00", None),
        ("Published 2023-03-02T10:00:00Z", "2023-03-02T10:00:00+00:00", None),
        ("Last updated 12:00 GMT, 2 March 2023", None, "2023-03-02T12:00:00+00:00"),
        ("Published 12 noon, March 2", None, None),  # no year: never filled in
        ("Published March 2", None, None),
        ("Published Thursday", None, None),
        ("Published for the First Time: a 1959 Essay", None, None),
        ("The study was published in the journal Nature on March 2, 2023.", None, None),
        ("Published February 30, 2023", None, None),
        ("Updated 2 hours ago", None, None),  # relative, and no fetch date
    ],
)
def test_keyword_dates(line: str, published: str | None, modified: str | None) -> None:
    assert find_text_dates([line]) == (published, modified)


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("Updated 2 hours ago", None, "2023-03-02T10:00:00+00:00"),
        ("Published 3 days ago", "2023-02-27", None),
        ("Posted yesterday", "2023-03-01", None),
        ("45 minutes ago", "2023-03-02T11:15:00+00:00", None),
        ("an hour ago", "2023-03-02T11:00:00+00:00", None),
    ],
)
def test_relative_dates_need_the_fetch_date(
    line: str, published: str | None, modified: str | None
) -> None:
    assert find_text_dates([line], FETCHED) == (published, modified)
    assert find_text_dates([line]) == (None, None)


def test_bare_date_lines_fill_published_only_when_no_keyword() -> None:
    byline = "Erin Kelly, USA TODAY 2:03 p.m. EDT March 22, 2016"
    assert find_text_dates([], bare=[byline]) == ("2016-03-22T14:03:00-04:00", None)
    assert find_text_dates(["06/18/2016 AT 04:10 PM EDT"], bare=[]) == (None, None)
    assert (
        find_text_dates([], bare=["06/18/2016 AT 04:10 PM EDT"])[0] == "2016-06-18T16:10:00-04:00"
    )
    got = find_text_dates(["Published March 2, 2023"], bare=["March 1, 2023"])
    assert got == ("2023-03-02", None)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("March 2, 2023", "2023-03-02"),
        ("2 March 2023", "2023-03-02"),
        ("Mar. 2nd, 2023", "2023-03-02"),
        ("2023-03-02", "2023-03-02"),
        ("18/06/2016", "2016-06-18"),
        ("March 2", None),
        ("2023", None),
        ("25:00 March 2, 2023", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso
