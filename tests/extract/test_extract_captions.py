"""Captions with their credits: in `captions`, never in the body."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsrefinery.extract import extract_html
from newsrefinery.records import Caption

BODY = "".join(
    f"<p>The council voted on Tuesday to approve the harbour plan, officials said ({i}).</p>"
    for i in range(4)
)


def _captions(figures: str, head: str = "") -> tuple[tuple[Caption, ...], str]:
    page = f"<html><head>{head}</head><body><article>{figures}{BODY}</article></body></html>"
    got = extract_html(page)
    return got.captions, "\n".join(got.blocks)


def test_figcaption_with_a_credit_element() -> None:
    figure = (
        "<figure><img src='a.jpg' alt='harbour'><figcaption>Boats in the harbour on Monday. "
        "<span class='credit'>Photo: Jane Doe/AP</span></figcaption></figure>"
    )
    captions, body = _captions(figure)
    assert captions == (Caption("Boats in the harbour on Monday.", "Jane Doe/AP"),)
    assert "Boats in the harbour" not in body and "Jane Doe" not in body


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        ("The harbour at dawn. (Photo: Jane Doe)", "The harbour at dawn.", "Jane Doe"),
        ("The harbour at dawn. AFP/File", "The harbour at dawn.", "AFP/File"),
        (
            "Kristen Wiig in London.' Photograph: Andrew Yee for the Guardian",
            "Kristen Wiig in London.'",
            "Andrew Yee for the Guardian",
        ),
        ("John Minchillo / AP", "", "John Minchillo / AP"),
        (
            "The harbour at dawn, seen from the old lighthouse.",
            "The harbour at dawn, seen from the old lighthouse.",
            None,
        ),
    ],
)
def test_credit_glued_to_the_caption_is_split(caption: str, text: str, credit: str | None) -> None:
    captions, _body = _captions(
        f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
    )
    assert captions == (Caption(text, credit),)


def test_alt_text_is_a_caption_only_when_it_reads_like_one() -> None:
    figures = (
        "<figure><img src='a.jpg' alt='Fishermen unload their catch at the harbour on Monday'>"
        "</figure>"
        "<figure><img src='b.jpg' alt='harbour'></figure>"
    )
    captions, _body = _captions(figures)
    assert captions == (Caption("Fishermen unload their catch at the harbour on Monday", None),)


def test_wordpress_caption_box_and_json_ld_image() -> None:
    box = (
        "<div class='wp-caption'><img src='a.jpg'>"
        "<p class='wp-caption-text'>The mayor after the vote. Credit: City Hall</p></div>"
    )
    ld = {
        "@type": "NewsArticle",
        "image": {"@type": "ImageObject", "caption": "The new quay.", "creditText": "Studio X"},
    }
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    captions, body = _captions(box, head)
    assert captions == (
        Caption("The mayor after the vote.", "City Hall"),
        Caption("The new quay.", "Studio X"),
    )
    assert "The mayor after the vote" not in body


def test_teasers_of_other_stories_are_not_captions() -> None:
    teaser = (
        "<div class='related-stories'><figure><img src='t.jpg'>"
        "<figcaption>Another story about something else entirely</figcaption></figure></div>"
        "<a href='/other'><figure><img src='u.jpg'>"
        "<figcaption>Click to read a different story</figcaption></figure></a>"
    )
    assert _captions(teaser)[0] == ()


def test_the_same_caption_is_kept_once() -> None:
    caption = "<figcaption>The harbour at dawn. (Photo: Jane Doe)</figcaption>"
    figure = f"<figure><img src='a.jpg'>{caption}</figure>"
    assert len(_captions(figure * 2)[0]) == 1


# Real pages with <figcaption> in ../shared/benchdata/scraped-dev: (page, caption text
# start, credit). The credit is split off, and neither part is in the body.
REAL = [
    ("goose3_002", "Kristen Wiig: 'Bridesmaids was definitely", "Andrew Yee for the Guardian"),
    ("goose3_002", "Wiig (left) and Rose Byrne in Bridesmaids.", "Universal/Everett/Rex"),
    ("readability_007", "The Moulin Rouge cabaret in Paris", "Benoit Tessier/Reuters"),
    ("readability_007", "Martin Wartman, a student at Northern Kentucky", "John Minchillo / AP"),
    ("readability_011", "Luiz Inácio Lula da Silva (ao centro)", "Heinrich Aikawa/Instituto Lula"),
    ("readability_017", "Un Népalais prie à Katmandou", "Prakash Mathema. AFP"),
    (
        "readability_020",
        "United Nations peacekeepers at a refugee camp",
        "Ashraf Shazly/Agence France-Presse — Getty Images",
    ),
    ("readability_025", "Ellen Fetter and Margaret Hamilton", "Olena Shmahalo/Quanta Magazine"),
    ("readability_028", "Zimbabwean opposition leader Morgan Tsvangirai", "DESMOND KWANDE/ AFP"),
    ("readability_028", "A man walks past an armoured personnel carrier", "STR/AFP"),
]


@pytest.mark.parametrize(("page", "start", "credit"), REAL)
def test_real_figcaptions_have_their_credit_split_and_stay_out_of_the_body(
    shared: Path, page: str, start: str, credit: str
) -> None:
    html = (shared / "benchdata" / "scraped-dev" / "html" / f"{page}.html").read_text(
        encoding="utf-8", errors="replace"
    )
    got = extract_html(html)
    matches = [c for c in got.captions if c.text.startswith(start)]
    assert len(matches) == 1, [c.text for c in got.captions]
    caption = matches[0]
    assert caption.credit == credit
    assert credit not in caption.text
    body = "\n".join(got.blocks)
    assert caption.text not in body and start not in body
