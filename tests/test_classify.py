import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from stance.classify import CueFeatures, _load_signed, _save_signed, load_or_train, read_training
from stance.segment import segment


def test_training_data_is_broad(scheme):
    df = read_training(None, scheme)
    assert len(df) >= 400
    assert set(df["label"]) == set(scheme.names)
    assert df["text"].str.strip().ne("").all()


def test_no_sample_sentence_in_training(scheme, sample):
    texts = read_training(None, scheme)["text"].str.lower()
    joined = "\n".join(texts)
    words = lambda t: re.findall(r"\w+", t.lower())
    train_grams = set()
    for t in texts:
        w = words(t)
        train_grams.update(tuple(w[i:i + 8]) for i in range(len(w) - 7))
    for s in segment(sample.text):
        if s.kind != "statement" or len(s.text.split()) < 6:
            continue
        assert s.text.lower() not in joined
        w = words(s.text)
        shared = [g for g in (tuple(w[i:i + 8]) for i in range(len(w) - 7)) if g in train_grams]
        assert not shared, f"training data shares {' '.join(shared[0])!r} with the sample"


def test_no_heldout_sentence_in_training(scheme):
    import csv
    from pathlib import Path

    dev = Path(__file__).resolve().parent.parent / "experiments" / "dev"
    texts = set(read_training(None, scheme)["text"].str.lower().str.split().str.join(" "))
    heldout = dev_rows = 0
    for manifest in dev.glob("manifest_*.csv"):
        for art in csv.DictReader(manifest.open(encoding="utf-8")):
            for g in csv.DictReader((dev / "gold" / (Path(art["file"]).stem + ".csv")).open(encoding="utf-8")):
                if g["kind"] != "statement" or len(g["text"].split()) < 6:
                    continue
                key = " ".join(g["text"].lower().split())
                if art["split"] != "dev":
                    heldout += 1
                    assert key not in texts, f"held-out sentence in training: {g['text']!r}"
                else:
                    dev_rows += key in texts
    assert heldout > 500 and dev_rows > 1000  # the dev split is in training, the held-out split never


def test_predictions_have_probabilities_and_evidence(model, scheme):
    df = pd.DataFrame({"text": ["Washington warned Beijing against sending weapons to Moscow.",
                                "China calls for peace talks and a political settlement."],
                       "speaker_side": ["us", "china"]})
    pred = model.predict(df)
    probs = pred[[f"p_{l}" for l in scheme.names]]
    assert ((probs.sum(axis=1) - 1).abs() < 1e-6).all()
    assert (pred["confidence"] == probs.max(axis=1)).all()
    assert pred["evidence"].str.len().gt(0).all()


def test_cv_figure_recorded(model):
    assert 0 < model.info["cv"]["macro_f1"] <= 1
    assert model.info["n_train"] >= 400


def test_cue_features_follow_the_scheme():
    X = CueFeatures({"x": ["alpha beta"], "y": ["gamma"]}).fit(["t"]).transform(["Alpha beta gamma", "none"])
    assert X.toarray().tolist() == [[1.0, 1.0], [0.0, 0.0]]


def test_unsigned_cache_file_is_never_loaded(tmp_path):
    key = b"k" * 32
    path = tmp_path / "m.pkl"
    _save_signed(path, key, {"ok": 1})
    assert _load_signed(path, key) == {"ok": 1}
    assert _load_signed(path, b"x" * 32) is None          # another key: not ours
    path.write_bytes(b"\0" * 32 + b"garbage")
    assert _load_signed(path, key) is None                # tampered or corrupt: rebuilt


def test_custom_scheme_and_training(tmp_path):
    from stance.scheme import Scheme

    s = Scheme.from_dict({"labels": {"FAVOR": {"cues": ["support"]}, "AGAINST": {"cues": ["oppose"]}}}, where="x")
    rows = [("We support the plan strongly", "FAVOR"), ("They oppose it", "AGAINST")] * 10
    p = tmp_path / "t.csv"
    pd.DataFrame(rows, columns=["text", "label"]).to_csv(p, index=False)
    m = load_or_train(s, p, use_cache=False)
    out = m.predict(pd.DataFrame({"text": ["I support this", "I oppose this"]}))
    assert out["label"].tolist() == ["FAVOR", "AGAINST"]
    assert list(out.columns[2:4]) == ["p_FAVOR", "p_AGAINST"]


def test_training_label_outside_scheme(tmp_path):
    from stance.errors import InputError
    from stance.scheme import Scheme

    s = Scheme.from_dict({"labels": {"A": {}, "B": {}}}, where="x")
    p = tmp_path / "t.csv"
    p.write_text("text,label\nfine,A\nbad,C\n")
    with pytest.raises(InputError, match=r"t\.csv:3: label 'C' is not in scheme"):
        read_training(p, s)


def test_model_card_matches_shipped_data(scheme):
    """The CV figures quoted in reports were measured on exactly the shipped data and settings."""
    from stance.classify import DEFAULT_MODEL, card_key, shipped_card

    card = shipped_card()
    assert card["key"] == card_key(read_training(None, scheme), scheme, DEFAULT_MODEL, 0), \
        "stale model card: run python experiments/make_model_card.py"
    assert card["cv_family"]["macro_f1"] >= 0.80


def test_coverage_priors_shift_probabilities(tmp_path):
    """Training is balanced; the scheme's priors move probabilities towards the labels' shares in coverage."""
    from stance.scheme import Scheme

    rows = [("We support the plan strongly", "FAVOR"), ("They oppose it", "AGAINST"), ("It rained", "NONE")] * 10
    p = tmp_path / "t.csv"
    pd.DataFrame(rows, columns=["text", "label"]).to_csv(p, index=False)
    labels = {"FAVOR": {}, "AGAINST": {}, "NONE": {}}
    flat = load_or_train(Scheme.from_dict({"labels": labels}, where="x"), p, use_cache=False)
    skewed = load_or_train(Scheme.from_dict({"labels": {"FAVOR": {"prior": 0.1}, "AGAINST": {"prior": 0.1},
                                                        "NONE": {"prior": 0.8}}}, where="x"), p, use_cache=False)
    X = pd.DataFrame({"text": ["a sentence about nothing in particular"]})
    assert skewed.predict(X)["p_NONE"].iloc[0] > flat.predict(X)["p_NONE"].iloc[0]
    assert abs(skewed.predict(X)[["p_FAVOR", "p_AGAINST", "p_NONE"]].sum(axis=1).iloc[0] - 1) < 1e-9


def test_cached_char_tfidf_gives_the_same_matrix_as_tfidf_vectorizer():
    """The char features' faster transform (each word's columns looked up once) is the same matrix, on words
    seen in training and unseen ones, repeated words, empty and punctuation-only sentences."""
    from pathlib import Path

    from sklearn.feature_extraction.text import TfidfVectorizer

    from stance.classify import CachedCharTfidf, CharWbNgrams

    root = Path(__file__).resolve().parent.parent
    lines = [l for p in sorted((root / "experiments" / "dev" / "articles").glob("a*.txt"))
             for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
    train, test = lines[::2], lines[1::2] + ["", "—", "Moscow Moscow moscow MOSCOW", "Zzyzx qqq"]
    a = TfidfVectorizer(analyzer=CharWbNgrams((3, 5)), sublinear_tf=True, min_df=2).fit(train)
    b = CachedCharTfidf(analyzer=CharWbNgrams((3, 5)), sublinear_tf=True, min_df=2).fit(train)
    A, B = a.transform(test), b.transform(test)
    assert A.shape == B.shape and (A != B).nnz == 0
    assert (b.transform(test) != B).nnz == 0  # the second call, from the word cache, too
    assert B.has_sorted_indices


def test_cue_counts_are_phrases_present_per_text():
    from stance.classify import CueFeatures, fold

    cues = {"a": ["peace talks", "peace", "talks"], "b": ["no limits", "s no"]}
    texts = ["Peace talks, peace talks and more PEACE.", "", "It has no limits", "talks", "peace\u2019s no limits",
             "ends with peace", "peace talks"]
    got = CueFeatures(cues).fit(["x"]).transform(texts).toarray().tolist()
    want = [[float(sum(p in fold(t) for p in cues[l])) for l in ("a", "b")] for t in texts]
    assert got == want and got[0] == [3.0, 0.0] and got[2] == [0.0, 2.0]  # once per text; "has no" holds "s no"


@pytest.mark.parametrize("n_classes", [2, 3])
def test_evidence_is_each_rows_top_positive_readable_features_ties_by_name(n_classes):
    from types import SimpleNamespace

    import numpy as np
    from scipy import sparse

    from stance.classify import StanceModel, _pretty

    rng = np.random.default_rng(0)
    names = np.array([f"word__w{i % 7}" if i % 5 else f"char__c{i}" for i in range(40)], dtype=object)
    names[[3, 13]] = "origin__speaker_origin_"  # an origin no words named: never evidence
    names[[4, 14]] = "origin__speaker_origin_us"
    classes = ["a", "b", "c"][:n_classes]
    coef = np.round(rng.normal(size=(1 if n_classes == 2 else n_classes, 40)), 1)  # rounded: ties happen
    clf = SimpleNamespace(coef_=coef, classes_=np.array(classes))
    features = SimpleNamespace(get_feature_names_out=lambda: names)
    model = StanceModel(SimpleNamespace(named_steps={"clf": clf, "features": features}), classes)
    M = sparse.random(30, 40, density=0.3, random_state=1, format="csr")
    M.data = np.round(M.data, 1)
    labels = [classes[i % n_classes] for i in range(30)]
    got = model.evidence(M, labels, n=3)
    for r, label in enumerate(labels):  # the definition, row by row
        row = M.getrow(r)
        w = coef[classes.index(label)] if coef.shape[0] > 1 else (coef[0] if label == classes[1] else -coef[0])
        cand = [(-v * w[i], names[i]) for i, v in zip(row.indices, row.data)
                if v * w[i] > 0 and not names[i].startswith("char__") and names[i] != "origin__speaker_origin_"]
        assert got[r] == "; ".join(_pretty(nm) for _, nm in sorted(cand)[:3])


def test_speaker_origin_is_read_from_the_words_naming_analysts_and_outlets():
    import pandas as pd

    from stance.classify import origins

    table = pd.DataFrame({"speaker": ["Former Indian ambassador", "Olena Hrytsenko", "John Kirby", "Rajan Menon", ""],
                          "speaker_role": ["", "Kyiv-based analyst", "spokesman", "senior fellow", ""],
                          "speaker_side": ["analyst", "analyst", "us", "analyst", "none"]})
    assert origins(table) == ["other_gov", "ukraine", "", "", ""]
    # a training table's own column wins; a table without speakers has none
    assert origins(table.assign(speaker_origin=["us", "", "", "", ""]))[0] == "us"
    assert origins(pd.DataFrame({"text": ["x"]})) == [""]


def test_an_analysts_origin_moves_the_us_skeptical_probability(model):
    # the same doubt from a former Indian ambassador and from a former American official: ANNOTATION.md makes only
    # the second `us_skeptical`, and the speaker side ("analyst") alone cannot tell them apart
    import pandas as pd

    text = "He added that Beijing wanted to look like a peacemaker to the Global South."
    table = pd.DataFrame({"text": [text, text], "speaker": ["Former Indian ambassador", "Former US official"],
                          "speaker_role": ["", ""], "speaker_side": ["analyst", "analyst"]})
    out = model.predict(table)
    assert out["p_us_skeptical"].iloc[0] < out["p_us_skeptical"].iloc[1]
    assert "speaker from=us" in out["evidence"].iloc[1]  # and the origin is what a reader sees as the reason


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_stack_csr_is_scipys_hstack(seed):
    from scipy import sparse as sp

    from stance.classify import stack_csr

    rng = np.random.default_rng(seed)
    blocks = [sp.random(50, w, density=d, format="csr", random_state=rng) for w, d in ((7, 0.3), (1, 0.5), (40, 0.05))]
    keep = np.ones(50)
    keep[::3] = 0
    blocks[1] = (sp.diags(keep) @ blocks[1]).tocsr()  # rows with nothing in a block
    blocks[1].eliminate_zeros()
    assert blocks[1][::3].nnz == 0 and blocks[1].nnz > 0
    want = sp.hstack(blocks).tocsr()
    got = stack_csr(blocks, chunk=8)
    for part in ("data", "indices", "indptr"):
        assert np.array_equal(getattr(got, part), getattr(want, part)), part
    assert got.shape == want.shape


def test_fold_calibrated_matches_calibrated_classifier_cv_on_text():
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    from stance.classify import FoldCalibrated

    texts = [f"{w} {v} talks" for w in ("peace", "war", "trade", "visit") for v in ("moscow", "kyiv", "beijing", "x")] * 3
    y = np.array([t.split()[0] for t in texts])
    X = TfidfVectorizer().fit_transform(texts)
    a = FoldCalibrated(LinearSVC(random_state=0), cv=3).fit(X, y)
    b = CalibratedClassifierCV(LinearSVC(random_state=0), method="sigmoid", cv=3).fit(X, y)
    assert (a.predict_proba(X) == b.predict_proba(X)).all() and (a.predict(X) == b.predict(X)).all()
    assert np.array_equal(a.coef_, np.mean([c.estimator.coef_ for c in b.calibrated_classifiers_], axis=0))


def test_features_fast_transform_is_column_transformers(model):
    # Features.transform computes each block straight from its column (one-hot blocks by a lookup): the same
    # matrix as scikit-learn's ColumnTransformer.transform, unknown categories included
    from sklearn.compose import ColumnTransformer

    from stance.classify import model_input

    df = pd.read_csv(Path(__file__).resolve().parent.parent / "stance" / "data" / "statements.csv", dtype=str,
                     keep_default_na=False).iloc[::40].reset_index(drop=True)
    X = model_input(df)
    X.loc[::7, "speaker_side"] = "martian"  # a side and an origin the encoders never saw
    X.loc[::5, "speaker_origin"] = "atlantis"
    feats = model.pipeline.named_steps["features"]
    assert feats._fast_blocks(X) is not None  # the fast path is taken
    fast, slow = feats.transform(X), ColumnTransformer.transform(feats, X)
    assert fast.shape == slow.shape and fast.dtype == slow.dtype
    assert (fast.indptr == slow.indptr).all() and (fast.indices == slow.indices).all() and (fast.data == slow.data).all()
    assert feats._fast_blocks(X[["speaker_side", "text", "speaker_origin"]]) is None  # other columns: scikit-learn's


@pytest.mark.parametrize("speaker, role, origin", [
    ("Paul Haenle", "of the Carnegie Endowment for International Peace", "us"),
    ("Bonnie Glaser", "director of the Indo-Pacific programme at the German Marshall Fund", "us"),
    ("Ian Bremmer", "president of Eurasia Group", "us"),
    ("Mathieu Duchatel", "of Merics", "europe"),
    ("Wang Yiwei", "professor at Renmin University", "china"),
    ("Fyodor Lukyanov", "research director of the Valdai Club", "russia"),
    ("Harsh Pant", "of the Observer Research Foundation", "other_gov"),
    ("Rajan Menon", "senior fellow", ""),  # no words say where from
])
def test_a_think_tank_gives_an_analyst_origin_but_not_a_side(speaker, role, origin):
    from stance.attribution import default_speaker_table, speaker_origin

    assert speaker_origin(speaker, role, "analyst") == origin
    # the speaker's own side is still "analyst": the think tank's analyst cue outranks its country cue
    assert default_speaker_table().side_from_words(f"{role} {speaker}") == "analyst"
