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


# ---------------------------------------------------------------------------
# Comparing sources, from a count table (source, date, speaker, speaker_side, label, n).
# Corpus runs keep counts, not statements, so every comparison table is built from counts.

SIGNIFICANT_Z = 1.96  # |adjusted residual| above this: p < 0.05 for that cell (two-sided)
MIN_EXPECTED = 5  # Cochran: at most 20% of expected counts below this, none below 1


def counts_from_statements(df: pd.DataFrame) -> pd.DataFrame:
    """The count table of a statement table (columns source, date, speaker, speaker_side, label, n).

    >>> t = pd.DataFrame({"source": ["A", "A"], "date": ["", ""], "speaker": ["X", "X"],
    ...                   "speaker_side": ["us", "us"], "label": ["pro", "pro"]})
    >>> counts_from_statements(t)["n"].tolist()
    [2]
    """
    keys = ["source", "date", "speaker", "speaker_side", "label"]
    if df.empty:
        return pd.DataFrame(columns=keys + ["n"])
    return df.groupby(keys, sort=True).size().rename("n").reset_index()


def _voice(counts: pd.DataFrame, writer_label: str) -> pd.Series:
    return counts["speaker_side"].where(counts["speaker"].astype(str) != "", writer_label)


def source_labels(counts: pd.DataFrame, scheme: Scheme, articles: dict | None = None) -> pd.DataFrame:
    """Per source: articles, statements, count and share of each label, dominant label.

    Examples
    --------
    >>> from stance.scheme import Scheme
    >>> s = Scheme.from_dict({"labels": {"pro": {}, "con": {}}}, where="x")
    >>> c = pd.DataFrame({"source": ["A", "A", "B"], "date": "", "speaker": "", "speaker_side": "none",
    ...                   "label": ["pro", "con", "con"], "n": [3, 1, 2]})
    >>> source_labels(c, s)[["source", "statements", "share_pro", "dominant"]].values.tolist()
    [['A', 4, 0.75, 'pro'], ['B', 2, 0.0, 'con']]
    """
    labels = list(scheme.names)
    t = counts.pivot_table(index="source", columns="label", values="n", aggfunc="sum", fill_value=0) \
        .reindex(columns=labels, fill_value=0).sort_index()
    out = t.add_prefix("n_")
    total = t.sum(axis=1)
    out.insert(0, "statements", total.astype(int))
    out.insert(0, "articles", [int((articles or {}).get(s, 0)) for s in t.index])
    for l in labels:
        out[f"share_{l}"] = (t[l] / total.where(total > 0, 1)).round(4)
    out["dominant"] = [labels[max(range(len(labels)), key=lambda k: (row[k], -k))] for row in t.to_numpy()]
    out.columns.name = None
    return out.reset_index()


def voice_shares(counts: pd.DataFrame, writer_label: str = WRITER) -> pd.DataFrame:
    """Share of each source's statements by voice: speaker side, with the writer's own voice as its own column.

    Columns: source, then one column per voice ordered by overall share (largest first, writer first).
    """
    c = counts.assign(voice=_voice(counts, writer_label))
    t = c.pivot_table(index="source", columns="voice", values="n", aggfunc="sum", fill_value=0).sort_index()
    order = t.sum().sort_values(ascending=False, kind="stable")
    cols = sorted(order.index, key=lambda v: (v != writer_label, -order[v], v))
    shares = t[cols].div(t.sum(axis=1), axis=0).round(4)
    shares.columns.name = None
    return shares.reset_index()


def top_speakers(counts: pd.DataFrame, scheme: Scheme, n: int = 5) -> pd.DataFrame:
    """The ``n`` most quoted named speakers of each source, with statements and dominant label."""
    labels = list(scheme.names)
    named = counts[counts["speaker"].astype(str) != ""]
    cols = ["source", "rank", "speaker", "speaker_side", "statements", "dominant"]
    if named.empty:
        return pd.DataFrame(columns=cols)
    t = named.pivot_table(index=["source", "speaker", "speaker_side"], columns="label", values="n",
                          aggfunc="sum", fill_value=0).reindex(columns=labels, fill_value=0)
    out = t.reset_index()
    out["statements"] = t.sum(axis=1).to_numpy().astype(int)
    out["dominant"] = [labels[max(range(len(labels)), key=lambda k: (row[k], -k))] for row in t.to_numpy()]
    out = out.sort_values(["source", "statements", "speaker"], ascending=[True, False, True], kind="stable")
    out["rank"] = out.groupby("source").cumcount() + 1
    return out[out["rank"] <= n][cols].reset_index(drop=True)


def speakers_across_sources(counts: pd.DataFrame, scheme: Scheme, min_sources: int = 2,
                            top: int = 10) -> pd.DataFrame:
    """How each source represents the same speaker: statements and label mix per (speaker, source).

    Only speakers quoted by at least ``min_sources`` sources; the ``top`` of them by statements.
    Columns: speaker, speaker_side, source, statements, n_<label>..., dominant.
    """
    labels = list(scheme.names)
    named = counts[counts["speaker"].astype(str) != ""]
    cols = ["speaker", "source", "statements"] + [f"n_{l}" for l in labels] + ["dominant"]
    if named.empty:
        return pd.DataFrame(columns=cols)
    t = named.pivot_table(index=["speaker", "source"], columns="label", values="n", aggfunc="sum",
                          fill_value=0).reindex(columns=labels, fill_value=0)
    out = t.add_prefix("n_").reset_index()
    out.columns.name = None
    out["statements"] = t.sum(axis=1).to_numpy().astype(int)
    out["dominant"] = [labels[max(range(len(labels)), key=lambda k: (row[k], -k))] for row in t.to_numpy()]
    spread = out.groupby("speaker")["source"].nunique()
    volume = out.groupby("speaker")["statements"].sum()
    keep = sorted((s for s in spread.index if spread[s] >= min_sources), key=lambda s: (-volume[s], s))[:top]
    out = out[out["speaker"].isin(keep)]
    out = out.assign(_o=out["speaker"].map({s: i for i, s in enumerate(keep)}))
    return out.sort_values(["_o", "statements", "source"], ascending=[True, False, True])[cols].reset_index(drop=True)


def label_test(counts: pd.DataFrame, scheme: Scheme) -> dict:
    """Chi-square test of independence of label and source, with adjusted (standardized) residuals.

    Labels no source used are left out of the test (their expected count is 0).

    Returns
    -------
    dict
        ``ok`` (False when fewer than 2 sources or 2 labels have statements; ``reason`` says why),
        ``chi2``, ``dof``, ``p``, ``n``, ``min_expected``, ``share_small`` (share of expected counts
        below 5), ``small`` (True when the test's approximation is doubtful), ``residuals`` (DataFrame
        source x label), ``cells`` (DataFrame source, label, observed, expected, residual, p,
        significant, sorted by |residual|).

    Examples
    --------
    >>> from stance.scheme import Scheme
    >>> s = Scheme.from_dict({"labels": {"pro": {}, "con": {}}}, where="x")
    >>> c = pd.DataFrame({"source": ["A", "A", "B", "B"], "date": "", "speaker": "", "speaker_side": "none",
    ...                   "label": ["pro", "con", "pro", "con"], "n": [40, 10, 10, 40]})
    >>> r = label_test(c, s); r["ok"], r["p"] < 0.001, r["small"]
    (True, True, False)
    """
    import numpy as np
    from scipy.stats import chi2_contingency, norm

    labels = [l for l in scheme.names]
    t = counts.pivot_table(index="source", columns="label", values="n", aggfunc="sum", fill_value=0) \
        .reindex(columns=labels, fill_value=0).sort_index()
    t = t.loc[t.sum(axis=1) > 0, t.sum(axis=0) > 0]
    t.columns.name = None
    if t.shape[0] < 2:
        return {"ok": False, "reason": "fewer than two sources have statements"}
    if t.shape[1] < 2:
        return {"ok": False, "reason": "all statements carry the same label"}
    obs = t.to_numpy(dtype=float)
    chi2, p, dof, expected = chi2_contingency(obs, correction=False)
    n = obs.sum()
    rows = obs.sum(axis=1, keepdims=True) / n
    cols = obs.sum(axis=0, keepdims=True) / n
    resid = (obs - expected) / np.sqrt(expected * (1 - rows) * (1 - cols))
    cell_p = 2 * norm.sf(np.abs(resid))
    share_small = float((expected < MIN_EXPECTED).mean())
    residuals = pd.DataFrame(resid.round(3), index=t.index, columns=t.columns)
    cells = pd.DataFrame([{"source": s, "label": l, "observed": int(obs[i, j]), "expected": round(float(expected[i, j]), 2),
                           "residual": round(float(resid[i, j]), 3), "p": float(cell_p[i, j]),
                           "source_share": round(float(obs[i, j] / obs[i].sum()), 4),
                           "overall_share": round(float(obs[:, j].sum() / n), 4),
                           "significant": bool(abs(resid[i, j]) > SIGNIFICANT_Z)}
                          for i, s in enumerate(t.index) for j, l in enumerate(t.columns)])
    cells = cells.assign(_a=-cells["residual"].abs()).sort_values(["_a", "source", "label"], kind="stable") \
        .drop(columns="_a").reset_index(drop=True)
    return {"ok": True, "chi2": float(chi2), "dof": int(dof), "p": float(p), "n": int(n),
            "min_expected": float(expected.min()), "share_small": share_small,
            "small": bool(share_small > 0.2 or expected.min() < 1), "residuals": residuals, "cells": cells}


def label_over_time(counts: pd.DataFrame, scheme: Scheme, max_periods: int = 40) -> tuple[pd.DataFrame, str]:
    """Share of each label per period: days, or weeks/months when days are too many to draw.

    Returns ``(table, unit)``: table columns period, statements, share_<label>; unit is day, week or month.
    """
    labels = list(scheme.names)
    dated = counts[counts["date"].astype(str) != ""]
    if dated.empty:
        return pd.DataFrame(columns=["period", "statements"] + [f"share_{l}" for l in labels]), "day"
    d = pd.to_datetime(dated["date"])
    unit = "day"
    period = d.dt.strftime("%Y-%m-%d")
    if period.nunique() > max_periods:
        unit, period = "week", d.dt.strftime("%G-W%V")
        if period.nunique() > max_periods:
            unit, period = "month", d.dt.strftime("%Y-%m")
    t = dated.assign(period=period.to_numpy()).pivot_table(index="period", columns="label", values="n",
                                                           aggfunc="sum", fill_value=0) \
        .reindex(columns=labels, fill_value=0).sort_index()
    total = t.sum(axis=1)
    out = pd.DataFrame({"period": t.index, "statements": total.to_numpy().astype(int)})
    for l in labels:
        out[f"share_{l}"] = (t[l] / total).round(4).to_numpy()
    return out, unit


EXAMPLE_COLUMNS = ["source", "label", "rank", "article_id", "sent_index", "speaker", "confidence", "text"]


def label_examples(chunks, cells, k: int = 2, pool: int = 20) -> pd.DataFrame:
    """The statements behind each (source, label) cell of ``cells``: the ``k`` the classifier is surest of,
    from different articles when the source has them and never the same text twice, so a reader can check a
    finding against the text.

    ``chunks`` is the statement table in pieces (``pandas.read_csv(..., chunksize=...)``): memory stays
    bounded by a chunk and ``pool`` candidates per cell, not by the corpus. Ties in confidence go to the
    statement that comes first.

    Examples
    --------
    >>> t = pd.DataFrame({"article_id": ["a", "a", "b", "c"], "sent_index": [0, 1, 0, 0], "source": "S",
    ...                   "speaker": ["X", "", "Y", "Z"], "label": ["pro", "pro", "pro", "con"],
    ...                   "confidence": [0.9, 0.95, 0.6, 0.99], "text": ["t0", "t1", "t2", "t3"]})
    >>> label_examples([t], [("S", "pro")])[["article_id", "sent_index", "rank"]].values.tolist()
    [['a', 1, 1], ['b', 0, 2]]
    """
    want = {(str(s), str(l)) for s, l in cells}
    best: dict[tuple[str, str], pd.DataFrame] = {}
    seen = 0
    for chunk in chunks:
        chunk = chunk.assign(_order=range(seen, seen + len(chunk)), source=chunk["source"].fillna("").astype(str),
                             label=chunk["label"].astype(str))
        seen += len(chunk)
        chunk = chunk[[c in want for c in zip(chunk["source"], chunk["label"])]]
        for (src, lab), rows in chunk.groupby(["source", "label"], sort=False):
            both = pd.concat([best[(src, lab)], rows]) if (src, lab) in best else rows
            best[(src, lab)] = both.sort_values(["confidence", "_order"], ascending=[False, True],
                                                kind="stable").head(pool)
    out = []
    for (src, lab) in sorted(best):
        rows = list(best[(src, lab)].itertuples())
        # the surest statement of each article first, then the next surest whatever their article; a text
        # seen already (wire copy printed by several articles) is never shown twice
        picked, texts, articles = [], set(), set()
        for fresh_article in (True, False):
            for r in rows:
                text = " ".join(str(r.text).split())
                if len(picked) < k and text not in texts and not (fresh_article and str(r.article_id) in articles):
                    picked.append(r)
                    texts.add(text)
                    articles.add(str(r.article_id))
        for rank, r in enumerate(picked, 1):
            out.append({"source": src, "label": lab, "rank": rank, "article_id": r.article_id,
                        "sent_index": int(r.sent_index), "speaker": "" if pd.isna(r.speaker) else str(r.speaker),
                        "confidence": round(float(r.confidence), 4), "text": _unneutralised(str(r.text))})
    return pd.DataFrame(out, columns=EXAMPLE_COLUMNS)


def _unneutralised(text: str) -> str:
    """The statement as written: the quote mark a CSV writer puts before a formula-like cell taken off."""
    from .outputs import FORMULA_START

    return text[1:] if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_START) else text


PERMUTATIONS = 1000  # article-level permutations of the source test (seeded: the same p every run)


def article_label_counts(chunks, labels: list[str]) -> pd.DataFrame:
    """Statements per label of each article (columns source, article_id, n_<label>), summed over the statement
    table read in pieces (``pandas.read_csv(..., chunksize=...)``): the table the article-level test permutes.

    >>> t = pd.DataFrame({"article_id": ["a", "a", "b"], "source": ["S", "S", "T"], "label": ["x", "y", "x"]})
    >>> article_label_counts([t[:2], t[2:]], ["x", "y"]).values.tolist()
    [['S', 'a', 1, 1], ['T', 'b', 1, 0]]
    """
    parts = []
    for chunk in chunks:
        chunk = chunk.assign(source=chunk["source"].fillna("").astype(str), article_id=chunk["article_id"].astype(str),
                             label=chunk["label"].astype(str))
        parts.append(chunk.groupby(["source", "article_id", "label"]).size())
    cols = ["source", "article_id"] + [f"n_{l}" for l in labels]
    if not parts:
        return pd.DataFrame(columns=cols)
    n = pd.concat(parts).groupby(level=[0, 1, 2]).sum().unstack("label", fill_value=0)
    n = n.reindex(columns=labels, fill_value=0).add_prefix("n_").reset_index()
    return n[cols].sort_values(["source", "article_id"], kind="stable").reset_index(drop=True)


def _chi2_residuals(table):
    """Pearson's chi-square statistic and the adjusted residuals of a sources x labels count table whose rows
    and columns all have counts (as in :func:`label_test`)."""
    import numpy as np

    n = table.sum()
    rows = table.sum(axis=1, keepdims=True) / n
    cols = table.sum(axis=0, keepdims=True) / n
    expected = rows * cols * n
    return float(((table - expected) ** 2 / expected).sum()), \
        (table - expected) / np.sqrt(expected * (1 - rows) * (1 - cols))


def article_permutation_test(articles: pd.DataFrame, labels: list[str], permutations: int = PERMUTATIONS,
                             seed: int = 0) -> dict:
    """Whether label shares differ across sources when whole articles, not statements, are the units.

    The statements of one article share a writer, a day and a framing, so they are not the independent
    observations the chi-square test of :func:`label_test` assumes: a handful of articles can make a
    source look different. This test keeps the chi-square statistic but takes its null distribution from
    reassigning the articles to the sources at random (each source keeping its number of articles),
    ``permutations`` times with a seeded generator.

    Returns
    -------
    dict
        ``ok`` (False with a ``reason`` when no reassignment can differ: fewer than two sources or labels, or
        one article per source), ``p`` ((1 + permutations with a statistic at least the observed one) /
        (1 + permutations)), ``chi2``, ``permutations``, ``articles``, and ``cells`` (source, label, the
        source's ``articles``, ``p_by_article``: the same count for each cell's adjusted residual, in
        absolute value).

    Examples
    --------
    >>> a = pd.DataFrame({"source": list("AAAABBBB"), "article_id": list("abcdefgh"),
    ...                   "n_x": [9, 8, 9, 8, 1, 2, 1, 2], "n_y": [1, 2, 1, 2, 9, 8, 9, 8]})
    >>> r = article_permutation_test(a, ["x", "y"]); r["ok"], r["p"] < 0.05
    (True, True)
    >>> r = article_permutation_test(a.assign(source=list("ABABABAB")), ["x", "y"]); r["p"] > 0.5
    True
    """
    import numpy as np

    articles = articles[articles[[f"n_{l}" for l in labels]].sum(axis=1) > 0]
    sources = sorted(set(articles["source"]))
    out = {"articles": int(len(articles)), "permutations": int(permutations)}
    if len(sources) < 2:
        return {**out, "ok": False, "reason": "fewer than two sources have statements"}
    if len(articles) == len(sources):
        return {**out, "ok": False, "reason": "every source has one article, so a source's framing cannot be "
                                              "told from its article's"}
    index = {s: i for i, s in enumerate(sources)}
    src = articles["source"].map(index).to_numpy()
    counts = articles[[f"n_{l}" for l in labels]].to_numpy(dtype=float)
    n_s = len(sources)
    used = counts.sum(axis=0) > 0  # labels no article used are left out, as in label_test
    if used.sum() < 2:
        return {**out, "ok": False, "reason": "all statements carry the same label"}
    counts, kept = counts[:, used], [l for l, u in zip(labels, used) if u]
    n_l = len(kept)
    cells = np.arange(n_l)

    def table(assignment):  # every source keeps at least one article with statements: no empty row
        return np.bincount((assignment[:, None] * n_l + cells).ravel(), weights=counts.ravel(),
                           minlength=n_s * n_l).reshape(n_s, n_l)

    chi2, resid = _chi2_residuals(table(src))
    rng = np.random.default_rng(seed)
    at_least, cell_at_least = 0, np.zeros_like(resid)
    for _ in range(permutations):
        c, r = _chi2_residuals(table(rng.permutation(src)))
        at_least += c >= chi2 - 1e-9
        cell_at_least += np.abs(r) >= np.abs(resid) - 1e-9
    per_source = articles["source"].value_counts()
    cell_p = pd.DataFrame([{"source": s, "label": l, "articles": int(per_source[s]),
                            "p_by_article": float((1 + cell_at_least[i, j]) / (1 + permutations))}
                           for i, s in enumerate(sources) for j, l in enumerate(kept)])
    return {**out, "ok": True, "chi2": chi2, "p": (1 + int(at_least)) / (1 + permutations), "cells": cell_p}
