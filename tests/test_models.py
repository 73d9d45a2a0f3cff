"""Model registry options: decision-offset tuning (OffsetTuned) and its config checks."""

import numpy as np
import pandas as pd
import pytest
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression

from stance.errors import ConfigError
from stance.models import OffsetTuned, PerTarget, build, check_params, metric_value
from stance.scheme import default_scheme


def _imbalanced(n=300, seed=0):
    """One feature; class b (20%) sits a little above a, with overlap, so a plain model under-predicts b."""
    rng = np.random.default_rng(seed)
    y = np.where(rng.random(n) < 0.2, "b", "a").astype(object)
    x = rng.normal(0, 1, n) + (y == "b") * 1.2
    return pd.DataFrame({"x": x}), y


class Spy(BaseEstimator, ClassifierMixin):
    """Logistic regression on column x that records the ids of every row it is fitted on or scores."""

    seen = []

    def fit(self, X, y):
        Spy.seen.append(("fit", set(X["id"])))
        self.model_ = LogisticRegression().fit(X[["x"]], y)
        self.classes_ = self.model_.classes_
        return self

    def decision_function(self, X):
        Spy.seen.append(("score", set(X["id"])))
        return self.model_.decision_function(X[["x"]])


def test_offsets_are_learned_from_training_folds_only():
    X, y = _imbalanced()
    X["id"] = range(len(X))
    train = np.arange(200)
    Spy.seen = []
    m = OffsetTuned(Spy(), metric="f_avg", average_labels=("b",), cv=5, seed=0).fit(X.iloc[train], y[train])
    assert len(Spy.seen) == 5 * 2 + 1  # five folds (fit + score) and the final fit
    assert all(ids <= set(train) for _, ids in Spy.seen)
    for (a, fit_ids), (b, score_ids) in zip(Spy.seen[0:10:2], Spy.seen[1:10:2]):
        assert (a, b) == ("fit", "score") and not fit_ids & score_ids  # scored rows are held out
    offsets = dict(m.offsets_)
    Spy.seen = []
    m.predict(X.iloc[200:])  # predicting never refits or retunes
    assert [kind for kind, _ in Spy.seen] == ["score"] and m.offsets_ == offsets


def test_offsets_move_predictions_towards_the_under_predicted_class():
    X, y = _imbalanced()
    Xt, yt = _imbalanced(seed=1)
    plain = LogisticRegression().fit(X, y)
    tuned = OffsetTuned(LogisticRegression(), metric="f_avg", average_labels=("b",), seed=0).fit(X, y)
    assert tuned.offsets_["a"] == 0.0  # the most frequent class is the reference
    assert tuned.offsets_["b"] > 0
    assert tuned.cv_score_ >= tuned.cv_score_before_
    n_plain, n_tuned = (plain.predict(Xt) == "b").sum(), (tuned.predict(Xt) == "b").sum()
    assert n_tuned > n_plain
    f = lambda p: metric_value((yt == "b").astype(int), (p == "b").astype(int), ["a", "b"], "f_avg", ["b"])  # noqa
    assert f(tuned.predict(Xt)) > f(plain.predict(Xt))  # same distribution: the tuning carries over


def test_offsets_are_deterministic_and_zero_when_nothing_helps():
    X, y = _imbalanced()
    a = OffsetTuned(LogisticRegression(), metric="macro_f1", seed=3).fit(X, y)
    b = OffsetTuned(LogisticRegression(), metric="macro_f1", seed=3).fit(X, y)
    assert a.offsets_ == b.offsets_
    sep = pd.DataFrame({"x": np.r_[np.zeros(20), np.ones(20) * 10]})
    ys = np.array(["a"] * 20 + ["b"] * 20, dtype=object)
    assert OffsetTuned(LogisticRegression(), cv=4).fit(sep, ys).offsets_ == {"a": 0.0, "b": 0.0}


def test_too_few_rows_to_cross_validate_means_no_offsets():
    X = pd.DataFrame({"x": [0.0, 1, 2, 3, 4]})
    m = OffsetTuned(LogisticRegression()).fit(X, ["a", "a", "a", "a", "b"])
    assert m.offsets_ == {"a": 0.0, "b": 0.0} and np.isnan(m.cv_score_)


def test_per_target_scores_and_build_wraps_outside_per_target():
    scheme = default_scheme()
    est = build("logreg", {"target": "separate", "tune_offsets": True, "tune_folds": 3, "cues": False,
                           "char_ngrams": []}, scheme, seed=1, metric="f_avg", average_labels=["us_skeptical"])
    assert isinstance(est, OffsetTuned) and isinstance(est.estimator, PerTarget)
    assert (est.metric, est.average_labels, est.cv, est.seed) == ("f_avg", ("us_skeptical",), 3, 1)
    words = {"us_skeptical": "doubt hegemony", "china_neutral": "peace talks", "none": "weather today"}
    rows = [(f"{w} {i}", lab, f"t{i % 2}") for i in range(30) for lab, w in words.items()]
    X = pd.DataFrame({"text": [r[0] for r in rows], "target": [r[2] for r in rows], "speaker_side": "none"})
    y = np.array([r[1] for r in rows], dtype=object)
    est.fit(X, y)
    assert est.decision_function(X).shape == (len(X), 3)
    assert (est.predict(X) == y).mean() > 0.9
    assert not isinstance(build("logreg", {"tune_offsets": False}, scheme), OffsetTuned)


@pytest.mark.parametrize("params, message", [
    ({"tune_offsets": "yes"}, "tune_offsets: expected bool"),
    ({"tune_folds": 1}, "tune_folds: expected 2 or more"),
    ({"tune_folds": 2.5}, "tune_folds: expected int"),
])
def test_tuning_parameters_are_checked(params, message):
    check_params("linear_svm", {"tune_offsets": True, "tune_folds": 5}, "models[0]")
    with pytest.raises(ConfigError, match=message):
        check_params("linear_svm", params, "models[0]")


def test_metric_value_matches_sklearn():
    from sklearn.metrics import f1_score

    rng = np.random.default_rng(0)
    y, p = rng.integers(0, 3, 200), rng.integers(0, 3, 200)
    assert metric_value(y, p, ["a", "b", "c"]) == pytest.approx(f1_score(y, p, average="macro"))
    assert metric_value(y, p, ["a", "b", "c"], "f_avg", ["a", "c"]) == pytest.approx(
        f1_score(y, p, labels=[0, 2], average="macro"))
    assert metric_value(y, p, ["a", "b", "c"], "accuracy") == pytest.approx((y == p).mean())


def test_nbsvm_scales_features_by_their_log_count_ratio():
    from scipy.sparse import csr_matrix

    from stance.models import NBSVM

    # Feature 0 only in class a, feature 1 only in b, feature 2 in both: its ratio is near zero for both classes.
    X = csr_matrix(np.array([[3, 0, 1], [2, 0, 1], [0, 3, 1], [0, 2, 1]]))
    m = NBSVM(C=1.0).fit(X, ["a", "a", "b", "b"])
    r_a, r_b = m.ratios_
    assert r_a[0] > 0 > r_a[1] and r_b[1] > 0 > r_b[0]
    assert abs(r_a[2]) < abs(r_a[0]) and abs(r_b[2]) < abs(r_b[1])
    assert m.decision_function(X).shape == (4, 2)
    assert m.predict(csr_matrix(np.array([[0, 1, 5]]))).tolist() == ["b"]


def test_nbsvm_is_a_registered_model_with_checked_parameters():
    from stance.scheme import default_scheme

    check_params("nbsvm", {"C": 3.0, "beta": 1.0, "alpha": 0.5}, "models[0]")
    with pytest.raises(ConfigError, match=r"models\[0\]\.beta: expected int or float"):
        check_params("nbsvm", {"beta": "high"}, "models[0]")
    texts = ["china backs russia", "china and russia allies", "china seeks peace talks", "peace talks china",
             "weather is fine", "a sunny day"] * 3
    y = ["aligned", "aligned", "neutral", "neutral", "none", "none"] * 3
    est = build("nbsvm", {"cues": False, "char_ngrams": [], "word_ngrams": [1, 1]}, default_scheme())
    est.fit(pd.DataFrame({"text": texts}), y)
    assert est.predict(pd.DataFrame({"text": ["russia allies", "peace talks"]})).tolist() == ["aligned", "neutral"]


def test_augment_carries_what_holds_for_every_target_to_a_target_with_few_rows():
    from stance.scheme import Scheme

    scheme = Scheme.from_dict({"labels": {"FAVOR": {}, "AGAINST": {}}}, "example")
    rows = [("great plan", "t1", "FAVOR"), ("awful plan", "t1", "AGAINST"),
            ("a great idea", "t1", "FAVOR"), ("an awful idea", "t1", "AGAINST")] * 5
    rows += [("fine by me", "t2", "FAVOR"), ("bad for us", "t2", "AGAINST")]  # t2 never says great or awful
    X = pd.DataFrame({"text": [r[0] for r in rows], "target": [r[1] for r in rows]})
    y = [r[2] for r in rows]
    test = pd.DataFrame({"text": ["great move", "awful move"], "target": ["t2", "t2"]})
    words = {"cues": False, "char_ngrams": [], "C": 1.0}
    augmented = build("linear_svm", {**words, "target": "augment"}, scheme).fit(X, y)
    assert augmented.predict(test).tolist() == ["FAVOR", "AGAINST"]
    # one model per target has never seen the words for t2: both rows look the same to it
    separate = build("linear_svm", {**words, "target": "separate"}, scheme).fit(X, y)
    assert len(set(separate.predict(test))) == 1
    check_params("linear_svm", {"target": "augment"}, "models[0]")
    with pytest.raises(ConfigError, match="models\\[0\\].target: 'pooled' is not one of none, separate, feature, augment"):
        check_params("linear_svm", {"target": "pooled"}, "models[0]")
