"""Datelines: every form the issue names, readable places, and what is not a dateline."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsrefinery.records import Dateline
from newsrefinery.structure import parse_dateline, readable_place


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("WASHINGTON: The White House said", Dateline("WASHINGTON:", "Washington")),
        ("WASHINGTON (AP) — The Senate", Dateline("WASHINGTON (AP) —", "Washington", None, "AP")),
        (
            "BEIRUT, Lebanon, June 2 (Reuters) - Israeli jets",
            Dateline("BEIRUT, Lebanon, June 2 (Reuters) -", "Beirut, Lebanon", "June 2", "Reuters"),
        ),
        (
            "LONDON, March 3 (Reuters) – Britain",
            Dateline("LONDON, March 3 (Reuters) –", "London", "March 3", "Reuters"),
        ),
        ("NEW DELHI (PTI): The government", Dateline("NEW DELHI (PTI):", "New Delhi", None, "PTI")),
        ("Paris (AFP) - France said", Dateline("Paris (AFP) -", "Paris", None, "AFP")),
        ("KYIV, Ukraine — Russian forces", Dateline("KYIV, Ukraine —", "Kyiv, Ukraine")),
        (
            "MOSCOW, Nov 26 (Xinhua) -- Russia",
            Dateline("MOSCOW, Nov 26 (Xinhua) --", "Moscow", "Nov 26", "Xinhua"),
        ),
        (
            "Dec 29 (Reuters) - U.S. officials",
            Dateline("Dec 29 (Reuters) -", None, "Dec 29", "Reuters"),
        ),
        ("(CNN)Donald Trump said", Dateline("(CNN)", None, None, "CNN")),
        (
            "Washington (CNN)The White House",
            Dateline("Washington (CNN)", "Washington", None, "CNN"),
        ),
        (
            "SEOUL, South Korea (Yonhap) -- x",
            Dateline("SEOUL, South Korea (Yonhap) --", "Seoul, South Korea", None, "Yonhap"),
        ),
        ("TOKYO (Kyodo) -- Japan", Dateline("TOKYO (Kyodo) --", "Tokyo", None, "Kyodo")),
        (
            "ANKARA (Anadolu Agency) - Turkey",
            Dateline("ANKARA (Anadolu Agency) -", "Ankara", None, "Anadolu"),
        ),
        ("BERLIN (dpa) - Germany", Dateline("BERLIN (dpa) -", "Berlin", None, "dpa")),
        ("MADRID, 3 (EFE).- El Gobierno", Dateline("MADRID, 3 (EFE).-", "Madrid", "3", "EFE")),
        ("ROMA, 5 (ANSA) - Il governo", Dateline("ROMA, 5 (ANSA) -", "Roma", "5", "ANSA")),
        ("KARACHI: Police said", Dateline("KARACHI:", "Karachi")),
        ("ST. LOUIS — Officials", Dateline("ST. LOUIS —", "St. Louis")),
        ("PORT-AU-PRINCE, Haiti — x", Dateline("PORT-AU-PRINCE, Haiti —", "Port-au-Prince, Haiti")),
        (
            "RIO DE JANEIRO (AP) — x",
            Dateline("RIO DE JANEIRO (AP) —", "Rio de Janeiro", None, "AP"),
        ),
        ("MCALLEN, Texas — x", Dateline("MCALLEN, Texas —", "McAllen, Texas")),
        ("WHITE HOUSE—", Dateline("WHITE HOUSE—", "White House")),
        ("CHICAGO—Admitting it", Dateline("CHICAGO—", "Chicago")),
        ("BOSTON —Standing in front", Dateline("BOSTON —", "Boston")),
        ("WASHINGTON- Rite Aid", Dateline("WASHINGTON-", "Washington")),
        ("LA CROSSE, Wisc. — Gov. Mike", Dateline("LA CROSSE, Wisc. —", "La Crosse, Wisc.")),
        ("Springfield, Ill. — The governor", Dateline("Springfield, Ill. —", "Springfield, Ill.")),
        ("Washington — The White House", Dateline("Washington —", "Washington")),
        ("Feb. 23, 2015 -- Life-threatening", Dateline("Feb. 23, 2015 --", None, "Feb. 23, 2015")),
        (
            "NEW YORK, March 2, 2023 /PRNewswire/ -- Acme",
            Dateline(
                "NEW YORK, March 2, 2023 /PRNewswire/ --",
                "New York",
                "March 2, 2023",
                "PR Newswire",
            ),
        ),
        # A scraper dropped "(Reuters) -": a known city, then a capitalised word.
        ("WASHINGTON Most Americans say", Dateline("WASHINGTON", "Washington")),
        ("WASHINGTON U.S. President Barack", Dateline("WASHINGTON", "Washington")),
        ("WASHINGTON/NEW YORK The mass", Dateline("WASHINGTON/NEW YORK", "Washington/New York")),
        # An unknown credit in parentheses is kept as written.
        ("AUSTIN (KXAN) — Texas", Dateline("AUSTIN (KXAN) —", "Austin", None, "KXAN")),
        ("  WASHINGTON — leading spaces", Dateline("WASHINGTON —", "Washington")),
    ],
)
def test_forms(paragraph: str, expected: Dateline | None) -> None:
    assert parse_dateline(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "WASHINGTON state officials said on Tuesday",
        "WASHINGTON State University researchers found",
        "NEW YORK Times reporters said",
        "NATO said on Monday",
        "NATO — the alliance — said",
        "U.S. officials said",
        "GOP frontrunner Donald Trump",
        "CNN President Jeff Zucker isn't",
        "LONDON has seen record rain",
        "TOUGH new 'house arrest' powers",
        "ABSTRACT.",
        "LETTERS.",
        "TOP STORIES.",
        "UPDATE: 5/12 — The website",
        "Update: Principal Susan Jordan pushed",
        "EDITOR'S NOTE — This story",
        "FILE - In this Feb. 5, 2016 file photo",
        "THE PRESIDENT: Thank you very much.",
        "JAKE TAPPER: Donald Trump released",
        "TRUMP: The deaths of Alton Sterling",
        "Q: What did you see?",
        "SEC. RUMSFELD: Good afternoon.",
        "SIEGEL--Jerome Arthur, 98, of Mamaroneck",
        "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark",
        "ORLANDO MOURNS",
        "NEW YORK ENDS TAMPON TAX “New York Gov.",
        "Mehmet Oz — Ivy League-trained surgeon",
        "Sen. Bernie Sanders (I-Vt.) defended",
        'Rep. Trey Gowdy (R-S.C.):"I have not heard',
        "On Monday, Graham— who had previously",
        "Still, Sanders - who digested",
        "Nevada, Arizona and Florida are among those",
        "December 3, 2004",
        "Friday, July 21, 2017",
        "Offense: Assault with a dangerous weapon",
        "",
        "   ",
        "—",
        "(File photo) A man walks",
    ],
)
def test_not_datelines(paragraph: str) -> None:
    assert parse_dateline(paragraph) is None


def test_body_paragraph_is_not_changed() -> None:
    paragraph = "WASHINGTON (AP) — The Senate voted."
    dateline = parse_dateline(paragraph)
    assert dateline is not None
    assert paragraph.startswith(dateline.text)


@pytest.mark.parametrize(
    ("raw", "readable"),
    [
        ("WASHINGTON", "Washington"),
        ("NEW YORK", "New York"),
        ("ST. LOUIS", "St. Louis"),
        ("HEMPSTEAD, N.Y.", "Hempstead, N.Y."),
        ("BEIRUT, Lebanon", "Beirut, Lebanon"),
        ("KYIV, UKRAINE", "Kyiv, Ukraine"),
        ("WASHINGTON, DC", "Washington, DC"),
        ("DAR ES SALAAM", "Dar es Salaam"),
        ("O'FALLON, Mo.", "O'Fallon, Mo."),
        ("BRASÍLIA", "Brasília"),
        ("WINSTON-SALEM", "Winston-Salem"),
    ],
)
def test_readable_place(raw: str, readable: str) -> None:
    assert readable_place(raw) == readable


@pytest.mark.parametrize(
    "paragraph",
    [
        "A " * 200_000,
        "WASHINGTON" + ", Va" * 50_000,
        "(" * 100_000 + ")" * 100_000,
        "-" * 200_000,
        "WASHINGTON " * 50_000 + "—",
        "Nov. 1, " * 50_000,
        "N.Y." * 100_000,
    ],
)
def test_linear_time_on_hostile_input(paragraph: str) -> None:
    start = time.process_time()
    parse_dateline(paragraph)
    assert time.process_time() - start < 0.5


@given(st.text(max_size=300))
def test_never_raises_and_text_is_a_prefix(paragraph: str) -> None:
    dateline = parse_dateline(paragraph)
    if dateline is not None:
        assert paragraph.lstrip().startswith(dateline.text)
        assert dateline.text.strip() == dateline.text
    assert parse_dateline(paragraph) == dateline
