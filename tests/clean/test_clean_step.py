"""clean_article: the pipeline step around clean_lines."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsrefinery.api import refine_html
from newsrefinery.clean import clean_article, clean_lines
from newsrefinery.clean.step import EMPTY_WARNING
from newsrefinery.extract import extract_html
from newsrefinery.records import Article, Removed, Source


def _draft(body: tuple[str, ...], **changes: object) -> Article:
    return Article(id="x", source=Source(uri="/in/doc.txt", format="text"), body=body).evolve(
        **changes
    )


def test_step_fills_the_fields(seed_text: str) -> None:
    draft = _draft(tuple(seed_text.split("\n")))
    article = clean_article(draft)
    cleaned = clean_lines(seed_text.split("\n"))
    assert article.headline == cleaned.headline and article.body == cleaned.body
    assert article.captions == cleaned.captions and article.removed == cleaned.removed
    assert article.status == "ok" and article.warnings == ()
    assert article.id == draft.id and article.source == draft.source


def test_step_keeps_existing_removed_and_source_link() -> None:
    earlier = Removed(text="<nav>", reason="extract_boilerplate")
    draft = _draft(
        ("Headline here", "A paragraph of real text that says something.", "Source: https://b.c/d"),
        removed=(earlier,),
        source_link="https://a.example/original",
    )
    article = clean_article(draft)
    assert article.removed[0] == earlier and article.removed[1].reason == "source_link"
    assert article.source_link == "https://a.example/original"
    assert clean_article(draft.evolve(source_link=None)).source_link == "https://b.c/d"


def test_step_uses_a_given_headline() -> None:
    draft = _draft(("My Title", "Body text of the page, one paragraph long."), headline="My Title")
    article = clean_article(draft)
    assert article.headline == "My Title"
    assert article.body == ("Body text of the page, one paragraph long.",)
    assert article.removed == (Removed(text="My Title", reason="repeated_headline"),)


def test_empty_body_sets_status_and_warning() -> None:
    article = clean_article(_draft(("Title only", "[ad_1]", "Source link", "Comments")))
    assert article.body == () and article.status == "empty"
    assert article.warnings == (EMPTY_WARNING,)
    assert article.headline == "Title only" and len(article.removed) == 3


def test_record_json_round_trip(seed_text: str) -> None:
    article = clean_article(_draft(tuple(seed_text.split("\n"))))
    assert Article.from_json(article.to_json()) == article


# --- blocks of an HTML page ----------------------------------------------------------
PARAS = (
    "The committee published the list of qualified teams on Tuesday after the last round.",
    "Officials said the draw for the group stage would take place in Bucharest next month.",
)
SCHEDULE = (
    "England (Group A): 10th appearance",
    "Spain (Group F): 11th appearance",
    "Poland (Group G): Fourth appearance",
    "Wales (Group E): Second appearance",
)
UNPUNCTUATED = (
    "Fans of the home side celebrate in the stands after the final whistle in Cardiff",
    "Players of the visiting side leave the pitch after the defeat in front of the crowd",
)


def test_blocks_keep_a_trailing_list_that_a_dump_drops_as_menu() -> None:
    dump = clean_lines(["Qualified teams for the finals", *PARAS, *SCHEDULE])
    assert {r.text for r in dump.removed if r.reason == "navigation"} == set(SCHEDULE)
    blocks = clean_lines([*PARAS, *SCHEDULE], headline="Qualified teams for the finals")
    assert blocks.body == (*PARAS, *SCHEDULE) and blocks.removed == ()


def test_blocks_take_no_inline_captions() -> None:
    lines = [*PARAS[:1], *UNPUNCTUATED, *PARAS[1:]]
    dump = clean_lines(["Qualified teams for the finals", *lines])
    assert [c.text for c in dump.captions] == list(UNPUNCTUATED)
    blocks = clean_lines(lines, headline="")
    assert blocks.body == tuple(lines) and blocks.captions == ()
    # the mode follows the headline by default, and can be named
    assert clean_lines(lines, headline="", blocks=False).captions == dump.captions


def _page(shared: Path, bench: str, name: str) -> tuple[str, str | None]:
    if bench == "scrapinghub":
        folder = shared / "benchdata" / "scrapinghub-aeb"
        truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        page = next(p for p in (folder / "html").glob(f"{name}*.html.gz"))
        page_id = page.name.split(".")[0]
        return gzip.decompress(page.read_bytes()).decode("utf-8"), truth[page_id]["url"]
    return (shared / "benchdata" / "scraped-dev" / "html" / f"{name}.html").read_text("utf-8"), None


@pytest.mark.parametrize(
    ("bench", "name"),
    [
        ("scrapinghub", "85439e26c41c"),
        ("scrapinghub", "f105de6e63ca"),
        ("scraped-html", "readability_035"),
    ],
)
def test_japanese_pages_keep_their_body(shared: Path, bench: str, name: str) -> None:
    """Sentences ending in "。" once read as unterminated link labels, and the trailing-menu
    pass emptied these pages."""
    html, url = _page(shared, bench, name)
    blocks = [b for b in extract_html(html, url=url).blocks if b.strip()]
    article = refine_html(html, url)
    assert article.status == "ok"
    kept = set(article.body)
    assert sum(b in kept for b in blocks) >= 0.8 * len(blocks)
    assert not [r for r in article.removed if r.reason == "navigation"]


def test_fact_list_at_the_end_of_a_page_stays_body(shared: Path) -> None:
    html, url = _page(shared, "scrapinghub", "9a440270bf86")
    body = refine_html(html, url).body
    assert "Qualified teams" in body
    assert sum(line.endswith("appearance") or line.endswith("appearances") for line in body) >= 20


def test_event_listing_stays_body_not_captions(shared: Path) -> None:
    html, url = _page(shared, "scraped-html", "newspaper_002")
    article = refine_html(html, url)
    listings = [line for line in article.body if line.startswith("Jan. ")]
    assert len(listings) >= 9
    assert not [c for c in article.captions if c.text.startswith("Jan. ")]
