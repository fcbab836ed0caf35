"""Article records as Parquet: schema from the record, exact round trip, export and import."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsrefinery import open_store
from newsrefinery.cli import cli
from newsrefinery.errors import ConfigError, SchemaError
from newsrefinery.records import (
    SCHEMA_VERSION,
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
)

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from newsrefinery.run import parquet  # noqa: E402 - needs pyarrow, skipped above


def _full(i: int) -> Article:
    """A record with every kind of field filled, unicode and nulls included."""
    return Article(
        id=f"{i:020x}",
        source=Source(uri=f"/data/crawl-{i % 3}.warc.gz", format="warc", offset=i * 100),
        url=f"https://example.org/{i}",
        site_name="Exämple Times",
        headline=f"Ceasefire talks, day {i}",
        dateline=Dateline(text="WASHINGTON:", place="Washington", agency="AFP"),
        published="2023-03-02",
        published_from="text",
        authors=("Jane Doe",),
        agencies=("AFP", "Reuters"),
        language="en",
        body=("We think it would be a very good thing, Kirby said.", "Second — paragraph."),
        captions=(Caption(text="A photo.", credit="AFP/File"), Caption(text="No credit")),
        quotes=(
            Quote(
                text="We think it would be",
                kind="direct",
                start=0,
                end=20,
                speaker="John Kirby",
                speaker_start=40,
                speaker_end=45,
                cue="said",
            ),
        ),
        entities=(
            Entity(
                name="John Kirby",
                type="PERSON",
                titles=("spokesman",),
                mentions=(Mention(text="Kirby", start=40, end=45),),
            ),
        ),
        removed=(Removed(text="[ad_1]", reason="ad_placeholder"),),
        cluster=Cluster(id="c1", canonical=False, duplicate_of="x", similarity=0.8125),
        warnings=("odd",),
    )


def _rejected(i: int) -> Article:
    return Article(
        id=f"r{i:019x}",
        source=Source(uri="/data/bad.txt", format="text"),
        status="rejected",
        rejection=Rejection("binary_content", "/data/bad.txt: binary"),
    )


def test_schema_is_derived_from_the_record() -> None:
    schema = parquet.article_schema()
    assert schema.names == list(Article(id="x", source=Source("u", "text")).to_dict())
    assert schema.metadata[parquet.VERSION_KEY] == str(SCHEMA_VERSION).encode()
    quote = schema.field("quotes").type.value_type
    assert [f.name for f in quote] == [f.name for f in dataclasses.fields(Quote)]
    assert schema.field("dateline").nullable and not schema.field("cluster").nullable
    assert parquet.article_schema(digest=True).names[-1] == "raw_digest"


def test_round_trip_gives_the_same_json_bytes(tmp_path: Path) -> None:
    articles = [_full(i) for i in range(5)] + [
        _rejected(0),
        Article(id="e", source=Source("u", "html")),
    ]
    path = tmp_path / "a.parquet"
    assert parquet.write_articles(articles, path) == len(articles)
    back = [a for a, digest in parquet.read_articles(path) if digest is None]
    assert [a.to_json() for a in back] == [a.to_json() for a in articles]


def test_digest_column_travels_with_the_rows(tmp_path: Path) -> None:
    table = parquet.to_table([_full(1), _full(2)], ["d1", None])
    parquet.write_table(table, tmp_path / "s.parquet", {"k": "v"})
    assert [d for _, d in parquet.read_articles(tmp_path)] == ["d1", None]
    assert parquet.rows_in(tmp_path / "s.parquet")[1][b"k"] == b"v"


def test_newer_schema_version_is_refused(tmp_path: Path) -> None:
    newer = dataclasses.replace(_full(1), schema_version=SCHEMA_VERSION + 1)
    parquet.write_articles([newer], tmp_path / "n.parquet")
    with pytest.raises(SchemaError, match="newer"):
        list(parquet.read_articles(tmp_path))


def test_foreign_parquet_is_refused(tmp_path: Path) -> None:
    pq.write_table(pa.table({"x": [1, 2]}), tmp_path / "other.parquet")
    with pytest.raises(SchemaError, match="not Article records"):
        list(parquet.read_articles(tmp_path))
    (tmp_path / "other.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(SchemaError, match="not a readable Parquet"):
        list(parquet.read_articles(tmp_path))


def test_hidden_and_marker_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    parquet.write_articles([_full(1)], tmp_path / "b" / "part-1.parquet")
    parquet.write_articles([_full(2)], tmp_path / "a.parquet")
    (tmp_path / ".a.parquet.123.tmp").write_bytes(b"half")
    (tmp_path / "_SUCCESS").write_bytes(b"")
    (tmp_path / ".hidden.parquet").write_bytes(b"junk")
    names = [p.relative_to(tmp_path).as_posix() for p in parquet.parquet_files(tmp_path)]
    assert names == ["a.parquet", "b/part-1.parquet"]


def test_failed_write_leaves_nothing(tmp_path: Path) -> None:
    def failing() -> Iterator[Article]:
        yield _full(1)
        raise RuntimeError("the input broke half way")

    with pytest.raises(RuntimeError):
        parquet.write_articles(failing(), tmp_path / "x.parquet")
    assert list(tmp_path.iterdir()) == []


def test_export_to_file_and_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parquet, "EXPORT_SHARD_ROWS", 3)
    articles = [_full(i) for i in range(7)]
    assert parquet.export_parquet(articles, tmp_path / "one.parquet") == 7
    out = tmp_path / "dir"
    out.mkdir()
    (out / "part-00009.parquet").write_bytes(b"stale")  # from an earlier, larger export
    assert parquet.export_parquet(articles, out) == 7
    assert [p.name for p in parquet.parquet_files(out)] == [
        "part-00000.parquet", "part-00001.parquet", "part-00002.parquet",
    ]  # fmt: skip
    for target in (tmp_path / "one.parquet", out):
        assert [a.to_json() for a, _ in parquet.read_articles(target)] == [
            a.to_json() for a in articles
        ]
    with pytest.raises(ConfigError, match="no such directory"):
        parquet.export_parquet(articles, tmp_path / "missing" / "x.parquet")


def _store(db: Path) -> list[str]:
    with open_store(db) as store:
        run = store.begin_run([], "test", 1)
        store.write([(_full(i), None) for i in range(4)] + [(_rejected(1), "dg")], run)
        store.finish_run(run, {})
        return [a.to_json() for a in store.iter_articles()]


def test_cli_export_then_import_gives_the_same_store(tmp_path: Path) -> None:
    before = _store(tmp_path / "a.db")
    runner = CliRunner()
    for out in (tmp_path / "x.parquet", tmp_path / "shards"):
        args = ["export", "--db", str(tmp_path / "a.db"), "--format", "parquet", "--out", str(out)]
        result = runner.invoke(cli, [*args, "--include-rejected"])
        assert result.exit_code == 0, result.output
        db = tmp_path / f"{out.stem}.db"
        for _twice in range(2):  # importing again stores nothing twice
            result = runner.invoke(cli, ["import", str(out), "--db", str(db)])
            assert result.exit_code == 0 and "stored 4, rejected 1" in result.stdout
        with open_store(db, readonly=True) as store:
            assert [a.to_json() for a in store.iter_articles()] == before
            assert [run["engine"] for run in store.runs()] == ["import", "import"]


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    _store(tmp_path / "a.db")
    runner = CliRunner()
    stdout = runner.invoke(cli, ["export", "--db", str(tmp_path / "a.db"), "--format", "parquet"])
    assert stdout.exit_code == 2 and "Parquet is binary" in stdout.output
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(cli, ["import", str(empty), "--db", str(tmp_path / "b.db")])
    assert result.exit_code == 2 and "no .parquet files" in result.output
    jsonl_to_dir = runner.invoke(
        cli, ["export", "--db", str(tmp_path / "a.db"), "--format", "jsonl", "--out", str(empty)]
    )
    assert jsonl_to_dir.exit_code == 2 and "is a directory" in jsonl_to_dir.output
