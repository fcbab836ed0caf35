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
