"""Clusters in memory: every copy found, nothing chained, the same for any order."""

from __future__ import annotations

import hashlib
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsrefinery.dedup import DedupParams, cluster_articles, signature_text
from newsrefinery.dedup.cluster import Assignment
from newsrefinery.dedup.shingles import shingle_sets
from newsrefinery.dedup.verify import compare, decide
from newsrefinery.records import Article, Dateline

from .helpers_dedup import (
    TEMPLATE_BOTTOM,
    article,
    story,
    syndicated,
    syndication_corpus,
    typo,
)


def _by_name(articles: dict[str, Article]) -> dict[str, Assignment | None]:
    names = list(articles)
    found = cluster_articles([articles[n] for n in names])
    return dict(zip(names, found, strict=True))


def _groups(assigned: dict[str, Assignment | None]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for name, a in assigned.items():
        groups.setdefault(a.cluster if a else name, set()).add(name)
    return {frozenset(g) for g in groups.values()}


def test_every_kind_of_copy_joins_and_template_neighbours_stay_apart() -> None:
    articles = syndicated()
    got = _by_name(articles)
    wire = frozenset(n for n in articles if n.startswith("wire"))
    assert _groups(got) == {wire, *(frozenset({n}) for n in ("other_page", "third_page", "solo"))}
    head = got["wire_original"]
    assert head is not None and head.canonical and head.elected == "dated"
    assert head.cluster == articles["wire_original"].id
    links = {n: got[n].link for n in wire - {"wire_original"}}  # type: ignore[union-attr]
    assert links == {
        "wire_typo": "near_duplicate", "wire_trimmed": "near_duplicate",
        "wire_teaser": "contained", "wire_autoblog": "exact", "wire_page": "near_duplicate",
    }  # fmt: skip
    assert got["wire_autoblog"].similarity == 1.0  # type: ignore[union-attr]
    assert got["solo"] == Assignment(articles["solo"].id, True, elected="only_member")


def test_every_member_is_verified_against_its_canonical() -> None:
    articles = syndicated()
    got = _by_name(articles)
    params = DedupParams()
    by_id = {a.id: a for a in articles.values()}
    for name, a in got.items():
        assert a is not None
        if a.canonical:
            continue
        sets = shingle_sets([signature_text(by_id[a.cluster]), signature_text(articles[name])], 5)
        verdict = compare(*sets)
        assert a.link == "exact" or decide(verdict, params) == a.link
        assert a.duplicate_of == a.cluster


def test_no_chaining_through_a_middle_copy() -> None:
    paras = story(5, paragraphs=12)
    articles = {
        "a": article("a", paras[0:8], published="2024-01-01"),
        "b": article("b", paras[2:10], published="2024-01-02"),
        "c": article("c", paras[4:12], published="2024-01-03"),
    }
    got = _by_name(articles)
    assert _groups(got) == {frozenset({"a", "b"}), frozenset({"c"})}
    assert got["b"].similarity == pytest.approx(0.6, abs=0.05)  # type: ignore[union-attr]


def test_the_article_a_copy_names_as_its_source_wins() -> None:
    paras = story(9)
    articles = {
        "origin": article("origin", paras[:3], url="https://wire.example/story"),
        "copy": article("copy", paras, published="2020-01-01", source_link="https://wire.example/story"),
    }  # fmt: skip
    got = _by_name(articles)
    assert got["origin"].canonical and got["origin"].elected == "named_as_source"  # type: ignore[union-attr]
    assert got["copy"].link == "contained"  # type: ignore[union-attr]


def test_same_wire_release_links_at_the_looser_bar() -> None:
    paras, extra = story(11), story(12)
    wire = {"agencies": ["Reuters"], "dateline": Dateline("PARIS (Reuters) -", "Paris")}
    first = article("first", paras, published="2024-05-01", **wire)  # type: ignore[arg-type]
    first = first.evolve(headline="Paris talks end without a deal")
    edited = paras[:5] + extra[:3]  # J = 5/11, containment 5/8: below the usual bars
    cases = [
        ("2024-05-02", "Paris talks end without deal, officials say", True),
        ("2024-06-30", "Paris talks end without a deal", False),  # weeks later
        ("2024-05-02", "Budget vote delayed again", False),  # another story, same template
    ]
    for published, headline, linked in cases:
        second = article("second", edited, published=published, **wire)  # type: ignore[arg-type]
        got = _by_name({"first": first, "second": second.evolve(headline=headline)})
        assert (got["second"].link == "wire_copy") is linked  # type: ignore[union-attr]
    plain = _by_name({"first": article("first", paras), "second": article("second", edited)})
    assert plain["second"].canonical  # type: ignore[union-attr]


def test_empty_and_short_bodies() -> None:
    div = "Qtly div 12 cts vs 12 cts prior. Pay April 1. Record March 15."
    articles = {
        "empty": article("empty", []),
        "short1": article("short1", ["Flood warning issued"]),
        "short2": article("short2", ["FLOOD WARNING, issued!"]),
        "short3": article("short3", ["Flood warning lifted"]),
        "acme": article("acme", [div]),
        "acme2": article("acme2", [div]),
        "zenith": article("zenith", [div]),
    }
    articles["short2"] = articles["short2"].evolve(headline="short1")
    articles["acme2"] = articles["acme2"].evolve(headline="ACME CORP <ACM> SETS PAYOUT")
    articles["acme"] = articles["acme"].evolve(headline="Acme Corp <ACM> sets quarterly payout")
    articles["zenith"] = articles["zenith"].evolve(headline="ZENITH INC <ZEN> SETS PAYOUT")
    got = _by_name(articles)
    assert got["empty"] is None
    # Short bodies filled in from one template are copies only under like headlines.
    assert _groups(got) == {
        frozenset({"empty"}), frozenset({"short1", "short2"}), frozenset({"short3"}),
        frozenset({"acme", "acme2"}), frozenset({"zenith"}),
    }  # fmt: skip
    assert {got["short1"].link, got["short2"].link} == {None, "exact"}  # type: ignore[union-attr]
    assert {got["acme"].link, got["acme2"].link} == {None, "near_duplicate"}  # type: ignore[union-attr]


@settings(max_examples=15, deadline=None)
@given(st.randoms(use_true_random=False))
def test_the_same_clusters_for_any_input_order(rnd: random.Random) -> None:
    articles = syndicated(3)
    articles.update({f"x{i}": article(f"x{i}", story(3)[i:]) for i in range(3)})
    expected = _by_name(articles)
    names = list(articles)
    rnd.shuffle(names)
    assert _by_name({n: articles[n] for n in names}) == expected


def test_a_recurring_report_weeks_later_is_not_a_copy() -> None:
    body = story(30)
    later = [*body[:-1], story(31)[0]]  # this week's figures in last week's words
    for published, linked in (("2024-01-03", True), ("2024-02-01", False)):
        got = _by_name({
            "week1": article("week1", body, published="2024-01-01"),
            "week2": article("week2", later, published=published),
        })  # fmt: skip
        assert (got["week2"].link == "near_duplicate") is linked  # type: ignore[union-attr]
    same = _by_name({
        "week1": article("week1", body, published="2024-01-01"),
        "again": article("again", body, published="2024-03-01"),
    })  # fmt: skip
    assert same["again"].link == "exact"  # type: ignore[union-attr]


def _wire_group() -> dict[str, Article]:
    """A story's original, undated like a text dump, against dated copies of one day:
    one with a sentence inserted (longer), one trimmed, one wrapped in a page template
    (longer still), one auto-blog copy and one copy dated a day later."""
    base = story(40)
    inserted = [*base[:3], "Officials declined to comment further on the matter today.", *base[3:]]
    template = ["Home", "World", "Business", *base, *TEMPLATE_BOTTOM]
    blog = [("[ad_1]", "ad_placeholder")]
    return {
        "original": article("original", ["Latest", "March 1, 2024", *base]),
        "inserted": article("inserted", inserted, published="2024-03-01"),
        "trimmed": article("trimmed", base[:5], published="2024-03-01"),
        "page": article("page", template, published="2024-03-01"),
        "blog": article("blog", base, published="2024-03-01", removed=blog),
        "late": article("late", typo(base, 2), published="2024-03-02"),
    }


@settings(max_examples=10, deadline=None)
@given(st.randoms(use_true_random=False))
def test_the_original_is_elected_over_longer_copies_in_any_order(rnd: random.Random) -> None:
    articles = _wire_group()
    names = list(articles)
    rnd.shuffle(names)
    got = _by_name({n: articles[n] for n in names})
    assert _groups(got) == {frozenset(articles)}
    head = got["original"]
    assert head is not None and head.canonical
    # Its date line made the original as early as the copies; the page shares as much
    # of the story but adds its template, the inserted sentence is the other copy's.
    assert head.elected == "fewest_additions"
    assert all(not got[n].canonical for n in names if n != "original")  # type: ignore[union-attr]


# The clusters of `syndication_corpus()`, frozen when the election was vectorised
# (issue 8): a change for speed must not move one assignment, similarity or reason.
_FROZEN_CLUSTERS = "08c28af0831051f479d8ee85276df7337fa424677ff2af0004ad1c85896bac06"


def test_the_clusters_of_a_syndication_corpus_do_not_change() -> None:
    articles = syndication_corpus()
    found = cluster_articles(articles)
    digest = hashlib.sha256()
    for a, f in zip(articles, found, strict=True):
        digest.update(repr((a.id, f)).encode())
    kinds = {f.link for f in found if f is not None and not f.canonical}
    assert {"exact", "near_duplicate", "contained"} <= kinds  # every path is taken
    assert digest.hexdigest() == _FROZEN_CLUSTERS
