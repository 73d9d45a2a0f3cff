"""A registry of stance classifiers for experiments, built on :mod:`stance.classify`'s features.

Each entry of :data:`MODELS` is a function ``(params, scheme, seed) -> estimator``.
The estimator is a scikit-learn classifier that reads a DataFrame with a ``text``
column and, when the feature settings ask for them, ``speaker_side`` and
``target`` columns. ``params`` holds the model's own settings (``C``,
``class_weight``, ...) and the feature settings of :data:`FEATURE_DEFAULTS`;
unknown keys are refused by :func:`check_params`.

Models: ``majority`` (the most frequent label), ``cues`` (the scheme's cue
phrases alone), ``logreg`` (TF-IDF + logistic regression), ``svm`` (calibrated
linear SVM), ``linear_svm`` (uncalibrated), ``nb`` (complement naive Bayes),
``voting`` (soft vote of logreg, svm and nb) and ``default`` (the pipeline the
``stance`` command uses, :func:`stance.classify.build_pipeline`).

With ``target = "separate"`` a model is fitted per value of the ``target``
column (:class:`PerTarget`); with ``target = "feature"`` the target is one-hot
encoded beside the text features.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

from .classify import CueFeatures, build_pipeline
from .errors import ConfigError
from .scheme import Scheme

FEATURE_DEFAULTS = {
    "word_ngrams": [1, 2],
    "char_ngrams": [3, 5],
    "char_analyzer": "char_wb",
    "min_df": 1,
    "char_min_df": 2,
    "lowercase": True,
    "cues": True,
    "side": False,
    "target": "none",
    "token_pattern": r"(?u)\b\w\w+\b",
    "binary": False,
}
TARGET_MODES = ("none", "separate", "feature")
CHAR_ANALYZERS = ("char", "char_wb")


class PerTarget(BaseEstimator, ClassifierMixin):
    """One clone of ``estimator`` per value of the ``target`` column.

    Parameters
    ----------
    estimator : classifier
        Fitted once per target on that target's rows.

    Examples
    --------
    >>> import pandas as pd
    >>> from sklearn.dummy import DummyClassifier
    >>> X = pd.DataFrame({"text": ["a", "b", "c"], "target": ["t1", "t1", "t2"]})
    >>> PerTarget(DummyClassifier()).fit(X, ["x", "x", "y"]).predict(X).tolist()
    ['x', 'x', 'y']
    """

    def __init__(self, estimator=None):
        self.estimator = estimator

    def fit(self, X, y):
        y = np.asarray(y, dtype=object)
        self.classes_ = np.array(sorted(set(y)), dtype=object)
        targets = X["target"].astype(str).to_numpy()
        self.models_ = {}
        for t in sorted(set(targets)):
            rows = targets == t
            if len(set(y[rows])) < 2:  # one label only for this target: predict it
                self.models_[t] = _Constant(y[rows][0])
            else:
                self.models_[t] = clone(self.estimator).fit(X[rows], y[rows])
        counts = {c: int((y == c).sum()) for c in self.classes_}
        self.fallback_ = max(self.classes_, key=lambda c: (counts[c], c))
        return self

    def predict_proba(self, X):
        targets = X["target"].astype(str).to_numpy()
        out = np.zeros((len(X), len(self.classes_)))
        index = {c: j for j, c in enumerate(self.classes_)}
        for t in sorted(set(targets)):
            rows = np.flatnonzero(targets == t)
            model = self.models_.get(t)
            if model is None:  # a target never seen in training: the overall majority label
                out[rows, index[self.fallback_]] = 1.0
                continue
            proba = model.predict_proba(X.iloc[rows])
            for j, c in enumerate(model.classes_):
                out[rows, index[c]] = proba[:, j]
        return out

    def predict(self, X):
        targets = X["target"].astype(str).to_numpy()
        out = np.empty(len(X), dtype=object)
        for t in sorted(set(targets)):
            rows = np.flatnonzero(targets == t)
            model = self.models_.get(t)
            out[rows] = self.fallback_ if model is None else model.predict(X.iloc[rows])
        return out


class _Constant:
    """Predicts one label (a target whose training rows all have that label)."""

    def __init__(self, label):
        self.label = label
        self.classes_ = np.array([label], dtype=object)

    def predict(self, X):
        return np.array([self.label] * len(X), dtype=object)

    def predict_proba(self, X):
        return np.ones((len(X), 1))


def features(params: dict, scheme: Scheme, with_text: bool = True) -> ColumnTransformer:
    """The feature union for ``params``: word and char TF-IDF, cue counts, side and target one-hot.

    Examples
    --------
    >>> from stance.scheme import default_scheme
    >>> [name for name, _, _ in features(dict(FEATURE_DEFAULTS), default_scheme()).transformers]
    ['word', 'char', 'cue']
    """
    p = {**FEATURE_DEFAULTS, **params}
    parts = []
    if with_text:
        if p["word_ngrams"]:
            parts.append(("word", TfidfVectorizer(ngram_range=tuple(p["word_ngrams"]), sublinear_tf=True,
                                                  min_df=p["min_df"], lowercase=p["lowercase"],
                                                  token_pattern=p["token_pattern"], binary=p["binary"]), "text"))
        if p["char_ngrams"]:
            parts.append(("char", TfidfVectorizer(analyzer=p["char_analyzer"], ngram_range=tuple(p["char_ngrams"]),
                                                  sublinear_tf=True, min_df=p["char_min_df"],
                                                  lowercase=p["lowercase"]), "text"))
    cues = {l.name: list(l.cues) for l in scheme.labels if l.cues}
    if p["cues"] and cues:
        parts.append(("cue", CueFeatures(cues), ["text"]))
    if p["side"]:
        parts.append(("side", OneHotEncoder(handle_unknown="ignore"), ["speaker_side"]))
    if p["target"] == "feature":
        parts.append(("target", OneHotEncoder(handle_unknown="ignore"), ["target"]))
    if not parts:
        raise ConfigError("the feature settings leave no features; enable word_ngrams, char_ngrams or cues")
    return ColumnTransformer(parts)


def _pipe(params, scheme, clf, with_text=True):
    return Pipeline([("features", features(params, scheme, with_text)), ("clf", clf)])


def _logreg(params, seed):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=params.get("C", 4.0), class_weight=params.get("class_weight", "balanced"),
                              max_iter=3000, random_state=seed)


def _svm(params, seed):
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.svm import LinearSVC

    return CalibratedClassifierCV(LinearSVC(C=params.get("C", 0.5), class_weight=params.get("class_weight", "balanced"),
                                            random_state=seed), cv=params.get("cv", 3))


def _nb(params):
    from sklearn.naive_bayes import ComplementNB

    return ComplementNB(alpha=params.get("alpha", 0.3))


def majority(params: dict, scheme: Scheme, seed: int):
    """The most frequent training label, whatever the text (sklearn's DummyClassifier)."""
    from sklearn.dummy import DummyClassifier

    return DummyClassifier(strategy="most_frequent")


def cues(params: dict, scheme: Scheme, seed: int):
    """Logistic regression on the scheme's cue-phrase counts alone (plus side/target when asked)."""
    if not any(l.cues for l in scheme.labels):
        raise ConfigError(f"model 'cues' needs cue phrases, and scheme {scheme.name!r} has none")
    return _pipe({**params, "cues": True}, scheme, _logreg(params, seed), with_text=False)


def logreg(params: dict, scheme: Scheme, seed: int):
    """TF-IDF word and char n-grams (+ cues, side) and logistic regression."""
    return _pipe(params, scheme, _logreg(params, seed))


def svm(params: dict, scheme: Scheme, seed: int):
    """TF-IDF features and a linear SVM calibrated to probabilities (CalibratedClassifierCV)."""
    return _pipe(params, scheme, _svm(params, seed))


def linear_svm(params: dict, scheme: Scheme, seed: int):
    """TF-IDF features and an uncalibrated LinearSVC (predicts labels, no probabilities)."""
    from sklearn.svm import LinearSVC

    return _pipe(params, scheme, LinearSVC(C=params.get("C", 0.5), class_weight=params.get("class_weight", "balanced"),
                                           random_state=seed))


def nb(params: dict, scheme: Scheme, seed: int):
    """TF-IDF features and complement naive Bayes."""
    return _pipe(params, scheme, _nb(params))


def voting(params: dict, scheme: Scheme, seed: int):
    """Soft vote (mean probability) of logreg, calibrated SVM and complement naive Bayes."""
    from sklearn.ensemble import VotingClassifier

    members = [("logreg", logreg(params, scheme, seed)), ("svm", svm({**params, "C": params.get("svm_C", 0.5)},
                                                                      scheme, seed)),
               ("nb", nb(params, scheme, seed))]
    return VotingClassifier(members, voting="soft")


def default(params: dict, scheme: Scheme, seed: int):
    """The ``stance`` command's own pipeline (:func:`stance.classify.build_pipeline`)."""
    return build_pipeline(scheme, "logreg", use_side=bool(params.get("side", True)), seed=seed,
                          C=params.get("C", 4.0))


MODELS = {"majority": majority, "cues": cues, "logreg": logreg, "svm": svm, "linear_svm": linear_svm,
          "nb": nb, "voting": voting, "default": default}

# Model-specific parameters and their types; every model also takes the FEATURE_DEFAULTS keys.
PARAMS = {
    "majority": {},
    "cues": {"C": (int, float), "class_weight": (str, dict)},
    "logreg": {"C": (int, float), "class_weight": (str, dict)},
    "svm": {"C": (int, float), "class_weight": (str, dict), "cv": (int,)},
    "linear_svm": {"C": (int, float), "class_weight": (str, dict)},
    "nb": {"alpha": (int, float)},
    "voting": {"C": (int, float), "svm_C": (int, float), "class_weight": (str, dict), "alpha": (int, float)},
    "default": {"C": (int, float)},
}
_FEATURE_TYPES = {"word_ngrams": (list,), "char_ngrams": (list,), "char_analyzer": (str,), "min_df": (int,),
                  "char_min_df": (int,), "lowercase": (bool,), "cues": (bool,), "side": (bool,), "target": (str,),
                  "token_pattern": (str,), "binary": (bool,)}


def check_params(kind: str, params: dict, where: str) -> None:
    """Raise ConfigError for an unknown model, an unknown parameter or a value of the wrong type.

    Examples
    --------
    >>> check_params("logreg", {"C": 1.0}, "models[0]")
    >>> check_params("logreg", {"alpha": 1}, "models[0]")
    Traceback (most recent call last):
    ...
    stance.errors.ConfigError: models[0].alpha: unknown parameter for model 'logreg'; allowed: C, char_analyzer, char_min_df, char_ngrams, class_weight, cues, lowercase, min_df, side, target, word_ngrams
    """
    if kind not in MODELS:
        raise ConfigError(f"{where}.type: unknown model {kind!r}; allowed: {', '.join(sorted(MODELS))}")
    allowed = {**_FEATURE_TYPES, **PARAMS[kind]}
    for key, value in params.items():
        if key not in allowed:
            raise ConfigError(f"{where}.{key}: unknown parameter for model {kind!r}; allowed: {', '.join(sorted(allowed))}")
        types = allowed[key]
        if isinstance(value, bool) and bool not in types or not isinstance(value, types):
            raise ConfigError(f"{where}.{key}: expected {' or '.join(t.__name__ for t in types)}, got {value!r}")
        if key in ("word_ngrams", "char_ngrams") and value and not (
                len(value) == 2 and all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value)
                and value[0] <= value[1]):
            raise ConfigError(f"{where}.{key}: expected [min, max] with 1 <= min <= max, or [] for none; got {value!r}")
        if key == "char_analyzer" and value not in CHAR_ANALYZERS:
            raise ConfigError(f"{where}.{key}: {value!r} is not one of {', '.join(CHAR_ANALYZERS)}")
        if key == "target" and value not in TARGET_MODES:
            raise ConfigError(f"{where}.{key}: {value!r} is not one of {', '.join(TARGET_MODES)}")
        if key == "class_weight" and isinstance(value, dict):
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in value.values()):
                raise ConfigError(f"{where}.{key}: a table of label = positive weight, got {value!r}")
        elif key == "class_weight" and value not in ("balanced", "none"):
            raise ConfigError(f"{where}.{key}: {value!r} is not one of balanced, none, or a table of label = weight")


def build(kind: str, params: dict, scheme: Scheme, seed: int = 0):
    """The estimator for registry entry ``kind``, wrapped per target when ``params['target'] == 'separate'``.

    Examples
    --------
    >>> from stance.scheme import default_scheme
    >>> type(build("majority", {}, default_scheme())).__name__
    'DummyClassifier'
    """
    p = dict(params)
    if p.get("class_weight") == "none":
        p["class_weight"] = None
    est = MODELS[kind](p, scheme, seed)
    if p.get("target", "none") == "separate":
        est = PerTarget(est)
    return est
