"""The view data functions: filters, paging, speakers, clusters and runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsrefinery.errors import QueryError
from newsrefinery.records import Article, Source
from newsrefinery.store import Store, open_store
from newsrefinery.web import data

from .helpers_web import CLUSTER_ID, COPY_ID, GERMAN_ID, KIRBY, SEED_ID, XSS_ID, build_db


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with open_store(db, readonly=True) as s:
        yield s


def ids(store: Store, q: str = "", **filters: str) -> list[str]:
    result = data.search(store, q, data.parse_filters(**filters))
    assert result.total == len(result.hits)
    return sorted(h.id for h in result.hits)


@pytest.mark.parametrize(
    ("q", "filters", "expected"),
    [
        ("ceasefire", {}, [SEED_ID, COPY_ID]),
        ("ceasefire", {"site": "mirror.example"}, [COPY_ID]),
        ("", {"language": "de"}, [GERMAN_ID]),
        ("", {"agency": "AFP"}, [SEED_ID, COPY_ID]),
        ("", {"agency": "dpa"}, [GERMAN_ID]),
        ("", {"speaker": KIRBY}, [SEED_ID, COPY_ID]),
        ("ceasefire", {"speaker": KIRBY}, [SEED_ID, COPY_ID]),
        ("", {"has_quotes": "true"}, [SEED_ID, COPY_ID, XSS_ID]),
        ("", {"has_quotes": "no"}, [GERMAN_ID]),
        # Dates are inclusive at both ends, with or without a time in the record.
        ("", {"date_from": "2023-03-03", "date_to": "2023-03-03"}, [SEED_ID]),
        ("", {"date_to": "2023-03-04"}, [SEED_ID, COPY_ID, GERMAN_ID]),
        ("", {"date_from": "2023-03-04"}, [COPY_ID]),
        ("ceasefire OR Waffenruhe", {"date_to": "2022-12-31"}, [GERMAN_ID]),
        ("", {"site": "", "language": " ", "agency": ""}, [SEED_ID, COPY_ID, GERMAN_ID, XSS_ID]),
        ("ceasefire", {"language": "de"}, []),
    ],
)
def test_filters(store: Store, q: str, filters: dict[str, str], expected: list[str]) -> None:
    assert ids(store, q, **filters) == sorted(expected)


@pytest.mark.parametrize(
    "value", ["x' OR '1'='1", 'x") OR 1=1 --', "AFP'; DROP TABLE articles; --", "%", "_"]
)
def test_filter_values_are_data_not_sql(store: Store, value: str) -> None:
    for name in ("site", "language", "agency", "speaker"):
        assert ids(store, "", **{name: value}) == []
    assert store.count() == 5


def test_rejected_inputs_never_match(store: Store, tmp_path: Path) -> None:
    assert REJECTED not in ids(store)
    # Even a rejected record that kept some text is left out of hits and counts.
    texty = _many(2)
    texty[1] = texty[1].evolve(status="rejected")
    db = build_db(tmp_path / "texty.db", texty)
    with open_store(db, readonly=True) as s:
        for filters in ({}, {"site": "many.example"}):
            assert ids(s, "harbour", **filters) == ["m000"]


REJECTED = "r1rejected"


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"date_from": "2023-02-30"}, "invalid date_from"),
        ({"date_to": "03/02/2023"}, "invalid date_to"),
        ({"has_quotes": "2"}, "invalid has_quotes"),
    ],
)
def test_bad_filters_raise_query_error(filters: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        data.parse_filters(**filters)


def test_date_filters_leave_out_undated_articles(store: Store) -> None:
    assert ids(store, "", date_from="0001-01-01") == sorted([SEED_ID, COPY_ID, GERMAN_ID])
    assert ids(store, "", date_to="9999-12-30") == sorted([SEED_ID, COPY_ID, GERMAN_ID])
    with pytest.raises(QueryError, match="past the last usable day"):
        data.parse_filters(date_to="9999-12-31")


def test_query_errors_come_from_fts(store: Store) -> None:
    with pytest.raises(QueryError, match="invalid search query"):
        data.search(store, '"open', data.parse_filters())
    with pytest.raises(QueryError, match="invalid search query"):
        data.search(store, '"open', data.parse_filters(site="news.example"))


def _many(n: int) -> list[Article]:
    return [
        Article(
            id=f"m{i:03d}",
            source=Source(uri=f"/m/{i}.txt", format="text"),
            headline=f"Harbour report {i}",
            body=(f"The harbour reopened on day {i}.",),
            published=f"2020-01-{1 + i % 20:02d}",
            site_name="many.example",
        )
        for i in range(n)
    ]


def test_paging_covers_every_match_once(tmp_path: Path) -> None:
    db = build_db(tmp_path / "many.db", _many(45))
    with open_store(db, readonly=True) as store:
        for q in ("harbour", ""):
            pages = [data.search(store, q, data.parse_filters(), page, 20) for page in (1, 2, 3)]
            assert [p.total for p in pages] == [45, 45, 45]
            assert [p.pages for p in pages] == [3, 3, 3]
            assert [len(p.hits) for p in pages] == [20, 20, 5]
            seen = [h.id for p in pages for h in p.hits]
            assert sorted(seen) == [f"m{i:03d}" for i in range(45)]
        assert data.search(store, "harbour", data.parse_filters(), 4, 20).hits == []
        newest = data.search(store, "", data.parse_filters(), 1, 3).hits
        # Newest first; the id orders articles of the same day.
        assert [h.id for h in newest] == ["m019", "m039", "m018"]


def test_ranking_puts_headline_hits_first(tmp_path: Path) -> None:
    articles = _many(3)
    articles[2] = articles[2].evolve(headline="Lighthouse keeper retires", body=("Harbour news.",))
    articles[1] = articles[1].evolve(body=("Nothing here.", "A lighthouse was mentioned."))
    db = build_db(tmp_path / "rank.db", articles)
    with open_store(db, readonly=True) as store:
        hits = data.search(store, "lighthouse", data.parse_filters()).hits
    assert [h.id for h in hits] == ["m002", "m001"]


def test_speaker_view(store: Store) -> None:
    view = data.speaker(store, KIRBY)
    assert (view.total, view.articles, view.pages) == (4, 2, 1)
    assert [(q.article_id, q.index) for q in view.quotes] == [
        (SEED_ID, 0), (SEED_ID, 1), (COPY_ID, 0), (COPY_ID, 1),
    ]  # fmt: skip
    assert view.quotes[0].cue == "told" and view.quotes[0].kind == "direct"
    with pytest.raises(data.NotFound):
        data.speaker(store, "Nobody")


def test_cluster_view(store: Store) -> None:
    view = data.cluster(store, CLUSTER_ID)
    assert (view.size, view.shown) == (2, 2)
    canonical, copy = view.members
    assert canonical.canonical and not copy.canonical and copy.duplicate_of == SEED_ID
    assert copy.similarity == pytest.approx(0.93)
    assert "".join(d.text for d in copy.diff or [] if d.op != "delete") == "\n\n".join(copy.body)
    with pytest.raises(data.NotFound):
        data.cluster(store, "nope")


def test_article_view_unknown_id(store: Store) -> None:
    with pytest.raises(data.NotFound):
        data.article(store, "nope")


def test_runs_view(tmp_path: Path) -> None:
    db = build_db(tmp_path / "runs.db")
    build_db(db)  # a second run over the same records
    with open_store(db, readonly=True) as store:
        view = data.runs(store)
        assert [r.id for r in view.runs] == [2, 1]
        assert view.reasons[0].value == "binary_content" and view.total == 1
        assert view.rejected[0].message == "/nonexistent/bad.bin: not text"
        assert view.rejected[0].run_id == 2
        assert data.runs(store, "timeout").rejected == []
