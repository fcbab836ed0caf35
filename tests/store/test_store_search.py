"""Full-text search: ranking, snippets, filtering, paging and query errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsrefinery.errors import QueryError
from newsrefinery.records import Article, Quote, Rejection, Source
from newsrefinery.store import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, Store, open_store

FILLER = "Officials met on Tuesday to discuss the annual budget and local transport plans."


def art(
    aid: str, headline: str, body: tuple[str, ...], quotes: tuple[str, ...] = (), **kw: object
) -> Article:
    text = "\n\n".join(body)
    spans = tuple(
        Quote(text=q, kind="direct", start=text.find(q), end=text.find(q) + len(q)) for q in quotes
    )
    return Article(
        id=aid,
        source=Source(uri=f"{aid}.txt", format="text"),
        headline=headline,
        body=body,
        quotes=spans,
        url=f"https://news.example/{aid}",
        site_name="news.example",
        published="2023-03-20",
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    articles = [
        art("body", "Markets steady", (FILLER, "Analysts said a ceasefire was unlikely soon.")),
        art("head", "Ceasefire talks in Geneva", (FILLER, "Delegations arrived on Monday.")),
        art(
            "quote",
            "Spokesman speaks",
            (FILLER, '"A ceasefire is possible," the spokesman said.'),
            quotes=("A ceasefire is possible,",),
        ),
        art("accent", "Island news", (FILLER, "Flights to Réunion resumed after the storm.")),
        art(
            "rejected",
            "Ceasefire ceasefire",
            ("ceasefire",),
            status="rejected",
            rejection=Rejection("decode_error", "binary"),
        ),
        *(art(f"fill{i}", f"Local report {i}", (FILLER,)) for i in range(6)),
    ]
    with open_store(tmp_path / "s.db") as s:
        s.write([(a, None) for a in articles], s.begin_run([], "local", 1))
        yield s


def test_ranking_headline_then_quotes_then_body(store: Store) -> None:
    page = store.search("ceasefire")
    assert page.total == 3
    assert [h.id for h in page.hits] == ["head", "quote", "body"]
    ranks = [h.rank for h in page.hits]
    assert ranks == sorted(ranks)  # bm25: lower is better
    assert all(isinstance(h, SearchHit) for h in page.hits)


def test_hit_fields_and_snippet_markers(store: Store) -> None:
    [hit] = store.search("unlikely").hits
    assert (hit.id, hit.headline, hit.url, hit.site, hit.published) == (
        "body",
        "Markets steady",
        "https://news.example/body",
        "news.example",
        "2023-03-20",
    )
    assert f"{HIGHLIGHT_START}unlikely{HIGHLIGHT_END}" in hit.snippet
    assert hit.snippet.count(HIGHLIGHT_START) == hit.snippet.count(HIGHLIGHT_END) == 1
    assert len(hit.snippet.split()) <= 26  # ~24 tokens plus the ellipsis


def test_diacritics_prefix_and_phrase(store: Store) -> None:
    [hit] = store.search("reunion").hits
    assert hit.id == "accent"
    assert f"{HIGHLIGHT_START}Réunion{HIGHLIGHT_END}" in hit.snippet
    assert store.search("cease*").total == 3
    assert [h.id for h in store.search('"ceasefire is possible"').hits] == ["quote"]
    assert [h.id for h in store.search("ceasefire NOT spokesman").hits] == ["head", "body"]
    assert store.search("headline: geneva").hits[0].id == "head"


def test_rejected_articles_are_never_hits(store: Store) -> None:
    assert "rejected" not in {h.id for h in store.search("ceasefire", limit=100).hits}
    assert store.search("ceasefire").total == 3


def test_paging(store: Store) -> None:
    everything = store.search("officials", limit=100)
    assert everything.total == 10
    ids = [h.id for h in everything.hits]
    paged = [
        h.id for off in range(0, 10, 3) for h in store.search("officials", limit=3, offset=off).hits
    ]
    assert paged == ids
    beyond = store.search("officials", limit=5, offset=50)
    assert beyond.total == 10 and beyond.hits == ()
    assert store.search("officials", limit=0).hits == ()
    assert store.search("nomatchword").total == 0


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR", "", "   ", "nosuchcol: x", "a.b", "("])
def test_bad_queries_raise_query_error(store: Store, query: str) -> None:
    with pytest.raises(QueryError, match=r"^invalid search query: "):
        store.search(query)


def test_query_is_never_sql(store: Store) -> None:
    for query in ["x'); DROP TABLE articles; --", "'; DELETE FROM articles; --"]:
        with pytest.raises(QueryError):
            store.search(query)
    assert store.count() == 11


def test_negative_paging_is_rejected(store: Store) -> None:
    with pytest.raises(ValueError, match="negative"):
        store.search("ceasefire", limit=-1)
