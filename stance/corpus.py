"""Corpus runs: stream articles, run the per-article pipeline in parallel, write statements as they come.

Articles are read lazily (:func:`stance.articles.iter_articles_lenient`) and
cut into batches; each batch goes to a worker that runs
:func:`stance.pipeline.article_statements` on every article and labels the
batch with the model (loaded once per worker). The parent appends each
batch's statements to a CSV file and keeps only label counts, so memory is
bounded by ``batch_size`` times the number of batches in flight, not by the
corpus size. Results are taken in submission order, so any number of jobs
gives the same bytes.

Engines: ``local`` (a :class:`concurrent.futures.ProcessPoolExecutor`, or
the parent process alone when ``jobs == 1``) and ``dask`` (the same batch
function mapped over a Dask cluster at ``scheduler``).
"""

from __future__ import annotations

import os
import sys
from collections import Counter, deque
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .articles import MAX_ARTICLE_BYTES, Article, Skip, iter_articles_lenient, with_source
from .errors import ConfigError, InputError
from .segment import MAX_STATEMENT_CHARS

COUNT_KEYS = ["source", "date", "speaker", "speaker_side", "label"]
SKIP_COLUMNS = ["where", "reason"]
DEFAULT_BATCH = 64


@dataclass
class CorpusRun:
    """What a corpus run leaves in memory: counts, not statements.

    Attributes
    ----------
    counts : collections.Counter
        ``(source, date, speaker, speaker_side, label) -> statements``.
    articles : int
        Articles processed.
    statements : int
        Statements written.
    skipped : list of Skip
        Articles that could not be read or processed, with the reason.
    articles_per_source : collections.Counter
        ``source -> articles``.
    dates : set of str
        Distinct article dates (empty dates left out).
    """

    counts: Counter = field(default_factory=Counter)
    articles: int = 0
    statements: int = 0
    skipped: list = field(default_factory=list)
    articles_per_source: Counter = field(default_factory=Counter)
    dates: set = field(default_factory=set)

    def count_table(self):
        """The counts as a DataFrame with columns ``COUNT_KEYS + ['n']``, sorted."""
        import pandas as pd

        rows = [(*k, n) for k, n in sorted(self.counts.items())]
        return pd.DataFrame(rows, columns=COUNT_KEYS + ["n"])

    def skip_table(self):
        """Skipped articles as a DataFrame (where, reason), in input order."""
        import pandas as pd

        return pd.DataFrame([(s.where, s.reason) for s in self.skipped], columns=SKIP_COLUMNS)


def label_batch(batch: list[Article], model, scheme, max_chars: int = MAX_STATEMENT_CHARS,
                furniture: bool = False):
    """Statements (labelled) of a batch of articles: ``(statements, furniture, skips)``.

    An article whose processing raises is returned as a :class:`Skip` with the
    error, so one bad article never stops a corpus.

    Examples
    --------
    >>> from stance.articles import parse_article_text
    >>> from stance.classify import load_or_train
    >>> from stance.scheme import default_scheme
    >>> s = default_scheme()
    >>> df, _, skips = label_batch([parse_article_text("Talks ended, Peskov said.", "a")], load_or_train(s), s)
    >>> df["speaker"].tolist(), skips
    (['Dmitry Peskov'], [])
    """
    import pandas as pd

    from .pipeline import FURNITURE_COLUMNS, article_statements, label_statements

    rows, furn, skips = [], [], []
    for art in batch:
        try:
            r, f = article_statements(art, max_chars=max_chars)
        except Exception as exc:  # noqa: BLE001 - reported in skipped.csv, never silent
            where = art.origin or art.id
            skips.append(Skip(where, f"{where}: processing failed ({type(exc).__name__}: {exc})"))
            continue
        rows.extend(r)
        if furniture:
            furn.extend(f)
    df = label_statements(rows, model, scheme)
    return df, (pd.DataFrame(furn, columns=FURNITURE_COLUMNS) if furniture else None), skips


_WORKER: dict = {}


def _init_worker(model, scheme, max_chars: int, furniture: bool) -> None:
    _WORKER.update(model=model, scheme=scheme, max_chars=max_chars, furniture=furniture)


def _worker_batch(batch: list[Article]):
    w = _WORKER
    return label_batch(batch, w["model"], w["scheme"], w["max_chars"], w["furniture"])


def read_corpus(paths, max_bytes: int = MAX_ARTICLE_BYTES, default_source: str = "") -> Iterator[Article | Skip]:
    """:func:`~stance.articles.iter_articles_lenient`, with ``default_source`` for articles that have none."""
    for item in iter_articles_lenient(paths, max_bytes):
        if default_source and isinstance(item, Article) and not item.source.strip():
            item = with_source(item, default_source)
        yield item


def _batches(items: Iterable, size: int, run: CorpusRun) -> Iterator[list[Article]]:
    """Batches of articles; skips are recorded on the way."""
    batch: list[Article] = []
    for item in items:
        if isinstance(item, Skip):
            run.skipped.append(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run_corpus(paths, model, scheme, statements_path: str | Path, jobs: int | None = None,
               batch_size: int = DEFAULT_BATCH, engine: str = "local", scheduler: str | None = None,
               max_bytes: int = MAX_ARTICLE_BYTES, max_chars: int = MAX_STATEMENT_CHARS,
               on_batch: Callable | None = None, total: int | None = None, progress: bool = True,
               default_source: str = "") -> CorpusRun:
    """Run the pipeline over every article of ``paths``; write statements to ``statements_path`` (CSV).

    Parameters
    ----------
    paths : list of path
        Articles, folders or corpora (see :func:`stance.articles.iter_articles`).
    model, scheme
        The stance model and its label scheme.
    statements_path : path
        CSV written incrementally, one batch at a time, columns in
        :func:`stance.pipeline.statement_columns` order.
    jobs : int, optional
        Worker processes (default: all cores); 1 runs in this process.
    batch_size : int
        Articles per unit of work.
    engine : {"local", "dask"}
        ``dask`` maps the batch function over the cluster at ``scheduler``.
    on_batch : callable, optional
        Called as ``on_batch(articles, statements, furniture)`` for each
        batch, in input order (used for per-article reports).
    total : int, optional
        Number of articles, for the progress bar.
    default_source : str
        Source given to articles that have none.

    Returns
    -------
    CorpusRun

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from stance.classify import load_or_train
    >>> from stance.scheme import default_scheme
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Talks ended, Peskov said.")
    >>> s = default_scheme()
    >>> r = run_corpus([d], load_or_train(s), s, d / "st.csv", jobs=1, progress=False)
    >>> r.articles, r.statements
    (1, 1)
    """
    from tqdm import tqdm

    from .outputs import neutralise

    if engine not in ("local", "dask"):
        raise ConfigError(f"--engine {engine!r}: allowed: local, dask")
    if engine == "dask" and not scheduler:
        raise ConfigError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    if batch_size < 1:
        raise ConfigError(f"batch size {batch_size}: must be at least 1")
    jobs = default_jobs() if not jobs else jobs
    if jobs < 1:
        raise ConfigError(f"--jobs {jobs}: must be at least 1")
    run = CorpusRun()
    furniture = on_batch is not None
    bar = tqdm(total=total, unit="article", desc="articles", file=sys.stderr, disable=not progress,
               dynamic_ncols=True)
    header = [True]
    out = open(statements_path, "w", encoding="utf-8", newline="")

    def handle(batch, result):
        df, furn, skips = result
        run.skipped.extend(skips)
        bad = {s.where for s in skips}
        done = [a for a in batch if (a.origin or a.id) not in bad]
        safe = df.copy()
        for col in safe.columns:
            if safe[col].dtype == object:
                safe[col] = safe[col].map(neutralise)
        out.write(safe.to_csv(index=False, header=header[0], lineterminator="\n", float_format="%.4f"))
        header[0] = False
        if len(df):
            grouped = df.groupby(COUNT_KEYS, sort=True).size()
            for key, n in grouped.items():
                run.counts[key] += int(n)
        run.articles += len(done)
        run.statements += len(df)
        for a in done:
            run.articles_per_source[a.source] += 1
            if a.date:
                run.dates.add(a.date)
        if on_batch is not None:
            on_batch(done, df, furn)
        bar.update(len(batch))

    items = read_corpus(paths, max_bytes, default_source)
    batches = _batches(items, batch_size, run)
    try:
        if engine == "dask":
            _run_dask(batches, model, scheme, max_chars, furniture, scheduler, handle)
        elif jobs == 1:
            for batch in batches:
                handle(batch, label_batch(batch, model, scheme, max_chars, furniture))
        else:
            _run_pool(batches, model, scheme, max_chars, furniture, jobs, handle)
        if header[0]:  # no statement at all: still a CSV with its header
            from .pipeline import statement_columns

            out.write(",".join(statement_columns(scheme.names)) + "\n")
    finally:
        out.close()
        bar.close()
    return run


def _run_pool(batches, model, scheme, max_chars, furniture, jobs, handle) -> None:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    in_flight: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                             initargs=(model, scheme, max_chars, furniture)) as pool:
        for batch in batches:
            in_flight.append((batch, pool.submit(_worker_batch, batch)))
            while len(in_flight) >= 2 * jobs:  # bounded: at most 2 batches per worker in memory
                b, fut = in_flight.popleft()
                handle(b, fut.result())
        while in_flight:
            b, fut = in_flight.popleft()
            handle(b, fut.result())


def _run_dask(batches, model, scheme, max_chars, furniture, scheduler, handle) -> None:
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError("--engine dask needs the dask extra: pip install 'stance[dask]'") from None
    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise InputError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})") from None
    try:
        [m] = client.scatter([model], broadcast=True)
        in_flight: deque = deque()
        limit = 2 * max(sum(client.nthreads().values()), 1)
        for batch in batches:
            in_flight.append((batch, client.submit(label_batch, batch, m, scheme, max_chars, furniture, pure=False)))
            while len(in_flight) >= limit:
                b, fut = in_flight.popleft()
                handle(b, fut.result())
        while in_flight:
            b, fut = in_flight.popleft()
            handle(b, fut.result())
    finally:
        client.close()


def scan_sources(paths, max_bytes: int = MAX_ARTICLE_BYTES, keep: int = 10,
                 default_source: str = "") -> tuple[int, int, list[str]]:
    """A cheap first pass: ``(readable articles, articles without a source, the first ``keep`` of them)``."""
    n, n_missing, missing = 0, 0, []
    for item in read_corpus(paths, max_bytes, default_source):
        if isinstance(item, Article):
            n += 1
            if not item.source.strip():
                n_missing += 1
                if len(missing) < keep:
                    missing.append(item.origin or item.id)
    return n, n_missing, missing
