"""Every command end to end through click, the way a user calls it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsrefinery.cli import cli

SEED_QUOTE = "We think it would be a very good thing if the two of them talk,"


def _run(*args: str, input: str | None = None) -> object:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path, seed_text: str) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "seed.txt").write_text(seed_text, encoding="utf-8")
    (corpus / "other.txt").write_text(
        "Harbour plan approved\nThe council approved the harbour plan on Monday.\n",
        encoding="utf-8",
    )
    (corpus / "empty.txt").write_bytes(b"")
    path = tmp_path / "news.db"
    result = _run("refine", str(corpus), "--db", str(path), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "read 3: stored 2, rejected 1" in result.output
    return path


def test_help_everywhere() -> None:
    for cmd in ([], ["refine"], ["clean"], ["search"], ["export"], ["stats"]):
        result = _run(*cmd, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_clean_seed_json(seed_text: str, tmp_path: Path) -> None:
    f = tmp_path / "seed.txt"
    f.write_text(seed_text, encoding="utf-8")
    result = _run("clean", str(f), "--format", "json")
    assert result.exit_code == 0
    record = json.loads(result.output)
    assert any(SEED_QUOTE in p for p in record["body"])


def test_clean_text_and_stdin(seed_text: str) -> None:
    result = _run("clean", "-", "--format", "text", input=seed_text)
    assert result.exit_code == 0
    assert result.output.startswith("China’s push for ceasefire")


def test_clean_rejected_input_exits_1(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    result = CliRunner().invoke(cli, ["clean", str(f)])
    assert result.exit_code == 1
    assert "rejected" in result.stderr and "empty" in result.stderr


def test_search_highlights(db: Path) -> None:
    result = _run("search", "ceasefire", "--db", str(db))
    assert result.exit_code == 0
    assert "1 results" in result.output and "China’s push for ceasefire" in result.output
    as_json = _run("search", "ceasefire", "--db", str(db), "--json")
    hit = json.loads(as_json.output.splitlines()[0])
    assert "\x02" in hit["snippet"]


def test_search_syntax_error_is_one_line(db: Path) -> None:
    result = CliRunner().invoke(cli, ["search", '"unbalanced', "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr.startswith("newsrefinery: error: invalid search query")
    assert result.stderr.count("\n") == 1


def test_export_jsonl_and_csv(db: Path, tmp_path: Path) -> None:
    jsonl = _run("export", "--db", str(db), "--format", "jsonl")
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert len(records) == 2 and all(r["status"] != "rejected" for r in records)
    out = tmp_path / "all.csv"
    result = _run(
        "export", "--db", str(db), "--format", "csv", "--out", str(out), "--include-rejected"
    )
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 3 and {r["status"] for r in rows} == {"ok", "rejected"}


def test_stats_accounts_for_every_input(db: Path) -> None:
    result = _run("stats", "--db", str(db), "--json")
    stats = json.loads(result.output)
    assert stats["articles"] == 3 and stats["stored"] == 2 and stats["rejected"] == 1
    text = _run("stats", "--db", str(db))
    assert "empty_input" in text.output and "headlines:" in text.output


def test_strict_exit_code(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = _run("refine", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "d.db"), "--strict")
    assert result.exit_code == 1


def test_usage_and_store_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    bad_db = runner.invoke(cli, ["refine", str(tmp_path), "--db", str(tmp_path / "no" / "x.db")])
    assert bad_db.exit_code == 2 and bad_db.stderr.startswith("newsrefinery: error: ")
    assert bad_db.stderr.count("\n") == 1
    bad_set = runner.invoke(cli, ["refine", str(tmp_path), "--set", "run.nope=1"])
    assert bad_set.exit_code == 2 and "unknown option run.nope" in bad_set.stderr
    missing = runner.invoke(cli, ["search", "x", "--db", str(tmp_path / "absent.db")])
    assert missing.exit_code == 2
