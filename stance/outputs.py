"""Writing outputs safely: atomic files and folders, no overwrite without force, CSV cells neutralised."""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError

# A cell starting with one of these is read as a formula by spreadsheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Prefix a string cell that a spreadsheet would run as a formula with a single quote.

    >>> neutralise("=HYPERLINK(1)"), neutralise("plain"), neutralise(-1.5)
    ("'=HYPERLINK(1)", 'plain', -1.5)
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def neutralise_frame(df):
    """A copy of ``df`` with :func:`neutralise` applied to every text column (object or string dtype).

    Every CSV writer of the package goes through this (pandas 3 gives text columns a ``str`` dtype,
    not ``object``, so a dtype test for ``object`` alone would miss them).

    >>> import pandas as pd
    >>> neutralise_frame(pd.DataFrame({"t": ["=1+1", "ok"], "n": [-1, 2]}))["t"].tolist()
    ["'=1+1", 'ok']
    """
    import pandas as pd

    safe = df.copy()
    for col in safe.columns:
        if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col].dtype):
            # (the rows to change found for the whole column at once; only those are touched)
            try:
                risky = safe[col].str.startswith(FORMULA_START, na=False).to_numpy(dtype=bool)
            except (AttributeError, TypeError):  # (values that are not text alongside text)
                risky = safe[col].map(lambda v: isinstance(v, str) and v.startswith(FORMULA_START)).to_numpy(dtype=bool)
            if risky.any():
                safe[col] = [neutralise(v) if r else v for v, r in zip(safe[col].tolist(), risky)]
    return safe


def write_csv(df, path: Path) -> None:
    """Write a DataFrame as UTF-8 CSV with formula-like text cells neutralised, atomically."""
    atomic_write_text(path, neutralise_frame(df).to_csv(index=False, lineterminator="\n", float_format="%.4f"))


def atomic_write_text(path: Path, text: str) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_target(path: Path, force: bool) -> None:
    """Refuse an existing file, or a non-empty folder, unless ``force``."""
    path = Path(path)
    if path.is_dir() and any(path.iterdir()) and not force:
        raise OutputError(f"{path}: folder exists and is not empty; use --force to replace it")
    if path.exists() and not path.is_dir() and not force:
        raise OutputError(f"{path}: exists; use --force to overwrite it")


@contextmanager
def output_folder(path: str | Path, force: bool = False):
    """Yield a temporary folder; on success it replaces ``path`` in one rename, on failure it vanishes.

    The final folder is therefore either absent, the old one, or complete.
    """
    path = Path(path)
    check_target(path, force)
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: exists and is not a folder")
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.tmp-", dir=parent))
    except OSError as exc:
        raise OutputError(f"{parent}: cannot create output folder ({exc.strerror})") from None
    try:
        yield tmp
        old = None
        if path.exists():
            old = parent / f".{path.name}.old-{os.getpid()}"
            os.replace(path, old)
        os.replace(tmp, path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
