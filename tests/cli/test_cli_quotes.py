"""`newsrefinery quotes`: lists quotes by speaker from the database."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsrefinery.cli import cli
from newsrefinery.quotes import quotes_article
from newsrefinery.records import Article, Source
from newsrefinery.store import open_store


def _db(tmp_path: Path) -> Path:
    path = tmp_path / "q.db"
    art = quotes_article(Article(
        id="a", source=Source(uri="a.txt", format="text"), headline="Talks",
        body=("“We are ready,” John Kirby said.", "“No,” said Jane Smith."),
    ))  # fmt: skip
    with open_store(path) as store:
        store.write([(art, None)], store.begin_run(["t"], engine="local", jobs=1))
    return path


def test_quotes_by_speaker_as_json(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = CliRunner().invoke(cli, ["quotes", "--speaker", "Kirby", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["speaker"], r["text"], r["article_id"]) for r in rows] == [
        ("John Kirby", "We are ready,", "a")
    ]


def test_quotes_as_text_and_missing_database(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--limit", "5"])
    assert result.exit_code == 0
    assert "Jane Smith" in result.output and "John Kirby" in result.output
    missing = CliRunner().invoke(cli, ["quotes", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2
