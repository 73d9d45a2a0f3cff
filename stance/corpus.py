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
DEFAULT_BATCH = 256  # articles per unit of work, at most, when the caller does not set it
MIN_BATCH = 16


def auto_batch_size(total: int | None, jobs: int) -> int:
    """Articles per unit of work when none is given: :data:`DEFAULT_BATCH`, or fewer so that each job gets
    about four batches of a corpus of ``total`` articles (at least :data:`MIN_BATCH`).

    Labelling costs a fixed amount per batch on top of its statements (scikit-learn's checks and calls), about
    a quarter of the labelling time at 64 articles a batch; a large corpus runs in batches of 256 for that,
    a small one still spreads over every job.

    >>> auto_batch_size(20000, 2), auto_batch_size(300, 2), auto_batch_size(10, 2), auto_batch_size(None, 2)
    (256, 38, 16, 256)
    """
    if not total:
        return DEFAULT_BATCH
    return max(MIN_BATCH, min(DEFAULT_BATCH, -(-total // (4 * max(jobs, 1)))))


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
    skip_index: list = field(default_factory=list, repr=False)  # input position of each skip

    def add_skip(self, skip: Skip, index: int) -> None:
        """Record ``skip`` found at input position ``index`` (skips are reported in input order)."""
        self.skipped.append(skip)
        self.skip_index.append(index)

    def sort_skips(self) -> None:
        """Put the skips in input order, whatever order the batches finished or resumed in."""
        order = sorted(range(len(self.skipped)), key=self.skip_index.__getitem__)
        self.skipped = [self.skipped[i] for i in order]
        self.skip_index = [self.skip_index[i] for i in order]

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
                furniture: bool = False, table=None):
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
            r, f = article_statements(art, table, max_chars=max_chars)
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


def _init_worker(model, scheme, max_chars: int, furniture: bool, table=None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it keeps finished batches
    _WORKER.update(model=model, scheme=scheme, max_chars=max_chars, furniture=furniture, table=table)


def _worker_batch(batch: list[Article]):
    w = _WORKER
    return label_batch(batch, w["model"], w["scheme"], w["max_chars"], w["furniture"], w["table"])


def read_corpus(paths, max_bytes: int = MAX_ARTICLE_BYTES, default_source: str = "") -> Iterator[Article | Skip]:
    """:func:`~stance.articles.iter_articles_lenient`, with ``default_source`` for articles that have none."""
    for item in iter_articles_lenient(paths, max_bytes):
        if default_source and isinstance(item, Article) and not item.source.strip():
            item = with_source(item, default_source)
        yield item


def _batches(items: Iterable, size: int, run: CorpusRun, done: set | frozenset = frozenset()
             ) -> Iterator[list[tuple[int, Article]]]:
    """Batches of ``(input position, article)``; skips are recorded on the way, ``done`` ids left out."""
    batch: list[tuple[int, Article]] = []
    for index, item in enumerate(items):
        if isinstance(item, Skip):
            run.add_skip(item, index)
            continue
        if item.id in done:
            continue
        batch.append((index, item))
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


def check_run_options(engine: str = "local", scheduler: str | None = None, jobs: int | None = None,
                      batch_size: int | None = None) -> None:
    """Raise ConfigError for an engine, scheduler, job count or batch size :func:`run_corpus` cannot use.

    Callers check before they create anything, so a mistyped option leaves no work area behind.

    Examples
    --------
    >>> check_run_options("dask")
    Traceback (most recent call last):
    ...
    stance.errors.ConfigError: --engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)
    """
    if engine not in ("local", "dask"):
        raise ConfigError(f"--engine {engine!r}: allowed: local, dask")
    if engine == "dask" and not scheduler:
        raise ConfigError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    if jobs and jobs < 1:  # 0 or None: all cores
        raise ConfigError(f"--jobs {jobs}: must be at least 1")
    if batch_size is not None and batch_size < 1:
        raise ConfigError(f"batch size {batch_size}: must be at least 1")


def run_corpus(paths, model, scheme, statements_path: str | Path, jobs: int | None = None,
               batch_size: int | None = None, engine: str = "local", scheduler: str | None = None,
               max_bytes: int = MAX_ARTICLE_BYTES, max_chars: int = MAX_STATEMENT_CHARS,
               on_batch: Callable | None = None, total: int | None = None, progress: bool = True,
               default_source: str = "", work: str | Path | None = None, table=None) -> CorpusRun:
    """Run the pipeline over every article of ``paths``; write statements to ``statements_path`` (CSV).

    Parameters
    ----------
    paths : list of path
        Articles, folders or corpora (see :func:`stance.articles.iter_articles`).
    model, scheme
        The stance model and its label scheme.
    statements_path : path
        CSV with columns in :func:`stance.pipeline.statement_columns` order,
        written when every batch is done.
    jobs : int, optional
        Worker processes (default: all cores); 1 runs in this process.
    batch_size : int, optional
        Articles per unit of work (default: :func:`auto_batch_size` of ``total`` and ``jobs``).
    engine : {"local", "dask"}
        ``dask`` maps the batch function over the cluster at ``scheduler``.
    on_batch : callable, optional
        Called as ``on_batch(articles, statements, furniture)`` for each
        batch, in input order (used for per-article reports).
    total : int, optional
        Number of articles, for the progress bar.
    default_source : str
        Source given to articles that have none.
    work : path, optional
        Resumable work area: each finished batch is committed there (its
        statements, counts, articles and skips) as it comes, so an
        interrupted run loses at most the batches in flight. A run given the
        work area of an interrupted run skips the articles it finished. It is
        left in place; the caller removes it once the outputs are complete.
        Default: a temporary folder beside ``statements_path``, removed.
    table : SpeakerTable, optional
        Known figures and side cues (default: the shipped table).

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
    import shutil
    import tempfile

    from tqdm import tqdm

    check_run_options(engine, scheduler, jobs, batch_size)
    jobs = default_jobs() if not jobs else jobs
    if batch_size is None:
        batch_size = auto_batch_size(total, jobs)
    statements_path = Path(statements_path)
    own_work = work is None
    work = Path(tempfile.mkdtemp(prefix=".stance-work-", dir=statements_path.parent)) if own_work else Path(work)
    try:
        store = BatchStore(work)
        run, done = store.load()
        furniture = on_batch is not None
        bar = tqdm(total=total, initial=run.articles, unit="article", desc="articles", file=sys.stderr,
                   disable=not progress, dynamic_ncols=True)

        def handle(batch, result):
            df, furn, skips = result
            where_index = {(a.origin or a.id): (i, a.id) for i, a in batch}
            bad = {s.where for s in skips}
            arts = [(i, a) for i, a in batch if (a.origin or a.id) not in bad]
            if on_batch is not None:
                on_batch([a for _, a in arts], df, furn)
            store.commit(run, df, arts, [(*where_index[s.where][:1], s, where_index[s.where][1]) for s in skips])
            bar.update(len(batch))

        batches = _batches(read_corpus(paths, max_bytes, default_source), batch_size, run, done)
        try:
            if engine == "dask":
                _run_dask(batches, model, scheme, max_chars, furniture, scheduler, handle, table)
            elif jobs == 1:
                for batch in batches:
                    handle(batch, label_batch([a for _, a in batch], model, scheme, max_chars, furniture, table))
            else:
                _run_pool(batches, model, scheme, max_chars, furniture, jobs, handle, table)
        finally:
            bar.close()
        store.write_statements(statements_path, scheme)
        run.sort_skips()
        return run
    finally:
        if own_work:
            shutil.rmtree(work, ignore_errors=True)


class BatchStore:
    """The finished batches of a corpus run, committed one by one into a work folder.

    Each batch is ``batches/NNNNNNNN.csv`` (its statement rows, CSV cells
    neutralised, no header) and ``batches/NNNNNNNN.json`` (its counts,
    articles and skips). The JSON is renamed into place last: it is the
    commit mark, so a batch without one (cut off by Ctrl-C) is ignored.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> run, done = BatchStore(pathlib.Path(tempfile.mkdtemp())).load()
    >>> run.articles, done
    (0, set())
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.batches = self.folder / "batches"
        self.batches.mkdir(parents=True, exist_ok=True)
        self.next = 0

    def _committed(self) -> list[Path]:
        return sorted(self.batches.glob("[0-9]*.json"))

    def load(self) -> tuple[CorpusRun, set]:
        """The run so far (counts, articles, skips) and the ids of the finished articles."""
        import json

        run, done = CorpusRun(), set()
        for path in self._committed():
            rec = json.loads(path.read_text(encoding="utf-8"))
            self._add(run, rec)
            done.update(a[1] for a in rec["articles"])
            done.update(k[3] for k in rec["skips"])  # failed in processing: recorded, not retried
            self.next = int(path.stem) + 1
        return run, done

    @staticmethod
    def _add(run: CorpusRun, rec: dict) -> None:
        for *key, n in rec["counts"]:
            run.counts[tuple(key)] += n
        run.statements += rec["statements"]
        run.articles += len(rec["articles"])
        for _, _, source, date in rec["articles"]:
            run.articles_per_source[source] += 1
            if date:
                run.dates.add(date)
        for index, where, reason, _ in rec["skips"]:
            run.add_skip(Skip(where, reason), index)

    def commit(self, run: CorpusRun, df, articles: list[tuple[int, Article]],
               skips: list[tuple[int, Skip, str]]) -> None:
        """Write one finished batch (statements first, then the JSON commit mark) and add it to ``run``."""
        import json

        from .outputs import neutralise_frame

        counts = []
        if len(df):
            for key, n in df.groupby(COUNT_KEYS, sort=True).size().items():
                counts.append([*key, int(n)])
        rec = {"counts": counts, "statements": int(len(df)),
               "articles": [[i, a.id, a.source, a.date] for i, a in articles],
               "skips": [[i, s.where, s.reason, aid] for i, s, aid in skips]}
        safe = neutralise_frame(df)
        name = f"{self.next:08d}"
        tmp_csv, tmp_json = self.batches / f".{name}.csv.tmp", self.batches / f".{name}.json.tmp"
        tmp_csv.write_text(safe.to_csv(index=False, header=False, lineterminator="\n", float_format="%.4f"),
                           encoding="utf-8", newline="")
        tmp_json.write_text(json.dumps(rec, sort_keys=True), encoding="utf-8")
        os.replace(tmp_csv, self.batches / f"{name}.csv")
        os.replace(tmp_json, self.batches / f"{name}.json")
        self.next += 1
        self._add(run, rec)

    def write_statements(self, path: Path, scheme) -> None:
        """Concatenate the committed batches, in input order, under one header into ``path``."""
        from .pipeline import statement_columns

        tmp = Path(path).with_name(f".{Path(path).name}.tmp")
        with open(tmp, "w", encoding="utf-8", newline="") as out:
            out.write(",".join(statement_columns(scheme.names)) + "\n")
            for mark in self._committed():
                with open(mark.with_suffix(".csv"), encoding="utf-8", newline="") as fh:
                    while chunk := fh.read(1 << 20):
                        out.write(chunk)
        os.replace(tmp, path)


def _in_order(batches, submit, limit: int, handle) -> None:
    """Submit each batch, keep at most ``limit`` in flight (memory stays bounded: about 2 batches per
    worker), and hand the results to ``handle`` in input order."""
    in_flight: deque = deque()
    for batch in batches:
        in_flight.append((batch, submit(batch)))
        while len(in_flight) >= limit:
            b, fut = in_flight.popleft()
            handle(b, fut.result())
    while in_flight:
        b, fut = in_flight.popleft()
        handle(b, fut.result())


def _run_pool(batches, model, scheme, max_chars, furniture, jobs, handle, table=None) -> None:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                               initargs=(model, scheme, max_chars, furniture, table))
    try:
        _in_order(batches, lambda batch: pool.submit(_worker_batch, [a for _, a in batch]), 2 * jobs, handle)
    except BaseException:  # Ctrl-C or an error: drop the queued work, do not wait for it
        # (the workers are listed before shutdown(), which forgets them: terminated after it, none was, and
        # they went on to finish their batches while the parent waited for them on its way out)
        workers = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in workers:
            proc.terminate()
        raise
    pool.shutdown(wait=True)


DASK_CONNECT_TIMEOUT = "10s"  # how long --engine dask waits for the scheduler before it gives up


def _run_dask(batches, model, scheme, max_chars, furniture, scheduler, handle, table=None) -> None:
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError("--engine dask needs the dask extra: pip install 'stance[dask]'") from None
    try:
        client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise InputError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})") from None
    try:
        [m] = client.scatter([model], broadcast=True)
        _in_order(batches, lambda batch: client.submit(label_batch, [a for _, a in batch], m, scheme, max_chars,
                                                       furniture, table, pure=False),
                  2 * max(sum(client.nthreads().values()), 1), handle)
    finally:
        client.close()


def scan_sources(paths, max_bytes: int = MAX_ARTICLE_BYTES, keep: int = 10,
                 default_source: str = "") -> tuple[int, int, list[str], tuple[int, list[str]]]:
    """A cheap first pass: ``(readable articles, articles without a source, the first ``keep`` of them,
    (articles without line breaks, the first ``keep`` of them))``."""
    n, n_missing, missing, n_flat, flat = 0, 0, [], 0, []
    for item in read_corpus(paths, max_bytes, default_source):
        if isinstance(item, Article):
            n += 1
            if not item.source.strip():
                n_missing += 1
                if len(missing) < keep:
                    missing.append(item.origin or item.id)
            if item.flat:
                n_flat += 1
                if len(flat) < keep:
                    flat.append(item.origin or item.id)
    return n, n_missing, missing, (n_flat, flat)
