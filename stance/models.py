"""A registry of stance classifiers for experiments, built on :mod:`stance.classify`'s features.

Each entry of :data:`MODELS` is a function ``(params, scheme, seed) -> estimator``.
The estimator is a scikit-learn classifier that reads a DataFrame with a ``text``
column and, when the feature settings ask for them, ``speaker_side`` (with
``speaker_origin``, empty when unknown) and ``target`` columns. ``params`` holds the model's own settings (``C``,
``class_weight``, ...) and the feature settings of :data:`FEATURE_DEFAULTS`;
unknown keys are refused by :func:`check_params`.

Models: ``majority`` (the most frequent label), ``cues`` (the scheme's cue
phrases alone), ``logreg`` (TF-IDF + logistic regression), ``svm`` (calibrated
linear SVM), ``linear_svm`` (uncalibrated), ``nb`` (complement naive Bayes), ``nbsvm``
(naive-Bayes-weighted linear SVM),
``voting`` (soft vote of logreg, svm and nb) and ``default`` (the pipeline the
``stance`` command uses, :func:`stance.classify.build_pipeline`).

With ``target = "separate"`` a model is fitted per value of the ``target``
column (:class:`PerTarget`); with ``target = "feature"`` the target is one-hot
encoded beside the text features; with ``target = "augment"`` one model is fitted
on a shared copy of every feature plus a copy per target (:class:`TargetAugment`),
so what holds for all targets is learned from all rows and what holds for one
target from its own.

With ``tune_offsets = true`` the model is wrapped in :class:`OffsetTuned`: per-class
offsets added to its decision scores are learned from cross-validated scores on
the training rows, to maximise the experiment's main metric.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin, clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

from .classify import DEFAULT_MODEL, CueFeatures, Features, PriorShift, build_pipeline
from .errors import ConfigError
from .scheme import Scheme

FEATURE_DEFAULTS = {
    "word_ngrams": [1, 2],
    "char_ngrams": [3, 4],
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
TARGET_MODES = ("none", "separate", "feature", "augment")
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

    def decision_function(self, X):
        """Scores (rows x ``classes_``) of each target's model: its decision function, else its probabilities."""
        targets = X["target"].astype(str).to_numpy()
        out = np.full((len(X), len(self.classes_)), _MISSING)
        for t in sorted(set(targets)):
            rows = np.flatnonzero(targets == t)
            model = self.models_.get(t)
            if model is None:
                out[rows, list(self.classes_).index(self.fallback_)] = 1.0
            else:
                out[rows] = class_scores(model, X.iloc[rows], self.classes_)
        return out

    def predict(self, X):
        targets = X["target"].astype(str).to_numpy()
        out = np.empty(len(X), dtype=object)
        for t in sorted(set(targets)):
            rows = np.flatnonzero(targets == t)
            model = self.models_.get(t)
            out[rows] = self.fallback_ if model is None else model.predict(X.iloc[rows])
        return out


class TargetAugment(TransformerMixin, BaseEstimator):
    """A shared copy of every column of ``features`` plus one copy per value of the ``target`` column.

    The "frustratingly easy" feature augmentation of Daumé III (2007): a row of target ``t``
    gets ``[x, 0, ..., x, ..., 0]``, its features once in the shared block and once in ``t``'s
    block. One model fitted on the result learns weights that hold for every target from all
    rows, and per-target corrections from each target's rows, where :class:`PerTarget` learns
    each target from its rows alone. A target never seen in training gets the shared block only.

    Examples
    --------
    >>> import pandas as pd
    >>> from sklearn.feature_extraction.text import CountVectorizer
    >>> from sklearn.compose import ColumnTransformer
    >>> f = ColumnTransformer([("word", CountVectorizer(), "text")])
    >>> X = pd.DataFrame({"text": ["yes no", "yes"], "target": ["t1", "t2"]})
    >>> TargetAugment(f).fit(X).transform(X).toarray()   # shared | t1 | t2, columns no, yes
    array([[1., 1., 1., 1., 0., 0.],
           [0., 1., 0., 0., 0., 1.]])
    >>> TargetAugment(f).fit(X).transform(pd.DataFrame({"text": ["no"], "target": ["t3"]})).toarray()
    array([[1., 0., 0., 0., 0., 0.]])
    """

    def __init__(self, features=None):
        self.features = features

    def fit(self, X, y=None):
        self.features_ = clone(self.features).fit(X, y)
        self.targets_ = sorted(set(X["target"].astype(str)))
        return self

    def transform(self, X):
        import scipy.sparse as sp

        m = sp.csr_matrix(self.features_.transform(X), dtype=float)
        targets = X["target"].astype(str).to_numpy()
        blocks = [m] + [sp.diags((targets == t).astype(float)) @ m for t in self.targets_]
        return sp.hstack(blocks, format="csr")


class _Constant:
    """Predicts one label (a target whose training rows all have that label)."""

    def __init__(self, label):
        self.label = label
        self.classes_ = np.array([label], dtype=object)

    def predict(self, X):
        return np.array([self.label] * len(X), dtype=object)

    def predict_proba(self, X):
        return np.ones((len(X), 1))


class NBSVM(BaseEstimator, ClassifierMixin):
    """Naive-Bayes-weighted linear SVM (Wang and Manning 2012, "Baselines and bigrams"), one-vs-rest.

    For each class, every feature is scaled by its log-count ratio between the class's rows and the
    others (smoothed by ``alpha``), a linear SVM is fitted on the scaled features, and its weights are
    interpolated towards their mean magnitude by ``beta`` (1, the default, keeps the SVM weights; the paper's
    0.25 was for binary tasks, and one-vs-rest on SemEval-2016 it fell to F_avg 0.25 in cross-validation).
    The class with the highest score wins. A strong baseline for short texts such as tweets.

    Examples
    --------
    >>> import numpy as np
    >>> from scipy.sparse import csr_matrix
    >>> X = csr_matrix(np.array([[2, 0, 1], [3, 0, 0], [0, 2, 1], [0, 3, 0], [1, 1, 4], [0, 0, 3]]))
    >>> NBSVM().fit(X, ["a", "a", "b", "b", "c", "c"]).predict(csr_matrix(np.array([[4, 0, 0], [0, 0, 5]]))).tolist()
    ['a', 'c']
    """

    def __init__(self, C=1.0, alpha=1.0, beta=1.0, class_weight="balanced", seed=0):
        self.C = C
        self.alpha = alpha
        self.beta = beta
        self.class_weight = class_weight
        self.seed = seed

    def fit(self, X, y):
        from scipy.sparse import csr_matrix
        from sklearn.svm import LinearSVC

        X = csr_matrix(X)
        y = np.asarray(y, dtype=object)
        self.classes_ = np.array(sorted(set(y)), dtype=object)
        self.ratios_, self.coef_, self.intercept_ = [], [], []
        for c in self.classes_:
            pos = y == c
            p = self.alpha + np.asarray(X[pos].sum(axis=0)).ravel()
            q = self.alpha + np.asarray(X[~pos].sum(axis=0)).ravel()
            r = np.log((p / p.sum()) / (q / q.sum()))
            svm = LinearSVC(C=self.C, class_weight=self.class_weight, random_state=self.seed)
            svm.fit(X.multiply(r).tocsr(), pos.astype(int))
            w = svm.coef_.ravel()
            self.ratios_.append(r)
            self.coef_.append((1 - self.beta) * np.abs(w).mean() + self.beta * w)
            self.intercept_.append(float(svm.intercept_[0]))
        return self

    def decision_function(self, X):
        from scipy.sparse import csr_matrix

        X = csr_matrix(X)
        return np.column_stack([X.multiply(r).tocsr() @ w + b
                                for r, w, b in zip(self.ratios_, self.coef_, self.intercept_)])

    def predict(self, X):
        return self.classes_[np.argmax(self.decision_function(X), axis=1)]


def _rows(X, idx):
    """Rows ``idx`` of a DataFrame or an array."""
    return X.iloc[idx] if hasattr(X, "iloc") else X[idx]


_MISSING = -1e9  # score of a class a model never saw (it is never predicted)


def class_scores(est, X, classes) -> np.ndarray:
    """``est``'s scores for ``X`` as a (rows x ``classes``) array: decision function if it has one, else
    probabilities; a binary decision function ``d`` becomes ``[0, d]``; classes ``est`` lacks get -1e9."""
    if hasattr(est, "decision_function"):
        d = np.asarray(est.decision_function(X), dtype=float)
        if d.ndim == 1:
            d = np.column_stack([np.zeros_like(d), d])
    else:
        d = np.asarray(est.predict_proba(X), dtype=float)
    out = np.full((d.shape[0], len(classes)), _MISSING)
    index = {c: j for j, c in enumerate(classes)}
    for j, c in enumerate(est.classes_):
        out[:, index[c]] = d[:, j]
    return out


def metric_value(y, pred, classes, metric: str = "macro_f1", average_labels=()) -> float:
    """``accuracy``, ``macro_f1`` (over ``classes``) or ``f_avg`` (mean F1 of ``average_labels``, pooled)
    of class indices ``pred`` against ``y`` (both indices into ``classes``).

    Examples
    --------
    >>> metric_value(np.array([0, 0, 1, 1]), np.array([0, 0, 0, 1]), ["a", "b"], "f_avg", ["a"])
    0.8
    """
    k = len(classes)
    if metric == "accuracy":
        return float(np.mean(y == pred)) if len(y) else 0.0
    cm = np.bincount(y * k + pred, minlength=k * k).reshape(k, k).astype(float)
    tp, gold, got = np.diag(cm), cm.sum(axis=1), cm.sum(axis=0)
    denom = gold + got
    f1 = np.divide(2 * tp, denom, out=np.zeros(k), where=denom > 0)
    if metric == "f_avg":
        index = {c: j for j, c in enumerate(classes)}
        return float(np.mean([f1[index[l]] if l in index else 0.0 for l in average_labels])) if average_labels else 0.0
    return float(f1.mean())


class OffsetTuned(BaseEstimator, ClassifierMixin):
    """``estimator`` with per-class offsets added to its scores, learned to maximise ``metric``.

    In :meth:`fit`, out-of-fold scores of the training rows come from ``cv``-fold stratified
    cross-validation (shuffled with ``seed``); coordinate ascent then moves one class's offset at a
    time over a grid (steps of 0.05 standard deviations of the scores, up to +-1 standard deviation;
    the most frequent class stays at 0) while the metric of the out-of-fold predictions improves,
    preferring the smaller offset on ties. ``estimator`` is then refitted on all rows. Only the
    training rows are seen; :meth:`predict` is the argmax of scores plus ``offsets_``.

    Scores are :func:`class_scores`: the decision function, else the probabilities.

    Examples
    --------
    >>> import pandas as pd
    >>> from sklearn.linear_model import LogisticRegression
    >>> X = pd.DataFrame({"x": [0.0, 1, 2, 3, 4, 5, 6, 7, 8, 9] * 2})
    >>> y = ["a"] * 14 + ["b"] * 6
    >>> m = OffsetTuned(LogisticRegression(), metric="f_avg", average_labels=("b",), cv=2).fit(X, y)
    >>> sorted(m.offsets_)
    ['a', 'b']
    """

    def __init__(self, estimator=None, metric="macro_f1", average_labels=(), cv=5, seed=0):
        self.estimator = estimator
        self.metric = metric
        self.average_labels = average_labels
        self.cv = cv
        self.seed = seed

    def _score(self, y_idx, scores, offsets):
        return metric_value(y_idx, np.argmax(scores + offsets, axis=1), list(self.classes_), self.metric,
                            tuple(self.average_labels))

    def fit(self, X, y):
        from sklearn.model_selection import StratifiedKFold

        y = np.asarray(y, dtype=object)
        self.classes_ = np.array(sorted(set(y)), dtype=object)
        index = {c: j for j, c in enumerate(self.classes_)}
        y_idx = np.array([index[v] for v in y])
        k = len(self.classes_)
        offsets = np.zeros(k)
        counts = np.bincount(y_idx, minlength=k)
        folds = min(self.cv, int(counts.min())) if k > 1 else 0
        if folds >= 2:
            oof = np.full((len(y), k), _MISSING)
            for tr, te in StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.seed).split(X, y):
                est = clone(self.estimator).fit(_rows(X, tr), y[tr])
                oof[te] = class_scores(est, _rows(X, te), self.classes_)
            seen = oof[oof > _MISSING / 2]
            scale = float(seen.std()) if seen.size > 1 and seen.std() > 0 else 1.0
            grid = np.round(np.arange(-20, 21) * 0.05, 2) * scale
            fixed = max(range(k), key=lambda j: (counts[j], -j))
            self.cv_score_before_ = best = self._score(y_idx, oof, offsets)
            for _ in range(10):
                moved = False
                for j in range(k):
                    if j == fixed:
                        continue
                    for g in sorted(grid, key=lambda v: (abs(v), v)):
                        trial = offsets.copy()
                        trial[j] = g
                        s = self._score(y_idx, oof, trial)
                        if s > best + 1e-12 or (s == best and abs(g) < abs(offsets[j])):
                            best, offsets, moved = s, trial, True
                if not moved:
                    break
            self.cv_score_ = best
        else:  # too few rows of some class to cross-validate: no offsets
            self.cv_score_before_ = self.cv_score_ = float("nan")
        self.offsets_ = {c: float(offsets[j]) for j, c in enumerate(self.classes_)}
        self.estimator_ = clone(self.estimator).fit(X, y)
        return self

    def decision_function(self, X):
        return class_scores(self.estimator_, X, self.classes_) + np.array([self.offsets_[c] for c in self.classes_])

    def predict(self, X):
        return self.classes_[np.argmax(self.decision_function(X), axis=1)]


class Searched(BaseEstimator, ClassifierMixin):
    """Choose a model's settings by cross-validation on the training rows alone, then refit.

    Every combination of ``grid`` (a table of parameter -> list of values, tried in sorted key
    order) is scored by ``cv``-fold stratified cross-validation on the rows given to ``fit``,
    with ``metric`` (and ``average_labels``), the experiment's own main metric. The first best
    combination wins; the model is refitted on all rows with it. The test rows are never seen,
    so a searched setting is not a setting chosen on the test set.

    Attributes: ``best_params_`` (the winning combination), ``cv_results_`` (each combination
    with its score), ``estimator_`` (the refitted model).

    Examples
    --------
    >>> import pandas as pd
    >>> from stance.scheme import Scheme
    >>> s = Scheme.from_dict({"labels": {"a": {}, "b": {}}}, "example")
    >>> X = pd.DataFrame({"text": ["good day", "fine day", "good news", "bad day", "awful day", "bad news"] * 3})
    >>> m = Searched("nb", {"cues": False, "char_ngrams": []}, {"alpha": [100.0, 0.1]}, s, cv=3)
    >>> m.fit(X, ["a", "a", "a", "b", "b", "b"] * 3).cv_results_   # a tie: the first combination wins
    [{'params': {'alpha': 100.0}, 'score': 1.0}, {'params': {'alpha': 0.1}, 'score': 1.0}]
    >>> m.best_params_
    {'alpha': 100.0}
    """

    def __init__(self, kind=None, params=None, grid=None, scheme=None, seed=0, metric="macro_f1",
                 average_labels=(), cv=5):
        self.kind = kind
        self.params = params
        self.grid = grid
        self.scheme = scheme
        self.seed = seed
        self.metric = metric
        self.average_labels = average_labels
        self.cv = cv

    def _build(self, extra):
        return build(self.kind, {**self.params, **extra}, self.scheme, self.seed, self.metric, self.average_labels)

    def fit(self, X, y):
        from itertools import product

        from sklearn.model_selection import StratifiedKFold

        y = np.asarray(y, dtype=object)
        classes = sorted(set(y))
        keys = sorted(self.grid)
        combos = [dict(zip(keys, values)) for values in product(*(self.grid[k] for k in keys))]
        counts = min(int((y == c).sum()) for c in classes)
        folds = min(self.cv, counts)
        self.cv_results_ = []
        if folds >= 2 and len(combos) > 1:
            splits = list(StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.seed).split(X, y))
            index = {c: j for j, c in enumerate(classes)}
            y_idx = np.array([index[v] for v in y])
            for combo in combos:
                pred = np.empty(len(y), dtype=object)
                for tr, te in splits:
                    pred[te] = self._build(combo).fit(_rows(X, tr), y[tr]).predict(_rows(X, te))
                score = metric_value(y_idx, np.array([index[v] for v in pred]), classes, self.metric,
                                     tuple(self.average_labels))
                self.cv_results_.append({"params": combo, "score": round(float(score), 6)})
            best = max(range(len(combos)), key=lambda i: (self.cv_results_[i]["score"], -i))
        else:  # one combination, or too few rows of a class to cross-validate: the first combination
            best = 0
        self.best_params_ = combos[best]
        self.estimator_ = self._build(self.best_params_).fit(X, y)
        self.classes_ = self.estimator_.classes_
        return self

    def predict(self, X):
        return self.estimator_.predict(X)

    def decision_function(self, X):
        return class_scores(self.estimator_, X, self.classes_)


def features(params: dict, scheme: Scheme, with_text: bool = True):
    """The feature union for ``params``: word and char TF-IDF, cue counts, side and target one-hot
    (a ColumnTransformer; wrapped in :class:`TargetAugment` when ``target = "augment"``).

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
        parts.append(("origin", OneHotEncoder(handle_unknown="ignore"), ["speaker_origin"]))
    if p["target"] == "feature":
        parts.append(("target", OneHotEncoder(handle_unknown="ignore"), ["target"]))
    if not parts:
        raise ConfigError("the feature settings leave no features; enable word_ngrams, char_ngrams or cues")
    if p["target"] == "augment":
        return TargetAugment(Features(parts))
    return Features(parts)


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


def nbsvm(params: dict, scheme: Scheme, seed: int):
    """TF-IDF features and a naive-Bayes-weighted linear SVM (:class:`NBSVM`)."""
    return _pipe(params, scheme, NBSVM(C=params.get("C", 1.0), alpha=params.get("alpha", 1.0),
                                       beta=params.get("beta", 1.0),
                                       class_weight=params.get("class_weight", "balanced"), seed=seed))


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
    """The ``stance`` command's own model: :func:`stance.classify.build_pipeline` with its default model, and
    the scheme's coverage priors applied to its probabilities when the scheme has them."""
    pipe = build_pipeline(scheme, DEFAULT_MODEL, use_side=bool(params.get("side", True)), seed=seed,
                          C=params.get("C", 4.0))
    use_priors = bool(params.get("priors", True)) and scheme.priors
    return PriorShift(pipe, scheme.priors) if use_priors else pipe


MODELS = {"majority": majority, "cues": cues, "logreg": logreg, "svm": svm, "linear_svm": linear_svm,
          "nb": nb, "nbsvm": nbsvm, "voting": voting, "default": default}

# Model-specific parameters and their types; every model also takes the FEATURE_DEFAULTS keys.
PARAMS = {
    "majority": {},
    "cues": {"C": (int, float), "class_weight": (str, dict)},
    "logreg": {"C": (int, float), "class_weight": (str, dict)},
    "svm": {"C": (int, float), "class_weight": (str, dict), "cv": (int,)},
    "linear_svm": {"C": (int, float), "class_weight": (str, dict)},
    "nb": {"alpha": (int, float)},
    "nbsvm": {"C": (int, float), "alpha": (int, float), "beta": (int, float), "class_weight": (str, dict)},
    "voting": {"C": (int, float), "svm_C": (int, float), "class_weight": (str, dict), "alpha": (int, float)},
    "default": {"C": (int, float), "priors": (bool,)},
}
_FEATURE_TYPES = {"word_ngrams": (list,), "char_ngrams": (list,), "char_analyzer": (str,), "min_df": (int,),
                  "char_min_df": (int,), "lowercase": (bool,), "cues": (bool,), "side": (bool,), "target": (str,),
                  "token_pattern": (str,), "binary": (bool,)}
# Every model also takes these: wrap it in OffsetTuned (tune_offsets) with tune_folds-fold CV.
_TUNE_TYPES = {"tune_offsets": (bool,), "tune_folds": (int,), "search": (dict,), "search_folds": (int,)}


def shown_params(kind: str, params: dict) -> dict:
    """The parameters a model of ``kind`` reads, sorted by name, for reports: none for ``majority``, and for
    ``default`` only its own (its features are the ``stance`` command's, not the config's).

    >>> shown_params("default", {"C": 4.0, "char_ngrams": [2, 5], "priors": False, "side": True})
    {'C': 4.0, 'priors': False, 'side': True}
    """
    if kind == "majority":
        return {}
    if kind == "default":
        params = {k: v for k, v in params.items() if k in PARAMS["default"] or k == "side"}
    return {k: params[k] for k in sorted(params)}


def check_params(kind: str, params: dict, where: str) -> None:
    """Raise ConfigError for an unknown model, an unknown parameter or a value of the wrong type.

    Examples
    --------
    >>> check_params("logreg", {"C": 1.0}, "models[0]")
    >>> check_params("logreg", {"alpha": 1}, "models[0]")
    Traceback (most recent call last):
    ...
    stance.errors.ConfigError: models[0].alpha: unknown parameter for model 'logreg'; allowed: C, binary, char_analyzer, char_min_df, char_ngrams, class_weight, cues, lowercase, min_df, search, search_folds, side, target, token_pattern, tune_folds, tune_offsets, word_ngrams
    """
    if kind not in MODELS:
        raise ConfigError(f"{where}.type: unknown model {kind!r}; allowed: {', '.join(sorted(MODELS))}")
    allowed = {**_FEATURE_TYPES, **_TUNE_TYPES, **PARAMS[kind]}
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
        if key == "search":
            if not value:
                raise ConfigError(f"{where}.search: a table of parameter = [values to try], got an empty table")
            for name, values in value.items():
                if name in ("search", "search_folds") or name not in allowed:
                    raise ConfigError(f"{where}.search.{name}: unknown parameter for model {kind!r}; allowed: "
                                      f"{', '.join(sorted(k for k in allowed if not k.startswith('search')))}")
                if not isinstance(values, list) or not values:
                    raise ConfigError(f"{where}.search.{name}: expected a non-empty list of values to try, "
                                      f"got {values!r}")
                for v in values:
                    check_params(kind, {name: v}, f"{where}.search")
            continue
        if key in ("tune_folds", "search_folds") and value < 2:
            raise ConfigError(f"{where}.{key}: expected 2 or more folds, got {value!r}")
        if key == "target" and value not in TARGET_MODES:
            raise ConfigError(f"{where}.{key}: {value!r} is not one of {', '.join(TARGET_MODES)}")
        if key == "class_weight" and isinstance(value, dict):
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in value.values()):
                raise ConfigError(f"{where}.{key}: a table of label = positive weight, got {value!r}")
        elif key == "class_weight" and value not in ("balanced", "none"):
            raise ConfigError(f"{where}.{key}: {value!r} is not one of balanced, none, or a table of label = weight")


def build(kind: str, params: dict, scheme: Scheme, seed: int = 0, metric: str = "macro_f1",
          average_labels=()):
    """The estimator for registry entry ``kind``, wrapped per target when ``params['target'] == 'separate'``
    and then, when ``params['tune_offsets']``, in :class:`OffsetTuned` for ``metric`` (and its
    ``average_labels``), so offsets are shared by all targets and tuned for the pooled metric.

    Examples
    --------
    >>> from stance.scheme import default_scheme
    >>> type(build("majority", {}, default_scheme())).__name__
    'DummyClassifier'
    """
    p = dict(params)
    if p.get("search"):
        grid = p.pop("search")
        folds = p.pop("search_folds", 5)
        return Searched(kind, p, grid, scheme, seed, metric, tuple(average_labels), folds)
    p.pop("search", None)
    p.pop("search_folds", None)
    if p.get("class_weight") == "none":
        p["class_weight"] = None
    est = MODELS[kind](p, scheme, seed)
    if p.get("target", "none") == "separate":
        est = PerTarget(est)
    if p.get("tune_offsets", False):
        est = OffsetTuned(est, metric=metric, average_labels=tuple(average_labels), cv=p.get("tune_folds", 5),
                          seed=seed)
    return est
