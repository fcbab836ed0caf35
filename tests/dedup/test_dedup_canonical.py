"""What dedup reads off an article, and the election order with its reasons."""

from __future__ import annotations

import pytest

from newsrefinery.dedup.canonical import (
    DocInfo,
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
        ({"removed": [("Source link", "source_link")]}, True),
        ({"removed": [("By Jane Doe", "byline")]}, False),
        ({"source_link": "https://wire.example/story"}, True),
        ({"url": "https://blog.example/a", "canonical_url": "https://wire.example/b"}, True),
        ({"url": "https://www.site.example/a/", "canonical_url": "http://site.example/a"}, False),
    ],
)
def test_copy_signals(changes: dict[str, object], copy: bool) -> None:
    assert doc_info(article("a", story(1), **changes)).copy_signal is copy  # type: ignore[arg-type]


def test_a_page_dump_with_its_menus_counts_as_a_copy() -> None:
    assert doc_info(article("a", [*TEMPLATE_TOP, *story(1)])).copy_signal
    assert not doc_info(article("a", [*TEMPLATE_TOP[:3], *story(1)])).copy_signal


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


def test_election_order_and_reasons() -> None:
    early = _doc("z", published=10.0)
    late = _doc("a", published=20.0, chars=500)
    undated = _doc("b", chars=900)
    copy = _doc("c", published=10.0, copy_signal=True, chars=900)
    longer = _doc("y", published=10.0, chars=200)
    ranked = sorted([late, undated, copy, early, longer], key=lambda d: d.priority(False))
    assert [d.id for d in ranked] == ["y", "z", "c", "a", "b"]
    assert elected(longer.priority(False), early.priority(False)) == "longest_body"
    assert elected(early.priority(False), late.priority(False)) == "earliest_published"
    assert elected(late.priority(False), undated.priority(False)) == "earliest_published"
    assert elected(early.priority(False), copy.priority(False)) == "not_a_copy"
    assert elected(_doc("a").priority(False), _doc("b").priority(False)) == "lowest_id"
    assert elected(undated.priority(True), early.priority(False)) == "named_as_source"
    assert elected(early.priority(False), None) == "only_member"


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
