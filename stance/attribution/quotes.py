"""Quoted passages: where quotes open and close, and the text with them masked."""

from __future__ import annotations

import re

from .lexicon import _QUOTE_CLOSE, _QUOTE_OPEN

# --- quotes ----------------------------------------------------------------

def quote_spans(text: str, start: str | None = None) -> tuple[list[tuple[int, int]], bool]:
    """Paired quote spans (content offsets) in ``text``, and whether a quote is left open.

    Double quotes: straight marks pair in order; a curly opening mark pairs with the next closing mark.
    Single curly quotes (British style, ‘We hope,’ he said) pair when ‘ opens at a word start and ’ closes at
    a word end; an apostrophe inside a word (Xi’s) never closes. ``start`` ("double" or "single") says the
    text begins inside a quote opened earlier. An odd or unclosed mark never raises: the open quote runs to
    the end of the text and the second value is True.

    >>> quote_spans('He said: “We hope,” and left.')
    ([(10, 18)], False)
    >>> quote_spans("‘It is Xi’s plan,’ she said.")
    ([(1, 17)], False)
    """
    spans, end = _scan_quotes(text, start)
    return spans, end is not None


_QUOTE_CHARS = re.compile("[" + re.escape(_QUOTE_OPEN + _QUOTE_CLOSE + "‘’'") + "]")


def _scan_quotes(text: str, start: str | None = None) -> tuple[list[tuple[int, int]], str | None]:
    spans = []
    kind = start
    open_at = 0 if start else None
    n = len(text)
    for m in _QUOTE_CHARS.finditer(text):
        i, ch = m.start(), m.group()
        if kind is None:
            if ch in _QUOTE_OPEN and ch != "”":
                kind, open_at = "double", i + 1
            elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()) and i + 1 < n and not text[i + 1].isspace():
                kind, open_at = "single", i + 1
            elif ch == "'" and (i == 0 or not text[i - 1].isalnum() and text[i - 1] not in "'’") and i + 1 < n \
                    and text[i + 1].isalpha():  # a straight single quote opens at a word start, before a letter ('90s)
                kind, open_at = "single", i + 1
            elif ch == "”" and not spans and i > 0:
                spans.append((0, i))  # a closing mark with no opener: the quote began before this text
        elif kind == "double":
            if ch in _QUOTE_CLOSE and ch != "“":
                spans.append((open_at, i))
                kind = None
        elif ch in "’'" and (i + 1 == n or not text[i + 1].isalnum()) and i > 0 and not text[i - 1].isspace():
            spans.append((open_at, i))
            kind = None
    if kind is not None:
        spans.append((open_at, n))
    return spans, kind


def _mask(text: str, spans) -> str:
    """``text`` with every non-space character inside ``spans`` (quoted passages) replaced by "x"."""
    if not spans:
        return text
    out, last = [], 0
    for a, b in sorted(spans):
        a = max(a, last)  # (overlapping spans: what is masked stays masked)
        if a >= b:
            continue
        out += [text[last:a], _NON_SPACE.sub("x", text[a:b])]
        last = b
    out.append(text[last:])
    return "".join(out)


_NON_SPACE = re.compile(r"\S")
