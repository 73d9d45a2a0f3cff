"""Articles and their loaders.

An :class:`Article` holds the body text exactly as the file has it after any
header, so character offsets computed downstream slice the same text a reader
sees. Loaders accept a ``.txt`` article, a folder of them (with an optional
``manifest.csv``), and ``.jsonl`` / ``.csv`` corpora. Every problem is an
:class:`~stance.errors.InputError` naming the file and, where there is one,
the line.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError

HEADER_KEYS = ("title", "source", "date", "url")
MANIFEST_COLUMNS = ("file",) + ("source", "date", "title", "url")
CORPUS_COLUMNS = ("id", "source", "date", "title", "url", "text")
MAX_ARTICLE_BYTES = 20 * 1024 * 1024  # raise with --max-article-bytes

_DATE_PREFIX = re.compile(r"\A[ \t]?date (\d{4}-\d{2}-\d{2})[ \t]+")
_HEADER_LINE = re.compile(r"\A([A-Za-z_][A-Za-z0-9_-]*):[ \t]*(.*?)[ \t]*\Z")


@dataclass(frozen=True)
class Article:
    """One news article.

    Attributes
    ----------
    id : str
        File stem or corpus row id.
    text : str
        The body, exactly as in the input after the header; offsets index it.
    source, date, title, url : str
        Metadata, empty when unknown. ``date`` is ISO ``YYYY-MM-DD``.
    origin : str
        Where it was read from (path, or ``path:line`` for corpus rows).
    body_offset : int
        Offset of ``text`` in the decoded input file.

    Examples
    --------
    >>> a = parse_article_text("title: Talks\\n\\nXi met Putin.", "x")
    >>> a.title, a.text
    ('Talks', 'Xi met Putin.')
    """

    id: str
    text: str
    source: str = ""
    date: str = ""
    title: str = ""
    url: str = ""
    origin: str = ""
    body_offset: int = 0
    extra: dict = field(default_factory=dict, compare=False)


def check_date(value: str, where: str) -> str:
    """Return ``value`` if it is an ISO date (or empty), else raise InputError."""
    value = value.strip()
    if not value:
        return ""
    try:
        return _dt.date.fromisoformat(value[:10]).isoformat() if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else _bad_date(value, where)
    except ValueError:
        return _bad_date(value, where)


def _bad_date(value: str, where: str):
    raise InputError(f"{where}: bad date {value!r}; expected YYYY-MM-DD")


def decode_bytes(data: bytes, where: str) -> str:
    """Decode article bytes: UTF-8 (a BOM is dropped) or UTF-16 with a BOM.

    Empty, binary (NUL bytes) and non-UTF-8 input raise InputError.
    """
    if not data:
        raise InputError(f"{where}: file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{where}: broken UTF-16 text; save it as UTF-8") from None
    if b"\x00" in data[:8192] or b"\x00" in data:
        raise InputError(f"{where}: binary file (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{where}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
                         "convert the file to UTF-8") from None
    return text[1:] if text.startswith("\ufeff") else text


def parse_article_text(text: str, article_id: str, origin: str = "", **meta: str) -> Article:
    """Split ``text`` into header metadata and body.

    Three layouts: the sample's `` date YYYY-MM-DD`` prefix, a ``key: value``
    header block (keys title, source, date, url) ended by a blank line, or a
    bare body. ``meta`` (e.g. from a manifest) fills fields the file leaves empty.
    """
    where = origin or article_id
    fields = {"title": "", "source": "", "date": "", "url": ""}
    offset = 0
    m = _DATE_PREFIX.match(text)
    if m:
        fields["date"] = check_date(m.group(1), where)
        offset = m.end()
    else:
        first = text.split("\n", 1)[0].rstrip("\r")
        hm = _HEADER_LINE.match(first)
        if hm and hm.group(1).lower() in HEADER_KEYS:
            offset = _parse_header(text, fields, where)
    body = text[offset:]
    if not body.strip():
        raise InputError(f"{where}: no article text" + (" after the header" if offset else ""))
    for key, value in meta.items():
        if value and key in fields and not fields[key]:
            fields[key] = check_date(value, where) if key == "date" else value
    return Article(id=article_id, text=body, origin=origin, body_offset=offset, **fields)


def _parse_header(text: str, fields: dict, where: str) -> int:
    pos = 0
    seen = set()
    lineno = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].rstrip("\r")
        lineno += 1
        nxt = end + 1
        if not line.strip():
            return nxt
        m = _HEADER_LINE.match(line)
        if not m:
            raise InputError(f"{where}:{lineno}: header line is not 'key: value'; "
                             "end the header block with a blank line")
        key = m.group(1).lower()
        if key not in HEADER_KEYS:
            raise InputError(f"{where}:{lineno}: unknown header key {m.group(1)!r}; allowed: {', '.join(HEADER_KEYS)}")
        if key in seen:
            raise InputError(f"{where}:{lineno}: header key {key!r} repeated")
        seen.add(key)
        fields[key] = check_date(m.group(2), f"{where}:{lineno}") if key == "date" else m.group(2)
        pos = nxt
    raise InputError(f"{where}: header block is not followed by a blank line and article text")


def read_article(path: str | Path, max_bytes: int = MAX_ARTICLE_BYTES, **meta: str) -> Article:
    """Read one ``.txt`` article; its id is the file stem."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(f"{path}: is a folder, expected an article file")
        if size > max_bytes:
            raise InputError(f"{path}: {size} bytes is over the article size limit of {max_bytes} bytes; "
                             "raise it with --max-article-bytes")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    text = decode_bytes(data, str(path))
    return parse_article_text(text, path.stem, origin=str(path), **meta)


def _read_manifest(folder: Path) -> dict[str, dict]:
    path = folder / "manifest.csv"
    if not path.exists():
        return {}
    text = decode_bytes(path.read_bytes(), str(path))
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames is None or "file" not in reader.fieldnames:
        raise InputError(f"{path}:1: manifest needs a 'file' column; columns allowed: {', '.join(MANIFEST_COLUMNS)}")
    rows = {}
    root = folder.resolve()
    for row in reader:
        line = reader.line_num
        name = (row.get("file") or "").strip()
        if not name:
            raise InputError(f"{path}:{line}: empty 'file' value")
        target = (folder / name)
        if os.path.isabs(name) or not target.resolve().is_relative_to(root):
            raise InputError(f"{path}:{line}: file {name!r} is outside the corpus folder")
        if not target.is_file():
            raise InputError(f"{path}:{line}: file {name!r} does not exist")
        if name in rows:
            raise InputError(f"{path}:{line}: file {name!r} listed twice")
        rows[name] = {k: (row.get(k) or "").strip() for k in MANIFEST_COLUMNS[1:]} | {"line": line}
    return rows


def iter_folder(folder: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article]:
    """Articles of a folder's ``.txt`` files, sorted by name, with manifest metadata."""
    manifest = _read_manifest(folder)
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt" and p.is_file())
    if not files:
        raise InputError(f"{folder}: no .txt articles in this folder")
    for p in files:
        meta = dict(manifest.get(p.name, {}))
        meta.pop("line", None)
        yield read_article(p, max_bytes=max_bytes, **meta)


def iter_jsonl(path: Path) -> Iterator[Article]:
    """Articles of a JSON-lines corpus (id, source, date, title, url, text)."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{path}:{lineno}"
            line = decode_bytes(raw, where)
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: broken JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise InputError(f"{where}: each line must be a JSON object")
            yield _corpus_row(row, where)


def iter_csv(path: Path) -> Iterator[Article]:
    """Articles of a CSV corpus with a header row (id, source, date, title, url, text)."""
    csv.field_size_limit(MAX_ARTICLE_BYTES)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        try:
            names = reader.fieldnames or []
            for col in ("id", "text"):
                if col not in names:
                    raise InputError(f"{path}:1: missing column {col!r}; columns: {', '.join(CORPUS_COLUMNS)}")
            for row in reader:
                if None in row:
                    raise InputError(f"{path}:{reader.line_num}: more fields than the header has")
                yield _corpus_row(row, f"{path}:{reader.line_num}")
        except csv.Error as exc:
            raise InputError(f"{path}:{reader.line_num}: CSV error: {exc}") from None
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text; convert the file to UTF-8") from None


def _corpus_row(row: dict, where: str) -> Article:
    aid = str(row.get("id") or "").strip()
    text = row.get("text")
    if not aid:
        raise InputError(f"{where}: missing 'id'")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: missing or empty 'text'")
    meta = {k: str(row.get(k) or "").strip() for k in ("source", "date", "title", "url")}
    return parse_article_text(text, aid, origin=where, **meta)


def iter_articles(paths: Iterable[str | Path], max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article]:
    """Stream the articles of every path: a ``.txt`` file, a folder, a ``.jsonl`` or ``.csv`` corpus.

    Duplicate article ids across inputs raise InputError.
    """
    seen: dict[str, str] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            items = iter_folder(path, max_bytes)
        elif path.suffix == ".jsonl":
            items = iter_jsonl(path)
        elif path.suffix == ".csv":
            items = iter_csv(path)
        else:
            items = iter([read_article(path, max_bytes=max_bytes)])
        for art in items:
            if art.id in seen:
                raise InputError(f"{art.origin or path}: duplicate article id {art.id!r} (also in {seen[art.id]})")
            seen[art.id] = art.origin or str(path)
            yield art


def load_articles(paths: Iterable[str | Path], max_bytes: int = MAX_ARTICLE_BYTES) -> list[Article]:
    """All articles of ``paths`` as a list (see :func:`iter_articles`)."""
    return list(iter_articles(paths, max_bytes))


def with_source(article: Article, source: str) -> Article:
    """A copy of ``article`` with ``source`` set."""
    return replace(article, source=source)


@dataclass(frozen=True)
class Skip:
    """An article that could not be read, and why (see :func:`iter_articles_lenient`).

    Attributes
    ----------
    where : str
        The file, or ``file:line`` of a corpus row.
    reason : str
        The loader's error message.
    """

    where: str
    reason: str


def _lenient_folder(folder: Path, max_bytes: int) -> Iterator[Article | Skip]:
    manifest = _read_manifest(folder)  # a broken manifest spoils the whole folder: it raises
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt" and p.is_file())
    if not files:
        raise InputError(f"{folder}: no .txt articles in this folder")
    for p in files:
        meta = dict(manifest.get(p.name, {}))
        meta.pop("line", None)
        try:
            yield read_article(p, max_bytes=max_bytes, **meta)
        except InputError as exc:
            yield Skip(str(p), str(exc))


def _lenient_jsonl(path: Path) -> Iterator[Article | Skip]:
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                row = json.loads(decode_bytes(raw, where))
                if not isinstance(row, dict):
                    raise InputError(f"{where}: each line must be a JSON object")
                yield _corpus_row(row, where)
            except json.JSONDecodeError as exc:
                yield Skip(where, f"{where}: broken JSON ({exc.msg})")
            except InputError as exc:
                yield Skip(where, str(exc))


def _lenient_csv(path: Path) -> Iterator[Article | Skip]:
    csv.field_size_limit(MAX_ARTICLE_BYTES)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        try:
            names = reader.fieldnames or []
            for col in ("id", "text"):
                if col not in names:
                    raise InputError(f"{path}:1: missing column {col!r}; columns: {', '.join(CORPUS_COLUMNS)}")
            for row in reader:
                where = f"{path}:{reader.line_num}"
                if None in row:
                    yield Skip(where, f"{where}: more fields than the header has")
                    continue
                try:
                    yield _corpus_row(row, where)
                except InputError as exc:
                    yield Skip(where, str(exc))
        except csv.Error as exc:  # the rest of the file cannot be split into rows
            where = f"{path}:{reader.line_num}"
            yield Skip(where, f"{where}: CSV error: {exc}; rows after it were not read")
        except UnicodeDecodeError:
            yield Skip(str(path), f"{path}: not UTF-8 text after row {reader.line_num}; rows after it were not read")


def iter_articles_lenient(paths: Iterable[str | Path], max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | Skip]:
    """Like :func:`iter_articles`, but an unreadable article yields a :class:`Skip` instead of raising.

    A corpus-level problem (a missing path, a broken manifest, a CSV without
    ``id``/``text`` columns, a folder without articles) still raises
    InputError. A repeated article id is skipped with its reason.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Xi met Putin."); _ = (d / "b.txt").write_bytes(b"")
    >>> [type(x).__name__ for x in iter_articles_lenient([d])]
    ['Article', 'Skip']
    """
    seen: dict[str, str] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            items = _lenient_folder(path, max_bytes)
        elif path.suffix == ".jsonl":
            items = _lenient_jsonl(path)
        elif path.suffix == ".csv":
            items = _lenient_csv(path)
        else:
            try:
                items = iter([read_article(path, max_bytes=max_bytes)])
            except InputError as exc:
                items = iter([Skip(str(path), str(exc))])
        for art in items:
            if isinstance(art, Article):
                where = art.origin or str(path)
                if art.id in seen:
                    art = Skip(where, f"{where}: duplicate article id {art.id!r} (also in {seen[art.id]})")
                else:
                    seen[art.id] = where
            yield art
