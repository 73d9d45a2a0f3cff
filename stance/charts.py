"""Charts (matplotlib, Agg): one fixed colour per label, taken from the scheme.

Figures have a fixed size and dpi and carry no date metadata, so the same
tables give the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from .scheme import Scheme  # noqa: E402

DPI = 110
plt.rcParams.update({"font.size": 9, "axes.spines.top": False, "axes.spines.right": False,
                     "svg.hashsalt": "stance", "path.simplify": True})


def _save(fig, path: Path) -> Path:
    import warnings

    path = Path(path)
    meta = {"Software": None} if path.suffix == ".png" else {"Date": None, "Creator": None}
    with warnings.catch_warnings():  # a name with an emoji: a box in the chart, not a warning per chart on stderr
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font")
        fig.savefig(path, dpi=DPI, bbox_inches="tight", metadata=meta)
    plt.close(fig)
    return path


def _short(name: str, n: int = 42) -> str:
    """A label for an axis: whitespace runs (tabs, line breaks) made one space, cut at ``n`` characters.

    >>> _short("Name\\twith  tab"), _short("x" * 50, 10)
    ('Name with tab', 'xxxxxxxxx…')
    """
    name = " ".join(name.split())
    return name if len(name) <= n else name[: n - 1] + "…"


def stacked_shares(table: pd.DataFrame, key: str, scheme: Scheme, path: Path, title: str,
                   ylabel: str, counts: bool = True, max_rows: int = 15) -> Path:
    """Horizontal stacked bars: for each row of ``table`` (a by-speaker/side/source table), the label counts.

    Rows are drawn top to bottom in table order; each bar is annotated with its statement count.
    """
    labels = list(scheme.names)
    t = table.head(max_rows)
    n = max(len(t), 1)
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.42 * n))
    y = range(len(t))[::-1]
    left = [0.0] * len(t)
    prefix = "n_" if counts else "share_"
    for label in labels:
        vals = t[prefix + label].astype(float).tolist()
        ax.barh(list(y), vals, left=left, color=scheme.colours[label], label=label, edgecolor="white", linewidth=0.6)
        left = [a + b for a, b in zip(left, vals)]
    ax.set_yticks(list(y))
    ax.set_yticklabels([_short(str(v)) for v in t[key]])
    if counts:
        for yy, total in zip(y, left):
            ax.text(total + max(left + [1]) * 0.01, yy, f"{int(total)}", va="center", fontsize=8, color="#333333")
        ax.set_xlabel("statements (colour = stance label)")
    else:
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=0))
        ax.set_xlabel("share of statements (colour = stance label)")
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax.set_ylabel(ylabel)
    ax.set_title(title, loc="left", fontsize=11, pad=22)
    ax.legend(ncol=min(4, len(labels)), loc="lower left", bbox_to_anchor=(0.0, 1.0), frameon=False, fontsize=8,
              handlelength=1.2, borderaxespad=0.2)
    return _save(fig, path)


def label_share(shares: pd.Series, counts: pd.Series, scheme: Scheme, path: Path, title: str) -> Path:
    """Bar per label: its share of all statements, labelled with count and percentage."""
    labels = list(scheme.names)
    fig, ax = plt.subplots(figsize=(7, 0.9 + 0.45 * len(labels)))
    y = list(range(len(labels)))[::-1]
    vals = [float(shares.get(l, 0.0)) for l in labels]
    ax.barh(y, vals, color=[scheme.colours[l] for l in labels])
    for yy, v, l in zip(y, vals, labels):
        ax.text(v + 0.01, yy, f"{v:.0%} ({int(counts.get(l, 0))})", va="center", fontsize=8)
    ax.set_yticks(y)
    ax.set_yticklabels(labels)
    ax.set_xlim(0, max(vals + [0.1]) * 1.25)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=0))
    ax.set_xlabel("share of all statements")
    ax.set_title(title, loc="left", fontsize=11)
    return _save(fig, path)


# ---------------------------------------------------------------------------
# Comparison charts (stance compare)

# Paul Tol's colour-blind-safe "muted" palette for voices (speaker sides), kept apart from the Okabe-Ito
# colours that label schemes use, so a voice is never mistaken for a label; the writer's voice is grey.
VOICE_PALETTE = ("#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255",
                 "#AA4499")
WRITER_COLOUR = "#BBBBBB"


def _ink(hex_colour: str) -> str:
    """Black or white, whichever reads better on ``hex_colour``."""
    r, g, b = (int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "#FFFFFF"


def share_bars(rows: list[str], shares: pd.DataFrame, colours: dict[str, str], path: Path, title: str,
               xlabel: str, totals: list[int] | None = None, legend_title: str = "") -> Path:
    """Horizontal 100% stacked bars, one per row; segments of 6% or more carry their percentage.

    ``shares`` has one column per category (in drawing order) and one row per entry of ``rows``.
    """
    cats = list(shares.columns)
    n = max(len(rows), 1)
    fig, ax = plt.subplots(figsize=(8.5, 1.5 + 0.5 * n))
    y = list(range(len(rows)))[::-1]
    left = [0.0] * len(rows)
    for cat in cats:
        vals = shares[cat].astype(float).tolist()
        colour = colours[cat]
        ax.barh(y, vals, left=left, color=colour, label=cat, edgecolor="white", linewidth=0.8, height=0.7)
        for yy, l0, v in zip(y, left, vals):
            if v >= 0.06:
                ax.text(l0 + v / 2, yy, f"{v:.0%}", ha="center", va="center", fontsize=8, color=_ink(colour))
        left = [a + b for a, b in zip(left, vals)]
    ax.set_yticks(y)
    names = [_short(str(r), 34) for r in rows]
    if totals is not None:
        names = [f"{nm}\n(n = {t})" for nm, t in zip(names, totals)]
    ax.set_yticklabels(names)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left", fontsize=11)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    ax.legend(ncol=min(4, len(cats)), loc="upper center", bbox_to_anchor=(0.5, -0.45 / n - 0.12),
              frameon=False, fontsize=8, title=legend_title or None, title_fontsize=8)
    return _save(fig, path)


def residual_heatmap(residuals: pd.DataFrame, observed: pd.DataFrame, path: Path, title: str,
                     threshold: float = 1.96) -> Path:
    """Source x label heatmap of adjusted residuals (diverging purple-orange, colour-blind safe).

    Each cell shows the residual and the observed count; cells beyond ``threshold`` are bold and boxed.
    """
    import numpy as np

    r = residuals.to_numpy(dtype=float)
    lim = max(float(np.abs(r).max()) if r.size else 0.0, threshold + 0.5)
    nr, nc = r.shape
    fig, ax = plt.subplots(figsize=(1.9 + 1.45 * nc, 1.4 + 0.55 * nr))
    im = ax.imshow(r, cmap="PuOr_r", vmin=-lim, vmax=lim, aspect="auto")
    cmap = im.get_cmap()
    for i in range(nr):
        for j in range(nc):
            v = r[i, j]
            rgba = cmap((v + lim) / (2 * lim))
            ink = _ink("#%02x%02x%02x" % tuple(int(255 * c) for c in rgba[:3]))
            strong = abs(v) > threshold
            ax.text(j, i, f"{v:+.2f}\n(n = {int(observed.iat[i, j])})", ha="center", va="center", fontsize=8,
                    color=ink, fontweight="bold" if strong else "normal")
            if strong:
                ax.add_patch(matplotlib.patches.Rectangle((j - 0.48, i - 0.48), 0.96, 0.96, fill=False,
                                                          edgecolor="#222222", linewidth=1.2))
    ax.set_xticks(range(nc))
    ax.xaxis.tick_top()
    ax.set_xticklabels([str(c) for c in residuals.columns])
    ax.set_yticks(range(nr))
    ax.set_yticklabels([_short(str(s), 34) for s in residuals.index])
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.tick_params(length=0)
    bar = fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
    bar.set_label("adjusted residual\n(+ more than expected, − less)", fontsize=8)
    bar.outline.set_visible(False)
    ax.set_title(title, loc="left", fontsize=11, pad=24)
    fig.text(0.01, 0.01, f"Boxed, bold: |residual| > {threshold:g} (p < 0.05 for that cell).", fontsize=8,
             color="#444444", transform=fig.transFigure)
    return _save(fig, path)


def label_over_time(table: pd.DataFrame, unit: str, scheme: Scheme, path: Path, title: str) -> Path:
    """100% stacked columns: share of each label per period, statement count on top."""
    labels = list(scheme.names)
    n = len(table)
    fig, ax = plt.subplots(figsize=(max(5.5, 1.2 + 0.55 * n), 4.2))
    x = list(range(n))
    bottom = [0.0] * n
    for l in labels:
        vals = table[f"share_{l}"].astype(float).tolist()
        ax.bar(x, vals, bottom=bottom, color=scheme.colours[l], label=l, edgecolor="white", linewidth=0.6,
               width=0.75)
        bottom = [a + b for a, b in zip(bottom, vals)]
    for xx, total in zip(x, table["statements"]):
        ax.text(xx, 1.02, f"n={int(total)}", ha="center", va="bottom", fontsize=7, color="#333333")
    ax.set_xticks(x)
    ax.set_xticklabels([str(p) for p in table["period"]], rotation=45 if n > 4 else 0,
                       ha="right" if n > 4 else "center")
    ax.set_ylim(0, 1.1)
    ax.set_yticks([0, 0.25, 0.5, 0.75, 1.0])
    ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_ylabel("share of statements")
    ax.set_xlabel(unit)
    ax.set_title(title, loc="left", fontsize=11)
    ax.legend(ncol=min(4, len(labels)), loc="upper center", bbox_to_anchor=(0.5, -0.22 if n <= 4 else -0.32),
              frameon=False, fontsize=8)
    return _save(fig, path)


# --- experiment charts (stance experiment run) -------------------------------

MODEL_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999999", "#000000")
METRIC_NAMES = {"macro_f1": "macro-F1", "accuracy": "accuracy", "f_avg": "F_avg (mean F1 of the chosen labels)"}


def confusion_grid(models: dict, labels: list[str], path: Path, title: str) -> Path:
    """One confusion matrix per model (rows gold, columns predicted), counts in cells, shaded by row share."""
    import numpy as np

    names = list(models)
    n = len(names)
    cols = min(n, 3)
    rows = (n + cols - 1) // cols
    size = 1.2 + 0.55 * len(labels)
    fig, axes = plt.subplots(rows, cols, figsize=(cols * size + 0.6, rows * size + 0.9), squeeze=False)
    for k, ax in enumerate(axes.flat):
        if k >= n:
            ax.axis("off")
            continue
        cm = np.asarray(models[names[k]]["confusion"]["matrix"], dtype=float)
        share = cm / np.maximum(cm.sum(axis=1, keepdims=True), 1)
        ax.imshow(share, cmap="Blues", vmin=0, vmax=1)
        for i in range(len(labels)):
            for j in range(len(labels)):
                ax.text(j, i, f"{int(cm[i, j])}", ha="center", va="center", fontsize=8,
                        color="white" if share[i, j] > 0.6 else "#222222")
        ax.set_xticks(range(len(labels)))
        ax.set_yticks(range(len(labels)))
        ax.set_xticklabels([_short(l, 22) for l in labels], rotation=35, ha="right", fontsize=7)
        ax.set_yticklabels([_short(l, 22) for l in labels] if k % cols == 0 else [], fontsize=7)
        ax.set_title(_short(names[k], 30), fontsize=9)
        if k % cols == 0:
            ax.set_ylabel("gold label")
        if k >= n - cols:
            ax.set_xlabel("predicted label")
        ax.spines[:].set_visible(False)
    fig.suptitle(title, x=0.02, ha="left", fontsize=11)
    fig.tight_layout(h_pad=1.5)
    return _save(fig, path)


def per_class_f1(models: dict, labels: list[str], scheme: Scheme, path: Path, title: str) -> Path:
    """Grouped horizontal bars: F1 of each label (label colour from the scheme) for each model."""
    names = list(models)
    n, k = len(names), len(labels)
    fig, ax = plt.subplots(figsize=(8, 1.0 + 0.3 * n * k + 0.25 * n))
    h = 0.8 / k
    colours = scheme.colours
    for i, name in enumerate(names):
        for j, l in enumerate(labels):
            v = float(models[name]["per_class"][l]["f1"])
            y = (n - 1 - i) + (k - 1 - j - (k - 1) / 2) * h
            ax.barh(y, v, height=h * 0.92, color=colours.get(l, "#999999"), label=l if i == 0 else None)
            ax.text(v + 0.01, y, f"{v:.2f}", va="center", fontsize=7)
    ax.set_yticks(range(n))
    ax.set_yticklabels([_short(nm, 30) for nm in names][::-1])
    ax.set_xlim(0, 1.08)
    ax.set_xlabel("F1 on the scored rows (0 = never right, 1 = perfect)")
    ax.set_ylabel("model")
    ax.set_title(title, loc="left", fontsize=11)
    ax.legend(title="label", loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    return _save(fig, path)


def metric_intervals(values: dict, path: Path, title: str, xlabel: str, reference: dict | None = None) -> Path:
    """A dot per item (model or split) at its metric, with its bootstrap interval as a line, best on top.

    ``values`` maps a name to ``(value, [low, high])``; ``reference`` maps a name to a dashed line.
    The axis spans the values, intervals and references rather than 0 to 1, so differences of a
    point or two are visible; a dot, unlike a bar, does not claim a zero baseline.
    """
    reference = reference or {}
    known = sorted((nm for nm in values if values[nm][0] is not None), key=lambda nm: -values[nm][0])
    names = known + [nm for nm in values if values[nm][0] is None]
    colour = dict(zip(values, MODEL_COLOURS * 4))
    n = len(names)
    fig, ax = plt.subplots(figsize=(8, 1.4 + 0.5 * n + 0.18 * len(reference)))
    points = [x for nm in known for x in [values[nm][0], *(values[nm][1] or [])]] + list(reference.values())
    lo, hi = (min(points), max(points)) if points else (0.0, 1.0)
    pad = max(0.01, 0.08 * (hi - lo))
    lo, hi = max(0.0, lo - pad), min(1.0, hi + pad) if hi <= 1 else hi + pad
    for yy, name in zip(range(n - 1, -1, -1), names):
        v, ci = values[name]
        if v is None:
            ax.text(lo, yy, " n/a", va="center", fontsize=8)
            continue
        err = [[v - ci[0]], [ci[1] - v]] if ci else None
        ax.errorbar(v, yy, xerr=err, fmt="o", color=colour[name], markersize=7, capsize=4, elinewidth=1.6)
        label = f"{v:.3f}" + (f"  [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else "")
        ax.text(v, yy + 0.22, label, ha="center", va="bottom", fontsize=8)
    for k, (rname, rv) in enumerate(sorted(reference.items(), key=lambda t: t[1])):
        ax.axvline(rv, color="#555555", linestyle="--", linewidth=0.8)
        ax.text(rv, n - 0.3 + 0.35 * k, f" {rname} {rv:.3f}", fontsize=7, color="#333333")
    ax.set_yticks(range(n - 1, -1, -1))
    ax.set_yticklabels([_short(nm, 30) for nm in names])
    ax.set_xlim(lo, hi)
    ax.set_ylim(-0.6, n - 0.1 + 0.35 * len(reference))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left", fontsize=11)
    return _save(fig, path)


def experiment_charts(metrics: dict, scheme: Scheme, folder: Path) -> dict:
    """The charts of an experiment's ``metrics`` (from :mod:`stance.experiment`) into ``folder``.

    Returns {chart key: file name}.
    """
    folder = Path(folder)
    labels = metrics["labels"]
    made = {}
    level = f"{metrics.get('confidence', 0.95):.0%}"
    if metrics["kind"] == "classify":
        models = metrics["models"]
        main = metrics["main_metric"]
        confusion_grid(models, labels, folder / "confusion.png",
                       "Confusion matrices (rows = gold label, columns = predicted; shade = share of the row)")
        per_class_f1(models, labels, scheme, folder / "per_class_f1.png", "F1 per label and model")
        metric_intervals({n: (m[main], m["ci"]) for n, m in models.items()}, folder / "comparison.png",
                         f"Model comparison: {METRIC_NAMES[main]}, {level} bootstrap interval",
                         METRIC_NAMES[main], metrics.get("reference"))
        return {"confusion": "confusion.png", "per_class_f1": "per_class_f1.png", "comparison": "comparison.png"}
    splits = metrics["splits"]
    for key, nice in (("speaker_accuracy", "speaker accuracy (statements with a speaker)"),
                      ("writer_voice_accuracy", "writer's voice recognised"),
                      ("side_accuracy", "side accuracy (all statements)")):
        metric_intervals({f"{sp} ({splits[sp]['statements']} statements)": (splits[sp][key], splits[sp]["ci"][key])
                          for sp in splits}, folder / f"{key}.png",
                         f"Attribution: {nice} per split, {level} bootstrap interval", "share correct")
        made[key] = f"{key}.png"
    if metrics["kind"] == "end_to_end":
        cls = {sp: s["classification"] for sp, s in splits.items() if sp != "all"}
        confusion_grid(cls, labels, folder / "confusion.png",
                       "Confusion matrices per split (rows = gold, columns = predicted)")
        per_class_f1(cls, labels, scheme, folder / "per_class_f1.png", "Label F1 per split")
        made.update(confusion="confusion.png", per_class_f1="per_class_f1.png")
        sp = "all" if "all" in splits else next(iter(splits))
        if "classification_by_model" in splits[sp]:  # several models: the main metric of each, one split
            main = metrics["main_metric"]
            metric_intervals({n: (m[main], m["ci"]) for n, m in splits[sp]["classification_by_model"].items()},
                             folder / "comparison.png",
                             f"Model comparison, end to end ({sp}): {METRIC_NAMES[main]}, {level} bootstrap interval",
                             METRIC_NAMES[main])
            made["comparison"] = "comparison.png"
    return made
