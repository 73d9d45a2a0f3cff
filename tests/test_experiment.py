"""Experiments from config files: reproducibility, errors, overrides, metrics, shipped configs."""

import hashlib
import json
from pathlib import Path

import pytest

from stance.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEMEVAL = ROOT.parent / "shared" / "semeval2016"

WORDS = {"pos": ["great", "love", "support", "win"], "neg": ["bad", "hate", "against", "lose"]}


def _data(folder: Path, n: int = 40, extra_label: str = "") -> Path:
    rows = ["text,label,group,target"]
    for i in range(n):
        lab = "pos" if i % 2 else "neg"
        w = WORDS[lab]
        rows.append(f"\"we {w[i % 4]} it, {w[(i + 1) % 4]} {i}\",{lab},g{i % 3},t{(i // 2) % 2}")
    if extra_label:
        rows.append(f"odd text,{extra_label},g0,t0")
    path = folder / "data.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


CONFIG = """
kind = "classify"
seed = 1
[data]
train = "data.csv"
group = "group"
target = "target"
[scheme.labels.pos]
[scheme.labels.neg]
[features]
char_ngrams = [2, 4]
[[models]]
type = "majority"
[[models]]
name = "lr"
type = "logreg"
target = "separate"
[[models]]
type = "nb"
[evaluation]
main_metric = "f_avg"
average_labels = ["pos"]
bootstrap = 200
"""


@pytest.fixture
def config(tmp_path):
    _data(tmp_path)
    path = tmp_path / "small.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_rerun_is_byte_identical(config, tmp_path):
    # once with every fit in this process, once with the 9 fits (3 models x 3 folds) spread over two workers
    outs = [tmp_path / "run1", tmp_path / "run2"]
    for out, jobs in zip(outs, ("1", "2")):
        assert main(["experiment", "run", str(config), "--out", str(out), "--jobs", jobs]) == 0
    for name in ("metrics.json", "predictions.csv", "report.md", "config.toml", "confusion.png", "comparison.png"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
    metrics = json.loads((outs[0] / "metrics.json").read_text())
    assert set(metrics["models"]) == {"majority", "lr", "nb"}
    assert metrics["models"]["lr"]["f_avg"] > metrics["models"]["majority"]["f_avg"]
    lo, hi = metrics["models"]["lr"]["ci"]
    assert lo <= metrics["models"]["lr"]["f_avg"] <= hi
    manifest = json.loads((outs[0] / "manifest.json").read_text())
    assert manifest["seed"] == 1 and "scikit-learn" in manifest["versions"]
    # every input's SHA-256, keyed by its path from the config file's folder (the same in any clone)
    assert manifest["inputs"] == {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                                  for p in (tmp_path / "data.csv", config)}
    # and of the outputs a rerun must reproduce, so a rerun can be checked without the committed predictions
    assert manifest["outputs"] == {n: hashlib.sha256((outs[0] / n).read_bytes()).hexdigest()
                                   for n in ("metrics.json", "predictions.csv")}
    assert json.loads((outs[1] / "manifest.json").read_text())["outputs"] == manifest["outputs"]
    assert set(metrics["models"]["lr"]["per_target"]) == {"t0", "t1"}


def test_saved_config_reruns_and_overrides_win(config, tmp_path):
    out = tmp_path / "a"
    assert main(["experiment", "run", str(config), "--out", str(out), "--set", "seed=5",
                 "--set", "evaluation.bootstrap=50"]) == 0
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["seed"] == 5 and metrics["bootstrap"] == 50
    again = tmp_path / "b"
    assert main(["experiment", "run", str(out / "config.toml"), "--out", str(again)]) == 0
    assert (again / "predictions.csv").read_bytes() == (out / "predictions.csv").read_bytes()


def test_refuses_non_empty_folder_without_force(config, tmp_path, capsys):
    out = tmp_path / "o"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    assert main(["experiment", "run", str(config), "--out", str(out)]) == 2
    assert "use --force" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert main(["experiment", "run", str(config), "--out", str(out), "--force"]) == 0
    assert not (out / "keep.txt").exists() and (out / "report.md").exists()


@pytest.mark.parametrize("edit, expected", [
    (("[data]", "[data]\ncolour = 1"), "unknown key 'data.colour'"),
    (("seed = 1", "seed = \"one\""), "seed must be int"),
    (("train = \"data.csv\"", "train = \"nope.csv\""), "nope.csv: no such"),
    (("type = \"nb\"", "type = \"forest\""), "unknown model 'forest'"),
    (("type = \"nb\"", "type = \"nb\"\nC = 2.0"), "models[2].C: unknown parameter"),
    (("main_metric = \"f_avg\"", "main_metric = \"auc\""), "main_metric 'auc'"),
    (("kind = \"classify\"", "kind = \"cluster\""), "kind 'cluster'"),
    (("[features]", "[features]\nword_ngrams = [3, 1]"), "word_ngrams: expected [min, max]"),
    (("type = \"nb\"", "type = \"nb\"\nsearch = { C = [1.0] }"), "models[2].search.C: unknown parameter"),
    (("type = \"nb\"", "type = \"nb\"\nsearch = { alpha = [] }"), "search.alpha: expected a non-empty list"),
    (("type = \"nb\"", "type = \"nb\"\nsearch = { alpha = [\"x\"] }"), "search.alpha: expected int or float"),
    # the data section
    (("train = \"data.csv\"", "train = 3"), "data.train must be"),
    (("train = \"data.csv\"", "train = []"), "data.train is empty"),
    (("train = \"data.csv\"", "train = \"data.csv\"\ntext = \"body\""), "no column 'body'"),
    (("group = \"group\"", "group = \"kind\""), "no column 'kind'"),
    (("train = \"data.csv\"", "train = \"data.csv\"\nencoding = \"klingon\""), "data.encoding 'klingon' is not a known"),
    (("train = \"data.csv\"", "train = \"data.csv\"\nencoding = \"utf-16\""), "data.csv: not utf-16 text (UTF-16 stream does not start with BOM)"),
    (("train = \"data.csv\"", "train = \"data.csv\"\ndelimiter = \";;\""), "data.delimiter must be one character"),
    (("group = \"group\"", "group = \"group\"\nfolds = 1"), "data.folds must be 2 or more"),
    (("target = \"target\"\n", ""), "target = 'separate' needs data.target"),
    # the scheme, models and evaluation sections
    (("[scheme.labels.pos]", "[scheme]\npath = \"s.toml\"\n[scheme.labels.pos]"), "has both path and inline keys"),
    (("average_labels = [\"pos\"]", "average_labels = [\"maybe\"]"), "'maybe' is not a label of scheme"),
    (("average_labels = [\"pos\"]\n", ""), "'f_avg' needs evaluation.average_labels"),
    (("bootstrap = 200", "bootstrap = -1"), "evaluation.bootstrap must be 0 or more"),
    (("bootstrap = 200", "bootstrap = 200\nconfidence = 95"), "evaluation.confidence must be between 0 and 1"),
    (("bootstrap = 200", "bootstrap = 200\nreference = 65.2"), "evaluation.reference must be a table"),
    (("name = \"lr\"", "name = \"nb\""), "name must be a unique non-empty string"),
    (("[[models]]\ntype = \"majority\"", "[[models]]\nname = \"m\""), "models[0].type is missing"),
])
def test_config_mistakes_are_one_error_line(config, tmp_path, capsys, edit, expected):
    config.write_text(CONFIG.replace(*edit), encoding="utf-8")
    assert main(["experiment", "run", str(config), "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and expected in err[0], err
    assert not (tmp_path / "x").exists()


def test_label_outside_scheme_names_file_and_line(config, tmp_path, capsys):
    _data(tmp_path, extra_label="maybe")
    assert main(["experiment", "run", str(config), "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err
    assert "data.csv:42: label 'maybe' is not in scheme" in err


def test_search_chooses_settings_on_training_rows_only(config, tmp_path):
    # word 5-grams alone are unique to each row (nothing to learn); cross-validation must add the char n-grams
    config.write_text(CONFIG.replace('target = "separate"', 'word_ngrams = [5, 5]\nsearch = { char_ngrams = [[], [2, 4]] }'),
                      encoding="utf-8")
    out = tmp_path / "s"
    assert main(["experiment", "run", str(config), "--out", str(out), "--set", "data.group="]) == 0
    lr = json.loads((out / "metrics.json").read_text())["models"]["lr"]
    assert len(lr["selected"]) == 5  # one search per outer fold, each on that fold's training rows
    for sel in lr["selected"]:
        assert sel["params"] == {"char_ngrams": [2, 4]}
        low, high = (c["score"] for c in sel["cv"])
        assert low < high
    expected = "chosen by cross-validation on the training rows (fold 1): **char\\_ngrams=\\[2, 4\\]**"
    assert expected in (out / "report.md").read_text()


def test_report_lists_the_best_settings_a_search_tried(config, tmp_path, monkeypatch):
    """A search's report line lists the best settings first and says when more were tried than it shows."""
    import stance.report

    monkeypatch.setattr(stance.report, "_SEARCH_SHOWN", 1)
    config.write_text(CONFIG.replace('target = "separate"', 'word_ngrams = [5, 5]\nsearch = { char_ngrams = [[], [2, 4]] }'),
                      encoding="utf-8")
    out = tmp_path / "s"
    assert main(["experiment", "run", str(config), "--out", str(out), "--set", "data.group="]) == 0
    line = next(l for l in (out / "report.md").read_text().splitlines() if "(fold 1)" in l)
    assert "best 1 of 2 settings tried: char\\_ngrams=\\[2, 4\\]" in line and "all in `metrics.json`" in line
    assert "char\\_ngrams=\\[\\]:" not in line


@pytest.mark.parametrize("override, expected", [
    ("seed", "expected KEY=VALUE"),
    ("colour=1", "unknown key 'colour'"),
    ("models.7.C=1", "no item '7'"),
])
def test_bad_overrides(config, tmp_path, capsys, override, expected):
    assert main(["experiment", "run", str(config), "--out", str(tmp_path / "x"), "--set", override]) == 2
    assert expected in capsys.readouterr().err


def test_scores_match_sklearn():
    from sklearn.metrics import accuracy_score, f1_score

    from stance.experiment import confusion, scores

    y = ["a", "b", "c", "a", "b", "c", "a", "a"]
    p = ["a", "b", "a", "a", "c", "c", "b", "a"]
    s = scores(confusion(y, p, ["a", "b", "c"]), ["a", "b", "c"], ["a", "b"])
    assert s["accuracy"] == pytest.approx(accuracy_score(y, p), abs=1e-6)
    assert s["macro_f1"] == pytest.approx(f1_score(y, p, average="macro"), abs=1e-6)
    assert s["f_avg"] == pytest.approx(f1_score(y, p, labels=["a", "b"], average="macro"), abs=1e-6)


@pytest.mark.parametrize("name", ["attribution.toml", "end_to_end.toml"])
def test_article_configs_list_every_development_batch(name):
    from stance.experiment import load_config

    listed = {Path(m).name for m in load_config(ROOT / "experiments" / name)["data"]["manifests"]}
    assert listed == {p.name for p in (ROOT / "experiments" / "dev").glob("manifest_*.csv")}


def test_attribution_config_runs(tmp_path):
    # the shipped config on three batches that hold all three splits (the whole set takes half a minute; the
    # test above checks that the config lists every batch)
    dev = ROOT / "experiments" / "dev"
    subset = ", ".join(f'"{dev / f"manifest_{b}.csv"}"' for b in ("a", "l", "hw"))
    out = tmp_path / "attr"
    assert main(["experiment", "run", str(ROOT / "experiments" / "attribution.toml"), "--out", str(out),
                 "--set", "evaluation.bootstrap=50", "--set", f"data.manifests=[{subset}]"]) == 0
    metrics = json.loads((out / "metrics.json").read_text())
    assert set(metrics["splits"]) == {"dev", "heldout", "fresh", "all"}
    assert 0.5 < metrics["splits"]["all"]["speaker_accuracy"] <= 1


def test_end_to_end_scores_every_model_side_by_side(tmp_path):
    # a list of models is compared on the same statements (it used to run the first model only, without a word)
    dev = ROOT / "experiments" / "dev"
    config = tmp_path / "e2e.toml"
    config.write_text(f"""kind = "end_to_end"
seed = 0
[data]
articles = "{dev / 'articles'}"
gold = "{dev / 'gold'}"
manifests = ["{dev / 'manifest_a.csv'}"]
splits = ["heldout"]
[[models]]
name = "nb"
type = "nb"
[[models]]
name = "majority"
type = "majority"
[evaluation]
bootstrap = 20
""", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["experiment", "run", str(config), "--out", str(out)]) == 0
    metrics = json.loads((out / "metrics.json").read_text())
    split = metrics["splits"]["heldout"]
    both = split["classification_by_model"]
    assert set(both) == {"nb", "majority"} and split["classification"] == both["nb"]  # the first model's
    assert both["nb"]["macro_f1"] > both["majority"]["macro_f1"] + 0.3
    pred = (out / "predictions.csv").read_text(encoding="utf-8").splitlines()
    assert pred[0].endswith("gold_label,pred_label,pred_label_majority")
    assert {line.rsplit(",", 1)[1] for line in pred[1:]} == {"none"}  # the majority label, every statement
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "The models side by side" in report and "| `majority` |" in report and (out / "comparison.png").is_file()


@pytest.mark.skipif(not SEMEVAL.is_dir(), reason=f"SemEval-2016 data not found at {SEMEVAL} (../shared/semeval2016)")
def test_semeval2016_beats_the_published_svm_baseline(tmp_path):
    out = tmp_path / "semeval"
    assert main(["experiment", "run", str(ROOT / "experiments" / "semeval2016.toml"), "--out", str(out),
                 "--set", f"data.root={SEMEVAL}", "--set", "evaluation.bootstrap=100"]) == 0
    models = json.loads((out / "metrics.json").read_text())["models"]
    assert models["majority"]["f_avg"] == pytest.approx(0.6522, abs=0.001)
    # published SVM n-gram baseline 0.6898; this config measures 0.6986 with C chosen by CV on the training
    # tweets (the 0.70 goal is not reached)
    assert max(m["f_avg"] for m in models.values()) >= 0.695
    # the training-CV choices: one model on shared plus per-target features (SVM 0.6948, logreg 0.6924 since
    # session 20's binary word counts) beat the per-target logreg (0.6887)
    assert set(models["linear_svm_wide"]["per_target"]) == {"Atheism", "Climate Change is a Real Concern",
                                                           "Feminist Movement", "Hillary Clinton",
                                                           "Legalization of Abortion"}
    assert min(models["linear_svm_wide"]["f_avg"], models["logreg_wide"]["f_avg"]) > models["logreg"]["f_avg"] + 0.003
    assert "Tweet" not in (out / "predictions.csv").read_text().splitlines()[0]


def test_bootstrap_interval_properties():
    from stance.experiment import bootstrap

    labels = ["a", "b", "c"]
    y = ["a", "b", "c", "a"] * 30
    p = ["a", "b", "a", "b"] * 30  # accuracy 0.5; F1 a 0.5, b 0.667, c 0
    for metric, point in (("accuracy", 0.5), ("macro_f1", (0.5 + 2 / 3 + 0) / 3), ("f_avg", (0.5 + 2 / 3) / 2)):
        lo, hi = bootstrap(y, p, labels, metric, average_labels=["a", "b"], n=400)
        assert lo < point < hi and hi - lo < 0.35, (metric, lo, hi)
        assert bootstrap(y, p, labels, metric, average_labels=["a", "b"], n=400) == [lo, hi]  # seeded
    wide = bootstrap(y[:20], p[:20], labels, "accuracy", n=400)
    narrow = bootstrap(y * 10, p * 10, labels, "accuracy", n=400)
    assert narrow[1] - narrow[0] < (wide[1] - wide[0]) / 2  # ten times the rows: about a third of the width
    assert bootstrap(y, y, labels, "accuracy", n=100) == [1.0, 1.0]
    assert bootstrap(y, p, labels, "accuracy", n=0) == []
    lo90, hi90 = bootstrap(y, p, labels, "accuracy", n=400, confidence=0.90)
    lo99, hi99 = bootstrap(y, p, labels, "accuracy", n=400, confidence=0.99)
    assert lo99 <= lo90 and hi90 <= hi99
