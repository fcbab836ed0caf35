"""Writing and reading back: round trip, idempotency, upserts, order, digests, stats."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsrefinery.errors import StoreError
from newsrefinery.records import (
    Article,
    Caption,
    Cluster,
    Dateline,
    Entity,
    Mention,
    Quote,
    Rejection,
    Removed,
    Source,
    article_id,
)
from newsrefinery.store import Store, open_store


def make_article(
    uri: str = "feed/a.txt",
    offset: int | None = None,
    *,
    headline: str = "China's push for ceasefire to help Russian aggression: US",
    body: tuple[str, ...] = (
        "The White House expressed its belief that a ceasefire would help Russia.",
        '"We think it would be a very good thing," Kirby told reporters.',
    ),
    cluster: Cluster | None = None,
) -> Article:
    """A fully populated record: every child table gets rows."""
    text = "\n\n".join(body)
    start = text.find('"') + 1 if '"' in text else 0
    return Article(
        id=article_id(uri, offset),
        source=Source(uri=uri, format="text", offset=offset, fetched="2023-03-20T10:00:00Z"),
        url=f"https://example.com/{uri}/{offset}",
        site_name="example.com",
        headline=headline,
        dateline=Dateline(text="WASHINGTON:", place="Washington", agency="AFP"),
        published="2023-03-20",
        authors=("Jane Roe",),
        agencies=("AFP",),
        language="en",
        body=body,
        captions=(Caption(text="John Kirby speaks.", credit="AFP/File"),),
        quotes=(
            Quote(
                text="We think it would be a very good thing,",
                kind="direct",
                start=start,
                end=start + 39,
                speaker="John Kirby",
                speaker_mention="Kirby",
                speaker_start=start + 41,
                speaker_end=start + 46,
                speaker_title="National Security Council spokesman",
                cue="told",
            ),
        ),
        entities=(
            Entity(
                name="John Kirby",
                type="PERSON",
                titles=("spokesman",),
                mentions=(Mention("Kirby", 5, 10), Mention("he", 20, 22)),
            ),
            Entity(name="Washington", type="PLACE"),
        ),
        removed=(Removed("[ad_1]", "ad_placeholder"), Removed("Source link", "source_link")),
        cluster=cluster or Cluster(),
        warnings=("no_date",),
    )


def rejected(uri: str, reason: str = "decode_error") -> Article:
    return Article(
        id=article_id(uri, None),
        source=Source(uri=uri, format="text"),
        status="rejected",
        rejection=Rejection(reason=reason, message="binary file"),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "news.db") as s:
        yield s


def table_rows(store: Store, table: str, aid: str) -> list[tuple[object, ...]]:
    # Test-only: table names come from the test itself, never from input.
    sql = f"SELECT * FROM {table} WHERE article_id = ? ORDER BY 2"
    return store.connection.execute(sql, (aid,)).fetchall()


def test_round_trip_and_child_rows(store: Store) -> None:
    a = make_article(cluster=Cluster(id="c1", canonical=False, duplicate_of="x", similarity=0.93))
    run = store.begin_run(["refine", "in/"], "local", 4)
    assert store.write([(a, "digest-1")], run) == 1
    assert store.get(a.id) == a
    assert store.get("nope") is None
    assert store.digests([a.id, "unknown"]) == {a.id: "digest-1"}
    assert len(table_rows(store, "removed", a.id)) == 2
    assert len(table_rows(store, "entities", a.id)) == 2
    quote = store.connection.execute(
        'SELECT text, kind, start, "end", speaker, speaker_title, cue FROM quotes'
    ).fetchone()
    assert quote == (
        a.quotes[0].text,
        "direct",
        a.quotes[0].start,
        a.quotes[0].end,
        "John Kirby",
        "National Security Council spokesman",
        "told",
    )
    ent = store.connection.execute("SELECT name, titles, mentions FROM entities ORDER BY idx")
    assert ent.fetchall() == [("John Kirby", '["spokesman"]', 2), ("Washington", "[]", 0)]
    clusters = store.connection.execute(
        "SELECT article_id, cluster_id, canonical, duplicate_of, similarity FROM clusters"
    ).fetchall()
    assert clusters == [(a.id, "c1", 0, "x", 0.93)]
    row = store.connection.execute(
        "SELECT body, quotes_text, site, status, reason, run_id FROM articles"
    ).fetchone()
    assert row == (a.body_text, a.quotes[0].text, "example.com", "ok", None, run)


def test_unclustered_article_has_no_cluster_row(store: Store) -> None:
    run = store.begin_run([], "local", 1)
    store.write([(make_article(), None)], run)
    assert store.connection.execute("SELECT count(*) FROM clusters").fetchone() == (0,)
    assert store.digests([make_article().id]) == {make_article().id: None}


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every table's content, minus the columns allowed to change on a rewrite."""
    conn = store.connection
    out = {
        "articles": conn.execute(
            "SELECT id, source_uri, source_offset, raw_digest, url, site, headline, published,"
            " language, status, reason, body, quotes_text, record FROM articles ORDER BY id"
        ).fetchall()
    }
    for table in ("removed", "quotes", "entities", "clusters"):
        out[table] = conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
    return out


def test_idempotent_rewrite(store: Store) -> None:
    items = [(make_article("a", i, cluster=Cluster(id="k")), f"d{i}") for i in range(5)]
    first = store.begin_run([], "local", 1)
    store.write(items, first)
    before = dump(store)
    second = store.begin_run([], "local", 1)
    store.write(items, second)
    assert dump(store) == before
    assert store.count() == 5
    assert {r[0] for r in store.connection.execute("SELECT run_id FROM articles")} == {second}
    assert store.search("ceasefire").total == 5


def test_upsert_replaces_children_and_index(store: Store) -> None:
    run = store.begin_run([], "local", 1)
    old = make_article(cluster=Cluster(id="c1"))
    store.write([(old, "d1")], run)
    new = old.evolve(
        headline="Budget vote delayed",
        body=("Parliament postponed the vote.",),
        quotes=(),
        entities=(Entity(name="Parliament", type="ORG"),),
        removed=(),
        cluster=Cluster(),
    )
    store.write([(new, "d2")], run)
    assert store.get(old.id) == new
    assert store.digests([old.id]) == {old.id: "d2"}
    assert table_rows(store, "quotes", old.id) == []
    assert table_rows(store, "removed", old.id) == []
    assert [r[2] for r in table_rows(store, "entities", old.id)] == ["Parliament"]
    assert store.connection.execute("SELECT count(*) FROM clusters").fetchone() == (0,)
    assert store.search("ceasefire").total == 0
    assert store.search("Kirby").total == 0
    assert [h.id for h in store.search("parliament").hits] == [old.id]


def test_batch_is_one_transaction(store: Store) -> None:
    run = store.begin_run([], "local", 1)
    good = make_article("a", 1)
    with pytest.raises(StoreError, match="cannot write to database"):
        store.write([(good, None)], run + 99)  # unknown run: foreign key violation
    assert store.count() == 0
    assert store.connection.in_transaction is False


def test_iter_articles_order_is_independent_of_write_order(tmp_path: Path) -> None:
    arts = [make_article(uri, off) for uri in ("b.warc", "a.warc") for off in (300, 5, None)]
    arts.append(rejected("c.bin"))
    outputs = []
    for seed in range(3):
        shuffled = arts[:]
        random.Random(seed).shuffle(shuffled)
        with open_store(tmp_path / f"{seed}.db") as s:
            run = s.begin_run([], "local", 1)
            for art in shuffled:  # one batch per article: order of commits varies too
                s.write([(art, None)], run)
            outputs.append([a.to_json() for a in s.iter_articles()])
    assert outputs[0] == outputs[1] == outputs[2]
    keys = [(a.source.uri, a.source.offset) for a in map(Article.from_json, outputs[0])]
    assert keys == [
        ("a.warc", None),
        ("a.warc", 5),
        ("a.warc", 300),
        ("b.warc", None),
        ("b.warc", 5),
        ("b.warc", 300),
        ("c.bin", None),
    ]


@settings(max_examples=20, deadline=None)
@given(order=st.permutations(list(range(6))))
def test_iteration_deterministic_property(
    tmp_path_factory: pytest.TempPathFactory, order: list[int]
) -> None:
    arts = [make_article(f"u{i % 3}", i) for i in range(6)]
    with open_store(tmp_path_factory.mktemp("p") / "x.db") as s:
        run = s.begin_run([], "local", 1)
        s.write([(arts[i], None) for i in order], run)
        got = [a.id for a in s.iter_articles()]
    expected = sorted(arts, key=lambda a: (a.source.uri, a.source.offset or -1, a.id))
    assert got == [a.id for a in expected]


def test_filters_and_count(store: Store) -> None:
    run = store.begin_run([], "local", 1)
    partial = make_article("p").evolve(status="partial")
    store.write([(make_article("a"), None), (partial, None), (rejected("r"), None)], run)
    assert store.count() == 3
    assert store.count(include_rejected=False) == 2
    assert store.count(status="partial") == 1
    assert [a.id for a in store.iter_articles(status="partial")] == [partial.id]
    assert all(a.status != "rejected" for a in store.iter_articles(include_rejected=False))
    assert store.count(status="rejected", include_rejected=False) == 0


def test_digests_chunks_large_id_lists(store: Store) -> None:
    run = store.begin_run([], "local", 1)
    arts = [make_article("big", i) for i in range(1203)]
    store.write([(a, f"h{a.source.offset}") for a in arts], run)
    ids = [a.id for a in arts] + [f"missing{i}" for i in range(700)]
    got = store.digests(iter(ids))
    assert len(got) == 1203
    assert got[arts[777].id] == "h777"


def test_runs_and_stats_accounting(store: Store) -> None:
    assert store.stats()["last_run"] is None
    run = store.begin_run(["refine", "x/", "--jobs", "2"], "local", 2)
    items = [
        (make_article("a"), None),
        (make_article("b").evolve(status="partial", language="fr", site_name="b.fr"), None),
        (make_article("c").evolve(status="empty", body=(), site_name=None), None),
        (rejected("r1"), None),
        (rejected("r2", "read_error"), None),
        (rejected("r3"), None),
    ]
    store.write(items, run)
    store.finish_run(run, {"inputs": 6, "rejected": 3})
    stats = store.stats()
    assert stats["inputs"] == stats["stored"] + stats["rejected"] == 6
    assert stats["stored"] == 3
    assert stats["by_status"] == {"empty": 1, "ok": 1, "partial": 1, "rejected": 3}
    assert stats["rejected_by_reason"] == {"decode_error": 2, "read_error": 1}
    assert stats["sites"] == {"b.fr": 1, "example.com": 1}
    assert stats["languages"] == {"en": 2, "fr": 1}
    assert stats["runs"] == 1
    assert stats["last_run"]["stats"] == {"inputs": 6, "rejected": 3}
    [info] = store.runs()
    assert info["id"] == run and info["argv"] == ["refine", "x/", "--jobs", "2"]
    assert info["engine"] == "local" and info["jobs"] == 2
    assert info["started"].endswith("Z") and info["finished"] >= info["started"]
    json.dumps(stats)  # the CLI prints it as JSON


def test_finish_unknown_run(store: Store) -> None:
    with pytest.raises(StoreError, match="no such run"):
        store.finish_run(42, {})


def test_closed_store_raises_store_error(tmp_path: Path) -> None:
    s = open_store(tmp_path / "c.db")
    s.close()
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.count()


def test_articles_without_children_and_unicode(store: Store) -> None:
    run = store.begin_run([], "local", 1)
    a = Article(
        id="x",
        source=Source(uri="ü/ñ.txt", format="jsonl", offset=0),
        headline="Ça va — 北京",
        body=("Ünïcödé \U0001f600 text",),
    )
    store.write([(a, None)], run)
    assert store.get("x") == a
    assert store.connection.execute("SELECT count(*) FROM quotes").fetchone() == (0,)


def test_foreign_keys_cascade_on_delete(store: Store) -> None:
    run = store.begin_run([], "local", 1)
    a = make_article(cluster=Cluster(id="c"))
    store.write([(a, None)], run)
    conn = store.connection
    conn.execute("DELETE FROM articles WHERE id = ?", (a.id,))
    for table in ("removed", "quotes", "entities", "clusters"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert isinstance(conn, sqlite3.Connection)
