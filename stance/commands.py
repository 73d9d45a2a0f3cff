"""Library entry points behind the CLI commands: each reads, runs the pipeline, writes outputs.

The CLI parses arguments and calls exactly one of these.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .articles import MAX_ARTICLE_BYTES, load_articles
from .errors import InputError, OutputError
from .outputs import atomic_write_text, check_target, output_folder, write_csv
from .scheme import load_scheme
from .segment import MAX_STATEMENT_CHARS


def _model(scheme, training=None):
    from .classify import load_or_train

    return load_or_train(scheme, training)


def analyze(paths, out: str | None, force: bool = False, scheme_path=None, training=None,
            max_article_bytes: int = MAX_ARTICLE_BYTES, max_statement_chars: int = MAX_STATEMENT_CHARS,
            stdout=None) -> int:
    """``stance analyze``: the statement table of ``paths`` as CSV or JSONL (``out``), or CSV on stdout."""
    if out:
        suffix = Path(out).suffix
        if suffix not in (".csv", ".jsonl"):
            raise OutputError(f"{out}: output must end in .csv or .jsonl")
        check_target(Path(out), force)
    scheme = load_scheme(scheme_path)
    articles = load_articles(paths, max_article_bytes)
    from .pipeline import analyze as run

    df, _ = run(articles, _model(scheme, training), scheme, max_chars=max_statement_chars)
    if out is None:
        from .outputs import neutralise

        safe = df.copy()
        for col in safe.columns:
            if safe[col].dtype == object:
                safe[col] = safe[col].map(neutralise)
        (stdout or sys.stdout).write(safe.to_csv(index=False, lineterminator="\n", float_format="%.4f"))
        return 0
    path = Path(out)
    if not path.parent.exists():
        raise OutputError(f"{path.parent}: no such folder")
    if path.suffix == ".csv":
        write_csv(df, path)
    else:
        atomic_write_text(path, df.to_json(orient="records", lines=True, force_ascii=False, double_precision=6))
    print(f"{len(df)} statements from {len(articles)} article{'s' if len(articles) != 1 else ''} -> {path}",
          file=sys.stderr)
    return 0


def report(paths, out: str, force: bool = False, scheme_path=None, training=None, svg: bool = False,
           max_article_bytes: int = MAX_ARTICLE_BYTES, max_statement_chars: int = MAX_STATEMENT_CHARS) -> int:
    """``stance report``: a report folder per article (an index when there are several)."""
    check_target(Path(out), force)
    scheme = load_scheme(scheme_path)
    articles = load_articles(paths, max_article_bytes)
    model = _model(scheme, training)
    from .pipeline import analyze as run

    df, furniture = run(articles, model, scheme, max_chars=max_statement_chars)
    with output_folder(out, force) as tmp:
        if len(articles) == 1:
            write_article_folder(articles[0], df, furniture, scheme, model.info, tmp, svg)
        else:
            import pandas as pd

            from .aggregate import by_speaker
            from .report import index_report

            rows = []
            for art in articles:
                sub = df[df["article_id"] == art.id]
                write_article_folder(art, sub, furniture[furniture["article_id"] == art.id], scheme, model.info,
                                     tmp / art.id, svg)
                sp = by_speaker(sub, scheme)
                rows.append({"link": f"[{art.id}]({art.id}/report.md)", "source": art.source, "date": art.date,
                             "statements": len(sub), "speakers": int((sub["speaker"] != "").groupby(sub["speaker"]).size().shape[0] - (1 if (sub["speaker"] == "").any() else 0)),
                             "dominant": sub["label"].value_counts().index[0] if len(sub) else ""})
            atomic_write_text(tmp / "report.md", index_report(pd.DataFrame(rows), scheme))
            write_csv(df, tmp / "statements.csv")
    print(f"report: {Path(out) / 'report.md'} ({len(df)} statements, {len(articles)} "
          f"article{'s' if len(articles) != 1 else ''})", file=sys.stderr)
    return 0


def write_article_folder(article, df, furniture, scheme, model_info, folder: Path, svg: bool = False) -> None:
    """report.md, statements.csv, furniture.csv and charts of one article into ``folder``."""
    from . import charts
    from .aggregate import WRITER, by_side, by_speaker, overall
    from .report import article_report

    folder.mkdir(parents=True, exist_ok=True)
    speakers = by_speaker(df, scheme)
    sides = by_side(df, scheme)
    made = {}
    exts = [".png"] + ([".svg"] if svg else [])
    if len(df):
        for ext in exts:
            charts.stacked_shares(speakers, "speaker", scheme, folder / f"stance_by_speaker{ext}",
                                  title="Stance by speaker (statements per label)", ylabel="speaker")
            counts = df["label"].value_counts()
            charts.label_share(overall(df, scheme), counts, scheme, folder / f"stance_share{ext}",
                               title="Overall stance share")
        made = {"speakers": "stance_by_speaker.png", "overall": "stance_share.png"}
    text = article_report(article, df, furniture, speakers, sides, scheme, model_info, made, WRITER)
    atomic_write_text(folder / "report.md", text)
    write_csv(df, folder / "statements.csv")
    write_csv(furniture, folder / "furniture.csv")
    write_csv(speakers, folder / "speakers.csv")
