"""The attribution model: features, scoring and its training code."""

from __future__ import annotations

import importlib.util
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
    assert features.probability([]) == 1.0 / (1.0 + 2.718281828459045**-features.BIAS)


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


def test_rendered_weights_are_a_module(tmp_path: Path) -> None:
    out = tmp_path / "w.py"
    out.write_text(train.render(0.5, {"kind=direct": 1.25}, {"direct": 0.4}), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("w", out)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (module.BIAS, module.WEIGHTS, module.THRESHOLDS) == (
        0.5,
        {"kind=direct": 1.25},
        {"direct": 0.4},
    )
