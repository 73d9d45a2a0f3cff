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
    path = Path(path)
    meta = {"Software": None} if path.suffix == ".png" else {"Date": None, "Creator": None}
    fig.savefig(path, dpi=DPI, bbox_inches="tight", metadata=meta)
    plt.close(fig)
    return path


def _short(name: str, n: int = 42) -> str:
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
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.set_xlabel("share of statements (colour = stance label)")
    ax.set_ylabel(ylabel)
    ax.set_title(title, loc="left", fontsize=11)
    ax.legend(ncol=min(4, len(labels)), loc="upper center", bbox_to_anchor=(0.5, -0.22 - 0.6 / n),
              frameon=False, fontsize=8)
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
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel("share of all statements")
    ax.set_title(title, loc="left", fontsize=11)
    return _save(fig, path)
