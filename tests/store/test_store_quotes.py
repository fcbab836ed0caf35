"""Quotes across the corpus: the quotes table joined to articles, by speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsrefinery.quotes import quotes_article
from newsrefinery.records import Article, RawDoc, Rejection, Source, rejected_article
from newsrefinery.store import open_store
from newsrefinery.store.quotes import find_quotes, top_speakers


def _article(uri: str, *body: str) -> Article:
    art = Article(id=uri, source=Source(uri=uri, format="text"), headline=f"About {uri}", body=body)
    return quotes_article(art)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "q.db"
    arts = [
        _article("a.txt", "National Security Council spokesman John Kirby spoke.",
                 "“We are ready,” Kirby said.", "The film “13th” opens."),
        _article("b.txt", "“Talks will go on,” John Kirby told reporters.",
                 "“It is over,” said Jane Smith."),
        rejected_article(RawDoc(uri="c.txt", format="text", kind="text", content=None),
                         Rejection("read_error", "c.txt: gone")),
    ]  # fmt: skip
    with open_store(path) as store:
        run = store.begin_run(["test"], engine="local", jobs=1)
        store.write([(a, None) for a in arts], run)
    return path


def test_all_quotes_by_a_speaker_across_articles(db: Path) -> None:
    with open_store(db, readonly=True) as store:
        hits = find_quotes(store.connection, speaker="john kirby")
        by_surname = find_quotes(store.connection, speaker="Kirby")
    assert [(h.article_id, h.text) for h in hits] == [
        ("a.txt", "We are ready,"), ("b.txt", "Talks will go on,"),
    ]  # fmt: skip
    assert by_surname == hits
    assert hits[0].speaker_title == "National Security Council spokesman"
    assert hits[0].headline == "About a.txt"


def test_other_quotes_only_on_request_and_paging(db: Path) -> None:
    with open_store(db, readonly=True) as store:
        conn = store.connection
        speech = find_quotes(conn)
        everything = find_quotes(conn, include_other=True)
        page = find_quotes(conn, limit=1, offset=1)
        assert find_quotes(conn, speaker="Nobody At All") == []
        assert top_speakers(conn)[0] == ("John Kirby", 2)
    assert "13th" not in [h.text for h in speech]
    assert "13th" in [h.text for h in everything]
    assert page == speech[1:2]


def test_like_wildcards_in_names_are_literal(db: Path) -> None:
    with open_store(db, readonly=True) as store:
        assert find_quotes(store.connection, speaker="%") == []
        with pytest.raises(ValueError):
            find_quotes(store.connection, limit=-1)
