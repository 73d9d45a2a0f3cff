"""Articles and their loaders.

An :class:`Article` holds the body text as the file has it after any header,
with the same length (Unicode spaces read as spaces, invisible characters taken
out of words, hard wrapping undone: :func:`plain_text`, :func:`unwrap_hard_lines`),
so character offsets computed downstream slice the same text a reader sees.
Loaders accept a ``.txt`` article, a folder of them (with an optional
``manifest.csv``), and ``.jsonl`` / ``.csv`` corpora. Every problem is an
:class:`~stance.errors.InputError` naming the file and, where there is one,
the line.
"""

from __future__ import annotations

import csv
import datetime as _dt
import html
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
# A body longer than this with no line break has lost its paragraphs (a corpus text column flattened):
# headlines, bylines and transcript turns run into the sentences next to them.
FLAT_CHARS = 1500

# Spaces other than U+0020 (no-break, thin, ideographic, ...) and line separators, read as their plain forms.
# Full-width forms of ASCII ("：", "，", "（") that text from Chinese-language pages carries, read as ASCII.
_SPACES = str.maketrans({**{c: " " for c in "\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                        "\u2009\u200a\u202f\u205f\u3000"},
                         **{c: "\n" for c in "\x85\u2028\u2029"},
                         **{chr(0xFF01 + i): chr(0x21 + i) for i in range(94)}})
# Invisible format characters web pages leave in text: soft hyphens, zero-width spaces and joiners,
# direction marks, word joiners, a BOM inside the text.
_INVISIBLE = re.compile("[\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_WORD_OR_SPACE = re.compile(r"\s+|\S+")
# Mojibake: UTF-8 bytes of curly quotes, dashes and accented letters read as Windows-1252 ("â€œ" for "“",
# "Ã©" for "é"): a lead character and one or two continuation characters (bytes 0x80-0xBF as cp1252 or
# Latin-1 shows them); "â€" alone is "”" whose last byte, 0x9D, cp1252 cannot show and was dropped.
_CP1252_SHOWN = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"  # what cp1252 shows for bytes 0x80-0x9F
_MOJIBAKE = re.compile(f"â[\x80-\xbf{_CP1252_SHOWN}]{{1,2}}|[ÂÃ][\x80-\xbf{_CP1252_SHOWN}]")
# A Markdown link as scrapers write it: "[John Kirby](https://...)"; the text stays, the target goes.
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|/)[^\s()]*\)([^\s\[]*)")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# Hard-wrapped text: a line is wrapped when the next line's first word would not have fitted on it.
_FIRST_TOKEN = re.compile(r"\S*")
_HYPHEN_BREAK = re.compile(r"[^\W\d_]-\Z")  # a wrapper broke a hyphenated word here
# A line that is only a date with a clock time is a page's timestamp, never the end of a wrapped sentence
_TIMESTAMP_LINE = re.compile(r"(?:(?:Updated|Published|Posted)[:\s]\s*)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)"
                             r"\s+\d{4},?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|IST|CET|MSK|EET|\(\w+\)))?")
MAX_WRAP_WIDTH = 120  # longer lines: the text is not hard-wrapped

_DATE_PREFIX = re.compile(r"\A[ \t]?date (\d{4}-\d{2}-\d{2})[ \t]+")
_DATELINE_VALUE = re.compile(r"\||\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}:\d{2}\b")
_HEADER_LINE = re.compile(r"\A([A-Za-z_][A-Za-z0-9_-]*):[ \t]*(.*?)[ \t]*\Z")


@dataclass(frozen=True)
class Article:
    """One news article.

    Attributes
    ----------
    id : str
        File stem or corpus row id.
    text : str
        The body as in the input after the header; offsets index it. No-break and other
        Unicode spaces read as spaces and invisible characters (soft hyphens, zero-width
        spaces) are taken out of words, see :func:`plain_text`. In hard-wrapped text
        (lines cut at a fixed width, as ``fmt`` or a terminal browser writes them), each line
        break inside a paragraph is read as a space (see :func:`unwrap_hard_lines`): the
        length is unchanged, so offsets still index the input.
    source, date, title, url : str
        Metadata, empty when unknown. ``date`` is ISO ``YYYY-MM-DD``.
    origin : str
        Where it was read from (path, or ``path:line`` for corpus rows).
    body_offset : int
        Offset of ``text`` in the decoded input file.
    unwrapped : int
        Line breaks read as spaces because the text is hard-wrapped (0 for ordinary text).
    invisible : int
        Invisible characters (soft hyphens, zero-width spaces, direction marks) taken out of
        words (see :func:`plain_text`).
    entities : int
        HTML character references ("&quot;") read as the characters they stand for.
    links : int
        Markdown links ("[text](url)") read as their text.
    mojibake : int
        Words whose UTF-8 had been read as Windows-1252 ("Itâ€™s"), read back.

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
    unwrapped: int = 0
    invisible: int = 0
    entities: int = 0
    links: int = 0
    mojibake: int = 0
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def flat(self) -> bool:
        """True when the body has lost its line breaks: no line break in more than :data:`FLAT_CHARS`
        characters. Attribution reads headlines, bylines and quote paragraphs from line breaks, so
        such an article is read less well (a quarter of speakers change when dev articles are
        flattened, ``experiments/robustness.py``).

        >>> parse_article_text("Xi met Putin. " * 200, "a").flat, parse_article_text("Xi met Putin.", "b").flat
        (True, False)
        """
        body = self.text.strip()
        return len(body) > FLAT_CHARS and "\n" not in body


def check_date(value: str, where: str) -> str:
    """Return ``value`` if it is an ISO date (or empty), else raise InputError."""
    value = value.strip()
    if not value:
        return ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return _dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
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
    if b"\x00" in data:
        head = data[:4096]
        if len(head) >= 4 and max(head[0::2].count(0), head[1::2].count(0)) > 0.8 * (len(head) // 2):
            raise InputError(f"{where}: looks like UTF-16 text without a byte order mark; save it as UTF-8")
        raise InputError(f"{where}: binary file (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{where}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
                         "convert the file to UTF-8") from None
    return text[1:] if text.startswith("\ufeff") else text


_HTML_START = re.compile(r"\A\s*<(?:!doctype\s+html|html[\s>]|\?xml|head[\s>]|body[\s>])", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.DOTALL)
HTML_CHECK_CHARS = 200_000  # how much of a body the HTML check looks at


def looks_like_html(text: str) -> bool:
    """True if ``text`` is an HTML page rather than article text.

    It is when it starts with ``<!DOCTYPE html``, ``<html``, ``<head``,
    ``<body`` or ``<?xml``, or when at least 5 tags make up more than half
    of its non-space characters (checked on the first 200,000 characters).

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><p>Xi met Putin.</p>"), looks_like_html("Use <b> sparingly, he said.")
    (True, False)
    """
    if _HTML_START.match(text):
        return True
    head = text[:HTML_CHECK_CHARS]
    tags = _TAG.findall(head)
    if len(tags) < 5:
        return False
    solid = len(head) - sum(head.count(c) for c in " \t\r\n")
    return sum(len(t) for t in tags) * 2 > solid


def check_article_id(article_id: str, where: str) -> str:
    """Return ``article_id`` if it can name an output file or folder, else raise InputError.

    Ids name per-article report folders, so they may not hold ``/``, ``\\``,
    control characters, or start with ``.``, and are at most 200 characters.

    >>> check_article_id("reuters-2023-03-20", "x")
    'reuters-2023-03-20'
    """
    if (len(article_id) > 200 or article_id.startswith(".") or re.search(r"[/\\\x00-\x1f\x7f]", article_id)):
        raise InputError(f"{where}: article id {article_id[:60]!r} cannot name a file; ids may not contain '/', "
                         "'\\' or control characters, start with '.', or be longer than 200 characters")
    return article_id


def plain_text(text: str) -> tuple[str, dict[str, int]]:
    """``text`` read as plain text at the same length: spaces, invisible characters, HTML references.

    No-break, thin and other Unicode spaces become U+0020, line or paragraph separators a
    newline, and full-width forms of ASCII ("：", "（") their ASCII characters. HTML character
    references that text pulled from web pages or feeds keeps ("&quot;", "&#8217;", "&amp;";
    only with their closing semicolon) become the characters they stand for. Invisible format characters (soft hyphens, zero-width spaces and joiners, direction
    marks) are taken out. Both shorten a word: the word moves up to close the gap and as many
    spaces go after it. So "Jin\\xadping" reads "Jinping" and "&quot;We" reads '"We', while the
    text keeps its length and every offset outside such a word is unchanged. A Markdown link
    ("[John Kirby](https://...)'s") keeps its text and what follows it up to a space, moved up
    to close the gap, and spaces take the place of the rest. Mojibake, the UTF-8 bytes of curly
    quotes, dashes and accented letters read as Windows-1252 ("â€œ", "Itâ€™s", "cafÃ©"), is
    read back the same way. Returns the text and how many of each were read: ``invisible``
    characters taken out, HTML ``entities`` decoded, Markdown ``links``, ``mojibake`` words.

    Examples
    --------
    >>> plain_text("Xi\\xa0Jinping said\\u200b Moscow and Bei\\xadjing agree.")
    ('Xi Jinping said  Moscow and Beijing  agree.', {'invisible': 2, 'entities': 0, 'links': 0, 'mojibake': 0})
    >>> plain_text("&quot;Peace,&quot; Xi said. AT&T &amp; R&D; &nosuch;")[0]
    '"Peace,"           Xi said. AT&T &     R&D; &nosuch;'
    >>> plain_text("said [John Kirby](https://x.org/k), a [1] note")[0]
    'said John Kirby,                    a [1] note'
    >>> plain_text("â€œItâ€™s a plan,â€ he said.")
    ('“It’s     a plan,”  he said.', {'invisible': 0, 'entities': 0, 'links': 0, 'mojibake': 2})
    """
    text = text.translate(_SPACES)
    links = 0
    if "](" in text:
        text, links = _MD_LINK.subn(lambda m: m[1] + m[2] + " " * (len(m[0]) - len(m[1]) - len(m[2])), text)
    counts = {"invisible": 0, "entities": 0, "links": links, "mojibake": 0}
    mojibake = bool(_MOJIBAKE.search(text))
    if not (mojibake or _INVISIBLE.search(text) or ("&" in text and _ENTITY.search(text))):
        return text, counts
    out = []
    for piece in _WORD_OR_SPACE.findall(text):
        clean = piece
        if mojibake and _MOJIBAKE.search(clean):
            fixed = _MOJIBAKE.sub(_remojibake, clean)
            counts["mojibake"] += len(clean) != len(fixed)
            clean = fixed
        if "&" in clean:
            clean = _ENTITY.sub(lambda m: _unescape(m.group(), counts), clean).translate(_SPACES)
        n = len(_INVISIBLE.findall(clean))
        if n:
            counts["invisible"] += n
            clean = _INVISIBLE.sub("", clean)
        out.append(clean + " " * (len(piece) - len(clean)))
    return "".join(out), counts


def _remojibake(m: re.Match) -> str:
    """The character a mojibake sequence stands for, or the sequence itself when it is not one."""
    seq = m.group()
    try:
        raw = b"".join(c.encode("cp1252") if c in _CP1252_SHOWN else c.encode("latin-1") for c in seq)
    except UnicodeEncodeError:
        return seq
    if raw == b"\xe2\x80":
        raw += b"\x9d"
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return seq


def _unescape(ref: str, counts: dict[str, int]) -> str:
    """The character(s) an HTML reference stands for, counted in ``counts["entities"]``; an unknown one is kept."""
    plain = html.unescape(ref)
    counts["entities"] += plain != ref
    return plain


def unwrap_hard_lines(text: str) -> tuple[str, int]:
    """``text`` with the line breaks of hard wrapping read as spaces, and how many there were.

    Text is taken as hard-wrapped when no line is longer than :data:`MAX_WRAP_WIDTH` and, of the
    line breaks between two non-blank lines, at least three and at least 30% are wraps: breaks
    where the next line's first word would not have fitted on the line (the rule of a greedy
    wrapper, with the width taken as the longest line). Only those breaks become spaces
    (``\\r\\n`` becomes two), so blank lines, headlines and the short last line of a paragraph stay
    boundaries and every offset is unchanged. A word broken at its hyphen ("ministerial-" at a
    line's end, "level" on the next) is rejoined by moving the word up one place, the space going
    after it ("ministerial-level  talks"); only offsets inside that word move. A headline about
    as long as the wrap width and not followed by a blank line is joined to the next line; that
    is the one case the rule cannot tell from a wrap.

    Examples
    --------
    >>> wrapped = ("Xi Jinping arrived in Moscow on Monday\\nfor a three-day state visit, the Kremlin\\n"
    ...            "said, while Washington warned that a\\nceasefire call would only help Russia.\\n\\n"
    ...            "Short line.\\nAnother.")
    >>> text, n = unwrap_hard_lines(wrapped)
    >>> n, len(text) == len(wrapped)
    (3, True)
    >>> print(text)
    Xi Jinping arrived in Moscow on Monday for a three-day state visit, the Kremlin said, while Washington warned that a ceasefire call would only help Russia.
    <BLANKLINE>
    Short line.
    Another.
    >>> unwrap_hard_lines("Headline\\nA first paragraph of the article.\\nA second one.")[1]
    0
    """
    lines = text.split("\n")
    bare = [line[:-1] if line.endswith("\r") else line for line in lines]
    width = max(len(line.rstrip()) for line in bare)
    if width > MAX_WRAP_WIDTH:
        return text, 0
    pairs = [i for i in range(len(bare) - 1) if bare[i].strip() and bare[i + 1].strip()]
    joins = [i for i in pairs
             if len(bare[i].rstrip()) + 1 + len(_FIRST_TOKEN.match(bare[i + 1].lstrip()).group()) > width
             and not _TIMESTAMP_LINE.fullmatch(bare[i + 1].strip())]  # (a byline, then "22 March 2023, 16:20")
    if len(joins) < 3 or len(joins) < 0.3 * len(pairs):
        return text, 0
    out = list(text)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    for i in joins:
        newline = starts[i] + len(lines[i])
        token = _FIRST_TOKEN.match(lines[i + 1]).group()
        gap = 2 if lines[i].endswith("\r") else 1
        if _HYPHEN_BREAK.search(bare[i]) and token[:1].isalpha():
            # "ministerial-\nlevel talks" -> "ministerial-level  talks": the word moves up one place
            out[newline + 1 - gap:newline + 1 + len(token)] = token + " " * gap
            continue
        out[newline] = " "
        if lines[i].endswith("\r"):
            out[newline - 1] = " "
    return "".join(out), len(joins)


def parse_article_text(text: str, article_id: str, origin: str = "", **meta: str) -> Article:
    """Split ``text`` into header metadata and body.

    Three layouts: the sample's `` date YYYY-MM-DD`` prefix, a ``key: value``
    header block (keys title, source, date, url) ended by a blank line, or a
    bare body. ``meta`` (e.g. from a manifest) fills fields the file leaves empty.
    Unicode spaces and invisible characters are read by :func:`plain_text`, and hard-wrapped
    text is unwrapped (:func:`unwrap_hard_lines`); both keep the body's length.
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
        if hm and hm.group(1).lower() in HEADER_KEYS and not _page_dateline(hm.group(1), hm.group(2)):
            try:
                offset = _parse_header(text, fields, where)
            except InputError:
                if hm.group(1).islower():  # the documented header format: the mistake is worth an error
                    raise
                # "Source: Xinhua\nEditor: ...\n2023-03-21 ...": a page's own lines, not a header
                fields = {"title": "", "source": "", "date": "", "url": ""}
    body, counts = plain_text(text[offset:])
    if not body.strip():
        raise InputError(f"{where}: no article text" + (" after the header" if offset else ""))
    if looks_like_html(body):
        raise InputError(f"{where}: looks like an HTML page, not article text; extract the text first "
                         "(e.g. save the page as plain text) and give the .txt")
    for key, value in meta.items():
        if value and key in fields and not fields[key]:
            fields[key] = check_date(value, where) if key == "date" else value
    body, unwrapped = unwrap_hard_lines(body)
    return Article(id=article_id, text=body, origin=origin, body_offset=offset, unwrapped=unwrapped, **counts,
                   **fields)


def _page_dateline(key: str, value: str) -> bool:
    """A page's own source line ("Source: Xinhua | 2023-03-21 23:58:06 | Editor: ...") rather than a header:
    a source that carries a "|", a date or a time of day.

    >>> _page_dateline("Source", "Xinhua| 2023-03-21 23:58:06| Editor: huaxia"), _page_dateline("source", "France 24")
    (True, False)
    """
    return key.lower() == "source" and bool(_DATELINE_VALUE.search(value))


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
    reader = csv.DictReader(text.splitlines(), strict=True)
    try:
        if reader.fieldnames is None or "file" not in reader.fieldnames:
            raise InputError(f"{path}:1: manifest needs a 'file' column; columns allowed: "
                             f"{', '.join(MANIFEST_COLUMNS)}")
        unknown = [c for c in reader.fieldnames if c not in MANIFEST_COLUMNS]
        if unknown:
            raise InputError(f"{path}:1: unknown column {unknown[0]!r}; columns allowed: {', '.join(MANIFEST_COLUMNS)}")
        rows = {}
        root = folder.resolve()
        for row in reader:
            line = reader.line_num
            if None in row:
                raise InputError(f"{path}:{line}: more fields than the header has")
            rows.update(_manifest_row(row, folder, root, rows, f"{path}:{line}"))
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num + 1}: CSV error: {exc}") from None
    return rows


def _manifest_row(row: dict, folder: Path, root: Path, rows: dict, where: str) -> dict:
    """``{file: metadata}`` of one manifest row; the file must exist inside ``root``."""
    name = (row.get("file") or "").strip()
    if not name:
        raise InputError(f"{where}: empty 'file' value")
    target = folder / name
    try:
        inside = not os.path.isabs(name) and target.resolve().is_relative_to(root)
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL in the name
        raise InputError(f"{where}: file {name!r} cannot be resolved (a symlink loop?)") from None
    if not inside:
        raise InputError(f"{where}: file {name!r} is outside the corpus folder")
    if not target.is_file():
        raise InputError(f"{where}: file {name!r} does not exist")
    if name in rows:
        raise InputError(f"{where}: file {name!r} listed twice")
    return {name: {k: (row.get(k) or "").strip() for k in MANIFEST_COLUMNS[1:]}}


def _folder_files(folder: Path) -> list[tuple[Path, dict]]:
    """A folder's ``.txt`` files, sorted by name, each with its manifest metadata.

    A broken manifest, or a folder without articles, spoils the whole folder: it raises.
    """
    manifest = _read_manifest(folder)
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt" and p.is_file())
    if not files:
        raise InputError(f"{folder}: no .txt articles in this folder")
    return [(p, manifest.get(p.name, {})) for p in files]


def iter_folder(folder: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article]:
    """Articles of a folder's ``.txt`` files, sorted by name, with manifest metadata."""
    for p, meta in _folder_files(folder):
        yield read_article(p, max_bytes=max_bytes, **meta)


def _jsonl_rows(path: Path, max_bytes: int) -> Iterator[tuple[str, dict | InputError]]:
    """``(where, row)`` for each non-blank line of a JSON-lines file, or ``(where, InputError)``.

    Lines are read one at a time and never more than ``max_bytes`` of one line
    is held in memory: a longer line is drained and reported.
    """
    with open(path, "rb") as fh:
        lineno = 0
        while True:
            raw = fh.readline(max_bytes + 1)
            if not raw:
                return
            lineno += 1
            where = f"{path}:{lineno}"
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                size = len(raw)
                while raw and not raw.endswith(b"\n"):  # drain the rest of the line
                    raw = fh.readline(1 << 20)
                    size += len(raw)
                yield where, InputError(f"{where}: line of {size} bytes is over the article size limit of "
                                        f"{max_bytes} bytes; raise it with --max-article-bytes")
                continue
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield where, InputError(f"{where}: not UTF-8 text (byte 0x{raw[exc.start]:02x}); "
                                        "convert the file to UTF-8")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield where, InputError(f"{where}: broken JSON at column {exc.colno} "
                                        f"({exc.msg.removesuffix(' at').removesuffix(' starting')})")
                continue
            if not isinstance(row, dict):
                yield where, InputError(f"{where}: each line must be a JSON object")
                continue
            yield where, row


def iter_jsonl(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article]:
    """Articles of a JSON-lines corpus (id, source, date, title, url, text), read one line at a time."""
    for where, row in _jsonl_rows(path, max_bytes):
        if isinstance(row, InputError):
            raise row
        yield _corpus_row(row, where)


def _csv_reader(fh, path: Path, max_bytes: int):
    """A strict DictReader over ``fh`` (an unclosed quote is an error, not a field eating the file)."""
    csv.field_size_limit(max_bytes)
    reader = csv.DictReader(fh, strict=True)
    names = reader.fieldnames or []
    for col in ("id", "text"):
        if col not in names:
            raise InputError(f"{path}:1: missing column {col!r}; columns: {', '.join(CORPUS_COLUMNS)}")
    return reader


def _csv_error(path: Path, reader, exc: csv.Error, max_bytes: int) -> str:
    """The message for a CSV error in the record that starts after the last complete one."""
    where = f"{path}:{reader.line_num + 1}"  # DictReader.line_num: the last line of the last good record
    if "field larger than field limit" in str(exc):
        return (f"{where}: a field is over the article size limit of {max_bytes} bytes; "
                "raise it with --max-article-bytes")
    if "unexpected end of data" in str(exc):
        return f"{where}: CSV error: a quoted field opened in this row is never closed"
    return f"{where}: CSV error: {exc}"


def _bad_utf8_line(path: Path) -> int:
    """Line number of the first line of ``path`` that is not UTF-8 (read line by line)."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return lineno
    return 0


def iter_csv(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article]:
    """Articles of a CSV corpus with a header row (id, source, date, title, url, text), read row by row."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = None
        try:
            reader = _csv_reader(fh, path, max_bytes)
            for row in reader:
                if None in row:
                    raise InputError(f"{path}:{reader.line_num}: more fields than the header has")
                yield _corpus_row(row, f"{path}:{reader.line_num}")
        except csv.Error as exc:
            if reader is None:
                raise InputError(f"{path}:1: CSV error: {exc}") from None
            raise InputError(_csv_error(path, reader, exc, max_bytes)) from None
        except UnicodeDecodeError:
            raise InputError(f"{path}:{_bad_utf8_line(path)}: not UTF-8 text; convert the file to UTF-8") from None


def _corpus_row(row: dict, where: str) -> Article:
    aid = str(row.get("id") or "").strip()
    text = row.get("text")
    if not aid:
        raise InputError(f"{where}: missing 'id'")
    check_article_id(aid, where)
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
        items = _read_path(path, max_bytes, lenient=False)
        n = 0
        for art in items:
            if art.id in seen:
                raise InputError(f"{art.origin or path}: duplicate article id {art.id!r} (also in {seen[art.id]})")
            seen[art.id] = art.origin or str(path)
            n += 1
            yield art
        if n == 0:
            raise InputError(f"{path}: no articles in this corpus")


def _read_path(path: Path, max_bytes: int, lenient: bool) -> Iterator:
    """The articles of one input path; with ``lenient``, unreadable articles come as :class:`Skip` records."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        return (_lenient_folder if lenient else iter_folder)(path, max_bytes)
    if path.suffix == ".jsonl":
        return (_lenient_jsonl if lenient else iter_jsonl)(path, max_bytes)
    if path.suffix == ".csv":
        return (_lenient_csv if lenient else iter_csv)(path, max_bytes)
    try:
        return iter([read_article(path, max_bytes=max_bytes)])
    except InputError as exc:
        if not lenient:
            raise
        return iter([Skip(str(path), str(exc))])


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
    for p, meta in _folder_files(folder):
        try:
            yield read_article(p, max_bytes=max_bytes, **meta)
        except InputError as exc:
            yield Skip(str(p), str(exc))


def _lenient_jsonl(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | Skip]:
    for where, row in _jsonl_rows(path, max_bytes):
        if isinstance(row, InputError):
            yield Skip(where, str(row))
            continue
        try:
            yield _corpus_row(row, where)
        except InputError as exc:
            yield Skip(where, str(exc))


def _lenient_csv(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | Skip]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = _csv_reader(fh, path, max_bytes)  # no id/text column: the whole corpus is refused
        try:
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
            yield Skip(f"{path}:{reader.line_num + 1}", _csv_error(path, reader, exc, max_bytes)
                       + "; rows from it on were not read")
        except UnicodeDecodeError:
            where = f"{path}:{_bad_utf8_line(path)}"
            yield Skip(where, f"{where}: not UTF-8 text; convert the file to UTF-8; rows from it on were not read")


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
        items = _read_path(path, max_bytes, lenient=True)
        for art in items:
            if isinstance(art, Article):
                where = art.origin or str(path)
                if art.id in seen:
                    art = Skip(where, f"{where}: duplicate article id {art.id!r} (also in {seen[art.id]})")
                else:
                    seen[art.id] = where
            yield art
