"""The structure step: fills fields, keeps what is set, never touches the body."""

from __future__ import annotations

from hypothesis import given, settings

from newsrefinery.records import Article, Caption, Dateline, Rejection, Removed, Source
from newsrefinery.structure import structure_article
from strategies import articles

SOURCE = Source(uri="t", format="text", fetched="2023-03-02T12:00:00+00:00")


def _wire_story() -> Article:
    return Article(
        id="a",
        source=SOURCE,
        headline="Senate passes budget bill - Reuters",
        body=(
            "WASHINGTON (Reuters) - The U.S. Senate passed a budget bill on Thursday.",
            "The vote was 60-40.",
        ),
        captions=(Caption(text="Senators leave the chamber.", credit="REUTERS/Kevin Lamarque"),),
        removed=(
            Removed(text="By Jane Doe and John Roe", reason="byline"),
            Removed(text="Updated 2 hours ago", reason="date"),
            Removed(
                text="(Reporting by Jane Doe; Editing by Lisa Shumaker)", reason="wire_signoff"
            ),
        ),
    )


def test_fills_every_field() -> None:
    out = structure_article(_wire_story())
    assert out.headline == "Senate passes budget bill"
    assert out.dateline == Dateline("WASHINGTON (Reuters) -", "Washington", None, "Reuters")
    assert out.byline == "By Jane Doe and John Roe"
    assert out.authors == ("Jane Doe", "John Roe")
    assert out.agencies == ("Reuters",)
    assert out.modified == "2023-03-02T10:00:00+00:00"
    assert out.published is None and out.published_from is None


def test_body_captions_and_removed_are_unchanged() -> None:
    article = _wire_story()
    out = structure_article(article)
    assert (out.body, out.captions, out.removed) == (
        article.body,
        article.captions,
        article.removed,
    )
    assert out.body_text == article.body_text


def test_keeps_fields_already_set() -> None:
    article = _wire_story().evolve(
        dateline=Dateline("LONDON —", "London"),
        byline="By Someone Else",
        authors=("Someone Else",),
        published="2020-01-01",
        published_from="html",
        agencies=("dpa",),
    )
    out = structure_article(article)
    assert out.dateline == Dateline("LONDON —", "London")
    assert out.byline == "By Someone Else" and out.authors == ("Someone Else",)
    assert (out.published, out.published_from) == ("2020-01-01", "html")
    assert out.agencies == ("dpa", "Reuters")


def test_published_from_text() -> None:
    article = Article(
        id="a",
        source=Source(uri="t", format="text"),
        body=("Body.",),
        removed=(Removed(text="Published March 2, 2023", reason="date"),),
    )
    out = structure_article(article)
    assert (out.published, out.published_from) == ("2023-03-02", "text")


def test_byline_left_in_body_is_read_not_removed() -> None:
    article = Article(
        id="a",
        source=SOURCE,
        body=("By JANE DOE, Associated Press", "NEW YORK (AP) — Stocks rose.", "More."),
    )
    out = structure_article(article)
    assert out.body == article.body
    assert out.byline == "By JANE DOE, Associated Press"
    assert out.authors == ("Jane Doe",)
    assert out.dateline == Dateline("NEW YORK (AP) —", "New York", None, "AP")
    assert out.agencies == ("AP",)


def test_signoff_reporters_become_authors_without_a_byline() -> None:
    article = Article(
        id="a",
        source=SOURCE,
        body=("WASHINGTON Most Americans say they back a plan.",),
        removed=(
            Removed(
                text="(Reporting by Roberta Rampton; Editing by Lisa Shumaker)",
                reason="wire_signoff",
            ),
        ),
    )
    out = structure_article(article)
    assert out.authors == ("Roberta Rampton",)
    assert out.agencies == ()
    assert out.dateline == Dateline("WASHINGTON", "Washington")


def test_site_name_suffix_is_stripped() -> None:
    article = Article(
        id="a", source=SOURCE, headline="Big news | Example Site", site_name="Example Site"
    )
    assert structure_article(article).headline == "Big news"


def test_rejected_records_pass_through() -> None:
    article = Article(id="a", source=SOURCE, status="rejected", rejection=Rejection("x", "y"))
    assert structure_article(article) is article


def test_an_empty_article_is_returned_unchanged() -> None:
    article = Article(id="a", source=SOURCE)
    assert structure_article(article) == article


@settings(max_examples=60, deadline=None)
@given(articles)
def test_pure_deterministic_and_idempotent(article: Article) -> None:
    once = structure_article(article)
    assert structure_article(article) == once
    assert structure_article(once) == once
    assert once.body == article.body
    assert once.quotes == article.quotes and once.entities == article.entities


def test_dates_in_comments_are_not_publication_dates() -> None:
    article = Article(
        id="a",
        source=SOURCE,
        body=("Body.",),
        removed=(
            Removed(text="Posted by reader99 on March 3, 2023 at 9:00 AM", reason="comment"),
            Removed(text="Published March 2, 2023", reason="date"),
        ),
    )
    assert structure_article(article).published == "2023-03-02"
