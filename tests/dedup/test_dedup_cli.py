"""`refine` clusters what it stored; `clusters` lists the result; `export` carries it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from newsrefinery.cli import cli

from .helpers_dedup import story, typo


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_refine_then_clusters_then_export(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    base = story(21)
    files = {
        "original": ["Harbour plan approved", *base],
        "copy": ["Harbour plan approved, says council", *typo(base)[:-1]],
        "teaser": ["Harbour plan approved", *base[:2]],
        "other": ["Storm closes airport", *story(22)],
    }
    for name, lines in files.items():
        (corpus / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "n.db")
    refined = _run("refine", str(corpus), "--db", db, "--jobs", "1")
    assert refined.exit_code == 0
    assert "clustered: 4 new articles sketched, 4 re-clustered, 4 updated" in refined.output
    again = _run("refine", str(corpus), "--db", db, "--jobs", "1")
    assert "clustered: 0 new articles sketched, 0 re-clustered, 0 updated" in again.output

    listed = _run("clusters", "--db", db)
    assert listed.exit_code == 0
    assert "4 articles clustered: 2 clusters, 1 with copies (2 copies)" in listed.output
    assert "1 clusters with at least 2 articles" in listed.output
    assert "contained" in listed.output and "near_duplicate" in listed.output
    [line] = _run("clusters", "--db", db, "--json").output.splitlines()
    found = json.loads(line)
    assert found["size"] == 3 and found["canonical"]["elected"] == "longest_body"
    assert len(_run("clusters", "--db", db, "--json", "--min-size", "1").output.splitlines()) == 2

    exported = [
        json.loads(x) for x in _run("export", "--db", db, "--format", "jsonl").stdout.splitlines()
    ]
    by_file = {Path(a["source"]["uri"]).stem: a["cluster"] for a in exported}
    head = by_file["copy"]["duplicate_of"]
    assert by_file["original"] == {
        "id": head,
        "canonical": True,
        "duplicate_of": None,
        "similarity": None,
    }
    assert by_file["teaser"]["id"] == head and by_file["teaser"]["similarity"] == 1.0
    assert by_file["other"]["id"] != head and by_file["other"]["canonical"]


def test_clusters_on_a_missing_database_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["clusters", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "cannot open database" in result.output
