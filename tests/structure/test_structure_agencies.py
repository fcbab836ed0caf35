"""Agencies from datelines, photo credits, sign-offs and closing lines."""

from __future__ import annotations

import pytest

from newsrefinery.records import Article, Caption, Dateline, Removed, Source
from newsrefinery.structure import (
    SignOff,
    agencies_in_closing,
    agencies_in_credit,
    canonical_agency,
    find_agencies,
    parse_signoff,
)
from newsrefinery.structure.patterns import AGENCIES

SOURCE = Source(uri="t", format="text")


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("AP", "AP"),
        ("Associated Press", "AP"),
        ("The Associated Press", "AP"),
        ("ASSOCIATED PRESS", "AP"),
        ("associated press", "AP"),
        ("REUTERS", "Reuters"),
        ("Agence France-Presse", "AFP"),
        ("Deutsche Presse-Agentur", "dpa"),
        ("Press Trust of India", "PTI"),
        ("Xinhua News Agency", "Xinhua"),
        ("ITAR-TASS", "TASS"),
        ("Anadolu Agency", "Anadolu"),
        ("Yonhap", "Yonhap"),
        ("Kyodo News", "Kyodo"),
        ("CNN Wire", "CNN"),
        ("Getty Images", None),
        ("Ani", None),  # a first name, not the Indian agency
        ("She told The Associated Press", None),
    ],
)
def test_canonical_agency(name: str, canonical: str | None) -> None:
    assert canonical_agency(name) == canonical


def test_every_canonical_name_maps_to_itself() -> None:
    for canonical, variants in AGENCIES:
        assert canonical_agency(canonical) == canonical
        for variant in variants:
            assert canonical_agency(variant) == canonical


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        ("AFP/File", ["AFP"]),
        ("AP Photo/Evan Vucci", ["AP"]),
        ("(AP Photo/Susan Walsh, File)", ["AP"]),
        ("REUTERS/Kevin Lamarque", ["Reuters"]),
        ("Xinhua", ["Xinhua"]),
        ("Xinhua/Li Xin", ["Xinhua"]),
        ("Photo by Saul Loeb/AFP via Getty Images", ["AFP"]),
        ("Eric Gay/Associated Press", ["AP"]),
        ("EPA-EFE/Kiko Huesca", ["EFE"]),
        ("PTI Photo", ["PTI"]),
        ("Win McNamee/Getty Images", []),
        ("AFP/Reuters", ["AFP", "Reuters"]),
    ],
)
def test_agencies_in_credit(credit: str, agencies: list[str]) -> None:
    assert agencies_in_credit(credit) == agencies


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("The Associated Press contributed to this report.", ["AP"]),
        ("Associated Press writers Julie Pace and Ken Thomas contributed to this report.", ["AP"]),
        ("With AFP", ["AFP"]),
        ("With AFP and Reuters", ["AFP", "Reuters"]),
        ("- Reuters", ["Reuters"]),
        ("—AP", ["AP"]),
        ("(AFP)", ["AFP"]),
        ("Reuters", ["Reuters"]),
        ("Source: Xinhua", ["Xinhua"]),
        ("Additional reporting by Reuters", ["Reuters"]),
        ("Copyright 2016 The Associated Press. All rights reserved.", ["AP"]),
        ("Some information for this report was provided by AFP and AP.", ["AFP", "AP"]),
        ("She told The Associated Press on Monday that she would run.", []),
        ("Jane Doe contributed to this report.", []),
        ("With the vote, lawmakers sent the bill to the governor.", []),
        ("The agency said it had contributed $2,700 to Reuters.", []),
        ("x" * 10_000 + " contributed", []),
    ],
)
def test_agencies_in_closing(line: str, agencies: list[str]) -> None:
    assert agencies_in_closing(line) == agencies


def test_parse_signoff() -> None:
    got = parse_signoff(
        "(Reporting by Washington newsroom and Dan Burns in New York; Writing by Susan "
        "Heavey; Editing by Bernadette Baum and W Simon)"
    )
    assert got == SignOff(
        reporters=("Dan Burns",),
        writers=("Susan Heavey",),
        editors=("Bernadette Baum", "W Simon"),
    )
    assert parse_signoff("(Reporting by Reuters; Editing by Jane Doe)") == SignOff(
        editors=("Jane Doe",), agencies=("Reuters",)
    )
    assert parse_signoff("The senator said he would run.") is None


def test_find_agencies_order_and_dedup() -> None:
    article = Article(
        id="a",
        source=SOURCE,
        dateline=Dateline(text="WASHINGTON (AP) —", place="Washington", agency="AP"),
        byline="By JANE DOE, Associated Press",
        captions=(
            Caption(text="A man walks.", credit="REUTERS/Kevin Lamarque"),
            Caption(text="A rally on Monday. AFP/File"),
            Caption(text="Another view.", credit="AP Photo/Evan Vucci"),
        ),
        removed=(
            Removed(
                text="(Reporting by Roberta Rampton; Editing by Lisa Shumaker)",
                reason="wire_signoff",
            ),
            Removed(text="Xinhua", reason="wire_signoff"),
            Removed(text="With AFP", reason="boilerplate"),  # not a sign-off reason
        ),
        body=("Body text.", "Middle.", "Reporting by Kyodo"),
    )
    assert find_agencies(article) == ("AP", "Reuters", "AFP", "Xinhua", "Kyodo")


def test_find_agencies_parses_dateline_when_unset() -> None:
    article = Article(id="a", source=SOURCE, body=("BEIRUT, Lebanon (Reuters) - Jets struck.",))
    assert find_agencies(article) == ("Reuters",)


def test_signoff_naming_no_agency_gives_none() -> None:
    article = Article(
        id="a",
        source=SOURCE,
        body=("Body.",),
        removed=(
            Removed(
                text="(Reporting by Roberta Rampton; Editing by Lisa Shumaker)",
                reason="wire_signoff",
            ),
        ),
    )
    assert find_agencies(article) == ()


def test_existing_agencies_come_first() -> None:
    article = Article(
        id="a", source=SOURCE, agencies=("dpa",), body=("Paris (AFP) - x", "With dpa")
    )
    assert find_agencies(article) == ("dpa", "AFP")


def test_copyright_and_orphan_credit_lines() -> None:
    article = Article(
        id="a",
        source=SOURCE,
        body=("Body.",),
        removed=(
            Removed(text="Courtesy of Yusuf Syed/AP Photo", reason="photo_credit"),
            Removed(text="Copyright 2016 Reuters. All rights reserved.", reason="copyright"),
            Removed(text="Copyright 2016 Example Media Inc.", reason="copyright"),
        ),
    )
    assert find_agencies(article) == ("AP", "Reuters")


def test_usa_today_contributing_line() -> None:
    line = "Contributing: Jane Doe, John Roe, USA TODAY\u200b; the Associated Press"
    assert agencies_in_closing(line) == ["AP"]
    assert agencies_in_closing("Contributing: Jane Doe, USA TODAY") == []
