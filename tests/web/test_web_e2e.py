"""End to end in real headless Chromium: search, open an article, follow a speaker.

Drives Debian's /usr/bin/chromium through Playwright (never a downloaded browser)
against `newsrefinery serve` on a loopback port, and saves screenshots under
artifacts/web-e2e/. The flow runs twice: on the hand-built corpus, which has every
part a page can show, and on the demo corpus refined by the real pipeline, which
needs the quotes step and is skipped until the seed article has quotes.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsrefinery.records import Article
from newsrefinery.store import open_store

from .helpers_web import KIRBY, QUOTE_1, SEED_ID, XSS_ID, seed_article, serving

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "web-e2e"
CORPUS = ROOT / "examples" / "corpus"
SEED_NAME = "000_9b2c16d4507a97b8.txt"
# Offline and quiet: no sandbox (CI runs as root), no GPU, and none of the
# background requests Chromium makes to Google services.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    # CSP violations and script errors show up as console errors; dialogs would
    # mean an injected script ran.
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: problems.append(f"dialog: {d.message}"))
    page.problems = problems
    yield page
    context.close()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _search_open_follow(page: Any, base: str, article: Article, tag: str) -> None:
    """The researcher's path: search, open the article, check it, follow the speaker."""
    page.goto(base + "/")
    page.fill("main form.search input[name=q]", "ceasefire")
    page.press("main form.search input[name=q]", "Enter")
    page.wait_for_selector("ol.hits")
    _shot(page, f"{tag}-search")
    page.click(f'ol.hits a[href="/article/{article.id}"]')
    page.wait_for_selector("article.record")
    assert page.inner_text("h1") == article.headline

    kirby = [q for q in article.quotes if q.speaker and "Kirby" in q.speaker]
    assert kirby, "no quote attributed to Kirby"
    marks = page.locator("mark.quote")
    shown = marks.all_inner_texts()
    for q in kirby:
        # Nested quotes cut their enclosing one into several adjacent marks.
        span = article.body_text[q.start : q.end]
        assert span in "".join(shown), span
    background = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # visibly highlighted

    rows = page.locator("#removed tbody tr")
    assert rows.count() == len(article.removed)
    if not article.removed:
        assert page.locator("#removed .none").inner_text() == "Nothing was removed."
    listed = rows.all_inner_texts()
    for removed in article.removed:
        assert any(removed.text in row and removed.reason in row for row in listed)
    _shot(page, f"{tag}-article")

    speaker = kirby[0].speaker
    page.locator("section.body a.speaker").filter(has_text="Kirby").first.click()
    page.wait_for_selector("h1.speaker-name")
    assert page.inner_text("h1.speaker-name") == speaker
    quotes_listed = page.locator("table.speaker-quotes tbody tr").all_inner_texts()
    assert any(kirby[0].text in row for row in quotes_listed)
    _shot(page, f"{tag}-speaker")
    assert page.problems == []


def test_fixture_corpus_in_chromium(page: Any, db: Path) -> None:
    article = seed_article()
    assert article.id == SEED_ID and QUOTE_1 in article.body_text
    with serving(db) as base:
        _search_open_follow(page, base, article, "fixture")
        assert page.url == f"{base}/speaker?name=John+Kirby" and KIRBY == "John Kirby"


def test_payload_article_runs_no_script_in_chromium(page: Any, db: Path) -> None:
    with serving(db) as base:
        page.goto(f"{base}/article/{XSS_ID}")
        page.wait_for_selector("article.record")
        assert page.locator("script, img, svg").count() == 0
        assert "<script>" in page.inner_text("h1")  # shown as text
        _shot(page, "payload-article")
    assert page.problems == []


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    cmd = [sys.executable, "-m", "newsrefinery", "refine", str(CORPUS), "--db", str(db)]
    subprocess.run([*cmd, "--jobs", "2"], check=True, capture_output=True)
    return db


def test_demo_corpus_in_chromium(page: Any, demo_db: Path) -> None:
    with open_store(demo_db, readonly=True) as store:
        seeds = [a for a in store.iter_articles() if a.source.uri.endswith(SEED_NAME)]
    assert len(seeds) == 1 and seeds[0].status == "ok"
    article = seeds[0]
    if not article.quotes:
        pytest.skip("quotes step not wired yet")
    with serving(demo_db) as base:
        _search_open_follow(page, base, article, "demo")
