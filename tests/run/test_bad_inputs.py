"""The issue's bad inputs, all in one run: nothing crashes, every input is accounted for."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsrefinery import open_store
from newsrefinery.config import Config, RunConfig
from newsrefinery.run import refine_paths

GOOD = "Harbour plan approved\n" + "The council approved the harbour plan on Monday night.\n" * 3


def _warc_bytes() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(3):
        html = f"<html><head><title>Page {i}</title></head><body><article><p>"
        html += (
            "Officials met on Tuesday to discuss the harbour. " * 10
            + "</p></article></body></html>"
        )
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        rec = writer.create_warc_record(
            f"https://example.org/{i}",
            "response",
            payload=io.BytesIO(html.encode()),
            http_headers=headers,
        )
        writer.write_record(rec)
    return buf.getvalue()


def _bad_corpus(root: Path) -> Path:
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (root / "invalid-utf8.txt").write_bytes(b"Title\nCaf\xc3 au lait \xff\xfe is served.\n" * 3)
    (root / "mixed.txt").write_bytes(
        "Titre\nUn café très ".encode() + "naïve".encode("cp1252") + b" ici.\n"
    )
    (root / "cut.txt.gz").write_bytes(gzip.compress(GOOD.encode() * 50)[:-40])
    warc = _warc_bytes()
    (root / "cut.warc.gz").write_bytes(warc[: len(warc) - 200])
    lines = [
        json.dumps({"text": GOOD, "url": "https://example.org/a"}),
        "{not json",
        json.dumps({"url": "x"}),
    ]
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (root / "huge.html").open("wb") as fh:  # 50 MB, written sparse
        fh.truncate(50 * 1024 * 1024)
    deep = "<html><body>" + "<div>" * 100_000 + "deep text" + "</div>" * 100_000 + "</body></html>"
    (root / "deep.html").write_text(deep, encoding="utf-8")
    return root


@pytest.mark.slow
def test_bad_inputs_one_run(tmp_path: Path) -> None:
    corpus = _bad_corpus(tmp_path / "bad")
    config = Config(run=RunConfig(jobs=2, timeout=20))
    with open_store(tmp_path / "db.sqlite") as store:
        stats = refine_paths([str(corpus)], store, config)
        assert stats.read == stats.stored + stats.rejected_total
        reasons = dict(stats.rejected)
        assert reasons == {
            "binary_content": 1,
            "empty_input": 1,
            "invalid_json": 1,
            "no_text": 1,
            "too_large": 1,
            "truncated_gzip": 1,
            "truncated_warc": 1,
        }
        by_uri = {
            Path(a.source.uri).name: a for a in store.iter_articles() if a.source.offset is None
        }
        assert "naïve" in by_uri["mixed.txt"].body_text
        assert by_uri["invalid-utf8.txt"].status == "ok"
        assert by_uri["deep.html"].status in {"ok", "empty"}  # cut by libxml2, never a crash
        db = store.stats()
        assert db["articles"] == stats.read == db["stored"] + db["rejected"]
        for article in store.iter_articles():
            if article.rejection is not None:
                assert "\n" not in article.rejection.message
                assert article.rejection.message.startswith(article.source.uri)
