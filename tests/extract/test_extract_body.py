"""The article body: its container, its paragraphs in reading order, and what stays out."""

from __future__ import annotations

from newsrefinery.extract.body import body_blocks
from newsrefinery.extract.tree import index_page, parse_html, prune

P1 = "The council voted on Tuesday to approve the harbour plan, which will cost millions."
P2 = "Opponents said the plan ignored the fishermen, who have used the port for centuries."
P3 = "The mayor, speaking after the vote, said work would start in the spring of next year."


def _body(html: str, headline: str | None = None) -> list[str]:
    root = parse_html(html)
    hints = prune(root, index_page(root))
    return [b.text for b in body_blocks(root, hints, headline) if b.kept]


def _page(article: str, extra: str = "") -> str:
    return (
        "<html><body><div class='site'><div class='header-links'><ul>"
        + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8))
        + f"</ul></div><div class='main'>{article}</div>{extra}</div></body></html>"
    )


def test_paragraphs_in_reading_order_without_the_page_furniture() -> None:
    article = (
        "<article><h1>Council approves harbour plan</h1>"
        "<div class='share-bar'><a href='#'>Share on Facebook</a></div>"
        f"<p>{P1}</p><h2>What happens next</h2><p>{P2}</p><p>Advertisement</p><p>{P3}</p>"
        "</article>"
    )
    extra = (
        "<div class='newsletter'><p>Sign up for our newsletter to get every story first.</p></div>"
        "<div class='related'><h3>Related</h3><ul>"
        + "".join(
            f"<li><a href='/r{i}'>A related story about something else {i}</a></li>"
            for i in range(5)
        )
        + "</ul></div><div id='comments'><p>What a terrible decision, as usual from them.</p></div>"
    )
    body = _body(_page(article, extra), headline="Council approves harbour plan")
    assert body == [P1, "What happens next", P2, P3]


def test_the_headline_is_never_body() -> None:
    body = _body(
        _page(f"<div><h2>Council approves harbour plan</h2><p>{P1}</p><p>{P2}</p></div>"),
        headline="Council approves harbour plan",
    )
    assert body == [P1, P2]


def test_the_page_s_own_article_body_wins_over_prose_beside_it() -> None:
    beside = "<div class='col'>" + f"<p>{P3}</p>" * 2 + "</div>"
    article = f"<div itemprop='articleBody'><p>{P1}</p><p>{P2}</p><p>{P1}</p><p>{P2}</p></div>"
    assert _body(_page(article + beside)) == [P1, P2, P1, P2]


def test_an_article_split_across_sibling_columns_is_read_whole() -> None:
    columns = "".join(
        f"<div class='StoryBodyCompanionColumn'><div><p>{p} {p}</p><p>{p}</p></div></div>"
        for p in (P1, P2, P3)
    )
    body = _body(_page(f"<section name='articleBody'>{columns}</section>"))
    assert body[0].startswith(P1) and body[-1] == P3 and len(body) == 6


def test_text_written_straight_into_a_div_with_line_breaks() -> None:
    body = _body(
        _page(f"<div class='content'>{P1}<br><br>{P2}<br>{P3}<div class='ad'></div></div>")
    )
    assert body == [P1, P2, P3]


def test_a_table_row_is_one_block() -> None:
    cells = "<td>1</td><td><a href='/d'>Kyle Busch</a></td><td>5040</td><td>5</td><td>17</td>"
    table = f"<table><tr>{cells}</tr></table>"
    body = _body(_page(f"<div class='article-body'><p>{P1}</p>{table}<p>{P2}</p></div>"))
    assert body == [P1, "1 Kyle Busch 5040 5 17", P2]


def test_link_lists_stay_out_but_a_paragraph_opening_with_a_link_stays() -> None:
    linked = f"<p><a href='/x'>{P2}</a> {P3}</p>"
    links = "<ul>" + "".join(
        f"<li><a href='/l{i}'>Read this other story {i}</a></li>" for i in range(4)
    )
    body = _body(_page(f"<div class='post-content'><p>{P1}</p>{linked}{links}</ul></div>"))
    assert body == [P1, f"{P2} {P3}"]


def test_an_embedded_tweet_in_a_figure_is_body_and_its_caption_is_not() -> None:
    tweet = (
        "<figure class='wp-block-embed'><blockquote class='twitter-tweet'>"
        "<p>Senate resolves to observe a minute of silence.</p></blockquote>"
        "<figcaption>Embedded post</figcaption></figure>"
    )
    body = _body(_page(f"<div class='entry-content'><p>{P1}</p>{tweet}<p>{P2}</p></div>"))
    assert body == [P1, "Senate resolves to observe a minute of silence.", P2]


def test_the_next_article_of_an_infinite_scroll_is_left_out() -> None:
    first = f"<article><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P1}</p></article>"
    second = "<article><h1>Another story</h1><p>A different story starts here, short.</p></article>"
    body = _body(_page(first + "<div class='up-next'>" + second + "</div>"))
    assert "A different story starts here, short." not in body and P3 in body


def test_a_page_without_paragraphs_gives_no_blocks() -> None:
    assert _body("<html><body><div><a href='/a'>Home</a></div></body></html>") == []


def test_furniture_is_returned_marked_not_kept() -> None:
    root = parse_html(
        _page(f"<article><p>{P1}</p><p>{P2}</p><p>Subscribe to continue reading</p></article>")
    )
    blocks = body_blocks(root, prune(root, index_page(root)), None)
    assert [(b.text, b.kept) for b in blocks][-1] == ("Subscribe to continue reading", False)
