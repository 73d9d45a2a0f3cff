"""The per-article pipeline: segment, attribute, classify -> the statement table.

:func:`article_statements` is the unit of work that corpus runs map over
processes or a Dask cluster; it needs no model. :func:`label_statements` adds
the classifier's columns to a batch of such rows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from .articles import Article
from .attribution import SpeakerTable, attribute, default_speaker_table
from .segment import MAX_STATEMENT_CHARS, Span, segment

BASE_COLUMNS = ["article_id", "source", "date", "sent_index", "start", "end", "text", "speaker",
                "speaker_side", "speaker_role", "attribution", "attribution_pass"]
LABEL_COLUMNS = ["label", "confidence", "uncertain", "evidence"]
FURNITURE_COLUMNS = ["article_id", "source", "start", "end", "text"]


def statement_columns(labels: Iterable[str]) -> list[str]:
    """The statement table's columns, in their fixed order, for a scheme's labels."""
    return BASE_COLUMNS + LABEL_COLUMNS + [f"p_{l}" for l in labels]


_SPACE_RUN = re.compile(r"[ \t]{2,}|\t")


def single_spaced(text: str, spans: list[Span]) -> tuple[str, list[Span]]:
    """The text and spans attribution reads: runs of spaces and tabs inside a statement made one space.

    Typing slips and the invisible characters :func:`~stance.articles.plain_text` takes out of words
    leave double spaces ("according  to"); the attribution rules are written for single spaces. Each
    such span is shortened in place and the spaces it loses go after it, so span starts, the text's
    length and everything between statements stay where they were.

    >>> t = "Talks  ended,\\tPeskov said. More."
    >>> text, spans = single_spaced(t, [Span(0, 26, t[:26], 0), Span(27, 32, "More.", 0)])
    >>> spans[0].text, text[spans[0].start:spans[0].end], spans[1] == Span(27, 32, "More.", 0), len(text) == len(t)
    ('Talks ended, Peskov said.', 'Talks ended, Peskov said.', True, True)
    """
    if not any(sp.kind == "statement" and _SPACE_RUN.search(sp.text) for sp in spans):
        return text, spans
    chars, out = list(text), []
    for sp in spans:
        if sp.kind == "statement" and _SPACE_RUN.search(sp.text):
            short = _SPACE_RUN.sub(" ", sp.text)
            chars[sp.start:sp.end] = short + " " * (len(sp.text) - len(short))
            sp = replace(sp, end=sp.start + len(short), text=short)
        out.append(sp)
    return "".join(chars), out


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
    atts = attribute(*single_spaced(article.text, spans), table or default_speaker_table(), source=article.source or "")
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
