"""Library entry points behind the CLI commands: each reads, runs the pipeline, writes outputs.

The CLI parses arguments and calls exactly one of these.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

from .articles import MAX_ARTICLE_BYTES, load_articles
from .errors import ConfigError, InputError, Interrupted, OutputError
from .outputs import atomic_write_text, check_target, output_folder, write_csv
from .scheme import load_scheme
from .segment import MAX_STATEMENT_CHARS


def _speaker_table(speakers):
    """The shipped speaker table extended by the user's ``--speakers`` files, or None for the shipped one."""
    if not speakers:
        return None
    from .attribution import load_speaker_table

    return load_speaker_table(speakers)


def _model(scheme, training=None):
    from .classify import load_or_train

    return load_or_train(scheme, training)


def analyze(paths, out: str | None, force: bool = False, scheme_path=None, training=None,
            max_article_bytes: int = MAX_ARTICLE_BYTES, max_statement_chars: int = MAX_STATEMENT_CHARS,
            stdout=None, speakers=None) -> int:
    """``stance analyze``: the statement table of ``paths`` as CSV or JSONL (``out``), or CSV on stdout."""
    if out:
        suffix = Path(out).suffix
        if suffix not in (".csv", ".jsonl"):
            raise OutputError(f"{out}: output must end in .csv or .jsonl")
        check_target(Path(out), force)
    scheme = load_scheme(scheme_path)
    table = _speaker_table(speakers)
    articles = load_articles(paths, max_article_bytes)
    warn_flat([a.origin or a.id for a in articles if a.flat])
    from .pipeline import analyze as run

    df, _ = run(articles, _model(scheme, training), scheme, table, max_chars=max_statement_chars)
    if out is None:
        from .outputs import neutralise_frame

        safe = neutralise_frame(df)
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
           max_article_bytes: int = MAX_ARTICLE_BYTES, max_statement_chars: int = MAX_STATEMENT_CHARS,
           speakers=None) -> int:
    """``stance report``: a report folder per article (an index when there are several)."""
    check_target(Path(out), force)
    scheme = load_scheme(scheme_path)
    table = _speaker_table(speakers)
    articles = load_articles(paths, max_article_bytes)
    warn_flat([a.origin or a.id for a in articles if a.flat])
    model = _model(scheme, training)
    from .pipeline import analyze as run

    df, furniture = run(articles, model, scheme, table, max_chars=max_statement_chars)
    with output_folder(out, force) as tmp:
        if len(articles) == 1:
            write_article_folder(articles[0], df, furniture, scheme, model.info, tmp, svg)
        else:
            import pandas as pd

            from urllib.parse import quote

            from .aggregate import by_speaker
            from .report import index_report, md

            rows = []
            for art in articles:
                sub = df[df["article_id"] == art.id]
                write_article_folder(art, sub, furniture[furniture["article_id"] == art.id], scheme, model.info,
                                     tmp / art.id, svg)
                sp = by_speaker(sub, scheme)
                rows.append({"link": f"[{md(art.id)}]({quote(art.id)}/report.md)", "source": art.source, "date": art.date,
                             "statements": len(sub), "speakers": int(sub.loc[sub["speaker"] != "", "speaker"].nunique()),
                             "dominant": sub["label"].value_counts().index[0] if len(sub) else ""})
            atomic_write_text(tmp / "report.md", index_report(pd.DataFrame(rows), scheme))
            write_csv(df, tmp / "statements.csv")
    print(f"report: {Path(out) / 'report.md'} ({len(df)} statements, {len(articles)} "
          f"article{'s' if len(articles) != 1 else ''})", file=sys.stderr)
    return 0


def warn_flat(names: list[str], count: int | None = None) -> None:
    """One ``warning:`` line on stderr naming articles that have lost their line breaks (:attr:`Article.flat`)."""
    count = len(names) if count is None else count
    if not count:
        return
    shown = ", ".join(names[:3]) + (f" and {count - 3} more" if count > 3 else "")
    print(f"warning: {count} article{'s have' if count != 1 else ' has'} no line breaks ({shown}): headlines, "
          "bylines and quote paragraphs run together, so attribution is less accurate; keep each paragraph on "
          "its own line if the source has them", file=sys.stderr)


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


EXIT_SKIPPED = 3  # compare finished, but some inputs were skipped (listed in skipped.csv)


def compare(paths, out: str, force: bool = False, scheme_path=None, training=None, jobs: int | None = None,
            per_article: bool = False, engine: str = "local", scheduler: str | None = None, svg: bool = False,
            batch_size: int | None = None, progress: bool = True, default_source: str = "",
            max_article_bytes: int = MAX_ARTICLE_BYTES, max_statement_chars: int = MAX_STATEMENT_CHARS,
            resume: bool = False, speakers=None) -> int:
    """``stance compare``: how sources differ in whom they quote and how they label the story.

    Streams the corpus through :func:`stance.corpus.run_corpus` and writes, into the folder ``out``,
    ``report.md``, charts, ``statements.csv``, the comparison tables and ``skipped.csv``.
    Returns 0, or :data:`EXIT_SKIPPED` (3) when some inputs were skipped.

    Finished batches are kept in ``<out>.partial/`` beside ``out`` while the run goes on; Ctrl-C
    leaves ``out`` absent and that work area in place, and ``resume=True`` (``--resume``) continues
    from the finished articles. The work area is removed once ``out`` is complete.

    Examples
    --------
    >>> compare(["seeds/demo"], "reports/demo_compare", force=True)  # doctest: +SKIP
    0
    """
    from .corpus import check_run_options, run_corpus, scan_sources

    check_target(Path(out), force)
    check_run_options(engine, scheduler, jobs, batch_size)
    scheme = load_scheme(scheme_path)
    table = _speaker_table(speakers)
    n, n_missing, missing, flat = scan_sources(paths, max_article_bytes, default_source=default_source)
    if n_missing:
        more = f" and {n_missing - len(missing)} more" if n_missing > len(missing) else ""
        raise InputError(f"{n_missing} article{'s have' if n_missing != 1 else ' has'} no source, which compare "
                         f"needs: {', '.join(missing)}{more}; give one with a 'source:' header line, a manifest.csv "
                         "'source' column, a corpus 'source' field, or --default-source NAME")
    if n == 0:
        raise InputError(f"{', '.join(map(str, paths))}: no readable article to compare")
    warn_flat(flat[1], flat[0])
    settings = {"paths": [str(Path(p).resolve()) for p in paths], "scheme": scheme.to_dict(),
                "training": str(Path(training).resolve()) if training else "", "per_article": per_article,
                "max_article_bytes": max_article_bytes, "max_statement_chars": max_statement_chars,
                "default_source": default_source, "svg": svg,
                "speakers": [hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in speakers or []]}
    work = _work_area(Path(out), settings, force, resume)
    try:
        model = _model(scheme, training)
        with output_folder(out, force) as tmp:
            on_batch = None
            if per_article:
                def on_batch(articles, df, furniture):
                    for art in articles:
                        write_article_folder(art, df[df["article_id"] == art.id],
                                             furniture[furniture["article_id"] == art.id], scheme, model.info,
                                             work / "articles" / art.id, svg)
            run = run_corpus(paths, model, scheme, tmp / "statements.csv", jobs=jobs,
                             batch_size=batch_size, engine=engine, scheduler=scheduler,
                             max_bytes=max_article_bytes, max_chars=max_statement_chars, on_batch=on_batch,
                             total=n, progress=progress, default_source=default_source, work=work, table=table)
            done = sorted(p.name for p in (work / "articles").iterdir()) if per_article and \
                (work / "articles").is_dir() else []
            _write_comparison(run, scheme, model.info, tmp, Path(out).name, svg, done)
            if done:
                os.replace(work / "articles", tmp / "articles")
    except KeyboardInterrupt:
        raise Interrupted(f"interrupted; {out} was not written; finished batches are kept in {work}; "
                          "rerun with --resume to continue") from None
    except BaseException as exc:
        # an error (unreachable scheduler, unreadable training file, full disk): a work area that
        # holds no finished batch has nothing to resume, and left in place it would make the next
        # run ask for --resume or --force
        if not any((work / "batches").glob("[0-9]*.json")):
            shutil.rmtree(work, ignore_errors=True)
        elif isinstance(exc, OSError):  # a full disk: the finished batches wait for a --resume
            exc.add_note(f"finished batches are kept in {work}; rerun with --resume to continue")
        raise
    shutil.rmtree(work, ignore_errors=True)
    skipped = len(run.skipped)
    print(f"compare: {Path(out) / 'report.md'} ({run.statements:,} statements, {run.articles:,} articles, "
          f"{len(run.articles_per_source)} sources" + (f"; {skipped} skipped, see skipped.csv" if skipped else "")
          + ")", file=sys.stderr)
    return EXIT_SKIPPED if skipped else 0


def _work_area(out: Path, settings: dict, force: bool, resume: bool) -> Path:
    """``<out>.partial/``, the resumable work area of a compare run: checked, cleared or created."""
    import json

    work = out.with_name(out.name + ".partial")
    marker = work / "settings.json"
    text = json.dumps(settings, sort_keys=True, indent=1)
    if work.exists() and not resume:
        if not force:
            raise OutputError(f"{work}: an interrupted run left its finished batches here; rerun with --resume "
                              "to continue it, or --force to start over")
        shutil.rmtree(work)
    if work.exists():
        try:
            old = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            old = None
        if old != settings:
            changed = sorted(k for k in settings if not isinstance(old, dict) or old.get(k) != settings[k])
            raise ConfigError(f"{work}: made by a run with other settings ({', '.join(changed) or 'unreadable'}); "
                              "--resume needs the same inputs and options, or use --force to start over")
        return work
    try:
        work.mkdir(parents=True)
        atomic_write_text(marker, text)
    except OSError as exc:
        raise OutputError(f"{work}: cannot create the work area ({exc.strerror})") from None
    return work


MAX_CHART_SOURCES = 30  # more sources than this: each comparison chart and table shows the most telling 30


def _read_back(path: Path, columns: list[str]):
    """The statement CSV ``path`` in chunks of 50,000 rows, ``columns`` only, text as written."""
    import pandas as pd

    as_text = {"article_id", "source", "speaker", "label", "text"}  # ("001" stays "001", "none" a label)
    return pd.read_csv(path, chunksize=50_000, keep_default_na=False, usecols=columns,
                       dtype={c: str for c in columns if c in as_text})


def _write_comparison(run, scheme, model_info, folder: Path, title: str, svg: bool, per_article: list[str]) -> None:
    from . import aggregate as agg
    from . import charts
    from .report import compare_report

    counts = run.count_table()
    per_source = agg.source_labels(counts, scheme, dict(run.articles_per_source))
    # sources whose articles gave no statement still get a row
    for src, k in sorted(run.articles_per_source.items()):
        if src not in set(per_source["source"]):
            row = {c: 0 for c in per_source.columns} | {"source": src, "articles": k, "dominant": ""}
            per_source.loc[len(per_source)] = row
    per_source = per_source.sort_values("source", kind="stable").reset_index(drop=True)
    voices = agg.voice_shares(counts)
    top = agg.top_speakers(counts, scheme)
    across = agg.speakers_across_sources(counts, scheme)
    test = agg.label_test(counts, scheme)
    over, unit = agg.label_over_time(counts, scheme)
    exts = [".png"] + ([".svg"] if svg else [])
    made: dict[str, str] = {}
    shown = per_source[per_source["statements"] > 0]
    some, keep = "", None
    if len(shown) > MAX_CHART_SOURCES:  # a bar per source stops being readable: the largest sources, in order
        some = f" (the {MAX_CHART_SOURCES} of {len(shown)} sources with most statements; all in sources.csv)"
        keep = set(shown.sort_values(["statements", "source"], ascending=[False, True])["source"][:MAX_CHART_SOURCES])
        shown = shown[shown["source"].isin(keep)]
        voices_shown = voices[voices["source"].isin(keep)]
    else:
        voices_shown = voices
    if len(shown):
        vcols = [c for c in voices.columns if c != "source"]
        statements = per_source.set_index("source")["statements"]
        for ext in exts:
            charts.share_bars(list(shown["source"]), shown[[f"share_{l}" for l in scheme.names]]
                              .set_axis(list(scheme.names), axis=1), scheme.colours,
                              folder / f"label_share_by_source{ext}", "Stance label share per source" + some,
                              "share of the source's statements", totals=list(shown["statements"]))
            palette = iter(charts.VOICE_PALETTE * 3)
            vcolours = {c: charts.WRITER_COLOUR if c == agg.WRITER else next(palette) for c in vcols}
            charts.share_bars(list(voices_shown["source"]), voices_shown[vcols], vcolours,
                              folder / f"voice_share_by_source{ext}",
                              "Whose voice: share of statements by speaker side" + some,
                              "share of the source's statements",
                              totals=[int(statements[s]) for s in voices_shown["source"]],
                              legend_title="speaker side")
        made |= {"labels": "label_share_by_source.png", "voices": "voice_share_by_source.png"}
    if test.get("ok"):
        observed = counts.pivot_table(index="source", columns="label", values="n", aggfunc="sum", fill_value=0) \
            .reindex(index=test["residuals"].index, columns=test["residuals"].columns, fill_value=0)
        residuals, note = test["residuals"], ""
        if len(residuals) > MAX_CHART_SOURCES:  # the sources that differ most, in order
            strongest = residuals.abs().max(axis=1).sort_values(ascending=False, kind="stable")
            most = set(strongest.index[:MAX_CHART_SOURCES])
            residuals = residuals.loc[[s for s in residuals.index if s in most]]
            observed = observed.loc[residuals.index]
            note = (f"\n(the {MAX_CHART_SOURCES} of {len(test['residuals'])} sources with the largest residuals; "
                    "all in residuals.csv)")
        for ext in exts:
            charts.residual_heatmap(residuals, observed, folder / f"residuals_source_label{ext}",
                                    "Which source uses which label more (orange) or less (purple) than expected"
                                    + note)
        made["residuals"] = "residuals_source_label.png"
        write_csv(test["residuals"].reset_index(), folder / "residuals.csv")
    if len(run.dates) > 1 and len(over) > 1:
        for ext in exts:
            charts.label_over_time(over, unit, scheme, folder / f"label_share_over_time{ext}",
                                   f"Stance label share per {unit}, all sources")
        made["time"] = "label_share_over_time.png"
    examples = None
    if test.get("ok"):
        # the statement table read back in chunks (memory bounded as before): the article-level test counts
        # labels per article, and each finding gets the statements behind it
        test["by_article"] = agg.article_permutation_test(
            agg.article_label_counts(_read_back(folder / "statements.csv", ["article_id", "source", "label"]),
                                     list(scheme.names)), list(scheme.names))
        cells = test["cells"]
        if test["by_article"].get("ok"):
            cells = cells.merge(test["by_article"]["cells"], on=["source", "label"], how="left")
        write_csv(cells, folder / "cells.csv")
        more = test["cells"][test["cells"]["significant"] & (test["cells"]["residual"] > 0)]
        if len(more):
            columns = ["source", "label", "article_id", "sent_index", "speaker", "confidence", "text"]
            examples = agg.label_examples(_read_back(folder / "statements.csv", columns),
                                          list(zip(more["source"], more["label"])))
            write_csv(examples, folder / "examples.csv")
    skipped = run.skip_table()
    text = compare_report(title, per_source, voices, top, across, test, over if len(run.dates) > 1 else None, unit,
                          skipped, scheme, model_info, made, per_article, shown=keep, examples=examples)
    atomic_write_text(folder / "report.md", text)
    write_csv(per_source, folder / "sources.csv")
    write_csv(voices, folder / "voices.csv")
    write_csv(top, folder / "top_speakers.csv")
    write_csv(across, folder / "speakers_across_sources.csv")
    write_csv(skipped, folder / "skipped.csv")


def evaluate(paths, gold_dir: str, labels: bool = False, mismatches: int = 20, json_out: str | None = None,
             force: bool = False, scheme_path=None, training=None, max_article_bytes: int = MAX_ARTICLE_BYTES,
             max_statement_chars: int = MAX_STATEMENT_CHARS, stdout=None, speakers=None) -> int:
    """``stance evaluate``: the pipeline's statements scored against gold CSVs, printed as a short summary."""
    import json

    from .attribution import default_speaker_table
    from .evaluate import mismatches as find_mismatches
    from .evaluate import read_gold, score_article, summarise
    from .pipeline import article_statements, label_statements

    gold = Path(gold_dir)
    if not gold.is_dir():
        raise InputError(f"{gold}: no such gold folder")
    if json_out:
        check_target(Path(json_out), force)
    scheme = load_scheme(scheme_path)
    model = _model(scheme, training) if labels else None
    table = _speaker_table(speakers) or default_speaker_table()
    records = []
    articles = load_articles(paths, max_article_bytes)
    for art in articles:
        gold_file = gold / f"{art.id}.csv"
        if not gold_file.is_file():
            raise InputError(f"{gold_file}: no gold file for article {art.id!r}")
        rows, furniture = article_statements(art, table, max_chars=max_statement_chars)
        if model is not None and rows:
            rows = label_statements(rows, model, scheme).to_dict("records")
        records += score_article(art.text, read_gold(gold_file), rows, furniture, table, where=art.id)
    summary = summarise(records, list(scheme.names))
    out = stdout or sys.stdout

    def fig(v):
        return "-" if v is None else f"{v:.3f}"

    out.write(f"{len(articles)} articles, {summary['statements']} gold statements "
              f"({summary['with_speaker']} with a speaker)\n")
    for key, name in (("speaker_accuracy", "speaker accuracy"), ("writer_voice_accuracy", "writer's voice"),
                      ("side_accuracy", "side accuracy"), ("segmentation_exact", "segmentation exact"),
                      ("furniture_recognised", "furniture recognised"), ("label_accuracy", "label accuracy"),
                      ("label_macro_f1", "label macro-F1")):
        if key in summary:
            out.write(f"  {name:22s} {fig(summary[key])}\n")
    out.write("per attribution pass (statements, speaker correct):\n")
    for name, v in summary["per_pass"].items():
        out.write(f"  {name:22s} {v['statements']:5d} {v['speaker_correct']:5d}\n")
    wrong = find_mismatches(records)
    if wrong and mismatches > 0:
        out.write(f"speaker or side mismatches ({len(wrong)}; first {min(mismatches, len(wrong))}): gold -> predicted\n")
        for r in wrong[:mismatches]:
            out.write(f"  {r['where']}: {r['gold_speaker'] or '(writer)'} [{r['gold_side']}] -> "
                      f"{r['pred_speaker'] or '(writer)'} [{r['pred_side']}] | {r['text'][:80]}\n")
    if json_out:
        atomic_write_text(Path(json_out), json.dumps(summary, indent=2, sort_keys=True) + "\n")
    return 0


def experiment_run(config: str, out: str | None = None, force: bool = False, overrides=(),
                   jobs: int | None = None) -> int:
    """``stance experiment run``: run the experiment of ``config`` and write its folder."""
    from .experiment import run

    folder = run(config, out, force, overrides, jobs)
    print(f"experiment: {folder / 'report.md'}", file=sys.stderr)
    return 0
