"""The model cache: a truncated, tampered or foreign cache file is rebuilt, never trusted; the command succeeds."""

import hashlib
import hmac
import pickle

import pandas as pd
import pytest

import stance.classify as classify
from stance.cli import main
from conftest import SAMPLE


def _tamper_truncate(path, key):
    path.write_bytes(path.read_bytes()[:100])


def _tamper_flip_byte(path, key):
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _tamper_other_object(path, key):  # correctly signed, but not a model (e.g. another version's format)
    payload = pickle.dumps({"not": "a model"})
    path.write_bytes(hmac.new(key, payload, hashlib.sha256).digest() + payload)


def _tamper_unpicklable(path, key):  # correctly signed, but refers to a class this version does not have
    payload = pickle.dumps(pd.DataFrame()).replace(b"pandas.core.frame", b"pandas.core.gone!")
    path.write_bytes(hmac.new(key, payload, hashlib.sha256).digest() + payload)


def _tamper_empty(path, key):
    path.write_bytes(b"")


@pytest.fixture(scope="module")
def small_training(tmp_path_factory):
    df = pd.read_csv(classify.resources.files("stance").joinpath(classify.DEFAULT_TRAINING), dtype=str,
                     keep_default_na=False)
    small = df.groupby("label", group_keys=False).head(25)
    path = tmp_path_factory.mktemp("train") / "small.csv"
    small.to_csv(path, index=False)
    return path


@pytest.fixture
def fits(monkeypatch):
    """Count model fits; cross-validation figures stubbed (they are not what is tested here)."""
    calls = []
    real = classify._fit_with_figures
    monkeypatch.setattr(classify, "cross_validate", lambda *a, **k: {"macro_f1": 0.0, "accuracy": 0.0, "folds": "-"})
    monkeypatch.setattr(classify, "_fit_with_figures", lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


@pytest.mark.parametrize("tamper", [_tamper_truncate, _tamper_flip_byte, _tamper_other_object, _tamper_unpicklable,
                                    _tamper_empty])
def test_bad_cache_is_rebuilt(tamper, tmp_path, monkeypatch, capsys, small_training, scheme, fits):
    monkeypatch.setenv("STANCE_CACHE_DIR", str(tmp_path / "cache"))
    classify.load_or_train(scheme, small_training)
    classify.load_or_train(scheme, small_training)
    assert len(fits) == 1  # the second came from the cache
    [cached] = (tmp_path / "cache").glob("model-*.pkl")
    key = (tmp_path / "cache" / "signing.key").read_bytes()
    tamper(cached, key)
    capsys.readouterr()
    assert main(["analyze", str(SAMPLE), "--training", str(small_training), "-o", str(tmp_path / "c.csv")]) == 0
    assert len(fits) == 2  # rebuilt
    assert "Traceback" not in capsys.readouterr().err
    assert len(pd.read_csv(tmp_path / "c.csv")) == 31
    assert isinstance(classify._load_signed(cached, key), classify.StanceModel)  # the rebuilt model was saved


def test_cache_from_another_version_is_not_used(tmp_path, monkeypatch, small_training, scheme, fits):
    monkeypatch.setenv("STANCE_CACHE_DIR", str(tmp_path / "cache"))
    classify.load_or_train(scheme, small_training)
    monkeypatch.setattr(classify, "__version__", "0.0.0-other")
    classify.load_or_train(scheme, small_training)
    assert len(list((tmp_path / "cache").glob("model-*.pkl"))) == 2 and len(fits) == 2  # another key: rebuilt


def test_a_model_cached_before_the_card_was_remeasured_takes_the_card_figures(tmp_path, monkeypatch, small_training,
                                                                             scheme, fits):
    monkeypatch.setenv("STANCE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(classify, "shipped_card", lambda: {})  # the card does not match the data yet
    first = classify.load_or_train(scheme, small_training)
    assert first.info["cv_source"] == "measured at training time" and "cv_family" not in first.info
    df = classify.read_training(small_training, scheme)
    card = {"key": classify.card_key(df, scheme, classify.DEFAULT_MODEL, 0),
            "cv": {"macro_f1": 0.5, "accuracy": 0.5, "folds": "5-fold"},
            "cv_family": {"macro_f1": 0.4, "accuracy": 0.4, "folds": "leave one outlet_family out"}}
    monkeypatch.setattr(classify, "shipped_card", lambda: card)  # the card is remeasured
    again = classify.load_or_train(scheme, small_training)
    assert len(fits) == 1  # from the cache, not refitted
    assert again.info["cv_family"]["macro_f1"] == 0.4 and again.info["cv_source"] == "stance/data/model_card.json"
