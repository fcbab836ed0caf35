"""The embedded SQLite store: articles, their quotes and entities, runs, FTS5 search.

    with open_store("newsrefinery.db") as store:
        run = store.begin_run(argv, engine="local", jobs=4)
        store.write([(article, raw_digest), ...], run)
        store.finish_run(run, stats)
        page = store.search('"ceasefire" AND Kirby')

One writer at a time (WAL mode lets readers run alongside it); every batch is one
transaction, so an interrupted run leaves whole batches or nothing.
"""

from __future__ import annotations

from .api import Store, open_store
from .schema import APPLICATION_ID, MIGRATIONS
from .search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, SearchPage

__all__ = [
    "APPLICATION_ID",
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "MIGRATIONS",
    "SearchHit",
    "SearchPage",
    "Store",
    "open_store",
]
