"""Attributions, the table of well-known speakers and side cues, and where an analyst speaks from."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field, replace as _dc_replace
from functools import lru_cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class Attribution:
    """Who a statement is attributed to and how."""

    speaker: str = ""
    side: str = "none"
    role: str = ""
    attribution: str = "none"  # direct_quote, reported, continuation, none
    pass_name: str = "none"


@dataclass
class _Raw:
    np: str
    pass_name: str
    quote: bool
    role: str = ""
    turn: str = ""  # "Reporter: US officials said ...": the turn's owner, whose turn goes on
    back: bool = False  # "This was stated by X": X is also the source of the sentence before
    intro: bool = False  # "Xi set out these points: ...": the rest of the paragraph is his
    turn_role: str = ""  # the role of the turn's owner ("Question (Nikhil Rao, Doordarshan):": a reporter)
    person_only: bool = False  # "For Stahl, ...": a speaker only if the name resolves to a person ("For Tyumen" does not)

    def renamed(self, np: str, role: str = "") -> "_Raw":
        """The same phrase under another name, ``role`` put before its role ("news agency Press Service of India")."""
        return _dc_replace(self, np=np, role=" ".join(x for x in (role, self.role) if x))


@dataclass(frozen=True)
class Figure:
    name: str
    side: str
    kind: str
    roles: tuple[str, ...]


def _spelt_alike(first: str, known: str) -> bool:
    """Whether ``first`` can be a transliteration of the first name ``known`` (or its initial).

    >>> [_spelt_alike(a, b) for a, b in (("oleh", "oleg"), ("volodymyr", "vladimir"), ("a.", "andrei"),
    ...                                  ("anatoly", "andrei"), ("anna", "andrei"))]
    [True, True, True, False, False]
    """
    from difflib import SequenceMatcher

    return len(first.rstrip(".")) == 1 or SequenceMatcher(None, first, known).ratio() >= 0.5


@dataclass
class SpeakerTable:
    """Well-known figures and institutions, and side cues; loaded from data files."""

    figures: dict[str, Figure] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    cues: list[tuple[str, str, int]] = field(default_factory=list)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)
    _role_index: dict = field(default_factory=dict, repr=False, compare=False)

    def lookup(self, name: str) -> Figure | None:
        if name in self._memo:
            return self._memo[name]
        if len(self._memo) > 100_000:
            self._memo.clear()
        self._memo[name] = found = self._lookup(name)
        return found

    def _lookup(self, name: str) -> Figure | None:
        key = _norm(name)
        canonical = self.aliases.get(key)
        if canonical is None and len(key.split()) == 3 and _PATRONYMIC.search(key.split()[1]):
            key = " ".join(key.split()[::2])  # "Yuri Viktorovich Ushakov": the table's "Yuri Ushakov"
            canonical = self.aliases.get(key)
        if canonical is None and len(key.split()) == 2:
            # a transliteration variant of a known person ("Oleh Nikolenko", "Sergey Lavrov"): same surname,
            # same first initial and a first name spelt alike ("Anatoly Rudenko" is not "Andrei Rudenko")
            first, last = key.split()
            fig = self.figures.get(self.aliases.get(last, ""))
            if fig is not None and fig.kind == "person" and fig.name.lower().startswith(first[0]) \
                    and _spelt_alike(first, fig.name.split()[0].lower()):
                return fig
        return self.figures.get(canonical) if canonical else None

    def by_role(self, phrase: str) -> Figure | None:
        """The one person whose table roles include ``phrase`` as written there ("nato chief", "chinese
        president"); None when none or several do."""
        key = phrase.lower()
        if not self._role_index:
            for fig in self.figures.values():
                for role in fig.roles if fig.kind == "person" else ():
                    self._role_index.setdefault(role.lower(), []).append(fig)
        found = self._role_index.get(key, [])
        return found[0] if len(found) == 1 else None

    def side_from_words(self, words: str, sides=None) -> str | None:
        """The side the strongest cue in ``words`` points to (only cues for ``sides``, when given)."""
        low = " " + _NON_WORD.sub(" ", _POSSESSIVE_S.sub("", words.lower())) + " "
        best = None
        for cue, side, prio in self.cues:
            if f" {cue} " in low and (best is None or prio > best[1]) and (sides is None or side in sides):
                best = (side, prio)
        return best[0] if best else None


_DOCUMENT_NAMED = re.compile(r"joint (?:statement|declaration)s?|position paper|peace plan|12-point|twelve-point")
_OUTLET_WORDS = frozenset("""news agency online daily newspaper website tv radio service information press media
broadcasting corporation channel network magazine weekly independent times post herald journal gazette tribune
courier chronicle observer express telegraph monitor review wire dispatch ledger""".split())
_ROLE_THEN_NAME = re.compile(r"\(([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){1,2})\)\s*:")
# The last word of an organisation's name cut off at "for"/"of" ("Centre for Strategic Dialogue"): not a person
_ORGANISATION_TAILS = frozenset("""studies dialogue peace research affairs relations policy policies strategy strategies
security development cooperation analysis initiatives institute centre center foundation council programme program
forum network economics sciences warfare issues trends defence defense democracy asia eurasia africa world
region regions army navy command corps fleet university academy college""".split())
# The last word of a capitalised phrase that names a thing, not a person ("Cold War", "Peace Formula")
_THING_TAILS = frozenset("""war era mentality crisis plan formula summit statement treaty charter union assembly
parliament agreement declaration doctrine initiative route road pipeline corridor stream""".split())
_GROUP_AT = re.compile(r"(?P<group>[Aa]nalysts|[Ee]xperts|[Rr]esearchers|[Ee]conomists)\s+(?:at|from|with)\s+(?:the\s+)?"
                       r"(?P<inst>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*|of|for|the|and|on)){1,8})\Z")
_OFFICIAL_FAMILIAR = re.compile(r"(?P<np>.*?\b(?:officials?|diplomats?|spokesperson|spokesman|advisers?|aides?))"
                                r"\s+(?P<tail>(?:familiar with|briefed on|close to|aware of|knowledgeable about|involved in)\b.*)\Z")
_NAME_COMMA_ROLE = re.compile(r"\s*(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){1,2}),\s+(?P<role>[^,:;.!?“”\"]{3,160}"
                              r"(?:,[^,:;.!?“”\"]{3,60})?)\s*")
_OUTLET_STAFF = re.compile(r"(?P<outlet>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&-]*){0,3})['’]s\s+(?P<staff>(?:[a-z]+\s+)?"
                           r"(?:correspondent|columnist|reporter|editor|commentator|observer|editorial board|"
                           r"editorial|correspondents|reporters|(?:[Ee]nglish-language\s+)?service|website|edition))\Z")
_PAREN_COLON = re.compile(r"\)\s*:")
_NAME_THEN_ROLE = re.compile(r"(?:(?P<pre>[A-ZÀ-ÖØ-ÞĀ-Ž][^:(),\n]{0,80}?)\s+)?(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){1,2})\s+\((?P<role>[a-z][^()\n]{2,90}|[A-ZÀ-ÖØ-ÞĀ-Ž][^()\n]{1,90})\)\s*:\s")
_OWNER_STAFF = re.compile(r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*){0,2})['’]s\s+(?:office|spokesman|spokeswoman|"
                          r"spokesperson|aides?|advisers?|advisors?|administration|government|team|camp|envoy|"
                          r"press secretary|chief of staff)")
_GENERIC_TURNS = frozenset("guest expert analyst caller panelist panellist commentator".split())
_CAPTION_NAME = re.compile(r"\[(?:[^\]\n:]{0,60}:\s*)?(?:Dr\.?\s+|Prof\.?\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){1,2}),"
                           r"\s*(?P<role>[^\]\n]{1,100})\]"
                           r"|(?m:^(?:In the studio|On the line|On screen|Our guest|Guest|Studio guest)[^:\n]{0,40}:\s*"
                           r"(?:Dr\.?\s+|Prof\.?\s+)?(?P<name2>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){1,2}),\s*(?P<role2>[^\n]{1,120})$)")
_SPOKESPERSON_FOR = re.compile(r"\A(?:a|an|the|A|An|The)?\s*(?P<role>(?:senior\s+)?(?:spokes(?:person|man|woman)|"
                               r"representative))\s+(?:for|of|at)\s+(?:the\s+)?(?P<inst>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|of|in|the|for))*)\Z")
_ONE_OF = re.compile(r"\A(?:one|One|some|Some|two|Two|several|Several)\s+of\s+(?:the|these|those)\s+(?P<group>[a-z]+s)\Z")
# ("the British weekly the Economist": a nationality, then the kind of outlet, then its name)
_LOWER_ROLE_BEFORE_NAME = re.compile(r"\A(?:the\s+|The\s+|a\s+|A\s+)?(?P<role>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+\s+(?=[a-z]))?"
                                     r"(?:(?!the\s)[a-z][\w-]*\s+|[A-ZÀ-ÖØ-ÞĀ-Ž][\w]*-based\s+){1,3})(?:the\s+|The\s+)?"
                                     r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*"
                                     r"(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|of|for|the|and))*)\Z")
_ORGANISATION_ROLE_WORDS = frozenset("""agency magazine newspaper broadcaster outlet channel daily weekly tank firm consultancy
aggregator tracker website portal""".split())
_RECORD_SOURCES = frozenset("video readout side transcript footage record account minutes recording".split())
# kinds of outlet that may stand after the outlet's name ("The Kommersant daily wrote", "Pakistan's Dawn newspaper")
_OUTLET_KINDS = frozenset({"daily", "weekly", "newspaper", "magazine", "tabloid", "broadcaster"})
_SOURCE_SUFFIXES = frozenset({"readout", "report", "news agency", "agency"}) | _OUTLET_KINDS - {"broadcaster"}
_NATIONALITY_ADJECTIVES = frozenset("""chinese russian american ukrainian european indian british french german western
japanese turkish italian polish""".split())
_NON_WORD = re.compile(r"[^\w'.-]+")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovych|evych|ivna|ovna|evna|yivna)\Z")
_POSSESSIVE_S = re.compile(r"['’]s\b")
_APOSTROPHES = re.compile(r"[’`]")
_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+")
_SPACES = re.compile(r"\s+")


def _norm(name: str) -> str:
    if not name.isascii():  # "Luiz Inácio Lula da Silva" ~ the table's "Luiz Inacio Lula da Silva"
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    s = _APOSTROPHES.sub("'", name.lower()).strip(" .,'\"")
    s = _LEADING_ARTICLE.sub("", s)
    return _SPACES.sub(" ", s)


SIDES = ("china", "russia", "us", "ukraine", "europe", "other_gov", "analyst", "media", "none")
SPEAKER_COLUMNS = ("name", "aliases", "side", "kind", "roles")


def load_speaker_table(extra: list[str | Path] | None = None) -> SpeakerTable:
    """The shipped speaker table, extended (and overridden, name by name) by user CSV files.

    A user file has the shipped file's columns: ``name`` and ``side`` (one of :data:`SIDES`) are
    required; ``aliases`` and ``roles`` are ``|``-separated; ``kind`` is ``person`` (default) or
    ``institution``. A mistake raises InputError naming the file and line.

    Examples
    --------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "extra.csv")
    >>> _ = open(path, "w").write("name,aliases,side\\nAnna Roe,Roe,analyst\\n")
    >>> load_speaker_table([path]).lookup("Roe").side
    'analyst'
    """
    from ..errors import InputError

    table = SpeakerTable()
    sources = [("stance/data/speakers.csv",
                resources.files("stance").joinpath("data/speakers.csv").read_text(encoding="utf-8"))]
    for path in extra or []:
        try:
            sources.append((str(path), Path(path).read_text(encoding="utf-8-sig")))
        except FileNotFoundError:
            raise InputError(f"{path}: no such speakers file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the speakers file ({exc})") from None
    for where, text in sources:
        reader = csv.DictReader(text.splitlines())
        cols = reader.fieldnames or []
        for col in cols:
            if col not in SPEAKER_COLUMNS:
                raise InputError(f"{where}:1: unknown column {col!r}; allowed: {', '.join(SPEAKER_COLUMNS)}")
        for col in ("name", "side"):
            if col not in cols:
                raise InputError(f"{where}:1: missing column {col!r} (columns: {', '.join(SPEAKER_COLUMNS)})")
        for line, row in enumerate(reader, start=2):
            if not (row.get("name") or "").strip():
                raise InputError(f"{where}:{line}: empty name")
            if row.get("side") not in SIDES:
                raise InputError(f"{where}:{line}: side {row.get('side')!r} is not one of {', '.join(SIDES)}")
            if (row.get("kind") or "person") not in ("person", "institution"):
                raise InputError(f"{where}:{line}: kind {row.get('kind')!r} is not person or institution")
            fig = Figure(row["name"].strip(), row["side"], row.get("kind") or "person",
                         tuple(r for r in (row.get("roles") or "").split("|") if r))
            table.figures[fig.name] = fig
            for alias in [fig.name] + [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]:
                table.aliases[_norm(alias)] = fig.name
    text = resources.files("stance").joinpath("data/side_cues.csv").read_text(encoding="utf-8")
    rows = [l for l in text.splitlines() if l and not l.startswith("#")]
    for row in csv.DictReader(rows):
        table.cues.append((row["cue"].lower(), row["side"], int(row["priority"])))
    return table


@lru_cache(maxsize=1)
def default_speaker_table() -> SpeakerTable:
    return load_speaker_table()


_ORIGIN_SIDES = frozenset({"analyst", "media"})  # sides that do not say which country a speaker speaks from
COUNTRY_SIDES = frozenset(SIDES) - _ORIGIN_SIDES - {"none"}


def speaker_origin(speaker: str, role: str = "", side: str = "", table: SpeakerTable | None = None) -> str:
    """The country side that the words naming an analyst or an outlet point to, or "".

    An analyst's or outlet's side ("analyst", "media") does not say where they speak from; the words the
    article attaches to them often do. Other speakers' sides already name their country.

    >>> speaker_origin("Former Indian ambassador", side="analyst")
    'other_gov'
    >>> speaker_origin("Olena Hrytsenko", "Kyiv-based analyst", "analyst")
    'ukraine'
    >>> speaker_origin("Rajan Menon", "senior fellow", "analyst"), speaker_origin("John Kirby", "spokesman", "us")
    ('', '')
    """
    if side not in _ORIGIN_SIDES or not (speaker or role):
        return ""
    words = f"{role} {speaker}".replace("-", " ")  # "Kyiv-based", "pro-Kremlin"
    return (table or default_speaker_table()).side_from_words(words, COUNTRY_SIDES) or ""
