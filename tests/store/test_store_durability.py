"""A writer killed with SIGKILL mid-batch leaves a consistent database."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsrefinery.records import Article
from newsrefinery.store import open_store

BATCH = 40
SRC = Path(__file__).resolve().parents[2] / "src"

# Writes batches forever: BATCH new articles plus a rewrite of the "hot" article each
# time, so a kill can land inside inserts, cascaded deletes and FTS trigger updates.
WRITER = textwrap.dedent(
    """
    import sys
    from newsrefinery.records import Article, Cluster, Entity, Quote, Removed, Source
    from newsrefinery.store import open_store

    def article(aid, gen):
        body = (f"Paragraph one of {aid} generation gen{gen}.", "Kirby said it was fine.")
        return Article(
            id=aid, source=Source(uri="stream.jsonl", format="jsonl", offset=gen),
            headline=f"Headline {aid}", body=body,
            quotes=(Quote(text="it was fine", kind="indirect", start=50, end=61),),
            entities=(Entity(name="Kirby", type="PERSON"),),
            removed=(Removed("[ad_1]", "ad_placeholder"),) * (gen % 3),
            cluster=Cluster(id=f"c{gen % 5}") if gen % 2 else Cluster(),
        )

    store = open_store(sys.argv[1])
    run = store.begin_run(["writer"], "local", 1)
    start = store.count()
    gen = start
    while True:
        items = [(article(f"a{gen + i:07d}", gen + i), f"d{gen + i}") for i in range(BATCH)]
        items.append((article("hot", gen), f"hot{gen}"))
        store.write(items, run)
        gen += BATCH
        print("batch", flush=True)
    """
).replace("BATCH", str(BATCH))


def check_consistent(path: Path) -> int:
    with open_store(path) as store:
        conn = store.connection
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)")
        for aid, record in conn.execute("SELECT id, record FROM articles").fetchall():
            art = Article.from_json(record)
            for table, expected in (
                ("quotes", len(art.quotes)),
                ("entities", len(art.entities)),
                ("removed", len(art.removed)),
                ("clusters", 0 if art.cluster.id is None else 1),
            ):
                sql = f"SELECT count(*) FROM {table} WHERE article_id = ?"  # fixed names
                assert conn.execute(sql, (aid,)).fetchone() == (expected,), (aid, table)
        hot = store.get("hot")
        total = store.count()
        if hot is not None:
            # The hot article's index entry is the one of its last committed version.
            gen = hot.source.offset
            assert [h.id for h in store.search(f"gen{gen} AND hot").hits] == ["hot"]
            assert store.digests(["hot"]) == {"hot": f"hot{gen}"}
            assert (total - 1) % BATCH == 0  # whole batches only
        else:
            assert total == 0
        return total


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_batch_leaves_database_consistent(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    paths = [str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    rng = random.Random(1234)
    totals = []
    for _ in range(4):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(path)], stdout=subprocess.PIPE, env=env, text=True
        )
        assert proc.stdout is not None
        assert proc.stdout.readline() == "batch\n"  # at least one commit before the kill
        time.sleep(rng.uniform(0.01, 0.3))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        assert proc.returncode == -signal.SIGKILL
        totals.append(check_consistent(path))
    assert totals == sorted(totals) and totals[-1] > totals[0] > 0
    with open_store(path) as store:
        runs = store.runs()
    assert len(runs) == 4 and all(r["finished"] is None for r in runs)
    json.dumps(runs)
