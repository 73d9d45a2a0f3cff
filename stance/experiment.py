"""Reproducible experiments from TOML config files (``stance experiment run CONFIG.toml``).

A config names the data, the label scheme, the features, one or more models,
the evaluation and the seed. Values come from :data:`DEFAULTS`, then the file,
then ``--set key=value`` overrides; unknown keys and wrong types are errors that
name the key. Paths in the file are relative to the file; paths given with
``--set`` are relative to the current folder.

Three kinds of experiment (``kind``):

* ``classify``: train and score classifiers on labelled rows (a test file, or
  cross-validation, grouped by a column when ``data.group`` is set);
* ``attribution``: score speaker attribution on annotated articles
  (:mod:`stance.evaluate`), per split;
* ``end_to_end``: articles in, labelled statements out, scored against gold.

The output folder holds ``report.md``, ``metrics.json``, ``predictions.csv``,
``config.toml`` (the resolved config), ``manifest.json`` (input hashes,
versions, seed, git commit, time) and the charts. Everything but the manifest is
a function of config, data and package versions: a rerun gives the same bytes.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import platform
import sys
import tomllib
from pathlib import Path

from .errors import ConfigError, InputError
from .scheme import read_toml

KINDS = ("classify", "attribution", "end_to_end")
METRICS = ("accuracy", "macro_f1", "f_avg")

DEFAULTS = {
    "kind": "classify",
    "name": "",
    "description": "",
    "seed": 0,
    "data": {
        "root": ".",
        "train": [],
        "test": [],
        "text": "text",
        "label": "label",
        "target": "",
        "side": "",
        "origin": "",
        "id": "",
        "group": "",
        "folds": 5,
        "encoding": "utf-8",
        "delimiter": ",",
        "quoting": True,
        "articles": "",
        "gold": "",
        "manifests": [],
        "splits": [],
    },
    "scheme": {"path": ""},
    "features": {},
    "models": [{"name": "logreg", "type": "logreg"}],
    "evaluation": {"main_metric": "macro_f1", "average_labels": [], "bootstrap": 1000, "confidence": 0.95,
                   "reference": {}},
}
# The type of each key; a tuple allows several. ``list`` of strings is written [str].
TYPES = {
    "kind": str, "name": str, "description": str, "seed": int,
    "data.root": str, "data.train": [str], "data.test": [str], "data.text": str, "data.label": str,
    "data.target": str, "data.side": str, "data.origin": str, "data.id": str, "data.group": str, "data.folds": int,
    "data.encoding": str, "data.delimiter": str, "data.quoting": bool, "data.articles": str, "data.gold": str,
    "data.manifests": [str], "data.splits": [str],
    "scheme.path": str,
    "evaluation.main_metric": str, "evaluation.average_labels": [str], "evaluation.bootstrap": int,
    "evaluation.confidence": float,
}
PATH_KEYS = ("data.root", "data.train", "data.test", "data.articles", "data.gold", "data.manifests", "scheme.path")
ROUND = 6


# --- config ------------------------------------------------------------------

def _parse_value(text: str):
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def _set(cfg: dict, key: str, value, where: str) -> None:
    parts = key.split(".")
    node = cfg
    for i, part in enumerate(parts[:-1]):
        if isinstance(node, list):
            if not part.isdigit() or int(part) >= len(node):
                raise ConfigError(f"{where}: {'.'.join(parts[:i])} has no item {part!r} (0 to {len(node) - 1})")
            node = node[int(part)]
        else:
            node = node.setdefault(part, {})
        if not isinstance(node, (dict, list)):
            raise ConfigError(f"{where}: {'.'.join(parts[:i + 1])} is not a table")
    last = parts[-1]
    if isinstance(node, list):
        if not last.isdigit() or int(last) >= len(node):
            raise ConfigError(f"{where}: no item {last!r} in {'.'.join(parts[:-1])}")
        node[int(last)] = value
    else:
        node[last] = value


def load_config(path: str | Path, overrides: list[str] = ()) -> dict:
    """The resolved config of ``path``: defaults < file < ``overrides`` (``key=value`` strings).

    Paths are made absolute. Raises ConfigError naming the file and key of any mistake.

    Examples
    --------
    >>> cfg = load_config("experiments/models.toml", ["seed=3"])  # doctest: +SKIP
    >>> cfg["seed"]  # doctest: +SKIP
    3
    """
    path = Path(path)
    raw = read_toml(path, "config")
    where = str(path)
    base = path.resolve().parent
    _resolve_paths(raw, base, where)
    from_cli = {}
    for item in overrides:
        key, eq, value = item.partition("=")
        if not eq or not key.strip():
            raise ConfigError(f"--set {item!r}: expected KEY=VALUE, e.g. seed=3")
        from_cli[key.strip()] = _parse_value(value.strip())
    cfg = copy.deepcopy(DEFAULTS)
    cfg["name"] = path.stem
    cfg["data"]["root"] = str(base)
    _merge(cfg, raw, where, "")
    for key, value in from_cli.items():
        head = key.split(".")[0]
        if head not in DEFAULTS:
            raise ConfigError(f"--set {key}: unknown key {head!r}; allowed: {', '.join(sorted(DEFAULTS))}")
        if key in PATH_KEYS:
            value = _abs(value, Path.cwd(), f"--set {key}")
        _set(cfg, key, value, f"--set {key}")
    _check(cfg, where)
    cfg["_config_file"] = str(path.resolve())
    return cfg


def _abs(value, base: Path, where: str):
    if isinstance(value, list):
        return [_abs(v, base, where) for v in value]
    if not isinstance(value, str):
        raise ConfigError(f"{where}: expected a path (string), got {value!r}")
    return str((base / value).resolve()) if value else value


def _resolve_paths(raw: dict, base: Path, where: str) -> None:
    data = raw.get("data") if isinstance(raw.get("data"), dict) else {}
    if "root" in data:
        data["root"] = _abs(data["root"], base, f"{where}: data.root")
    scheme = raw.get("scheme")
    if isinstance(scheme, dict) and "path" in scheme:
        scheme["path"] = _abs(scheme["path"], base, f"{where}: scheme.path")
    for key in ("articles", "gold", "manifests"):
        if key in data:
            data[key] = _abs(data[key], base, f"{where}: data.{key}")


def _merge(cfg: dict, raw: dict, where: str, prefix: str) -> None:
    for key, value in raw.items():
        full = prefix + key
        if key not in cfg and prefix not in ("features.", "scheme."):
            allowed = ", ".join(sorted(cfg))
            raise ConfigError(f"{where}: unknown key {full!r}; allowed{' in [' + prefix[:-1] + ']' if prefix else ''}: "
                              f"{allowed}")
        if not prefix and key in cfg and isinstance(cfg[key], dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: {full} must be a table")
            _merge(cfg[key], value, where, full + ".")
        else:
            cfg[key] = value


def _typename(t) -> str:
    return f"list of {t[0].__name__}" if isinstance(t, list) else t.__name__


def _check(cfg: dict, where: str) -> None:
    for key, t in TYPES.items():
        node = cfg
        for part in key.split("."):
            node = node[part]
        value = node
        if isinstance(t, list) and isinstance(value, str):  # a single path/string where a list is allowed
            _set(cfg, key, [value] if value else [], where)
            continue
        ok = (isinstance(value, list) and all(isinstance(v, t[0]) for v in value)) if isinstance(t, list) else \
            (isinstance(value, (int, float)) and not isinstance(value, bool)) if t is float else \
            (isinstance(value, t) and not (t is int and isinstance(value, bool)))
        if not ok:
            raise ConfigError(f"{where}: {key} must be {_typename(t)}, got {value!r}")
    if cfg["kind"] not in KINDS:
        raise ConfigError(f"{where}: kind {cfg['kind']!r} is not one of {', '.join(KINDS)}")
    ev = cfg["evaluation"]
    if ev["main_metric"] not in METRICS:
        raise ConfigError(f"{where}: evaluation.main_metric {ev['main_metric']!r} is not one of {', '.join(METRICS)}")
    if ev["main_metric"] == "f_avg" and not ev["average_labels"]:
        raise ConfigError(f"{where}: evaluation.main_metric 'f_avg' needs evaluation.average_labels")
    ref = ev["reference"]
    if not isinstance(ref, dict) or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                            for v in ref.values()):
        raise ConfigError(f"{where}: evaluation.reference must be a table of name = number, got {ref!r}")
    if not 0 < ev["confidence"] < 1:
        raise ConfigError(f"{where}: evaluation.confidence must be between 0 and 1, got {ev['confidence']!r}")
    if ev["bootstrap"] < 0:
        raise ConfigError(f"{where}: evaluation.bootstrap must be 0 or more, got {ev['bootstrap']!r}")
    if cfg["data"]["folds"] < 2:
        raise ConfigError(f"{where}: data.folds must be 2 or more, got {cfg['data']['folds']!r}")
    if len(cfg["data"]["delimiter"]) != 1:
        raise ConfigError(f"{where}: data.delimiter must be one character, got {cfg['data']['delimiter']!r}")
    try:
        "".encode(cfg["data"]["encoding"])
    except LookupError:
        raise ConfigError(f"{where}: data.encoding {cfg['data']['encoding']!r} is not a known encoding") from None
    from .models import check_params

    models = cfg["models"]
    if isinstance(models, dict):
        models = cfg["models"] = [models]
    if not isinstance(models, list) or not models or not all(isinstance(m, dict) for m in models):
        raise ConfigError(f"{where}: models must be a table or a list of tables ([[models]])")
    names = set()
    for i, m in enumerate(models):
        w = f"models[{i}]"
        if not isinstance(m.get("type"), str):
            raise ConfigError(f"{where}: {w}.type is missing; e.g. type = \"logreg\"")
        m.setdefault("name", m["type"])
        if not isinstance(m["name"], str) or not m["name"] or m["name"] in names:
            raise ConfigError(f"{where}: {w}.name must be a unique non-empty string, got {m['name']!r}")
        names.add(m["name"])
        params = {k: v for k, v in m.items() if k not in ("name", "type")}
        try:
            check_params(m["type"], {**cfg["features"], **params}, w)
        except ConfigError as exc:
            raise ConfigError(f"{where}: {exc}") from None


def _scheme(cfg: dict, where: str):
    from .scheme import Scheme, load_scheme

    sch = dict(cfg["scheme"])
    path = sch.pop("path", "")
    if path and sch:
        raise ConfigError(f"{where}: [scheme] has both path and inline keys; use one")
    if sch:
        return Scheme.from_dict(sch, where=f"{where}: [scheme]"), ""
    if path and not Path(path).is_file():
        raise ConfigError(f"{where}: scheme.path: no such file {path}")
    return load_scheme(path or None), path


# --- data --------------------------------------------------------------------

def read_rows(paths: list[str], cfg: dict, scheme, role: str):
    """The labelled rows of ``paths`` (one DataFrame) with ``text``, ``label``, optional ``target``/
    ``speaker_side``/group columns, and ``file``/``line`` for each row."""
    import csv

    import pandas as pd

    d = cfg["data"]
    frames = []
    for p in paths:
        full = Path(d["root"]) / p
        if not full.is_file():
            raise InputError(f"{full}: no such {role} file (data.{role})")
        try:
            df = pd.read_csv(full, sep=d["delimiter"], encoding=d["encoding"], dtype=str, keep_default_na=False,
                             quoting=csv.QUOTE_MINIMAL if d["quoting"] else csv.QUOTE_NONE)
        except UnicodeError as exc:  # a decode error, or e.g. utf-16 without its byte-order mark
            reason = exc.reason if isinstance(exc, UnicodeDecodeError) else str(exc)
            raise InputError(f"{full}: not {d['encoding']} text ({reason}); set data.encoding") from None
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            raise InputError(f"{full}: cannot read as delimited text: {str(exc).strip()}") from None
        need = {"text": d["text"], "label": d["label"], "target": d["target"], "side": d["side"], "origin": d["origin"],
                "group": d["group"] if role == "train" else "", "id": d["id"]}
        for key, col in need.items():
            if col and col not in df.columns:
                raise InputError(f"{full}:1: no column {col!r} (data.{key}); columns: {', '.join(df.columns)}")
        out = pd.DataFrame({"file": p, "line": [i + 2 for i in range(len(df))],
                            "id": df[d["id"]] if d["id"] else [str(i + 2) for i in range(len(df))],
                            "text": df[d["text"]], "label": df[d["label"]].str.strip()})
        out["target"] = df[d["target"]] if d["target"] else ""
        out["speaker_side"] = df[d["side"]] if d["side"] else "none"
        out["speaker_origin"] = df[d["origin"]] if d["origin"] else ""
        if d["group"] and role == "train":
            out["group"] = df[d["group"]]
        bad = ~out["label"].isin(scheme.names)
        if bad.any():
            i = int(bad.to_numpy().nonzero()[0][0])
            raise InputError(f"{full}:{i + 2}: label {out['label'].iloc[i]!r} is not in scheme {scheme.name!r} "
                             f"({', '.join(scheme.names)})")
        frames.append(out)
    return pd.concat(frames, ignore_index=True)


# --- metrics -----------------------------------------------------------------

def confusion(y, p, labels) -> "np.ndarray":
    """Confusion matrix (rows gold, columns predicted) over ``labels``; rows whose gold or prediction is
    outside ``labels`` are left out."""
    import numpy as np

    index = {l: i for i, l in enumerate(labels)}
    k = len(labels)
    yi = np.array([index.get(v, -1) for v in y])
    pi = np.array([index.get(v, -1) for v in p])
    ok = (yi >= 0) & (pi >= 0)
    return np.bincount(yi[ok] * k + pi[ok], minlength=k * k).reshape(k, k)


def _prf(cm):
    import numpy as np

    tp = np.diag(cm).astype(float)
    pred = cm.sum(axis=0).astype(float)
    gold = cm.sum(axis=1).astype(float)
    prec = np.divide(tp, pred, out=np.zeros_like(tp), where=pred > 0)
    rec = np.divide(tp, gold, out=np.zeros_like(tp), where=gold > 0)
    f1 = np.divide(2 * prec * rec, prec + rec, out=np.zeros_like(tp), where=(prec + rec) > 0)
    return prec, rec, f1, gold


def scores(cm, labels, average_labels=()) -> dict:
    """Accuracy, macro-F1, F_avg over ``average_labels`` and per-class figures from a confusion matrix.

    F_avg is the mean F1 of the chosen labels, each counted over all rows (pooled), as the
    SemEval-2016 Task 6 script does.

    Examples
    --------
    >>> import numpy as np
    >>> s = scores(np.array([[2, 0], [1, 1]]), ["a", "b"], ["a"])
    >>> s["accuracy"], s["macro_f1"], s["f_avg"]
    (0.75, 0.733333, 0.8)
    """
    prec, rec, f1, gold = _prf(cm)
    n = cm.sum()
    out = {"n": int(n), "accuracy": round(float(cm.trace() / n) if n else 0.0, ROUND),
           "macro_f1": round(float(f1.mean()), ROUND),
           "per_class": {l: {"precision": round(float(prec[i]), ROUND), "recall": round(float(rec[i]), ROUND),
                             "f1": round(float(f1[i]), ROUND), "support": int(gold[i])} for i, l in enumerate(labels)},
           "confusion": {"labels": list(labels), "matrix": cm.astype(int).tolist()}}
    if average_labels:
        idx = [labels.index(l) for l in average_labels]
        out["f_avg"] = round(float(f1[idx].mean()), ROUND)
    return out


def bootstrap(y, p, labels, metric: str, average_labels=(), n: int = 1000, confidence: float = 0.95,
              seed: int = 0) -> list[float]:
    """Percentile bootstrap interval of ``metric`` over ``n`` resamples of the rows (seeded, so repeatable).

    Examples
    --------
    >>> lo, hi = bootstrap(["a", "b"] * 20, ["a", "a"] * 20, ["a", "b"], "accuracy", n=200)
    >>> lo < 0.5 < hi  # the accuracy measured on all 40 rows is 0.5
    True
    """
    import numpy as np

    if n == 0 or len(y) == 0:
        return []
    index = {l: i for i, l in enumerate(labels)}
    k = len(labels)
    yi = np.array([index.get(v, -1) for v in y])
    pi = np.array([index.get(v, -1) for v in p])
    codes = np.where((yi >= 0) & (pi >= 0), yi * k + pi, k * k)
    rng = np.random.default_rng(seed)
    idx = [labels.index(l) for l in average_labels]
    vals = []
    for _ in range(n):
        cm = np.bincount(codes[rng.integers(0, len(codes), len(codes))], minlength=k * k + 1)[:k * k].reshape(k, k)
        if metric == "accuracy":
            s = cm.trace() / max(cm.sum(), 1)
        else:
            f1 = _prf(cm)[2]
            s = f1[idx].mean() if metric == "f_avg" else f1.mean()
        vals.append(float(s))
    a = (1 - confidence) / 2
    lo, hi = np.quantile(vals, [a, 1 - a])
    return [round(float(lo), ROUND), round(float(hi), ROUND)]


def _bool_ci(values, n, confidence, seed) -> list[float]:
    import numpy as np

    v = np.asarray(values, dtype=float)
    if n == 0 or len(v) == 0:
        return []
    rng = np.random.default_rng(seed)
    means = [v[rng.integers(0, len(v), len(v))].mean() for _ in range(n)]
    a = (1 - confidence) / 2
    lo, hi = np.quantile(means, [a, 1 - a])
    return [round(float(lo), ROUND), round(float(hi), ROUND)]


# --- runners -----------------------------------------------------------------

def _model_params(cfg: dict, m: dict, has_side: bool, has_target: bool) -> dict:
    params = {**cfg["features"], **{k: v for k, v in m.items() if k not in ("name", "type")}}
    params.setdefault("side", has_side)
    if has_target:
        params.setdefault("target", "feature")
    if params.get("side") and not has_side:
        params["side"] = False
    if params.get("target", "none") != "none" and not has_target:
        raise ConfigError(f"model {m['name']!r}: target = {params['target']!r} needs data.target (a column name)")
    return params


def run_classify(cfg: dict, scheme, where: str, jobs: int | None = None) -> dict:
    """Fit each model and predict the test rows (or each fold's held-out rows); return the results.

    The fits (models x folds) run in up to ``jobs`` processes; the results do not depend on ``jobs``.
    """
    import numpy as np
    import pandas as pd
    from sklearn.model_selection import LeaveOneGroupOut, StratifiedKFold

    from .models import shown_params

    d = cfg["data"]
    if not d["train"]:
        raise ConfigError(f"{where}: data.train is empty; name one or more training files")
    train = read_rows(d["train"], cfg, scheme, "train")
    has_side, has_target = bool(d["side"]), bool(d["target"])
    if d["test"]:
        test = read_rows(d["test"], cfg, scheme, "test")
        splits = [(np.arange(len(train)), None)]
        evaluation = "train on " + ", ".join(d["train"]) + "; test on " + ", ".join(d["test"])
        table = test.copy()
        table["fold"] = "test"
    else:
        y = train["label"].to_numpy()
        if d["group"]:
            groups = train["group"].to_numpy()
            if len(set(groups)) < 2:
                raise ConfigError(f"{where}: data.group {d['group']!r} has one value only; cannot leave one out")
            folds = list(LeaveOneGroupOut().split(train, y, groups))
            folds.sort(key=lambda f: str(groups[f[1][0]]))
            evaluation = f"cross-validation, leave one {d['group']} out ({len(folds)} folds)"
            names = [str(groups[te[0]]) for _, te in folds]
        else:
            folds = list(StratifiedKFold(n_splits=d["folds"], shuffle=True, random_state=cfg["seed"]).split(train, y))
            evaluation = f"{d['folds']}-fold stratified cross-validation (seed {cfg['seed']})"
            names = [str(i) for i in range(len(folds))]
        splits = folds
        table = train.copy()
        table["fold"] = ""
        for (_, te), nm in zip(folds, names):
            table.loc[table.index[te], "fold"] = nm
    params = {m["name"]: _model_params(cfg, m, has_side, has_target) for m in cfg["models"]}
    tasks = [(m["type"], params[m["name"]], tr, te) for m in cfg["models"] for tr, te in splits]
    shared = {"train": train, "test": table if d["test"] else None, "scheme": scheme, "seed": cfg["seed"],
              "metric": cfg["evaluation"]["main_metric"], "average": cfg["evaluation"]["average_labels"]}
    done = iter(_fit_all(tasks, shared, jobs))
    results = {}
    for m in cfg["models"]:
        pred = np.empty(len(table), dtype=object)
        selected = []
        for _, te in splits:
            labels, search = next(done)
            if search:
                selected.append(search)
            if te is None:
                pred[:] = labels
            else:
                pred[te] = labels
        table["pred_" + m["name"]] = pred
        results[m["name"]] = {"type": m["type"], "params": shown_params(m["type"], params[m["name"]])}
        if selected:
            results[m["name"]]["selected"] = selected
    return {"table": table, "models": results, "evaluation": evaluation, "n_train": len(train)}


_COLUMNS = ["text", "speaker_side", "speaker_origin", "target"]
_SHARED: dict = {}  # what every fit reads: set in this process, or inherited by forked workers


def _init_fits(shared: dict) -> None:
    _SHARED.clear()
    _SHARED.update(shared)


def _fit_one(task):
    """Fit one model on the training rows ``tr`` (all when None) and label the rows it is scored on.

    Returns ``(labels, search)``: the labels of the training rows ``te``, of the test rows when ``te`` is
    None and there is a test set, or the fitted estimator itself when there is none (end_to_end); and the
    settings a search chose with its cross-validation scores, or None.
    """
    from .models import build

    m_type, params, tr, te = task
    train, test = _SHARED["train"], _SHARED["test"]
    est = build(m_type, params, _SHARED["scheme"], _SHARED["seed"], _SHARED["metric"], _SHARED["average"])
    rows = train if tr is None else train.iloc[tr]
    est.fit(rows[_COLUMNS], rows["label"].to_numpy())
    search = {"params": est.best_params_, "cv": est.cv_results_} if hasattr(est, "best_params_") else None
    if te is not None:
        return est.predict(train.iloc[te][_COLUMNS]), search
    if test is not None:
        return est.predict(test[_COLUMNS]), search
    return est, search


def _fit_all(tasks: list, shared: dict, jobs: int | None) -> list:
    """:func:`_fit_one` over ``tasks``, in order, in up to ``jobs`` processes (default: all cores).

    Every fit is seeded and independent of the others, so the results are the same for any ``jobs``; a
    process pool only shortens the wall time (models.toml's 35 fits, SemEval's searches).
    """
    from .corpus import default_jobs

    jobs = min(jobs or default_jobs(), len(tasks))
    if jobs <= 1:
        _init_fits(shared)
        try:
            return [_fit_one(t) for t in tasks]
        finally:
            _SHARED.clear()
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_fits,
                             initargs=(shared,)) as pool:
        return list(pool.map(_fit_one, tasks))


def _articles(cfg: dict, where: str):
    """(article, split, gold rows) for each article of the manifests whose split is selected."""
    import csv

    from .articles import read_article
    from .evaluate import read_gold

    d = cfg["data"]
    if not d["manifests"] or not d["articles"] or not d["gold"]:
        raise ConfigError(f"{where}: kind {cfg['kind']!r} needs data.articles, data.gold and data.manifests")
    out = []
    for man in d["manifests"]:
        try:
            text = Path(man).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise InputError(f"{man}: no such manifest file (data.manifests)") from None
        reader = csv.DictReader(text.splitlines())
        for col in ("file", "split"):
            if col not in (reader.fieldnames or []):
                raise InputError(f"{man}:1: manifest lacks column {col!r}")
        for i, row in enumerate(reader):
            if d["splits"] and row["split"] not in d["splits"]:
                continue
            art = read_article(Path(d["articles"]) / row["file"], source=row.get("source", ""),
                               date=row.get("date", ""), title=row.get("title", ""), url=row.get("url", ""))
            gold = read_gold(Path(d["gold"]) / f"{art.id}.csv")
            out.append((art, row["split"], gold))
    if not out:
        raise ConfigError(f"{where}: no article in data.manifests has a split in data.splits {d['splits']}")
    out.sort(key=lambda t: (t[1], t[0].id))
    return out


def run_articles(cfg: dict, scheme, where: str, jobs: int | None = None) -> dict:
    """Attribution (and, for end_to_end, classification) of the annotated articles, scored per split.

    For end_to_end the models are fitted in up to ``jobs`` processes, as in :func:`run_classify`.
    """
    import pandas as pd

    from .attribution import default_speaker_table
    from .classify import model_input
    from .evaluate import score_article, summarise
    from .pipeline import article_statements

    table = default_speaker_table()
    arts = _articles(cfg, where)
    fitted = {}  # model name -> estimator, for end_to_end
    results = {}
    if cfg["kind"] == "end_to_end":
        from .models import shown_params

        d = cfg["data"]
        if d["train"]:
            train = read_rows(d["train"], cfg, scheme, "train")
        else:
            from .classify import read_training

            raw = read_training(None, scheme)
            train = model_input(raw).assign(label=raw["label"].to_numpy(), target="")
        params = {m["name"]: _model_params(cfg, m, True, False) for m in cfg["models"]}
        shared = {"train": train, "test": None, "scheme": scheme, "seed": cfg["seed"],
                  "metric": cfg["evaluation"]["main_metric"], "average": cfg["evaluation"]["average_labels"]}
        estimators = _fit_all([(m["type"], params[m["name"]], None, None) for m in cfg["models"]], shared, jobs)
        for m, (est, _) in zip(cfg["models"], estimators):  # each model is fitted once, labels the same statements
            fitted[m["name"]] = est
            results[m["name"]] = {"type": m["type"], "params": shown_params(m["type"], params[m["name"]]),
                                  "n_train": len(train)}
    records = []
    for art, split, gold in arts:
        rows, furniture = article_statements(art)
        if fitted and rows:
            X = model_input(pd.DataFrame(rows)).assign(target="")
            by_model = {name: est.predict(X) for name, est in fitted.items()}
            for k, r in enumerate(rows):
                r["labels"] = {name: labs[k] for name, labs in by_model.items()}
                r["label"] = r["labels"][cfg["models"][0]["name"]]  # the first model's, as with one model
        for rec in score_article(art.text, gold, rows, furniture, table, where=f"{art.id}.csv"):
            rec.update(article=art.id, split=split)
            records.append(rec)
    return {"records": records, "models": results, "n_articles": len(arts),
            "summarise": summarise}


# --- outputs -----------------------------------------------------------------

def _versions() -> dict:
    from importlib import metadata

    out = {"python": platform.python_version()}
    for pkg in ("stance", "scikit-learn", "numpy", "scipy", "pandas", "matplotlib", "nltk"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            pass
    return out


def _git_commit(start: Path) -> str:
    """The commit of the git checkout holding ``start`` (read from .git, no git command), or ''."""
    for folder in [start, *start.parents]:
        git = folder / ".git"
        if git.is_dir():
            try:
                head = (git / "HEAD").read_text().strip()
                if not head.startswith("ref:"):
                    return head
                ref = head[4:].strip()
                if (git / ref).is_file():
                    return (git / ref).read_text().strip()
                packed = git / "packed-refs"
                if packed.is_file():
                    for line in packed.read_text().splitlines():
                        if line.endswith(" " + ref):
                            return line.split()[0]
            except OSError:
                return ""
            return ""
    return ""


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(x)}" for k, x in v.items()) + "}"
    raise TypeError(v)


def dump_toml(cfg: dict) -> str:
    """A TOML text of ``cfg`` (scalars first, then tables, then arrays of tables)."""
    lines = []

    def table(d: dict, prefix: str):
        scalars = {k: v for k, v in d.items() if not isinstance(v, dict) and not (
            isinstance(v, list) and v and all(isinstance(x, dict) for x in v))}
        for k, v in scalars.items():
            lines.append(f"{k} = {_toml_value(v)}")
        for k, v in d.items():
            if isinstance(v, dict):
                lines.extend(["", f"[{prefix}{k}]"])
                table(v, f"{prefix}{k}.")
        for k, v in d.items():
            if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
                for x in v:
                    lines.extend(["", f"[[{prefix}{k}]]"])
                    table(x, f"{prefix}{k}.")

    table(cfg, "")
    return "\n".join(lines).lstrip("\n") + "\n"


def _relative_config(cfg: dict, out: Path) -> dict:
    """``cfg`` with its paths relative to the output folder, so the saved config reruns from there."""
    c = copy.deepcopy({k: v for k, v in cfg.items() if not k.startswith("_")})
    for key in PATH_KEYS:
        sec, name = key.split(".")
        v = c[sec].get(name)
        if not v:
            continue
        base = out.resolve()
        if name in ("train", "test"):  # relative to data.root; only absolute ones (from --set) change
            base = Path(cfg["data"]["root"])
            if not all(os.path.isabs(p) for p in v):
                continue
        rel = lambda p: os.path.relpath(p, base)  # noqa: E731
        c[sec][name] = [rel(p) for p in v] if isinstance(v, list) else rel(v)
    return c


def run(config: str | Path, out: str | Path | None = None, force: bool = False, overrides=(),
        jobs: int | None = None) -> Path:
    """Run the experiment of ``config`` and write its folder; return the folder.

    ``jobs``: processes for the model fits (default: all cores); it changes the wall time, not the output.

    Examples
    --------
    >>> run("experiments/models.toml", "reports/experiments/models", force=True)  # doctest: +SKIP
    PosixPath('reports/experiments/models')
    """
    from .outputs import check_target

    cfg = load_config(config, list(overrides))
    where = str(config)
    out = Path(out) if out else Path("reports") / "experiments" / cfg["name"]
    check_target(out, force)
    scheme, scheme_path = _scheme(cfg, where)
    d = cfg["data"]
    if cfg["kind"] == "classify":
        for p in d["train"] + d["test"]:
            if not (Path(d["root"]) / p).is_file():
                raise InputError(f"{Path(d['root']) / p}: no such data file (data.train / data.test; "
                                 f"data.root is {d['root']})")
        res = run_classify(cfg, scheme, where, jobs)
        metrics, predictions = _classify_metrics(cfg, scheme, res)
    else:
        res = run_articles(cfg, scheme, where, jobs)
        metrics, predictions = _article_metrics(cfg, scheme, res)
    inputs = [Path(cfg["_config_file"])]
    if scheme_path:
        inputs.append(Path(scheme_path))
    inputs += [Path(d["root"]) / p for p in d["train"] + d["test"]]
    if cfg["kind"] != "classify":
        inputs += [Path(p) for p in d["manifests"]]
        for art, _, _ in _articles(cfg, where):
            inputs += [Path(art.origin), Path(d["gold"]) / f"{art.id}.csv"]
        if cfg["kind"] == "end_to_end" and not d["train"]:
            from importlib import resources

            inputs.append(Path(str(resources.files("stance").joinpath("data/statements.csv"))))
    from datetime import datetime, timezone

    base = Path(cfg["_config_file"]).resolve().parent
    manifest = {"config": str(config), "seed": cfg["seed"], "versions": _versions(),
                "git_commit": _git_commit(base),
                "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "command": " ".join(["stance", "experiment", "run", str(config)] +
                                    [f"--set {o}" for o in overrides]),
                # keyed by the path from the config file's folder, so the manifests of two clones compare equal
                "inputs_relative_to": "the config file's folder",
                "inputs": {_relative(p, base): _sha256(p) for p in sorted({q.resolve() for q in inputs}, key=str)}}
    _write(out, force, cfg, scheme, metrics, predictions, manifest)
    return out


def _relative(path: Path, base: Path) -> str:
    """``path`` from ``base`` with forward slashes ("../stance/data/statements.csv"); absolute when there is no
    relative path (another drive)."""
    import os

    try:
        return Path(os.path.relpath(path, base)).as_posix()
    except ValueError:  # pragma: no cover - Windows, another drive
        return str(path)


def _write(out: Path, force, cfg, scheme, metrics, predictions, manifest) -> None:
    from . import charts
    from .outputs import atomic_write_text, output_folder, write_csv
    from .report import experiment_report

    with output_folder(out, force) as tmp:
        made = charts.experiment_charts(metrics, scheme, tmp)
        atomic_write_text(tmp / "metrics.json", json.dumps(metrics, sort_keys=True, indent=1, ensure_ascii=False) + "\n")
        write_csv(predictions, tmp / "predictions.csv")
        atomic_write_text(tmp / "config.toml", dump_toml(_relative_config(cfg, out)))
        # what a rerun must reproduce byte for byte, checkable where predictions.csv is not kept (the shipped
        # reports leave it out of git: megabytes per run)
        manifest = manifest | {"outputs": {name: _sha256(tmp / name) for name in ("metrics.json", "predictions.csv")}}
        atomic_write_text(tmp / "manifest.json", json.dumps(manifest, sort_keys=True, indent=1) + "\n")
        atomic_write_text(tmp / "report.md", experiment_report(cfg, scheme, metrics, made))


def _classify_metrics(cfg, scheme, res):
    import pandas as pd

    ev = cfg["evaluation"]
    labels = list(scheme.names)
    avg = ev["average_labels"]
    for l in avg:
        if l not in labels:
            raise ConfigError(f"evaluation.average_labels: {l!r} is not a label of scheme {scheme.name!r} "
                              f"({', '.join(labels)})")
    table = res["table"]
    y = table["label"].tolist()
    models = {}
    for name, info in res["models"].items():
        p = table["pred_" + name].tolist()
        s = scores(confusion(y, p, labels), labels, avg)
        s.update(info)
        s["main_metric"] = ev["main_metric"]
        s["ci"] = bootstrap(y, p, labels, ev["main_metric"], avg, ev["bootstrap"], ev["confidence"], cfg["seed"])
        if cfg["data"]["target"]:
            s["per_target"] = {}
            for t in sorted(table["target"].unique()):
                rows = (table["target"] == t).to_numpy()
                yt = [v for v, r in zip(y, rows) if r]
                pt = [v for v, r in zip(p, rows) if r]
                st = scores(confusion(yt, pt, labels), labels, avg)
                s["per_target"][t] = {k: st[k] for k in ("n", "accuracy", "macro_f1", "f_avg") if k in st}
        models[name] = s
    metrics = {"name": cfg["name"], "kind": cfg["kind"], "seed": cfg["seed"], "labels": labels,
               "evaluation": res["evaluation"], "main_metric": ev["main_metric"], "average_labels": avg,
               "bootstrap": ev["bootstrap"], "confidence": ev["confidence"], "n_train": res["n_train"],
               "n_scored": len(table), "models": models,
               "reference": {k: float(v) for k, v in sorted(ev["reference"].items())}}
    cols = ["file", "line", "id", "target", "fold", "label"] + ["pred_" + n for n in res["models"]]
    pred = table[cols].rename(columns={"label": "gold"})
    return metrics, pd.DataFrame(pred).reset_index(drop=True)


def _article_metrics(cfg, scheme, res):
    import pandas as pd

    ev = cfg["evaluation"]
    recs = res["records"]
    summarise = res["summarise"]
    labels = list(scheme.names)
    splits = sorted({r["split"] for r in recs})
    per_split = {}
    for sp in splits + (["all"] if len(splits) > 1 else []):
        rs = [r for r in recs if sp == "all" or r["split"] == sp]
        s = summarise(rs, labels)
        st = [r for r in rs if r["kind"] == "statement"]
        s["ci"] = {
            "speaker_accuracy": _bool_ci([r["speaker_ok"] for r in st if r["gold_speaker"]], ev["bootstrap"],
                                         ev["confidence"], cfg["seed"]),
            "writer_voice_accuracy": _bool_ci([r["speaker_ok"] for r in st if not r["gold_speaker"]],
                                              ev["bootstrap"], ev["confidence"], cfg["seed"]),
            "side_accuracy": _bool_ci([r["side_ok"] for r in st], ev["bootstrap"], ev["confidence"], cfg["seed"]),
        }
        s["articles"] = len({r["article"] for r in rs})
        if cfg["kind"] == "end_to_end":
            lab = [r for r in st if r["pred_label"]]
            y = [r["gold_label"] for r in lab]
            bad = sorted(set(y) - set(labels))
            if bad:
                raise InputError(f"gold label {bad[0]!r} is not in scheme {scheme.name!r} ({', '.join(labels)})")
            by_model = {}
            for name in res["models"]:  # the first model's figures are "classification"; more go side by side
                p = [r["pred_labels"][name] for r in lab]
                full = scores(confusion(y, p, labels), labels, ev["average_labels"])
                full["ci"] = bootstrap(y, p, labels, ev["main_metric"], ev["average_labels"], ev["bootstrap"],
                                       ev["confidence"], cfg["seed"])
                full["unmatched_statements"] = len(st) - len(lab)
                by_model[name] = full
            s["classification"] = next(iter(by_model.values()))
            if len(by_model) > 1:
                s["classification_by_model"] = by_model
        per_split[sp] = s
    metrics = {"name": cfg["name"], "kind": cfg["kind"], "seed": cfg["seed"], "labels": labels,
               "splits": per_split, "n_articles": res["n_articles"], "main_metric": ev["main_metric"],
               "bootstrap": ev["bootstrap"], "confidence": ev["confidence"], "models": res["models"]}
    metrics = json.loads(json.dumps(metrics), parse_float=lambda x: round(float(x), ROUND))
    cols = ["split", "article", "text", "kind", "construction", "gold_speaker", "pred_speaker", "speaker_ok", "gold_side",
            "pred_side", "side_ok", "pred_pass", "exact"]
    extra = list(res["models"])[1:] if cfg["kind"] == "end_to_end" else []  # the first model's is pred_label
    if cfg["kind"] == "end_to_end":
        cols += ["gold_label", "pred_label"] + [f"pred_label_{name}" for name in extra]

    def value(r, c):
        v = (r.get("pred_labels") or {}).get(c[len("pred_label_"):]) if c.startswith("pred_label_") else r.get(c)
        return "" if v is None else v
    rows = [{c: value(r, c) for c in cols} for r in recs if r["kind"] == "statement"]
    return metrics, pd.DataFrame(rows, columns=cols)
