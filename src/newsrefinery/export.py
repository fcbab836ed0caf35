"""Writing articles out: JSON lines (the full record), CSV (one flat row each), Parquet."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from .errors import ConfigError
from .records import Article

FORMATS = ("jsonl", "csv", "parquet")

CSV_COLUMNS = (
    "id", "source_uri", "source_format", "source_offset", "url", "canonical_url",
    "site_name", "headline", "dateline", "published", "modified", "byline", "authors",
    "agencies", "language", "status", "rejection_reason", "n_quotes", "n_entities",
    "body",
)  # fmt: skip


def csv_row(article: Article) -> list[str | int | None]:
    """Flat view of a record; lists joined with '; ', the body with blank lines."""
    a = article
    return [
        a.id, a.source.uri, a.source.format, a.source.offset, a.url, a.canonical_url,
        a.site_name, a.headline, a.dateline.text if a.dateline else None, a.published,
        a.modified, a.byline, "; ".join(a.authors), "; ".join(a.agencies), a.language,
        a.status, a.rejection.reason if a.rejection else None, len(a.quotes),
        len(a.entities), a.body_text,
    ]  # fmt: skip


def write_articles(articles: Iterable[Article], fh: TextIO, fmt: str) -> int:
    """Write to an open text stream; returns the number of records."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format '{fmt}' (known: {', '.join(FORMATS)})")
    if fmt == "parquet":
        raise ConfigError("Parquet is binary: give --out FILE.parquet or --out DIR")
    n = 0
    if fmt == "jsonl":
        for article in articles:
            fh.write(article.to_json() + "\n")
            n += 1
        return n
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for article in articles:
        writer.writerow(csv_row(article))
        n += 1
    return n


def export_file(articles: Iterable[Article], path: str | os.PathLike[str], fmt: str) -> int:
    """Write to `path` atomically: readers never see a half-written export.

    Parquet goes to one file when `path` ends in `.parquet`, else to a folder of
    shards (`run.parquet.export_parquet`); pyarrow is imported only then.
    """
    if fmt == "parquet":
        from .run.parquet import export_parquet

        return export_parquet(articles, path)
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise ConfigError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            n = write_articles(articles, fh, fmt)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n
