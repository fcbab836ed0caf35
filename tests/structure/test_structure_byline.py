"""Bylines: names properly cased, organisations as agencies, titles dropped."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsrefinery.structure import is_byline, parse_byline


@pytest.mark.parametrize(
    ("line", "authors", "agencies"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), ()),
        ("By JANE DOE, Associated Press", ("Jane Doe",), ("AP",)),
        ("Jane Doe | Reuters", ("Jane Doe",), ("Reuters",)),
        ("Jane Doe, Staff Writer", ("Jane Doe",), ()),
        ("By JULIE PACE and KEN THOMAS, Associated Press", ("Julie Pace", "Ken Thomas"), ("AP",)),
        ("By The Associated Press", (), ("AP",)),
        ("By Reuters Staff", (), ("Reuters",)),
        ("By AFP", (), ("AFP",)),
        ("By JANE DOE, Associated Press Writer", ("Jane Doe",), ("AP",)),
        ("By JANE DOE, AP Chief Political Writer", ("Jane Doe",), ("AP",)),
        ("By JANE DOE, For The Associated Press", ("Jane Doe",), ("AP",)),
        ("By Jane Doe, Chief White House Correspondent", ("Jane Doe",), ()),
        ("By Jane Doe / Bloomberg", ("Jane Doe",), ("Bloomberg",)),
        ("Jane Doe, Press Trust of India", ("Jane Doe",), ("PTI",)),
        ("By Jane Doe, Special to The Washington Post", ("Jane Doe",), ("Washington Post",)),
        ("Erin Kelly, USA TODAY 2:03 p.m. EDT March 22, 2016", ("Erin Kelly",), ("USA TODAY",)),
        ("Posted by Cass Sunstein on July 18, 2012 at 11:00 AM EDT", ("Cass Sunstein",), ()),
        ("By: Jamal Watson", ("Jamal Watson",), ()),
        ("Lucy Berry | lberry@al.com", ("Lucy Berry",), ()),
        ("By Brenda Goodman, MA", ("Brenda Goodman",), ()),
        ("SUSIE O’BRIEN", ("Susie O’Brien",), ()),
        ("By SEAN MCDONALD", ("Sean McDonald",), ()),
        ("By MARY SMITH-JONES", ("Mary Smith-Jones",), ()),
        ("By LUDWIG VAN BEETHOVEN", ("Ludwig van Beethoven",), ()),
        ("By Mark Di Stefano", ("Mark Di Stefano",), ()),
        ("A.A. Dowd", ("A.A. Dowd",), ()),
        ("By Martin Luther King Jr.", ("Martin Luther King Jr.",), ()),
        ("Mark Di Stefano BuzzFeed News Reporter", ("Mark Di Stefano",), ("BuzzFeed News",)),
        ("Our Foreign Staff", (), ()),
        ("Staff Writer", (), ()),
        ("", (), ()),
        ("By Jane Doe and Jane Doe", ("Jane Doe",), ()),
    ],
)
def test_parse_byline(line: str, authors: tuple[str, ...], agencies: tuple[str, ...]) -> None:
    assert parse_byline(line) == (authors, agencies)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Greg Hanlon", True),
        ("BY JANE DOE, Associated Press", True),
        ("By The Associated Press", True),
        ("By contrast, the country that Republican candidates will depict", False),
        ("By Wednesday afternoon, the White House cited initial analysis", False),
        ("By Sanders's own argument, superdelegates have no right", False),
        ("By July 2013, the show was officially named", False),
        ("By the Numbers: 10,000", False),
        ("By then, the complicated case was moving sluggishly", False),
        ("Jane Doe", False),  # no "By": a name alone is not recognisable as a byline
        ("By " + "Jane Doe and " * 20 + "John Roe", False),
    ],
)
def test_is_byline(line: str, expected: bool) -> None:
    assert is_byline(line) is expected


def test_long_input_is_fast() -> None:
    start = time.process_time()
    parse_byline("By " + "Jane Doe, " * 50_000)
    is_byline("By " + "x " * 100_000)
    assert time.process_time() - start < 2


@given(st.text(max_size=200))
def test_never_raises(line: str) -> None:
    authors, agencies = parse_byline(line)
    assert len(set(authors)) == len(authors)
    assert len(set(agencies)) == len(agencies)
