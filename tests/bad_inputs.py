"""The catalogue of hostile and broken inputs: what users feed ``stance`` and what it must answer.

Each case is a :class:`Case`: the files to lay out in a fresh folder (bytes,
or a callable that makes the file, for large, sparse or symlinked inputs), the
command line run there in-process, the one ``error:`` line expected on stderr
(exact text, or a regex when it starts with ``re:``) and the exit code.
Accepted inputs (exit 0) name the body text the offsets must slice.
``tests/test_bad_inputs.py`` runs them all. Large inputs are made at test
time in tmp_path and never committed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Union

BODY = "Xi met Putin in Moscow. Peskov said the talks were useful."
GOOD = BODY.encode()
MB = 1024 * 1024

Maker = Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    """One input and the answer ``stance`` must give.

    Attributes
    ----------
    name : str
        Test id.
    files : dict
        ``relative path -> bytes`` or ``relative path -> maker(path)``.
    argv : list of str
        Command line, run with the case folder as the current folder.
    expected : str
        The single ``error:`` line, exact, or ``re:<regex>``; for exit 0 the
        command's one summary line.
    code : int
        Exit code.
    body : str, optional
        For accepted inputs: the decoded article body the statement offsets index.
    """

    name: str
    files: dict
    argv: list
    expected: str
    code: int = 2
    body: str | None = None

    @property
    def out(self) -> str:
        """The output path the command was asked to write."""
        return self.argv[self.argv.index("-o") + 1]


def sparse(size: int) -> Maker:
    """A maker of a ``size``-byte sparse file (no disk, no time): the size check must refuse it unread."""
    def make(path: Path) -> None:
        with open(path, "wb") as fh:
            fh.truncate(size)
    return make


def symlink(target: str) -> Maker:
    """A maker of a symlink to ``target`` (relative to the case folder)."""
    def make(path: Path) -> None:
        os.symlink(Path(target) if Path(target).is_absolute() else path.parent.resolve().parent / target, path)
    return make


def jsonl(*rows) -> bytes:
    """JSON lines; a ``str`` row is written as it is (for broken lines)."""
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows).encode()


def row(aid: str = "a1", text: str = BODY, **kw) -> dict:
    return {"id": aid, "source": "Wire", "date": "2023-03-20", "text": text} | kw


def analyze(*paths: str, extra=()) -> list:
    return ["analyze", *paths, "-o", "out.csv", *extra]


CASES: list[Case] = [
    # --- encodings and bytes -----------------------------------------------------------------
    Case("empty", {"a.txt": b""}, analyze("a.txt"), "error: a.txt: file is empty"),
    Case("whitespace_only", {"a.txt": b"  \n\t\r\n  \n"}, analyze("a.txt"), "error: a.txt: no article text"),
    Case("binary_png", {"a.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))}, analyze("a.txt"),
         "error: a.txt: binary file (contains NUL bytes), not a text article"),
    Case("nul_byte_at_end", {"a.txt": GOOD + b"\x00"}, analyze("a.txt"),
         "error: a.txt: binary file (contains NUL bytes), not a text article"),
    Case("nul_byte_far_in", {"a.txt": GOOD * 400 + b"\x00" + GOOD}, analyze("a.txt"),
         "error: a.txt: binary file (contains NUL bytes), not a text article"),
    Case("utf16le_no_bom", {"a.txt": BODY.encode("utf-16-le")}, analyze("a.txt"),
         "error: a.txt: looks like UTF-16 text without a byte order mark; save it as UTF-8"),
    Case("utf16be_no_bom", {"a.txt": BODY.encode("utf-16-be")}, analyze("a.txt"),
         "error: a.txt: looks like UTF-16 text without a byte order mark; save it as UTF-8"),
    Case("utf16_bom_broken", {"a.txt": b"\xff\xfe" + BODY.encode("utf-16-le") + b"\x00\xd8"}, analyze("a.txt"),
         "error: a.txt: broken UTF-16 text; save it as UTF-8"),
    Case("latin1", {"a.txt": "Xi met Putin.\nLe caf\xe9 ferm\xe9.".encode("latin-1")}, analyze("a.txt"),
         "error: a.txt:2: not UTF-8 text (byte 0xe9); convert the file to UTF-8"),
    Case("cp1252_quotes", {"a.txt": b"Peskov said \x93useful\x94 talks."}, analyze("a.txt"),
         "error: a.txt:1: not UTF-8 text (byte 0x93); convert the file to UTF-8"),
    # accepted: BOM, line ends, UTF-16 with a BOM -- offsets must slice the decoded body
    Case("utf8_bom", {"a.txt": b"\xef\xbb\xbf" + GOOD}, analyze("a.txt"),
         "2 statements from 1 article -> out.csv", 0, body=BODY),
    Case("crlf", {"a.txt": b"Xi met Putin.\r\n\r\nPeskov said the talks were useful.\r\n"}, analyze("a.txt"),
         "2 statements from 1 article -> out.csv", 0,
         body="Xi met Putin.\r\n\r\nPeskov said the talks were useful.\r\n"),
    Case("lone_cr", {"a.txt": b"Xi met Putin.\r\rPeskov said the talks were useful.\r"}, analyze("a.txt"),
         "2 statements from 1 article -> out.csv", 0, body="Xi met Putin.\r\rPeskov said the talks were useful.\r"),
    Case("utf16le_bom", {"a.txt": BODY.encode("utf-16")}, analyze("a.txt"),
         "2 statements from 1 article -> out.csv", 0, body=BODY),
    Case("utf16be_bom", {"a.txt": b"\xfe\xff" + ("title: T\n\n" + BODY).encode("utf-16-be")}, analyze("a.txt"),
         "2 statements from 1 article -> out.csv", 0, body=BODY),
    Case("bom_and_crlf_header", {"a.txt": b"\xef\xbb\xbftitle: T\r\nsource: W\r\n\r\n" + GOOD}, analyze("a.txt"),
         "2 statements from 1 article -> out.csv", 0, body=BODY),
    # --- size limits ---------------------------------------------------------------------------
    Case("article_50mb", {"big.txt": sparse(50 * MB)}, analyze("big.txt"),
         f"error: big.txt: {50 * MB} bytes is over the article size limit of {20 * MB} bytes; "
         "raise it with --max-article-bytes"),
    Case("article_over_flag", {"a.txt": GOOD * 100}, analyze("a.txt", extra=["--max-article-bytes", "1000"]),
         f"error: a.txt: {len(GOOD) * 100} bytes is over the article size limit of 1000 bytes; "
         "raise it with --max-article-bytes"),
    Case("article_bytes_zero", {"a.txt": GOOD}, analyze("a.txt", extra=["--max-article-bytes", "0"]),
         "error: argument --max-article-bytes: 0 must be at least 1"),
    Case("statement_chars_negative", {"a.txt": GOOD}, analyze("a.txt", extra=["--max-statement-chars", "-5"]),
         "error: argument --max-statement-chars: -5 must be at least 1"),
    Case("statement_chars_not_number", {"a.txt": GOOD}, analyze("a.txt", extra=["--max-statement-chars", "lots"]),
         "error: argument --max-statement-chars: 'lots' is not a whole number"),
    Case("sentence_5000_chars", {"a.txt": ("word " * 1000).strip().encode()}, analyze("a.txt"),
         "3 statements from 1 article -> out.csv", 0, body=("word " * 1000).strip()),
    Case("sentence_5000_chars_small_limit", {"a.txt": ("word " * 1000).strip().encode()},
         analyze("a.txt", extra=["--max-statement-chars", "500"]),
         "10 statements from 1 article -> out.csv", 0, body=("word " * 1000).strip()),
    Case("one_5000_char_token", {"a.txt": b"x" * 5000}, analyze("a.txt"),
         "3 statements from 1 article -> out.csv", 0, body="x" * 5000),
    Case("jsonl_line_over_limit", {"c.jsonl": jsonl(row("a1"), row("a2", "Talks. " * 400))},
         analyze("c.jsonl", extra=["--max-article-bytes", "1000"]),
         "re:error: c\\.jsonl:2: line of \\d+ bytes is over the article size limit of 1000 bytes; "
         "raise it with --max-article-bytes"),
    Case("csv_field_over_limit", {"c.csv": b"id,text\na1,Short one.\na2,\"" + b"Talks. " * 400 + b"\"\n"},
         analyze("c.csv", extra=["--max-article-bytes", "1000"]),
         "error: c.csv:3: a field is over the article size limit of 1000 bytes; raise it with --max-article-bytes"),
    # --- HTML instead of text ------------------------------------------------------------------
    Case("html_doctype", {"a.txt": b"<!DOCTYPE html>\n<html><body><p>" + GOOD + b"</p></body></html>"},
         analyze("a.txt"), "error: a.txt: looks like an HTML page, not article text; extract the text first "
                           "(e.g. save the page as plain text) and give the .txt"),
    Case("html_tag_start", {"a.txt": b"  <html lang=en><p>" + GOOD + b"</p></html>"}, analyze("a.txt"),
         "error: a.txt: looks like an HTML page, not article text; extract the text first "
         "(e.g. save the page as plain text) and give the .txt"),
    Case("html_mostly_tags", {"a.txt": b'<div class="story"><p><span>Xi</span> <a href="/x">met</a></p>'
                                       b'<p><span class="n">Putin</span></p></div>'}, analyze("a.txt"),
         "error: a.txt: looks like an HTML page, not article text; extract the text first "
         "(e.g. save the page as plain text) and give the .txt"),
    Case("html_in_jsonl_row", {"c.jsonl": jsonl(row("a1", "<!doctype html><p>Xi met Putin.</p>"))},
         analyze("c.jsonl"), "error: c.jsonl:1: looks like an HTML page, not article text; extract the text "
                             "first (e.g. save the page as plain text) and give the .txt"),
    Case("prose_mentioning_tags", {"a.txt": b"Engineers said the <b> tag and <i> tag still work. Peskov agreed."},
         analyze("a.txt"), "2 statements from 1 article -> out.csv", 0,
         body="Engineers said the <b> tag and <i> tag still work. Peskov agreed."),
    # --- header blocks -------------------------------------------------------------------------
    Case("header_unknown_key", {"a.txt": b"title: Talks\nauthor: Ann\n\n" + GOOD}, analyze("a.txt"),
         "error: a.txt:2: unknown header key 'author'; allowed: title, source, date, url"),
    Case("header_repeated_key", {"a.txt": b"title: Talks\nsource: A\nsource: B\n\n" + GOOD}, analyze("a.txt"),
         "error: a.txt:3: header key 'source' repeated"),
    Case("header_bad_date", {"a.txt": b"title: Talks\ndate: 2023-02-30\n\n" + GOOD}, analyze("a.txt"),
         "error: a.txt:2: bad date '2023-02-30'; expected YYYY-MM-DD"),
    Case("header_date_words", {"a.txt": b"date: March 20, 2023\n\n" + GOOD}, analyze("a.txt"),
         "error: a.txt:1: bad date 'March 20, 2023'; expected YYYY-MM-DD"),
    Case("date_prefix_bad", {"a.txt": b" date 2023-13-01 " + GOOD}, analyze("a.txt"),
         "error: a.txt: bad date '2023-13-01'; expected YYYY-MM-DD"),
    Case("header_not_key_value", {"a.txt": b"title: Talks\nthis is prose\n\n" + GOOD}, analyze("a.txt"),
         "error: a.txt:2: header line is not 'key: value'; end the header block with a blank line"),
    Case("header_without_body", {"a.txt": b"title: Talks\nsource: Wire\n\n\n"}, analyze("a.txt"),
         "error: a.txt: no article text after the header"),
    Case("header_never_ends", {"a.txt": b"title: Talks\nsource: Wire"}, analyze("a.txt"),
         "error: a.txt: header block is not followed by a blank line and article text"),
    # --- JSONL corpora -------------------------------------------------------------------------
    Case("jsonl_broken_line", {"c.jsonl": jsonl(row("a1"), row("a2"), '{"id": "a3", "text": "Xi')},
         analyze("c.jsonl"), "error: c.jsonl:3: broken JSON at column 25 (Invalid control character)"),
    Case("jsonl_not_object", {"c.jsonl": jsonl(row("a1"), "[1, 2]")}, analyze("c.jsonl"),
         "error: c.jsonl:2: each line must be a JSON object"),
    Case("jsonl_missing_text", {"c.jsonl": jsonl({"id": "a1", "source": "W"})}, analyze("c.jsonl"),
         "error: c.jsonl:1: missing or empty 'text'"),
    Case("jsonl_text_not_string", {"c.jsonl": jsonl({"id": "a1", "text": 42})}, analyze("c.jsonl"),
         "error: c.jsonl:1: missing or empty 'text'"),
    Case("jsonl_missing_id", {"c.jsonl": jsonl({"text": BODY})}, analyze("c.jsonl"),
         "error: c.jsonl:1: missing 'id'"),
    Case("jsonl_duplicate_id", {"c.jsonl": jsonl(row("a1"), row("a2"), row("a1"))}, analyze("c.jsonl"),
         "error: c.jsonl:3: duplicate article id 'a1' (also in c.jsonl:1)"),
    Case("jsonl_bad_date", {"c.jsonl": jsonl(row("a1", date="20/03/2023"))}, analyze("c.jsonl"),
         "error: c.jsonl:1: bad date '20/03/2023'; expected YYYY-MM-DD"),
    Case("jsonl_latin1_line", {"c.jsonl": jsonl(row("a1")) + b'{"id": "a2", "text": "caf\xe9"}\n'},
         analyze("c.jsonl"), "error: c.jsonl:2: not UTF-8 text (byte 0xe9); convert the file to UTF-8"),
    Case("jsonl_id_escapes", {"c.jsonl": jsonl(row("../../evil"))}, ["report", "c.jsonl", "-o", "out"],
         "error: c.jsonl:1: article id '../../evil' cannot name a file; ids may not contain '/', '\\' or control "
         "characters, start with '.', or be longer than 200 characters"),
    Case("jsonl_no_rows", {"c.jsonl": b"\n\n"}, analyze("c.jsonl"), "error: c.jsonl: no articles in this corpus"),
    Case("jsonl_bom_accepted", {"c.jsonl": b"\xef\xbb\xbf" + jsonl(row("a1"))}, analyze("c.jsonl"),
         "2 statements from 1 article -> out.csv", 0, body=BODY),
    # --- CSV corpora ---------------------------------------------------------------------------
    Case("csv_missing_column", {"c.csv": b"id,source\na1,Wire\n"}, analyze("c.csv"),
         "error: c.csv:1: missing column 'text'; columns: id, source, date, title, url, text"),
    Case("csv_unclosed_quote", {"c.csv": b'id,text\na1,"Xi met Putin.\na2,Peskov spoke.\n'}, analyze("c.csv"),
         "error: c.csv:2: CSV error: a quoted field opened in this row is never closed"),
    Case("csv_stray_quote", {"c.csv": b'id,text\na1,"Xi met" Putin.\n'}, analyze("c.csv"),
         "error: c.csv:2: CSV error: ',' expected after '\"'"),
    Case("csv_extra_field", {"c.csv": b"id,text\na1,Xi met Putin.,extra\n"}, analyze("c.csv"),
         "error: c.csv:2: more fields than the header has"),
    Case("csv_duplicate_id", {"c.csv": b"id,text\na1,Xi met Putin.\na1,Peskov spoke.\n"}, analyze("c.csv"),
         "error: c.csv:3: duplicate article id 'a1' (also in c.csv:2)"),
    Case("csv_empty_text", {"c.csv": b"id,text\na1,\n"}, analyze("c.csv"), "error: c.csv:2: missing or empty 'text'"),
    Case("csv_latin1", {"c.csv": b"id,text\na1,Xi met Putin.\na2,caf\xe9\n"}, analyze("c.csv"),
         "error: c.csv:3: not UTF-8 text; convert the file to UTF-8"),
    Case("csv_empty_file", {"c.csv": b""}, analyze("c.csv"),
         "error: c.csv:1: missing column 'id'; columns: id, source, date, title, url, text"),
    # --- folders and manifests -----------------------------------------------------------------
    Case("missing_path", {}, analyze("nope.txt"), "error: nope.txt: no such file or folder"),
    Case("folder_without_articles", {"d/notes.md": b"x"}, analyze("d"), "error: d: no .txt articles in this folder"),
    Case("manifest_missing_file", {"d/a.txt": GOOD, "d/manifest.csv": b"file,source\na.txt,W\nb.txt,W\n"},
         analyze("d"), "error: d/manifest.csv:3: file 'b.txt' does not exist"),
    Case("manifest_dotdot", {"d/a.txt": GOOD, "x.txt": GOOD, "d/manifest.csv": b"file,source\n../x.txt,W\n"},
         analyze("d"), "error: d/manifest.csv:2: file '../x.txt' is outside the corpus folder"),
    Case("manifest_absolute", {"d/a.txt": GOOD, "d/manifest.csv": b"file,source\n/etc/hostname,W\n"},
         analyze("d"), "error: d/manifest.csv:2: file '/etc/hostname' is outside the corpus folder"),
    Case("manifest_symlink_out", {"x.txt": GOOD, "d/a.txt": GOOD, "d/link.txt": symlink("x.txt"),
                                  "d/manifest.csv": b"file,source\nlink.txt,W\n"},
         analyze("d"), "error: d/manifest.csv:2: file 'link.txt' is outside the corpus folder"),
    Case("manifest_symlink_loop", {"d/a.txt": GOOD, "d/loop.txt": symlink("d/loop.txt"),
                                   "d/manifest.csv": b"file,source\nloop.txt,W\n"},
         analyze("d"), "error: d/manifest.csv:2: file 'loop.txt' cannot be resolved (a symlink loop?)"),
    Case("manifest_no_file_column", {"d/a.txt": GOOD, "d/manifest.csv": b"name,source\na.txt,W\n"}, analyze("d"),
         "error: d/manifest.csv:1: manifest needs a 'file' column; columns allowed: file, source, date, title, url"),
    Case("manifest_unknown_column", {"d/a.txt": GOOD, "d/manifest.csv": b"file,sourse\na.txt,W\n"}, analyze("d"),
         "error: d/manifest.csv:1: unknown column 'sourse'; columns allowed: file, source, date, title, url"),
    Case("manifest_listed_twice", {"d/a.txt": GOOD, "d/manifest.csv": b"file,source\na.txt,W\na.txt,V\n"},
         analyze("d"), "error: d/manifest.csv:3: file 'a.txt' listed twice"),
    Case("manifest_bad_date", {"d/a.txt": GOOD, "d/manifest.csv": b"file,date\na.txt,2023-3-20\n"}, analyze("d"),
         "error: d/a.txt: bad date '2023-3-20'; expected YYYY-MM-DD"),
    Case("manifest_quoting", {"d/a.txt": GOOD, "d/manifest.csv": b'file,title\na.txt,"Talks" in Moscow\n'},
         analyze("d"), "error: d/manifest.csv:2: CSV error: ',' expected after '\"'"),
    Case("duplicate_id_across_inputs", {"a.txt": GOOD, "d/a.txt": GOOD}, analyze("a.txt", "d"),
         "error: d/a.txt: duplicate article id 'a' (also in a.txt)"),
    # --- configs: label schemes and experiment configs -----------------------------------------
    Case("scheme_not_toml", {"a.txt": GOOD, "s.toml": b"name = [unclosed\n"},
         analyze("a.txt", extra=["--scheme", "s.toml"]), "re:error: s\\.toml: not valid TOML: .+"),
    Case("scheme_is_folder", {"a.txt": GOOD, "s.toml": lambda p: p.mkdir()},
         analyze("a.txt", extra=["--scheme", "s.toml"]), "error: s.toml: is a folder, expected a .toml scheme file"),
    Case("scheme_unknown_key", {"a.txt": GOOD, "s.toml": b'name = "x"\ncolor = "red"\n[labels.a]\n'
                                                          b'definition = "A"\n[labels.b]\ndefinition = "B"\n'},
         analyze("a.txt", extra=["--scheme", "s.toml"]), "re:error: s\\.toml: unknown scheme key 'color'; allowed: .+"),
    Case("scheme_wrong_type", {"a.txt": GOOD, "s.toml": b'name = "x"\nuncertain_below = "high"\n[labels.a]\n'
                                                         b'definition = "A"\n[labels.b]\ndefinition = "B"\n'},
         analyze("a.txt", extra=["--scheme", "s.toml"]),
         "error: s.toml: uncertain_below must be a number from 0 to 1"),
    Case("experiment_unknown_key", {"e.toml": b'kind = "cv"\nseeed = 3\n'}, ["experiment", "run", "e.toml", "-o", "out"],
         "re:error: e\\.toml: unknown key 'seeed'; allowed: .+"),
    Case("experiment_wrong_type", {"e.toml": b'seed = "three"\n'}, ["experiment", "run", "e.toml", "-o", "out"],
         "error: e.toml: seed must be int, got 'three'"),
    Case("experiment_scheme_missing", {"e.toml": b'[scheme]\npath = "../nowhere/s.toml"\n'},
         ["experiment", "run", "e.toml", "-o", "out"], "re:error: e\\.toml: scheme\\.path: no such file .+s\\.toml"),
    # --- outputs -------------------------------------------------------------------------------
    Case("output_wrong_suffix", {"a.txt": GOOD}, ["analyze", "a.txt", "-o", "out.txt"],
         "error: out.txt: output must end in .csv or .jsonl"),
    Case("output_folder_missing", {"a.txt": GOOD}, ["analyze", "a.txt", "-o", "no/such/out.csv"],
         "error: no/such: no such folder"),
    # --- compare: a corpus-level problem refuses, a bad row is a recorded skip -----------------
    Case("compare_no_source", {"c.jsonl": jsonl(row("a1", source=""))}, ["compare", "c.jsonl", "-o", "out",
                                                                          "--no-progress", "--jobs", "1"],
         "error: 1 article has no source, which compare needs: c.jsonl:1; give one with a 'source:' header line, "
         "a manifest.csv 'source' column, a corpus 'source' field, or --default-source NAME"),
    Case("compare_nothing_readable", {"c.jsonl": jsonl("{broken")}, ["compare", "c.jsonl", "-o", "out",
                                                                     "--no-progress", "--jobs", "1"],
         "error: c.jsonl: no readable article to compare"),
    Case("compare_dask_without_scheduler", {"c.jsonl": jsonl(row())},
         ["compare", "c.jsonl", "-o", "out", "--engine", "dask"],
         "error: --engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)"),
    Case("compare_training_missing", {"c.jsonl": jsonl(row())},
         ["compare", "c.jsonl", "-o", "out", "--training", "nowhere.csv", "--no-progress", "--jobs", "1"],
         "re:error: .*nowhere\\.csv.*"),
    Case("compare_batch_zero", {"c.jsonl": jsonl(row())}, ["compare", "c.jsonl", "-o", "out", "--batch-size", "0"],
         "error: argument --batch-size: 0 must be at least 1"),
]

# compare keeps going past a bad corpus row: it is recorded in skipped.csv with its line, exit 3.
SKIP_CASES = [
    ("broken_json_line", jsonl(row("a1"), "{not json", row("a2")), "c.jsonl:2",
     "c.jsonl:2: broken JSON at column 2 (Expecting property name enclosed in double quotes)"),
    ("html_row", jsonl(row("a1"), row("a2", "<html><body>x</body></html>")), "c.jsonl:2",
     "c.jsonl:2: looks like an HTML page, not article text; extract the text first (e.g. save the page as plain "
     "text) and give the .txt"),
    ("duplicate_id", jsonl(row("a1"), row("a1")), "c.jsonl:2", "c.jsonl:2: duplicate article id 'a1' (also in c.jsonl:1)"),
    ("line_over_limit", jsonl(row("a1"), row("a2", "Talks. " * 3000)), "c.jsonl:2",
     "c.jsonl:2: line of 21065 bytes is over the article size limit of 20000 bytes; raise it with --max-article-bytes"),
]
