"""Sentence segmentation with NLTK Punkt, exact offsets, quote-aware.

Punkt runs untrained, with abbreviations common in news given as data, so it
needs no downloaded model. Lines are hard boundaries (headlines, furniture,
paragraphs); page furniture lines are set aside, not dropped silently.

For every statement ``article.text[start:end] == text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Abbreviations Punkt must not treat as sentence ends (lowercase, no final
# period; "u.s" covers "U.S.").
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt sgt adm cmdr brig sen rep gov pres st jr sr rev hon amb
u.s u.k u.n e.u u.s.a p.m a.m e.g i.e etc vs inc corp co ltd dept est approx
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
ft mt sq fig vol pp
""".split())

MAX_STATEMENT_CHARS = 2000  # longer runs are cut at spaces; raise with --max-statement-chars

_QUOTE_CHARS = "\"“”„«»"
# A piece that starts with one of these lowercase words continues the sentence before it ("George W Bush.
# and Barack Obama."). Other lowercase starts are real sentences in some styles ("russian forces shelled ...").
_CONTINUATION_START = re.compile(
    r"\A[\"'“”‘’(\[]?(?:and|or|but|nor|between|of|to|in|on|at|with|which|who|whom|whose|that|for|as|by|from|"
    r"than|then|while|whereas|including|a|an|the|its|their|his|her|is|are|was|were|said|says|etc|vs)\b")
_NO_WORD = re.compile(r"\A[\W_]*\Z")
_NEWLINE = re.compile(r"\r\n|\r|\n")
# A name's initials ("R.K. Saxena", "George W. Bush") do not end a sentence; these abbreviations may.
_INITIALS_END = re.compile(r"(?:\A|\s)((?:[A-Z]\.){1,3})\Z")
_STOP_ABBREVIATIONS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "A.", "I."})


@dataclass(frozen=True)
class Span:
    """A statement or a furniture line: offsets into the article text."""

    start: int
    end: int
    text: str
    paragraph: int
    kind: str = "statement"  # or "furniture"


@lru_cache(maxsize=1)
def _tokenizer():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


@lru_cache(maxsize=1)
def _furniture_lines() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The patterns of ``stance/data/furniture.txt``: those matched against the whole line, and those that start
    with ``.*`` (with the ``.*`` cut off), read once."""
    text = resources.files("stance").joinpath("data/furniture.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return (tuple(line for line in lines if not line.startswith(".*")),
            tuple(line[2:] for line in lines if line.startswith(".*")))


@lru_cache(maxsize=1)
def furniture_regex() -> tuple[re.Pattern, tuple[re.Pattern, ...]]:
    """The page-furniture line patterns of ``stance/data/furniture.txt``: one alternation of the patterns
    matched against the whole line (a line is matched once rather than once per pattern), and the patterns
    that start with ``.*`` (a caption's credit, a date at the end), each searched for at the line's end
    instead (``fullmatch(".*X")`` is ``search("X\\Z")``; one by one, a literal start is found
    by a fast scan, which an alternation defeats)."""
    whole, tail = _furniture_lines()
    return (re.compile("|".join(f"(?:{line})" for line in whole), re.IGNORECASE),
            tuple(re.compile(f"(?:{line})\\Z", re.IGNORECASE) for line in tail))


def _set_chars(entries) -> set[str] | None:
    """The characters (lowercased) a parsed character set ``[...]`` matches, if it is a small explicit set."""
    from re import _constants as C

    out: set[str] = set()
    for op, av in entries:
        if op is C.LITERAL:
            out.add(chr(av).lower())
        elif op is C.RANGE and av[1] - av[0] < 400:
            out.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out.update("0123456789")
        else:
            return None  # a negated set, \w, \s: anything
    return out


def _first_chars(items) -> tuple[set[str] | None, bool]:
    """The characters (lowercased) a parsed pattern can start with, and whether it can match the empty string;
    None for "any character" whenever that is not certain."""
    from re import _constants as C

    first: set[str] = set()
    for op, av in items:
        if op is C.AT or op is C.ASSERT_NOT:
            continue  # an anchor or a negative look-ahead consumes nothing
        if op is C.LITERAL:
            return first | {chr(av).lower()}, False
        if op is C.IN:
            chars = _set_chars(av)
            return (None, False) if chars is None else (first | chars, False)
        if op is C.SUBPATTERN:
            sub, nullable = _first_chars(av[-1])
        elif op is C.BRANCH:
            sub, nullable = set(), False
            for alt in av[1]:
                chars, empty = _first_chars(alt)
                sub = None if sub is None or chars is None else sub | chars
                nullable = nullable or empty
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            sub, nullable = _first_chars(av[2])
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if sub is None:
            return None, False
        first |= sub
        if not nullable:
            return first, False
    return first, True


def _starts(items, n: int = 2, limit: int = 400) -> set[str] | None:
    """The texts (lowercased, ``n`` characters long) every match of a parsed pattern that is ``n`` characters
    or longer starts with; None when they are not certain or more than ``limit``.

    >>> from re import _parser
    >>> sorted(_starts(_parser.parse("(also read|read more)[:|].*", re.IGNORECASE).data))
    ['al', 're']
    >>> _starts(_parser.parse(".{2,60} is on telegram", re.IGNORECASE).data) is None
    True
    """
    from re import _constants as C

    def run(partial: set[str], seq) -> tuple[set[str], set[str]] | None:
        """Extend the texts shorter than n by ``seq``: (those still shorter, those n long)."""
        done: set[str] = set()
        for op, av in seq:
            if not partial:
                break
            if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
                continue  # consumes nothing; ignoring a look-ahead only lets more texts through
            if op is C.LITERAL or op is C.IN:
                chars = {chr(av)} if op is C.LITERAL else _set_chars(av)
                if chars is None or not all(c.isascii() for c in chars):
                    return None  # anything, or a letter beyond ASCII whose case-folding is not a plain lower()
                grown = {p + c.lower() for p in partial for c in chars}
                partial = {p for p in grown if len(p) < n}
                done |= grown - partial
            elif op is C.SUBPATTERN or op is C.BRANCH:
                alts = [av[-1]] if op is C.SUBPATTERN else av[1]
                out: set[str] = set()
                for alt in alts:
                    r = run(partial, alt)
                    if r is None:
                        return None
                    out |= r[0]
                    done |= r[1]
                partial = out
            elif op is C.MAX_REPEAT or op is C.MIN_REPEAT:
                lo, hi, sub = av
                cur, out = partial, (set(partial) if lo == 0 else set())
                for k in range(1, min(hi, n + lo) + 1):
                    r = run(cur, sub)
                    if r is None:
                        return None
                    cur = r[0]
                    done |= r[1]
                    if k >= lo:
                        out |= cur
                    if not cur:
                        break
                partial = out
            else:
                return None
            if len(partial) + len(done) > limit:
                return None
        return partial, done

    r = run({""}, items)
    return None if r is None else r[1]


@lru_cache(maxsize=1)
def _furniture_groups() -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]], list[str]]:
    """The whole-line furniture patterns grouped by how a line must start to match them: ``by_two`` by the two
    ASCII characters their matches can start with ("get the latest ..." under "ge", "(also read|read more)..."
    under "al" and "re"), ``by_one`` by the characters the others can start with, ``first`` all of them by first character (for lines that do not
    start with two ASCII characters), and ``anywhere`` the patterns that can start with anything."""
    from re import _parser

    whole, _ = _furniture_lines()
    by_two: dict[str, list[str]] = {}
    by_one: dict[str, list[str]] = {}
    first: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for line in whole:
        items = _parser.parse(line, re.IGNORECASE).data
        chars, nullable = _first_chars(items)
        if chars is None or nullable:
            anywhere.append(line)
            continue
        for c in chars:
            first.setdefault(c, []).append(line)
        starts = _starts(items)
        if starts is not None:
            for two in starts:
                by_two.setdefault(two, []).append(line)
        else:
            for c in chars:
                by_one.setdefault(c, []).append(line)
    return by_two, by_one, first, anywhere


@lru_cache(maxsize=4096)
def _furniture_matcher(start: str) -> re.Pattern:
    """The alternation of the whole-line furniture patterns a line starting with ``start`` (its first two
    characters, lowercased, when both are ASCII, else its first character; "*" for all patterns) can match: a
    line is matched against it instead of against all of them, with the same answer. Compiled when first
    needed."""
    by_two, by_one, first, anywhere = _furniture_groups()
    if start == "*":
        patterns = list(_furniture_lines()[0])
    elif len(start) == 2:
        patterns = by_two.get(start, []) + by_one.get(start[0], []) + anywhere
    else:
        patterns = first.get(start, []) + anywhere
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """True if a whole line is page furniture ("Recommended", "Also read | ...", bylines, ...).
    Runs of spaces and tabs count as one space."""
    s = line.strip()
    if "  " in s or "\t" in s:
        s = " ".join(s.split())
    if len(s.split()) > 30:
        return False
    two = s[:2]
    if len(two) == 2 and two.isascii():
        start = two.lower()
    elif two[:1].isascii() or two[:1].lower() == two[:1].upper():
        start = two[:1].lower()  # one character, or one without case ("“", "©")
    else:
        start = "*"  # a cased letter beyond ASCII, which may match others than its lowercase ("ſ" matches "s")
    if _furniture_matcher(start).fullmatch(s) is not None:
        return True
    low = s.lower()
    for need, t in _furniture_tail():
        if need:
            for n in need:
                if n in low:
                    break
            else:
                continue  # the line lacks every text the pattern can start with
        if t.search(s):
            return True
    return False


def _needed(pattern: str) -> tuple[str, ...]:
    """Texts (lowercased) of which every match of ``pattern`` starts with one: its literal start when that is
    three characters or more, else the characters it can start with when they are few and uncommon in prose
    ("(", "©", "[", "/", "|"). A line with none of them cannot match, which substring tests find faster than a
    regex search; () when no such test is worth making."""
    from re import _constants as C, _parser

    items = _parser.parse(pattern, re.IGNORECASE).data
    out = []
    for op, av in items:
        if op is not C.LITERAL:
            break
        out.append(chr(av).lower())
    if len(out) >= 3:
        return ("".join(out),)
    chars, nullable = _first_chars(items)
    if chars and not nullable and len(chars) <= 4 and not chars & set(" ,.-abcdefghijklmnopqrstuvwxyz0123456789"):
        return tuple(sorted(chars))
    return ()


@lru_cache(maxsize=1)
def _furniture_tail():
    return tuple(zip((_needed(t) for t in _furniture_lines()[1]), furniture_regex()[1]))


def _lines(text: str):
    """(start, end, paragraph) of each non-blank line, surrounding spaces trimmed.

    A paragraph ends at a blank line (two or more line breaks in a row).
    """
    para = -1
    prev_end = None
    for m in re.finditer(r"[^\r\n]+", text):
        line = m.group()
        if not line.strip():
            continue
        a, b = m.span()
        if prev_end is None or len(_NEWLINE.findall(text, prev_end, a)) >= 2:
            para += 1
        prev_end = b
        a += len(line) - len(line.lstrip())
        b -= len(line) - len(line.rstrip())
        yield a, b, para


# "MOSCOW, March 21. /TASS/. Putin said ...": the dateline belongs to the first sentence
_DATELINE = re.compile(r"\A\s*(?:[A-Z][A-Z .'-]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}\.|(?:[A-Z][A-Z .'-]+,\s+[A-Z][a-z]+\.?\s+"
                       r"\d{1,2}\.\s*)?/[A-Z][\w .-]{1,30}/\.)\s*\Z")
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")  # a list item's number, which Punkt takes for a sentence
# A US legislator's party and state ends in a full stop inside brackets: "(D-Va.)", "(R-N.Y.)"
_PARTY_TAG_END = re.compile(r"\([RDI]-[A-Z][A-Za-z.]{0,12}\.\)\Z")
# "“Peace is possible only on our terms.” — Volodymyr Zelensky": the signature belongs to the quote
_DASH_SIGNATURE = re.compile(r"[—–]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}[.,]?\s*\Z")


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Undo Punkt splits a careful reader would not make.

    A piece that starts in lower case ("George W Bush. and Barack Obama."),
    or holds no word at all (a stray ". ." or ", a business ..."), joins the
    sentence before it.
    """
    out: list[list[int]] = []
    for a, b in spans:
        piece = text[a:b]
        before = text[out[-1][0]:out[-1][1]] if out else ""
        number = out and piece[:1].isdigit() and re.search(r"\bNos?\.\Z", before)
        initials = out and piece[:1].isupper() and _INITIALS_END.search(before) \
            and _INITIALS_END.search(before).group(1) not in _STOP_ABBREVIATIONS
        signature = out and _DASH_SIGNATURE.match(piece) and before.rstrip()[-1:] in "\"”’'"
        dateline = out and _DATELINE.match(before)  # "MOSCOW, March 21. /TASS/. Putin said ...": one sentence
        party = out and _PARTY_TAG_END.search(before)  # "Sen. Mark Warner (D-Va.) told ...": one sentence
        numbered = out and _LIST_NUMBER.fullmatch(before) and "\n" not in text[out[-1][1]:a]  # "1. The friendship ..."
        if out and (_CONTINUATION_START.match(piece) or _NO_WORD.match(piece) or piece[:1] in ",;:)]" or number
                    or initials or signature or dateline or party or numbered):
            out[-1][1] = b
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


# "... between Australia, the U.K. and the U.S. It made no reference ...": Punkt never ends a sentence at a known
# abbreviation, but after these a word that cannot go on a name ("It", "The", "But") starts the next one
_BREAK_ABBREVIATIONS = ("U.S.", "U.K.", "U.N.", "E.U.")
_STOP_ABBREV_BREAK = re.compile(r"(?<=\b(?:" + "|".join(map(re.escape, _BREAK_ABBREVIATIONS)) + r"))\s+"
                                r"(?=(?:It|The|He|She|They|We|But|This|That|These|Those|Its|His|Her|Their|There|Yet|"
                                r"Still|Meanwhile|However)\b|[“\"«](?=[A-Z]))")  # (or a quote that opens a sentence)


def _split_stop_abbreviations(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Split a Punkt sentence where one of ``_STOP_ABBREVIATIONS`` ends a sentence before a word that starts one.

    >>> t = "They met in the U.S. It rained. He works for the U.S. State Department."
    >>> [t[a:b] for a, b in _split_stop_abbreviations([(0, 31), (32, 72)], t)]
    ['They met in the U.S.', 'It rained.', 'He works for the U.S. State Department.']
    >>> t = "A rival of the U.S. “Xi wants calm,” she said."
    >>> [t[a:b] for a, b in _split_stop_abbreviations([(0, len(t))], t)]
    ['A rival of the U.S.', '“Xi wants calm,” she said.']
    """
    out = []
    for a, b in spans:
        piece = text[a:b]
        if not any(abbr + " " in piece for abbr in _BREAK_ABBREVIATIONS):
            out.append((a, b))
            continue
        for m in _STOP_ABBREV_BREAK.finditer(text, a, b):
            out.append((a, m.start()))
            a = m.end()
        out.append((a, b))
    return out


def _cut_long(a: int, b: int, text: str, limit: int):
    """Cut a run longer than ``limit`` characters at spaces, so no statement exceeds it."""
    while b - a > limit:
        cut = text.rfind(" ", a + 1, a + limit)
        cut = a + limit if cut <= a else cut
        end = cut
        while end > a + 1 and text[end - 1].isspace():  # a run of spaces: no trailing space in the statement
            end -= 1
        yield a, end
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        yield a, b


def segment(text: str, max_chars: int = MAX_STATEMENT_CHARS) -> list[Span]:
    """Split an article body into statements and furniture lines.

    Parameters
    ----------
    text : str
        The article body.
    max_chars : int
        Longest statement; longer runs without a sentence end are cut at spaces.

    Returns
    -------
    list of Span
        In text order; ``text[s.start:s.end] == s.text`` for each.

    Examples
    --------
    >>> [s.text for s in segment("Mr. Xi met Gen. Smith in the U.S. on Monday. They talked.")]
    ['Mr. Xi met Gen. Smith in the U.S. on Monday.', 'They talked.']
    """
    tok = _tokenizer()
    spans: list[Span] = []
    for a, b, para in _lines(text):
        line = text[a:b]
        if is_furniture(line):
            spans.append(Span(a, b, line, para, "furniture"))
            continue
        pieces = [(a + s, a + e) for s, e in tok.span_tokenize(line)]
        for s, e in _split_stop_abbreviations(_merge(pieces, text), text):
            for s2, e2 in _cut_long(s, e, text, max_chars):
                spans.append(Span(s2, e2, text[s2:e2], para))
    return spans
