"""The attribution model: features, scoring and its training code."""

from __future__ import annotations

import json
from pathlib import Path

from newsrefinery.quotes import features, train
from newsrefinery.quotes.content import Frame
from newsrefinery.quotes.text import tokenize


def test_features_name_the_frame_and_the_speaker() -> None:
    toks = tokenize("Kirby said the war is over.", [])
    frame = Frame("sv", (1, 2), "speech", "say", (0, 1), after=(2, 6))
    feats = features.candidate_features(toks, frame, "indirect", "", "the war is over")
    assert {"kind=indirect", "frame=sv", "lemma=say", "speaker=name1", "side=after"} <= set(feats)
    assert features.candidate_features(toks, frame, "indirect", "", "the war is over") == feats


def test_probability_is_a_logistic_of_the_weights() -> None:
    p = features.probability(["kind=direct", "frame=sv", "lemma=say"])
    assert 0.0 < p < 1.0
    bias = features.model().bias
    assert features.probability([]) == 1.0 / (1.0 + 2.718281828459045**-bias)


def test_shipped_model_is_package_data_read_once() -> None:
    m = features.model()
    assert m is features.model()
    assert m.weights and set(m.thresholds) == {"direct", "partial", "indirect"}
    assert all(0.0 < t < 1.0 for t in m.thresholds.values())


def example(kind: str, feats: list[str], right: bool, gold: int) -> train.Example:
    return train.Example(kind, feats, right, gold, True)


def test_fit_learns_which_feature_means_right() -> None:
    data = [example("direct", ["good"], True, i) for i in range(20)]
    data += [example("direct", ["bad"], False, -1) for _ in range(20)]
    bias, weights = train.fit(data)
    assert weights["good"] > 0 > weights["bad"]
    probs = [train._prob(bias, weights, ex.features) for ex in data]
    th = train.choose_thresholds(data, probs, n_quoted=20, n_all=20)
    assert all(p >= th["direct"] for p in probs[:20])
    assert train.fit(data) == (bias, weights)  # deterministic


def test_rendered_weights_are_the_json_the_model_reads(tmp_path: Path) -> None:
    text = train.render(0.5, {"kind=direct": 1.25}, {"direct": 0.4})
    assert json.loads(text) == {
        "bias": 0.5,
        "thresholds": {"direct": 0.4},
        "weights": {"kind=direct": 1.25},
    }
    m = features.Model.from_json(text)
    assert (m.bias, m.weights, m.thresholds) == (0.5, {"kind=direct": 1.25}, {"direct": 0.4})
    assert features.probability(["kind=direct"], m) == 1.0 / (1.0 + 2.718281828459045**-1.75)


def test_clause_type_tells_a_clause_from_an_object() -> None:
    assert features.clause_type("the war is over") == "aux"
    assert features.clause_type("it wasn’t ready") == "aux"
    assert features.clause_type("to act now") == "to"
    assert features.clause_type("the plan failed badly") == "ed"
    assert features.clause_type("messages on Facebook") == "none"


def test_resolution_and_salience_features() -> None:
    assert features.resolution("he", None) == "none"
    assert features.resolution("Kirby", "John Kirby") == "longer"
    assert features.resolution("the White House", "the White House") == "same"
    assert features.salience(1) == "salience=1"
    assert features.salience(7) == "salience=>4"


def test_the_word_before_a_frame_is_a_feature() -> None:
    toks = tokenize("It was what Trump called a disaster.", [])
    frame = Frame("sv", (4, 5), "speech", "call", (3, 4), after=(5, 7))
    feats = features.candidate_features(toks, frame, "indirect", "", "a disaster")
    assert "kind*opener=indirect*rel" in feats
    toks = tokenize("Trump called it a disaster.", [])
    frame = Frame("sv", (1, 2), "speech", "call", (0, 1), after=(2, 5))
    feats = features.candidate_features(toks, frame, "indirect", "", "it a disaster")
    assert "kind*opener=indirect*start" in feats
