"""The ``stance`` command: thin wrappers over :mod:`stance.commands`.

Every user mistake ends as one ``error: ...`` line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .errors import StanceError

EXIT_OK, EXIT_USAGE = 0, 2
EXIT_IO = 1  # the system failed a read or write (disk full, permission denied): nothing was written
EXIT_INTERRUPTED = 130  # Ctrl-C: the outputs are absent or whole, a compare's finished batches kept for --resume


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        raise SystemExit(_fail(message))


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _io_failed(exc: OSError) -> int:
    """One error line for a failure of the system, not of the input: outputs are written atomically, so none of
    them is half-written. A reader that closed the pipe (``stance analyze ... | head``) is no failure."""
    if isinstance(exc, BrokenPipeError):
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        return EXIT_OK
    where = exc.filename or "output"
    notes = "".join(f"; {n}" for n in getattr(exc, "__notes__", []))
    print(f"error: {where}: {exc.strerror or exc}; no output was written{notes}", file=sys.stderr)
    return EXIT_IO


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def _common(p):
    p.add_argument("--scheme", metavar="TOML", help="label scheme file (default: the shipped China-Russia-US scheme)")
    p.add_argument("--training", metavar="CSV", help="labelled statements to train on (default: the shipped corpus)")
    p.add_argument("--speakers", action="append", metavar="CSV",
                   help="more well-known speakers (name,aliases,side,kind,roles), added to the shipped table; "
                        "repeatable")
    p.add_argument("--max-article-bytes", type=_positive, default=None, metavar="N",
                   help="refuse articles larger than N bytes (default 20 MiB)")
    p.add_argument("--max-statement-chars", type=_positive, default=None, metavar="N",
                   help="cut statements longer than N characters at spaces (default 2000)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="stance", description="Who in news coverage says what, with what stance.")
    parser.add_argument("--version", action="version", version=f"stance {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("analyze", help="write the statement table (speaker, side, label) of articles",
                       description="Split articles into statements, attribute speakers, label stance; "
                                   "write the statement table.")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt article, folder of them, or .jsonl/.csv corpus")
    p.add_argument("-o", "--output", metavar="FILE", help="statements.csv or .jsonl (default: CSV on stdout)")
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    _common(p)

    p = sub.add_parser("report", help="write a Markdown report with charts per article",
                       description="Write report.md, charts and statements.csv for each article.")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt article, folder of them, or .jsonl/.csv corpus")
    p.add_argument("-o", "--output", metavar="DIR", default="reports/report", help="report folder (default: reports/report)")
    p.add_argument("--force", action="store_true", help="replace an existing report folder")
    p.add_argument("--svg", action="store_true", help="also write charts as SVG")
    _common(p)

    p = sub.add_parser("compare", help="compare sources: labels, voices, speakers, chi-square test",
                       description="Compare how sources (outlets) differ in whom they quote and how they frame "
                                   "the story. Every article needs a source. Exit code 3: done, but some inputs "
                                   "were skipped (listed in skipped.csv).")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt article, folder of them, or .jsonl/.csv corpus")
    p.add_argument("-o", "--output", metavar="DIR", default="reports/compare",
                   help="report folder (default: reports/compare)")
    p.add_argument("--force", action="store_true", help="replace an existing report folder")
    p.add_argument("--jobs", type=_positive, default=None, metavar="N", help="worker processes (default: all cores)")
    p.add_argument("--batch-size", type=_positive, default=None, metavar="N", help="articles per unit of work (default: up to 256, four per job at least)")
    p.add_argument("--per-article", action="store_true", help="also write a report folder per article")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes (default) or a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDR", help="Dask scheduler address for --engine dask")
    p.add_argument("--svg", action="store_true", help="also write charts as SVG")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.add_argument("--default-source", metavar="NAME", default="",
                   help="source for articles that have none (e.g. one article given beside a corpus)")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted run from the finished batches kept in DIR.partial/")
    _common(p)

    p = sub.add_parser("evaluate", help="score attribution (and labels) against gold annotation",
                       description="Run the pipeline on articles and score it against gold CSV files "
                                   "(ANNOTATION.md; one GOLD_DIR/<article id>.csv per article): speaker accuracy, "
                                   "writer's voice, side accuracy, per attribution pass and construction, "
                                   "label figures with --labels, and the mismatches.")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt article, folder of them, or .jsonl/.csv corpus")
    p.add_argument("--gold", required=True, metavar="DIR", help="folder of gold CSVs named <article id>.csv")
    p.add_argument("--labels", action="store_true", help="also classify and score the stance labels")
    p.add_argument("--mismatches", type=int, default=20, metavar="N", help="list at most N mismatches (default 20)")
    p.add_argument("--json", metavar="FILE", help="also write every figure as JSON")
    p.add_argument("--force", action="store_true", help="overwrite an existing --json file")
    _common(p)

    p = sub.add_parser("experiment", help="run a reproducible experiment from a TOML config",
                       description="Reproducible experiments (see experiments/README.md).")
    esub = p.add_subparsers(dest="experiment_command", metavar="ACTION", parser_class=_Parser)
    e = esub.add_parser("run", help="run CONFIG.toml and write its report folder",
                        description="Run the experiment of CONFIG.toml; write report.md, metrics.json, "
                                    "predictions.csv, config.toml, manifest.json and charts.")
    e.add_argument("config", metavar="CONFIG.toml", help="experiment config (paths relative to it)")
    e.add_argument("-o", "--out", metavar="DIR", help="output folder (default: reports/experiments/<config name>)")
    e.add_argument("--force", action="store_true", help="replace a non-empty output folder")
    e.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", dest="overrides",
                   help="override a config value, e.g. --set seed=3 --set data.root=../shared/semeval2016 "
                        "(paths relative to the current folder); repeatable")
    e.add_argument("--jobs", type=_positive, default=None, metavar="N",
                   help="processes fitting models and folds (default: all cores); the output is the same for any N")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not args.command:
        parser.print_help()
        return EXIT_OK
    from . import commands

    if args.command == "experiment":
        if not args.experiment_command:
            return _fail("stance experiment: name an action: run CONFIG.toml [--out DIR] [--force] [--set KEY=VALUE]")
        try:
            return commands.experiment_run(args.config, args.out, args.force, args.overrides, args.jobs)
        except StanceError as exc:
            return _fail(str(exc))
        except OSError as exc:
            return _io_failed(exc)
    from .articles import MAX_ARTICLE_BYTES
    from .segment import MAX_STATEMENT_CHARS

    limits = {"max_article_bytes": args.max_article_bytes or MAX_ARTICLE_BYTES,
              "max_statement_chars": args.max_statement_chars or MAX_STATEMENT_CHARS, "speakers": args.speakers}
    try:
        if args.command == "analyze":
            return commands.analyze(args.paths, args.output, args.force, args.scheme, args.training, **limits)
        if args.command == "report":
            return commands.report(args.paths, args.output, args.force, args.scheme, args.training, args.svg, **limits)
        if args.command == "evaluate":
            return commands.evaluate(args.paths, args.gold, args.labels, args.mismatches, args.json, args.force,
                                     args.scheme, args.training, **limits)
        if args.command == "compare":
            return commands.compare(args.paths, args.output, args.force, args.scheme, args.training, args.jobs,
                                    args.per_article, args.engine, args.scheduler, args.svg, args.batch_size,
                                    not args.no_progress, args.default_source, **limits, resume=args.resume)
    except StanceError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _io_failed(exc)
    except KeyboardInterrupt as exc:
        print(f"error: {exc or 'interrupted; no output was written'}", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_OK


def run() -> None:
    """The ``stance`` command: :func:`main`, then exit with its code.

    An interrupted run leaves at once (``os._exit``) once its error line is out. Its outputs are already safe
    (absent or whole, a compare's finished batches committed for ``--resume``), and the interpreter's teardown
    would only join the threads of the worker pool the interrupt shut down: once, in this project's tests, that
    join hung with the error line printed (the workers had not been terminated; they are now), and a Ctrl-C
    that does not give the prompt back is worse than one that skips a teardown with nothing left to do.
    """
    code = main()
    if code == EXIT_INTERRUPTED:
        import os

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    else:
        sys.exit(code)


if __name__ == "__main__":
    run()
