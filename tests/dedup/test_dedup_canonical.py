"""What dedup reads off an article, and the election order with its reasons."""

from __future__ import annotations

import pytest

from newsrefinery.dedup.canonical import (
    DocInfo,
    Priority,
    doc_info,
    elected,
    named,
    normalise_url,
    parse_time,
    same_wire,
    signature_text,
)
from newsrefinery.records import Dateline

from .helpers_dedup import TEMPLATE_TOP, article, story


def test_signature_text_drops_the_dateline_and_keeps_the_rest() -> None:
    body = ["WASHINGTON (AP) — The White House said on Monday.", "Second paragraph."]
    a = article("a", body, dateline=Dateline(text="WASHINGTON (AP) —", place="Washington"))
    assert signature_text(a) == " The White House said on Monday.\n\nSecond paragraph."
    assert signature_text(article("b", body)) == "\n\n".join(body)


@pytest.mark.parametrize(
    ("changes", "copy"),
    [
        ({}, False),
        ({"removed": [("[ad_1]", "ad_placeholder")]}, True),
        ({"removed": [("Advertisement", "ad_placeholder")]}, False),
        ({"removed": [("Source link", "source_link")]}, True),
        ({"removed": [("By Jane Doe", "byline")]}, False),
        ({"source_link": "https://wire.example/story"}, True),
        ({"url": "https://blog.example/a", "canonical_url": "https://wire.example/b"}, True),
        ({"url": "https://www.site.example/a/", "canonical_url": "http://site.example/a"}, False),
    ],
)
def test_copy_signals(changes: dict[str, object], copy: bool) -> None:
    assert doc_info(article("a", story(1), **changes)).copy_signal is copy  # type: ignore[arg-type]


def test_a_page_dump_is_no_copy_and_its_menus_add_no_length() -> None:
    dump = doc_info(article("a", [*TEMPLATE_TOP[:10], *story(1)]))
    assert not dump.copy_signal
    assert dump.chars == doc_info(article("b", story(1))).chars


def test_a_closing_source_credit_marks_a_feed_copy() -> None:
    assert doc_info(article("a", [*story(1), "Source: Evening Standard"])).copy_signal
    assert not doc_info(article("a", [*story(1), "Sources say the talks go on."])).copy_signal


def test_a_borrowed_canonical_url_points_at_the_original() -> None:
    wire = "https://wire.example/story-1"
    page = article("a", story(1), url=wire, canonical_url=wire).evolve(site_name="Valley Courier")
    info = doc_info(page)
    assert info.urls == () and info.points_to == ("wire.example/story-1",) and info.copy_signal
    own = doc_info(page.evolve(site_name="The Wire"))
    assert own.urls == ("wire.example/story-1",) and not own.copy_signal


@pytest.mark.parametrize(
    ("body", "url", "day"),
    [
        (["Latest", "March 24, 2004", *story(1)], None, "2004-03-24"),
        (["February 26, 1987", *story(1)], None, "1987-02-26"),
        ([*story(1), "June 3, 2005"], None, None),  # below the story: another story's date
        (story(1), "https://blog.example/2005/06/12/slug/", "2005-06-12"),
        (story(1), "https://site.example/news/slug-2005", None),
    ],
)
def test_a_printed_date_dates_a_page_without_metadata(
    body: list[str], url: str | None, day: str | None
) -> None:
    found = doc_info(article("a", body, url=url)).published
    assert found == parse_time(day)
    dated = doc_info(article("a", body, url=url, published="2001-01-01")).published
    assert dated == parse_time("2001-01-01")


def test_doc_info_reads_urls_dates_agency_and_place() -> None:
    info = doc_info(
        article(
            "a", story(1), url="https://www.Site.example/x/", source_link="https://wire.example/y",
            published="2024-03-01T09:00:00+01:00", agencies=["AFP"],
            dateline=Dateline(text="PARIS (Reuters) -", place="Paris", agency="Reuters"),
        )
    )  # fmt: skip
    assert info.urls == ("site.example/x",)
    assert info.points_to == ("wire.example/y",)
    assert info.published == parse_time("2024-03-01T08:00:00Z")
    assert info.agencies == ("afp", "reuters")
    assert info.place == "paris"


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("2024-03-01", 1709251200.0),
        ("2024-03-01T00:00:00Z", 1709251200.0),
        ("2024-03-01T01:00:00+01:00", 1709251200.0),
        ("yesterday", None),
        (None, None),
    ],
)
def test_parse_time(value: str | None, seconds: float | None) -> None:
    assert parse_time(value) == seconds


def test_normalise_url() -> None:
    assert normalise_url("HTTPS://WWW.Example.org/News/a?id=3#top") == "example.org/News/a?id=3"


def _doc(id: str, **kw: object) -> DocInfo:
    return DocInfo(id=id, chars=kw.pop("chars", 100), **kw)  # type: ignore[arg-type]


_D = 86400.0


def test_election_order_and_reasons() -> None:
    early = _doc("z", published=10 * _D)
    same_day = _doc("x", published=10 * _D + 3600, chars=100)  # later that day: a tie
    late = _doc("a", published=20 * _D, chars=500)
    copy = _doc("c", published=10 * _D, copy_signal=True, chars=900)
    longer = _doc("y", published=10 * _D, chars=200)
    group = [late, copy, early, longer, same_day]
    ranked = sorted(group, key=lambda d: d.priority(False, earliest=10))
    assert [d.id for d in ranked] == ["y", "x", "z", "c", "a"]

    def key(d: DocInfo, shared: int = 0) -> Priority:
        return d.priority(False, earliest=10, shared=shared)

    assert elected(key(longer), key(early)) == "longest_body"
    assert elected(key(early), key(late)) == "earliest_published"
    assert elected(key(early), key(copy)) == "not_a_copy"
    assert elected(key(early, shared=90), key(longer, shared=80)) == "longest_body"
    assert elected(key(early), longer.priority(False, earliest=10, alone=5)) == "fewest_additions"
    assert elected(key(_doc("a")), key(_doc("b"))) == "lowest_id"
    assert elected(late.priority(True), early.priority(False)) == "named_as_source"
    assert elected(key(early), None) == "only_member"


def test_an_undated_member_neither_wins_nor_loses_on_its_date() -> None:
    early = _doc("a", published=10 * _D)
    late = _doc("b", published=12 * _D, chars=900)
    undated = _doc("c", chars=500)
    undated_copy = _doc("d", chars=900, copy_signal=True)
    group = [early, late, undated, undated_copy]
    ranked = sorted(group, key=lambda d: d.priority(False, earliest=10))
    assert [d.id for d in ranked] == ["a", "c", "d", "b"]
    key = {d.id: d.priority(False, earliest=10) for d in group}
    # Equal evidence: the dated one wins, however long the undated body.
    assert elected(key["a"], key["c"]) == "dated"
    # More of the story shared with the other copies: the undated one wins.
    more = undated.priority(False, earliest=10, shared=50)
    assert elected(more, early.priority(False, earliest=10, shared=40)) == "longest_body"
    assert elected(more, late.priority(False, earliest=10, shared=60)) == "earliest_published"
    # With no dated member at all, dates decide nothing.
    assert elected(undated.priority(False), undated_copy.priority(False)) == "not_a_copy"


def test_named_is_who_another_member_points_at() -> None:
    original = _doc("o", urls=("wire.example/story",))
    copy = _doc("c", urls=("blog.example/copy",), points_to=("wire.example/story",))
    assert named([original, copy]) == {"o"}
    assert named([original]) == set()


def test_same_wire_needs_agency_place_and_close_dates() -> None:
    a = _doc("a", agencies=("reuters",), place="paris", published=0.0)
    assert same_wire(a, _doc("b", agencies=("afp", "reuters"), place="paris", published=86400.0), 3)
    assert not same_wire(a, _doc("b", agencies=("reuters",), place="paris", published=9e5), 3)
    assert not same_wire(a, _doc("b", agencies=("afp",), place="paris", published=0.0), 3)
    assert not same_wire(a, _doc("b", agencies=("reuters",), place="rome", published=0.0), 3)
    assert not same_wire(a, _doc("b", agencies=("reuters",), place="paris"), 3)
