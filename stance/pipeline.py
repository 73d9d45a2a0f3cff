"""The per-article pipeline: segment, attribute, classify -> the statement table.

:func:`article_statements` is the unit of work that corpus runs map over
processes or a Dask cluster; it needs no model. :func:`label_statements` adds
the classifier's columns to a batch of such rows.
"""

from __future__ import annotations

from typing import Iterable

from .articles import Article
from .attribution import SpeakerTable, attribute, default_speaker_table
from .segment import MAX_STATEMENT_CHARS, segment

BASE_COLUMNS = ["article_id", "source", "date", "sent_index", "start", "end", "text", "speaker",
                "speaker_side", "speaker_role", "attribution", "attribution_pass"]
LABEL_COLUMNS = ["label", "confidence", "uncertain", "evidence"]
FURNITURE_COLUMNS = ["article_id", "source", "start", "end", "text"]


def statement_columns(labels: Iterable[str]) -> list[str]:
    """The statement table's columns, in their fixed order, for a scheme's labels."""
    return BASE_COLUMNS + LABEL_COLUMNS + [f"p_{l}" for l in labels]


def article_statements(article: Article, table: SpeakerTable | None = None,
                       max_chars: int = MAX_STATEMENT_CHARS) -> tuple[list[dict], list[dict]]:
    """Statement rows (without labels) and furniture rows of one article.

    Examples
    --------
    >>> from stance.articles import parse_article_text
    >>> rows, furniture = article_statements(parse_article_text("Talks ended, Peskov said.\\n\\nRecommended", "a"))
    >>> rows[0]["speaker"], furniture[0]["text"]
    ('Dmitry Peskov', 'Recommended')
    """
    spans = segment(article.text, max_chars=max_chars)
    atts = attribute(article.text, spans, table or default_speaker_table(), source=article.source or "")
    rows, furniture = [], []
    for sp, att in zip(spans, atts):
        if sp.kind == "furniture":
            furniture.append({"article_id": article.id, "source": article.source, "start": sp.start,
                              "end": sp.end, "text": sp.text})
            continue
        rows.append({"article_id": article.id, "source": article.source, "date": article.date,
                     "sent_index": len(rows), "start": sp.start, "end": sp.end, "text": sp.text,
                     "speaker": att.speaker, "speaker_side": att.side, "speaker_role": att.role,
                     "attribution": att.attribution, "attribution_pass": att.pass_name})
    return rows, furniture


def label_statements(rows: list[dict], model, scheme):
    """The statement table (a DataFrame) for ``rows``, with the model's label columns."""
    import pandas as pd

    df = pd.DataFrame(rows, columns=BASE_COLUMNS)
    pred = model.predict(df)
    for col in pred.columns:
        df[col] = pred[col].to_numpy() if len(df) else pred[col]
    df["uncertain"] = df["confidence"].astype(float) < scheme.uncertain_below if len(df) else []
    return df[statement_columns(scheme.names)]


def analyze(articles: Iterable[Article], model, scheme, table: SpeakerTable | None = None,
            max_chars: int = MAX_STATEMENT_CHARS):
    """Statement table and furniture table for ``articles`` (both DataFrames)."""
    import pandas as pd

    rows, furniture = [], []
    for art in articles:
        r, f = article_statements(art, table, max_chars)
        rows.extend(r)
        furniture.extend(f)
    return label_statements(rows, model, scheme), pd.DataFrame(furniture, columns=FURNITURE_COLUMNS)
