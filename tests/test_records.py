from __future__ import annotations

import json

from hypothesis import given

from newsrefinery.records import (
    Article,
    RawDoc,
    Rejection,
    Source,
    article_id,
    rejected_article,
)
from strategies import articles


@given(articles)
def test_json_round_trip(article: Article) -> None:
    assert Article.from_json(article.to_json()) == article


@given(articles)
def test_json_is_deterministic_and_ordered(article: Article) -> None:
    data = json.loads(article.to_json())
    assert list(data)[:3] == ["schema_version", "id", "source"]
    assert article.to_json() == Article.from_dict(data).to_json()


def test_body_text_joins_paragraphs() -> None:
    a = Article(id="x", source=Source(uri="u", format="text"), body=("One.", "Two."))
    assert a.body_text == "One.\n\nTwo."


def test_records_are_immutable() -> None:
    a = Article(id="x", source=Source(uri="u", format="text"))
    try:
        a.headline = "changed"  # type: ignore[misc]
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("Article must be frozen")
    assert a.evolve(headline="new").headline == "new" and a.headline is None


def test_article_id_depends_on_uri_and_offset() -> None:
    assert article_id("a", None) == article_id("a", None)
    assert len({article_id("a", None), article_id("a", 0), article_id("b", None)}) == 3


def test_rejected_article_keeps_provenance() -> None:
    raw = RawDoc(uri="/x.warc", format="warc", kind="html", content=None, offset=12)
    rec = rejected_article(raw, Rejection("truncated_warc", "/x.warc: cut"))
    assert rec.status == "rejected" and rec.id == raw.id
    assert rec.source.offset == 12 and rec.rejection is not None
