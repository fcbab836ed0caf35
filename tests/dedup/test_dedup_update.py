"""Clustering the store: the same clusters whether articles come at once or in parts."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsrefinery.dedup import DedupParams, update_clusters
from newsrefinery.dedup.query import list_clusters, totals
from newsrefinery.records import Article, Rejection, Source
from newsrefinery.store import Store, open_store

from .helpers_dedup import article, story, syndicated


def _write(store: Store, articles: list[Article]) -> None:
    run = store.begin_run(["test"], "local", 1)
    store.write([(a, None) for a in articles], run)


def _clusters(store: Store) -> dict[str, tuple[object, ...]]:
    return {
        a.id: (a.cluster.id, a.cluster.canonical, a.cluster.duplicate_of, a.cluster.similarity)
        for a in store.iter_articles()
    }


def _corpus() -> list[Article]:
    articles = [*syndicated(1, "a_").values(), *syndicated(2, "b_").values()]
    rejected = Article(
        id="r" * 20, source=Source(uri="bad.txt", format="text"), status="rejected",
        rejection=Rejection("empty_input", "bad.txt: empty"),
    )  # fmt: skip
    return [*articles, rejected, article("blank", [])]


def test_records_and_rows_carry_the_clusters(tmp_path: Path) -> None:
    articles = syndicated(1)
    with open_store(tmp_path / "db.sqlite") as store:
        _write(store, list(articles.values()))
        stats = update_clusters(store)
        assert (stats.sketched, stats.affected, stats.changed) == (9, 9, 9)
        copy = store.get(articles["wire_typo"].id)
        head = articles["wire_original"].id
        assert copy is not None and copy.cluster.duplicate_of == head
        assert copy.cluster.id == head and not copy.cluster.canonical
        assert 0.8 < (copy.cluster.similarity or 0) < 1
        assert copy.body == articles["wire_typo"].body  # only the cluster field changed
        [found] = list_clusters(store)
        assert found["id"] == head and found["size"] == 6
        assert found["canonical"]["elected"] == "dated"
        assert {m["link"] for m in found["members"][1:]} == {"near_duplicate", "contained", "exact"}
        assert totals(store) == {"articles": 9, "clusters": 4, "with_copies": 1, "copies": 5}
        # Rewriting records must not touch the full-text index, nor break it.
        store.connection.execute(
            "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"
        )
        assert store.search(articles["solo"].body[0].split()[0]).total >= 1
        again = update_clusters(store)
        assert (again.sketched, again.affected, again.changed) == (0, 0, 0)


def test_incremental_updates_give_the_batch_answer_in_any_order(tmp_path: Path) -> None:
    corpus = _corpus()
    with open_store(tmp_path / "all.sqlite") as store:
        _write(store, corpus)
        update_clusters(store)
        expected = _clusters(store)
    assert sum(1 for c in expected.values() if c[0] is None) == 2  # the rejected and the blank
    for seed in range(3):
        order = corpus[:]
        random.Random(seed).shuffle(order)
        with open_store(tmp_path / f"parts{seed}.sqlite") as store:
            for part in (order[:5], order[5:9], order[9:]):
                _write(store, part)
                update_clusters(store)
            assert _clusters(store) == expected


def test_a_rewritten_canonical_hands_its_cluster_on(tmp_path: Path) -> None:
    articles = syndicated(4)
    original = articles["wire_original"]
    with open_store(tmp_path / "db.sqlite") as store:
        _write(store, list(articles.values()))
        update_clusters(store)
        _write(store, [original.evolve(body=tuple(story(99)))])  # now another story
        stats = update_clusters(store)
        assert stats.sketched == 1 and stats.changed >= 6
        moved = store.get(articles["wire_typo"].id)
        assert moved is not None and moved.cluster.id != original.id
        alone = store.get(original.id)
        assert alone is not None and alone.cluster.id == original.id and alone.cluster.canonical
        rows = store.connection.execute(
            "SELECT count(*) FROM clusters WHERE cluster_id = ?", (original.id,)
        ).fetchone()
        assert rows[0] == 1


def test_new_parameters_resketch_everything(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite") as store:
        _write(store, list(syndicated(5).values()))
        update_clusters(store)
        stats = update_clusters(store, DedupParams(jaccard=0.95, containment=0.99))
        assert stats.rebuilt and stats.sketched == 9
        assert totals(store)["copies"] < 5
        assert update_clusters(store, DedupParams(jaccard=0.95, containment=0.99)).changed == 0


def test_clusters_made_under_older_rules_are_all_redone_from_stored_sketches(
    tmp_path: Path,
) -> None:
    from newsrefinery.dedup.update import RULES

    with open_store(tmp_path / "db.sqlite") as store:
        _write(store, list(syndicated(8).values()))
        first = update_clusters(store)
        assert update_clusters(store).affected == 0  # nothing new, same rules: no work
        conn = store.connection
        conn.execute("UPDATE dedup_state SET value = 'old' WHERE name = 'rules'")
        conn.execute("UPDATE clusters SET elected = 'stale' WHERE canonical = 1")
        again = update_clusters(store)
        assert again.sketched == 0 and again.affected == first.affected == 9
        assert again.changed == 4  # the four canonicals get their reasons back
        state = conn.execute("SELECT value FROM dedup_state WHERE name = 'rules'").fetchone()
        assert state[0] == RULES


def test_a_database_from_before_dedup_is_upgraded_and_clustered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsrefinery.store import schema

    path = tmp_path / "old.sqlite"
    articles = list(syndicated(6).values())
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])  # the first release only
        with open_store(path) as store:
            _write(store, articles)
    with open_store(path) as store:
        stats = update_clusters(store)
        assert stats.sketched == len(articles) and totals(store)["copies"] == 5
        conn = store.connection
        # The full-text trigger now ignores record-only updates, and still follows text.
        conn.execute("UPDATE articles SET body = 'zebra crossing' WHERE id = ?", (articles[0].id,))
        assert store.search("zebra").total == 1
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
