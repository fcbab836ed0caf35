"""Captions: credits split off, credit lines joined, inline captions recognised."""

from __future__ import annotations

import pytest

from newsrefinery.clean import clean_lines
from newsrefinery.clean.captions import split_credit
from newsrefinery.records import Caption

HEAD = "Somali forces end restaurant siege"
PARAS = (
    "Somalia's security forces ended a deadly siege of a beachfront restaurant in the capital.",
    "The security forces took control of the restaurant just before dawn, a police official said.",
    "Witnesses said the gunmen entered the restaurant from the direction of the beach.",
)


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "Kirby speaks in Washington, DC, on March 2, 2023. AFP/File",
            "Kirby speaks in Washington, DC, on March 2, 2023.",
            "AFP/File",
        ),
        (
            "Ambulance workers stand by on Jan. 21, 2016.(Photo: Said Yusuf Warsame, epa)",
            "Ambulance workers stand by on Jan. 21, 2016.",
            "Said Yusuf Warsame, epa",
        ),
        (
            "House Speaker Paul Ryan, R-Wis.(Photo: Win McNamee, Getty Images)",
            "House Speaker Paul Ryan, R-Wis.",
            "Win McNamee, Getty Images",
        ),
        (
            "Penn Jillette. Maarten de Boer/Getty Images",
            "Penn Jillette.",
            "Maarten de Boer/Getty Images",
        ),
        (
            "Don R. Willett in Austin in 2015. Credit Eric Gay/Associated Press",
            "Don R. Willett in Austin in 2015.",
            "Eric Gay/Associated Press",
        ),
        (
            "Sanders after a news conference in Washington, DC. Win McNamee/Getty Images",
            "Sanders after a news conference in Washington, DC.",
            "Win McNamee/Getty Images",
        ),
        (
            "President Trump speaks to reporters at the White House. REUTERS/Kevin Lamarque",
            "President Trump speaks to reporters at the White House.",
            "REUTERS/Kevin Lamarque",
        ),
        (
            "Harris watches as Klebold practices shooting. (Photo by Sheriff's Office via Getty "
            "Images)",
            "Harris watches as Klebold practices shooting.",
            "Photo by Sheriff's Office via Getty Images",
        ),
    ],
)
def test_credit_split_from_caption(line: str, text: str, credit: str) -> None:
    assert split_credit(line) == (text, credit)
    cleaned = clean_lines([HEAD, PARAS[0], line, PARAS[1]])
    assert cleaned.captions == (Caption(text=text, credit=credit),)
    assert cleaned.body == PARAS[:2]


@pytest.mark.parametrize(
    "line",
    [
        "The union said the AFL/CIO would back the strike.",
        "Prices rose 4% in the year to March, the Reuters/Ipsos poll showed.",
        "He told AP he would not run.",
    ],
)
def test_no_credit_in_body_sentences(line: str) -> None:
    assert split_credit(line) is None


def test_credit_line_joins_the_caption_above() -> None:
    cleaned = clean_lines([HEAD, "[ad_1]", "Adnan Syed", "Courtesy of Yusuf Syed/AP Photo", *PARAS])
    assert cleaned.captions == (Caption("Adnan Syed", "Courtesy of Yusuf Syed/AP Photo"),)
    assert cleaned.body == PARAS


def test_handout_line_joins_its_caption_sentence() -> None:
    cleaned = clean_lines(
        [HEAD, PARAS[0], "The prince visits the hospital on Monday.", "(Handout)", PARAS[1]]
    )
    assert cleaned.captions == (Caption("The prince visits the hospital on Monday.", "Handout"),)
    assert cleaned.body == PARAS[:2]


def test_bare_credit_is_a_caption_without_text() -> None:
    cleaned = clean_lines([HEAD, "[ad_1]", "Getty Images", *PARAS])
    assert cleaned.captions == (Caption("", "Getty Images"),)
    cleaned = clean_lines([HEAD, "Photo by Streeter Lecka/Getty Images", *PARAS])
    assert cleaned.captions == (Caption("", "Photo by Streeter Lecka/Getty Images"),)


def test_source_line_under_a_name_label_is_a_credit() -> None:
    cleaned = clean_lines(
        [HEAD, PARAS[0], "Jean Carlos Mendez Perez", "Source: GoFundMe", PARAS[1]]
    )
    assert cleaned.captions == (Caption("Jean Carlos Mendez Perez", "Source: GoFundMe"),)


def test_caption_printed_twice_is_one_caption() -> None:
    caption = "Kirby speaks during the daily press briefing on March 2, 2023. AFP/File"
    cleaned = clean_lines([HEAD, caption, caption, *PARAS])
    assert len(cleaned.captions) == 1
    assert [r.reason for r in cleaned.removed] == ["duplicate_line"]


MAILONLINE = [
    "Clever mothers vacuum dirt with a straw stuck through a drink lid",
    "Clever mothers are using straws stuck inside plastic drink lids to vacuum dirt from tight "
    "spaces.",
    "Photos shared in a Facebook group reveal women are removing the head of their vacuum "
    "cleaners and placing the lid inside the pipe.",
    "Scroll down for video",
    "Clever mothers are using straws stuck inside plastic drink lids to vacuum dirt from tight "
    "spaces",
    "When the machine is switched on, the straw can suck up crumbs in the oven door (pictured)",
    "And it wasn't long before thousands rushed to thank her for sharing the trick.",
    "Commenters defended the trick and labelled the critics as 'jealous'",
    "'So good. I love alternative ideas like this. Awesome,' added another.",
]


def test_inline_captions_without_final_punctuation() -> None:
    cleaned = clean_lines(MAILONLINE)
    assert [c.text for c in cleaned.captions] == [MAILONLINE[4], MAILONLINE[5], MAILONLINE[7]]
    assert all(c.credit is None for c in cleaned.captions)
    assert cleaned.body == (MAILONLINE[1], MAILONLINE[2], MAILONLINE[6], MAILONLINE[8])
    assert [r.reason for r in cleaned.removed] == ["video_prompt"]


def test_body_sentence_mentioning_a_caption_stays() -> None:
    line = "'Had to share this hack! Straws are brilliant,' she wrote in the caption."
    cleaned = clean_lines([*MAILONLINE[:3], line])
    assert line in cleaned.body
