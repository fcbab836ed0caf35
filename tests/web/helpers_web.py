"""A small hand-built corpus that exercises every view of the web app.

The quotes, entities and cluster steps may not have run on the demo corpus yet, so
these records carry all of them, written through `Store.write` like a real run:
a seed-like story with Kirby's quotes, a syndicated copy of it in one cluster, a
German story, an article made of XSS payloads, and a rejected input.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi.testclient import TestClient

from newsrefinery.records import (
    Article,
    Caption,
    Cluster,
    Dateline,
    Entity,
    Mention,
    Quote,
    Rejection,
    Removed,
    Source,
)
from newsrefinery.store import open_store
from newsrefinery.web import create_app

SEED_ID = "a1seed"
COPY_ID = "a2copy"
GERMAN_ID = "a3german"
XSS_ID = "a4xss"
REJECTED_ID = "r1rejected"
CLUSTER_ID = "c-ceasefire"
KIRBY = "John Kirby"

BODY = (
    "The White House said a call between Zelensky and Xi would be beneficial.",
    "“We think it would be a very good thing if the two of them talk,” National Security"
    " Council spokesman John Kirby told reporters.",
    "“We support and have supported” contact, Kirby said, warning against a ceasefire"
    " that would help Russian aggression.",
)
COPY_BODY = (
    "The White House said a call between Zelensky and Xi would be useful.",
    *BODY[1:],
    "Reporting by the wire desk.",
)
QUOTE_1 = "“We think it would be a very good thing if the two of them talk,”"
QUOTE_2 = "“We support and have supported”"
REMOVED = (
    Removed("[ad_1]", "ad_placeholder"),
    Removed("Source link", "source_link"),
    Removed("Leave a Reply", "comment_form"),
)

# Each field a scraper fills is given a payload; the page must show it as text.
SCRIPT = "<script>alert('xss')</script>"
ONERROR = '<img src=x onerror="alert(1)">'
XSS_BODY = (f"Opening {SCRIPT} paragraph.", f"Second {ONERROR} paragraph with a quote.")
XSS_QUOTE = f"quote {ONERROR}"


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def seed_article(aid: str = SEED_ID, body: tuple[str, ...] = BODY, **kw: object) -> Article:
    text = "\n\n".join(body)
    q1, q2 = _span(text, QUOTE_1), _span(text, QUOTE_2)
    s1 = _span(text, "John Kirby")
    s2 = _span(text, "Kirby", q2[1])
    quotes = (
        Quote(QUOTE_1, "direct", *q1, KIRBY, "John Kirby", *s1,
              "National Security Council spokesman", "told"),
        Quote(QUOTE_2, "partial", *q2, KIRBY, "Kirby", *s2, None, "said"),
    )  # fmt: skip
    fields: dict[str, object] = {
        "source": Source(uri=f"/nonexistent/{aid}.txt", format="text"),
        "url": f"https://news.example/{aid}",
        "site_name": "news.example",
        "headline": "China’s push for ceasefire to help Russian aggression: US",
        "dateline": Dateline("WASHINGTON:", "Washington", None, "AFP"),
        "published": "2023-03-03T10:00:00Z",
        "published_from": "meta",
        "byline": "By Staff Writer",
        "authors": ("Staff Writer",),
        "agencies": ("AFP",),
        "language": "en",
        "body": body,
        "captions": (Caption("John Kirby speaks at the White House.", "AFP/File"),),
        "quotes": quotes,
        "entities": (
            Entity(
                "John Kirby",
                "PERSON",
                ("National Security Council spokesman",),
                (Mention("John Kirby", *s1), Mention("Kirby", *s2)),
            ),
            Entity(
                "White House", "ORG", (), (Mention("White House", *_span(text, "White House")),)
            ),
        ),
        "removed": REMOVED,
        "cluster": Cluster(CLUSTER_ID, True, None, 1.0),
    }
    fields.update(kw)
    return Article(id=aid, **fields)  # type: ignore[arg-type]


def corpus() -> list[Article]:
    copy = seed_article(
        COPY_ID,
        COPY_BODY,
        site_name="mirror.example",
        url="https://mirror.example/story",
        published="2023-03-04",
        cluster=Cluster(CLUSTER_ID, False, SEED_ID, 0.93),
        removed=(),
    )
    german = Article(
        id=GERMAN_ID,
        source=Source(uri=f"/nonexistent/{GERMAN_ID}.txt", format="text"),
        site_name="de.example",
        headline="Waffenruhe in Sicht",
        agencies=("dpa",),
        language="de",
        published="2022-01-05",
        body=("Die Regierung sprach von einer möglichen Waffenruhe im Januar.",),
    )
    rejected = Article(
        id=REJECTED_ID,
        source=Source(uri="/nonexistent/bad.bin", format="text"),
        status="rejected",
        rejection=Rejection("binary_content", "/nonexistent/bad.bin: not text"),
    )
    return [seed_article(), copy, german, xss_article(), rejected]


def xss_article() -> Article:
    text = "\n\n".join(XSS_BODY)
    start, end = _span(text, ONERROR)
    return Article(
        id=XSS_ID,
        source=Source(uri=f"/nonexistent/{SCRIPT}.txt", format="text"),
        url="javascript:alert(1)",
        canonical_url=f"https://x.example/{SCRIPT}",
        site_name=SCRIPT,
        headline=f"Payload {SCRIPT} headline",
        dateline=Dateline(ONERROR, SCRIPT),
        byline=ONERROR,
        agencies=(SCRIPT,),
        language="en",
        body=XSS_BODY,
        captions=(Caption(SCRIPT, ONERROR),),
        quotes=(Quote(XSS_QUOTE, "direct", start, end, SCRIPT, ONERROR, start, end, ONERROR),),
        entities=(Entity(SCRIPT, "PERSON", (ONERROR,)),),
        removed=(Removed(SCRIPT, ONERROR),),
        cluster=Cluster(f"x{SCRIPT}", True),
        warnings=(ONERROR,),
    )


def build_db(path: Path, articles: list[Article] | None = None) -> Path:
    """Write `articles` (default: `corpus()`) in one run; returns `path`."""
    with open_store(path) as store:
        run = store.begin_run(["refine", "fixtures"], engine="local", jobs=1)
        store.write([(a, f"digest-{a.id}") for a in articles or corpus()], run)
        store.finish_run(run, {"read": 5, "stored": 4, "rejected": 1, "unchanged": 0})
    return path


def client_for(path: Path) -> TestClient:
    # The app only answers to loopback names (DNS-rebinding guard), so the test
    # client must speak as one.
    return TestClient(create_app(path), base_url="http://127.0.0.1")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(db: Path, *extra: str) -> Iterator[str]:
    """`newsrefinery serve` on a free loopback port, as a user runs it; yields its URL."""
    port = free_port()
    cmd = [sys.executable, "-m", "newsrefinery", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen([*cmd, *extra], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    raise RuntimeError(f"serve did not start: {proc.communicate()[1]}") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
