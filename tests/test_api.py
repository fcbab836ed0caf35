from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import newsrefinery

PINNED_ALL = [
    "SCHEMA_VERSION", "Article", "Caption", "Cluster", "Config", "ConfigError", "Dateline",
    "DecodeError", "Entity", "ExtractError", "InputError", "Mention", "NewsRefineryError",
    "QueryError", "Quote", "RawDoc", "ReadError", "Rejection", "Removed", "SchemaError", "Source",
    "StoreError", "__version__", "load_config", "open_store", "refine_file", "refine_html",
    "refine_text",
]  # fmt: skip


def test_public_api_is_pinned() -> None:
    assert newsrefinery.__all__ == PINNED_ALL
    for name in PINNED_ALL:
        assert hasattr(newsrefinery, name), name


def test_import_stays_light() -> None:
    heavy = ["trafilatura", "lxml", "py3langid", "numpy", "rich", "click", "pebble", "sqlite3"]
    code = f"import sys, newsrefinery; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_refine_text_seed(seed_text: str) -> None:
    article = newsrefinery.refine_text(seed_text)
    assert article.status == "ok"
    assert article.headline == "China’s push for ceasefire to help Russian aggression: US"
    assert any(
        "We think it would be a very good thing if the two of them talk," in p for p in article.body
    )
    assert article.language == "en"


def test_refine_html_bytes_and_url() -> None:
    page = (
        "<html lang='de'><head><meta charset='iso-8859-1'>"
        "<meta property='og:title' content='Schöne Grüße'>"
        "<link rel='canonical' href='https://example.org/a'></head><body><article>"
        + "<p>Die Bundesregierung hat am Dienstag über die Zukunft der Energie beraten.</p>" * 5
        + "</article></body></html>"
    ).encode("iso-8859-1")
    article = newsrefinery.refine_html(page, url="https://example.org/a?x=1")
    assert article.headline == "Schöne Grüße"
    assert article.canonical_url == "https://example.org/a"
    assert article.url == "https://example.org/a?x=1"
    assert article.language == "de"
    assert article.body and article.body[0].startswith("Die Bundesregierung")


def test_refine_file_yields_every_document(tmp_path: Path) -> None:
    f = tmp_path / "d.jsonl"
    f.write_text('{"text": "Title\\nBody line one."}\nnot json\n', encoding="utf-8")
    out = list(newsrefinery.refine_file(f))
    assert [a.status for a in out] == ["ok", "rejected"]
    assert out[1].rejection is not None and out[1].rejection.reason == "invalid_json"
