"""Progress for `refine`: a rich bar on a terminal, plain log lines otherwise."""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType
from typing import Any

from ..records import Article
from ..run import RunStats


def count_documents(paths: tuple[str, ...]) -> int | None:
    """Documents to expect, when every input is one document per file; else None.

    Lists through the readers' own walk and extension table, so it counts what
    `refine` will read.
    """
    from ..ingest.patterns import EXTENSIONS
    from ..ingest.readers import walk_files

    containers = {ext for ext, kind in EXTENSIONS.items() if kind in ("jsonl", "warc")}
    total = 0
    for path in paths:
        if path == "-":
            return None
        for item in walk_files(path) if os.path.isdir(path) else [path]:
            if isinstance(item, str):
                name = item.lower().removesuffix(".gz")
                if os.path.splitext(name)[1] in containers:
                    return None
            total += 1
    return total


class Reporter:
    """Receives each finished article from the runner and shows how the run goes."""

    def __init__(self, paths: tuple[str, ...]) -> None:
        self.paths = paths
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
            # Counted only for the bar: a run without a terminal skips the pre-walk.
            total = count_documents(self.paths)
            self.task = self.progress.add_task("refine", total=total, rate="-", rejected=0)
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
