"""The corpus-level people table (store/people.py)."""

from __future__ import annotations

import random
from pathlib import Path

from newsrefinery.records import Article, Entity, Mention, Source
from newsrefinery.store import open_store
from newsrefinery.store.people import (
    build_people,
    find_people,
    name_key,
    person_articles,
    rebuild_people,
)


def person(name: str, *titles: str, mentions: tuple[str, ...] = ()) -> Entity:
    return Entity(name, "PERSON", titles, tuple(Mention(m, 0, len(m)) for m in mentions))


def test_name_key_ignores_initials_and_particles() -> None:
    assert name_key("John F. Kirby") == (("john", "kirby"), ("f",))
    assert name_key("Ludwig van Beethoven")[0] == ("ludwig", "beethoven")


def test_middle_initial_variants_are_one_person() -> None:
    people, members = build_people([
        ("a1", person("John Kirby", "spokesman", mentions=("John Kirby", "Kirby", "he"))),
        ("a2", person("John F. Kirby", "admiral")),
        ("a3", person("John Kirby")),
        ("a4", person("Kirby", "spokesman")),
        ("a5", person("Kirby", "spokesman")),
        ("a6", person("Kirby", "spokesman")),
    ])  # fmt: skip
    assert [p.name for p in people] == ["John Kirby"]  # the form most articles use
    kirby = people[0]
    assert kirby.articles == 6
    assert set(kirby.aliases) == {"John F. Kirby", "Kirby"}
    assert kirby.titles == ("spokesman", "admiral")
    assert members[("a2", "John F. Kirby")] == "John Kirby"


def test_conflicting_initials_stay_apart() -> None:
    people, _ = build_people(
        [("a1", person("George H. W. Bush")), ("a2", person("George W. Bush"))]
    )
    assert [p.name for p in people] == ["George H. W. Bush", "George W. Bush"]


def test_bare_surname_is_not_merged_without_evidence() -> None:
    people, members = build_people([
        ("a1", person("Boris Johnson", "Prime Minister")),
        ("a2", person("Dwayne Johnson", "actor")),
        ("a3", person("Johnson")),
        ("a4", person("Johnson", "Prime Minister")),
    ])  # fmt: skip
    assert members[("a4", "Johnson")] == "Boris Johnson"  # same title: evidence
    assert members[("a3", "Johnson")] == "Johnson"  # no evidence: a person of its own
    assert {p.name for p in people} == {"Boris Johnson", "Dwayne Johnson", "Johnson"}


def test_same_first_and_last_name_merge_but_different_first_names_do_not() -> None:
    people, _ = build_people([("a1", person("Jane Smith")), ("a2", person("John Smith"))])
    assert len(people) == 2


def test_order_does_not_matter() -> None:
    items = [
        ("a1", person("John Kirby", "spokesman")),
        ("a2", person("John F. Kirby")),
        ("a3", person("Kirby", "spokesman")),
        ("a4", person("Xi Jinping", "Chinese leader")),
    ]
    expected = build_people(items)
    for seed in range(5):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert build_people(shuffled) == expected


def article(uri: str, *entities: Entity) -> Article:
    return Article(id=uri, source=Source(uri=uri, format="text"), body=("x",), entities=entities)


def test_rebuild_and_find(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite") as store:
        run = store.begin_run(["test"], "local", 1)
        store.write([
            (article("a", person("John Kirby", "spokesman"), Entity("NATO", "ORG")), None),
            (article("b", person("John F. Kirby")), None),
            (article("c", person("Kirby", "spokesman")), None),
        ], run)  # fmt: skip
        conn = store.connection
        assert rebuild_people(conn) == 1
        assert rebuild_people(conn) == 1  # rebuilt whole, never duplicated
        # One article each: the fuller form is the canonical name.
        for query in ("Kirby", "kirby", "John F. Kirby", "JOHN KIRBY"):
            assert [p.name for p in find_people(conn, query)] == ["John F. Kirby"], query
        assert find_people(conn, "Johnson") == []
        assert person_articles(conn, "John F. Kirby") == [
            ("a", "John Kirby"), ("b", "John F. Kirby"), ("c", "Kirby"),
        ]  # fmt: skip
