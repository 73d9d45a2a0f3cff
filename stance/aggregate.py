"""Aggregate tables over the statement table (pandas): by speaker, by side, by source."""

from __future__ import annotations

import pandas as pd

from .scheme import Scheme

WRITER = "(writer's own voice)"


def _summarise(df: pd.DataFrame, keys: list[str], scheme: Scheme) -> pd.DataFrame:
    labels = list(scheme.names)
    if df.empty:
        cols = keys + ["statements"] + [f"n_{l}" for l in labels] + [f"share_{l}" for l in labels] + \
            ["dominant", "mean_confidence"]
        return pd.DataFrame(columns=cols)
    counts = pd.crosstab([df[k] for k in keys], df["label"]).reindex(columns=labels, fill_value=0)
    out = counts.add_prefix("n_")
    total = counts.sum(axis=1)
    out.insert(0, "statements", total)
    for l in labels:
        out[f"share_{l}"] = (counts[l] / total).round(4)
    # dominant: most statements; ties go to the higher-precedence label
    out["dominant"] = [labels[max(range(len(labels)), key=lambda k: (row[k], -k))] for row in counts.to_numpy()]
    out["mean_confidence"] = df.groupby(keys)["confidence"].mean().round(4)
    out = out.reset_index()
    return out.sort_values(["statements"] + keys, ascending=[False] + [True] * len(keys), kind="stable") \
        .reset_index(drop=True)


def by_speaker(df: pd.DataFrame, scheme: Scheme, writer_label: str = WRITER) -> pd.DataFrame:
    """Per speaker (the writer's own voice as one row): statements, label counts and shares, dominant label.

    Examples
    --------
    >>> from stance.scheme import Scheme
    >>> s = Scheme.from_dict({"labels": {"pro": {}, "con": {}}}, where="x")
    >>> t = pd.DataFrame({"speaker": ["A", "A", ""], "speaker_side": ["us", "us", "none"],
    ...                   "label": ["pro", "con", "con"], "confidence": [0.9, 0.7, 0.8]})
    >>> by_speaker(t, s)[["speaker", "statements", "dominant"]].values.tolist()
    [['A', 2, 'pro'], ["(writer's own voice)", 1, 'con']]
    """
    d = df.assign(speaker=df["speaker"].where(df["speaker"].astype(str) != "", writer_label))
    return _summarise(d, ["speaker", "speaker_side"], scheme)


def by_side(df: pd.DataFrame, scheme: Scheme) -> pd.DataFrame:
    """Per speaker side: statements, label counts and shares, dominant label, mean confidence."""
    return _summarise(df, ["speaker_side"], scheme)


def by_source(df: pd.DataFrame, scheme: Scheme) -> pd.DataFrame:
    """Per source: statements, label counts and shares, dominant label, mean confidence."""
    return _summarise(df.assign(source=df["source"].replace("", "(unknown)")), ["source"], scheme)


def overall(df: pd.DataFrame, scheme: Scheme) -> pd.Series:
    """Share of each label over all statements, in scheme order."""
    labels = list(scheme.names)
    if df.empty:
        return pd.Series(0.0, index=labels)
    return df["label"].value_counts(normalize=True).reindex(labels, fill_value=0.0)
