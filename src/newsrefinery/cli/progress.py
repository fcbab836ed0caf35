"""Progress for `refine`: a rich bar on a terminal, plain log lines otherwise."""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType
from typing import Any

from ..records import Article
from ..run import RunStats

_CONTAINERS = (".jsonl", ".ndjson", ".warc", ".jsonl.gz", ".ndjson.gz", ".warc.gz")


def count_documents(paths: tuple[str, ...]) -> int | None:
    """Documents to expect, when every input is one document per file; else None."""
    total = 0
    stack = list(paths)
    while stack:
        path = stack.pop()
        if path == "-" or path.lower().endswith(_CONTAINERS):
            return None
        if os.path.isdir(path):
            try:
                stack.extend(e.path for e in os.scandir(path) if not e.name.startswith("."))
            except OSError:
                continue
        else:
            total += 1
    return total


class Reporter:
    """Receives each finished article from the runner and shows how the run goes."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.tty = sys.stderr.isatty()
        self.progress: Any = None
        self.task: Any = None
        self.last_line = time.monotonic()

    def __enter__(self) -> Reporter:
        if self.tty:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.progress = Progress(
                TextColumn("refining"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} docs/s, {task.fields[rejected]} rejected"),
                TimeRemainingColumn(),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("refine", total=self.total, rate="-", rejected=0)
        return self

    def update(self, _article: Article, stats: RunStats) -> None:
        now = time.monotonic()
        if self.progress is not None:
            self.progress.update(
                self.task,
                completed=stats.read,
                rate=f"{self.progress.tasks[0].speed or 0:.0f}",
                rejected=stats.rejected_total,
            )
        elif now - self.last_line >= 5.0:
            self.last_line = now
            print(
                f"refine: {stats.read} read, {stats.stored} stored, "
                f"{stats.rejected_total} rejected",
                file=sys.stderr,
                flush=True,
            )

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.progress is not None:
            self.progress.stop()
