"""The GUM scoring helpers (entities/evaluate.py), on small documents made here."""

from __future__ import annotations

import json
from pathlib import Path

from newsrefinery.entities.evaluate import (
    baseline_mentions,
    is_named,
    load_gum,
    predicted_named,
    prf,
    score_mentions,
    score_pronouns,
)
from newsrefinery.records import Entity, Mention


def gum_line(text: str, entities: list[dict[str, object]], chains: dict[str, object]) -> str:
    return json.dumps({"doc": "d", "partition": "dev", "text": text, "entities": entities,
                       "chains": chains})  # fmt: skip


def gum_entity(
    text: str, start: int, end: int, ner: str, chain: str, **more: object
) -> dict[str, object]:
    """A named GUM mention unless `more` says otherwise."""
    entity = {"start": start, "end": end, "text": text[start:end], "ner": ner, "is_named": True,
              "pronoun": False, "chain": chain}  # fmt: skip
    return {**entity, **more}


def test_gold_name_span_and_pronoun_set(tmp_path: Path) -> None:
    text = "US President Barack Obama spoke. He left."
    ents = [
        gum_entity(text, 0, 25, "PERSON", "1", name="Barack Obama"),
        gum_entity(text, 0, 2, "PLACE", "2", name="US"),
        gum_entity(text, 33, 35, "PERSON", "1", is_named=False, pronoun=True, person="3"),
    ]
    chains = {"1": {"ner": "PERSON", "name": "Barack Obama"}, "2": {"ner": "PLACE", "name": "US"}}
    path = tmp_path / "gum.jsonl"
    path.write_text(gum_line(text, ents, chains) + "\n", encoding="utf-8")
    (doc,) = load_gum(path)
    assert doc.named == {(13, 25, "PERSON"), (0, 2, "PLACE")}
    assert doc.pronouns == ((33, 35, "1"),)
    right = Entity("Barack Obama", "PERSON", (), (Mention("Obama", 20, 25), Mention("He", 33, 35)))
    assert score_pronouns(doc, [right])["right"] == 1
    wrong = Entity("Someone", "PERSON", (), (Mention("He", 33, 35),))
    assert score_pronouns(doc, [wrong])["wrong"] == 1
    assert score_pronouns(doc, [])["missed"] == 1


def test_strict_and_lenient_scores() -> None:
    gold = frozenset({(0, 10, "PERSON"), (20, 25, "ORG")})
    pred = {(0, 10, "PERSON"), (19, 25, "ORG"), (30, 35, "ORG")}
    scores = score_mentions([(pred, gold)])
    assert scores["strict"]["PERSON"]["f1"] == 1.0
    assert scores["strict"]["ORG"]["f1"] == 0.0
    assert scores["lenient"]["ORG"]["p"] == 0.5 and scores["lenient"]["ORG"]["r"] == 1.0


def test_prf_of_nothing() -> None:
    assert prf(0, 0, 0)["f1"] == 0.0


def test_baseline_types_capitalised_runs() -> None:
    found = baseline_mentions("The talks in Beijing with NATO and John Kirby.")
    assert (13, 20, "PLACE") in found and (26, 30, "ORG") in found
    assert (35, 45, "PERSON") in found


def test_issue_scope_leaves_out_titles_and_groups(tmp_path: Path) -> None:
    text = "The President met Muslims. Kirby spoke."
    ents = [
        gum_entity(text, 0, 13, "PERSON", "1", name="President"),
        gum_entity(text, 18, 25, "PERSON", "2", name="Muslims"),
        gum_entity(text, 27, 32, "PERSON", "3", name="Kirby"),
    ]
    chains = {k: {"ner": "PERSON", "name": "x"} for k in "123"}
    path = tmp_path / "gum.jsonl"
    path.write_text(gum_line(text, ents, chains) + "\n", encoding="utf-8")
    (gum,) = load_gum(path)
    (issue,) = load_gum(path, "issue")
    assert len(gum.named) == 3
    assert issue.named == {(27, 32, "PERSON")}
    assert issue.ignored == {(4, 13), (18, 25)}
    found = [Entity("Muslims", "PERSON", (), (Mention("Muslims", 18, 25),))]
    assert predicted_named(found, issue.ignored) == set()
    assert predicted_named(found) == {(18, 25, "PERSON")}


def test_named_mention_may_open_with_an_editors_bracket() -> None:
    assert is_named("[George W.] Bush") and is_named("Kirby")
    assert not is_named("[the spokesman]") and not is_named("he") and not is_named("the UN")
