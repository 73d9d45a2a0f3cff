"""Names within an article: the people, roles and institutions it introduces, and resolving a phrase to one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from .lexicon import (
    COUNTRY_WORDS, DETERMINERS, FEMALE_NAMES, GROUP_HEADS, GROUP_PRONOUNS, HONORIFICS, INSTITUTION_HEADS,
    MALE_NAMES_IN_A, MEDIA_HEADS, NOT_SPEAKERS, NOUN_LIKE_VERBS, ORGANISATION_ROLES, PERSON_PRONOUNS,
    PERSON_ROLE_HEADS, PLACE_WORDS, QA_MARKERS, RANKS, ROLE_WORDS, STRIP_DETERMINERS, _BOTH_SIDES, _CAPS_SURNAME,
    _CHINESE_MEN, _CHINESE_SURNAMES, _COMPLEMENT_BEFORE, _DOC_MENTION, _DOC_MODIFIERS, _FEMALE_ENDINGS,
    _HEADLINE_GROUPS, _INTERVIEW_CUE, _LEADING_PREPOSITIONS, _MALE_WITH_FEMALE_ENDINGS, _MEDIA_SPEAKER_HEADS,
    _PARTY_TAG, _POSTED_TO, _RESEARCH_BODY, _SPEECH_VERBS,
)
from .speakers import (
    Attribution, _CAPTION_NAME, _DOCUMENT_NAMED, _GENERIC_TURNS, _GROUP_AT, _LOWER_ROLE_BEFORE_NAME,
    _OFFICIAL_FAMILIAR, _ONE_OF, _ORGANISATION_ROLE_WORDS, _ORGANISATION_TAILS, _OUTLET_STAFF, _OWNER_STAFF,
    _POSSESSIVE_S, _SOURCE_SUFFIXES, _SPOKESPERSON_FOR, _THING_TAILS,
)
from .sentence import (
    _ADJECTIVE, _ANALYST_HEADS, _COMPOUND_ROLES, _HOST_WORDS, _LEAD_ADVERB, _LEAD_ADVERBIAL, _MFA_END, _MODIFIERS,
    _POSSESSIVE_END, _TIME_WORDS, _VERB_FIRST, _is_cap, _split_role, organisation_end,
)

if TYPE_CHECKING:
    from .speakers import SpeakerTable, _Raw

# --- names within an article -----------------------------------------------

_ROLE_PHRASES = frozenset({"head of state", "head of government", "secretary of state"})
# Role heads general enough to name whichever official has just spoken ("the diplomat added")
_GENERIC_OFFICIAL_HEADS = frozenset({"diplomat", "official"})
# "the diplomat" fits an ambassador or an envoy named before
_HEAD_FAMILIES = {"diplomat": ("ambassador", "envoy", "consul", "foreign minister", "diplomat"),
                  "envoy": ("ambassador", "envoy", "representative")}
NOMINAL_INSTITUTIONS = frozenset({"statement", "readout", "communique", "document", "declaration"})
_POSSESSIVE_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*['’]s")
_AGE = re.compile(r"\d{2,3}-year-old\Z")
_ONE_MEMBER = re.compile(r"\A(?:One|one|Another|another)\s+(?P<head>official|diplomat|source|aide|analyst|expert|adviser|"
                         r"lawmaker)\Z")
_NAME_RUN = re.compile(r"(?=[A-Zvdb])"  # a cheap first test: a capital or a particle (10x faster than none)
                       r"(?:(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.)+|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*|\b(?:von|van|de|da|di|bin)(?:[ \t]+(?:der|den|la|le))?(?=[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž]))[ \t]+){0,6}"
                       r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*")
# Institutions named with "of"/"for": "Air Force of the Armed Forces of Ukraine"
_INSTITUTION_RUN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)*(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
                              r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)*)+")


@dataclass
class _Mention:
    pos: int
    name: str
    role: str


_WHO_ROLE = re.compile(r",\s+who\s+(?P<verb>served|serves|worked|works|is|was|heads|headed|leads|led|chairs|chaired)\s+"
                       r"(?:as\s+)?(?P<role>(?:(?:a|an|the)\s+)?[^,.;]{3,80})")
_JOINT_NAMED = re.compile(r"joint (?:statement|declaration)")
_PAIR_OF_SIDES = frozenset({"moscow and beijing", "beijing and moscow", "russia and china", "china and russia"})
_HOSTED_BY = re.compile(r"\b(?:[Hh]osted|[Pp]resented|[Mm]oderated|[Aa]nchored)\s+by\s+\Z"
                        r"|\b(?:show|programme|program)\s+[«“\"][^»”\"]{1,60}[»”\"]\s+with\s+\Z")  # "talk show «X» with"
_HOST_OF = re.compile(r"(?:\A|(?<=[.!?]\s)|(?<=\n))(?:The|the)\s+(host|presenter|anchor|moderator)\s+of\s+"
                      r"(?:the\s+)?[^,.;]{1,60},\s+\Z")
_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the)\s+)?((?![a-z]+ing\b|(?:who|which|whose|whom|that|when|where)\b)"
                         r"[a-z][^,.;]{3,80})")
_DETERMINED = re.compile(r",\s+(?:a|an|the)\s")
_LOWER_BEFORE = re.compile(r"(?<![\w'’-])((?:[a-z][\w-]*\s+){1,3})\Z")
_CAPS_BEFORE = re.compile(r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\s+){1,3})\Z")
_COUNTRY_ADJECTIVES = {"china": "Chinese", "russia": "Russian", "ukraine": "Ukrainian", "india": "Indian",
                       "japan": "Japanese", "germany": "German", "france": "French", "britain": "British",
                       "america": "American", "poland": "Polish", "turkey": "Turkish", "iran": "Iranian",
                       "brazil": "Brazilian", "italy": "Italian", "pakistan": "Pakistani"}
_COUNTRY_NAMES = PLACE_WORDS | COUNTRY_WORDS | frozenset(_COUNTRY_ADJECTIVES)  # "Brazil", "China", "Kyiv"
_COUNTRY_POSSESSIVE = re.compile(r"\A(" + "|".join(k.title() for k in _COUNTRY_ADJECTIVES) + r")['’]s\s+(?=[a-zA-Z])")


_MINISTRY_OF = re.compile(r"(?:(?P<adj>[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+)\s+)?Ministry\s+of\s+(?P<what>Foreign\s+Affairs|Defen[cs]e)"
                          r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+)?))?")


_CAPITAL_ADJECTIVES = {"beijing": "Chinese", "moscow": "Russian", "kyiv": "Ukrainian", "kiev": "Ukrainian",
                       "new delhi": "Indian", "delhi": "Indian", "tokyo": "Japanese"}
_CAPITAL_MINISTRY = re.compile(r"(Beijing|Moscow|Kyiv|Kiev|New Delhi|Delhi|Tokyo)['’]s\s+(?:own\s+)?"
                               r"([Ff]oreign|[Dd]efen[cs]e) [Mm]inistry")


def _adjectival(speaker: str) -> str:
    """One name for a body however the article puts it: "China's embassy in Washington" -> "Chinese embassy in
    Washington", "Ukraine's foreign ministry" -> "Ukrainian Foreign Ministry" (a person's name is left alone).

    >>> _adjectival("Japan's foreign ministry"), _adjectival("Russia's Defence Ministry"), _adjectival("Xi Jinping")
    ('Japanese Foreign Ministry', 'Russian Defence Ministry', 'Xi Jinping')
    >>> _adjectival("Ministry of Foreign Affairs of Ukraine"), _adjectival("Chinese Ministry of Foreign Affairs")
    ('Ukrainian Foreign Ministry', 'Chinese Foreign Ministry')
    >>> _adjectival("Beijing's foreign ministry"), _adjectival("Moscow's Defence Ministry")
    ('Chinese Foreign Ministry', 'Russian Defence Ministry')
    """
    capital = _CAPITAL_MINISTRY.fullmatch(speaker)
    if capital:  # "Beijing's foreign ministry" -> "Chinese Foreign Ministry"
        return f"{_CAPITAL_ADJECTIVES[capital.group(1).lower()]} {capital.group(2).title()} Ministry"
    m = _COUNTRY_POSSESSIVE.match(speaker)
    if m:
        rest = speaker[m.end():]
        rest = re.sub(r"\b(foreign|defence|defense|interior|finance|economy|trade|justice) ministry\b",
                      lambda x: x.group().title(), rest)
        speaker = f"{_COUNTRY_ADJECTIVES[m.group(1).lower()]} {rest}"
    speaker = _MFA_END.sub("Foreign Ministry", speaker)  # "Ukrainian MFA"
    ministry = _MINISTRY_OF.fullmatch(speaker)
    if ministry:  # "Ministry of Foreign Affairs of Ukraine" -> "Ukrainian Foreign Ministry"
        owner = ministry.group("of").split()[0].lower() if ministry.group("of") else ""
        adj = _COUNTRY_ADJECTIVES.get(owner) or ministry.group("adj") or ""
        what = "Foreign" if ministry.group("what").startswith("Foreign") else "Defence"
        speaker = f"{adj} {what} Ministry".strip()
    return speaker


def _role_like(word: str) -> bool:
    w = word.lower().strip(",.")
    return w in ROLE_WORDS or w in COUNTRY_WORDS or w in _MODIFIERS or w.endswith(("ologist", "ist")) \
        or bool(_ADJECTIVE.fullmatch(w)) or w in ("former", "retired", "ex", "acting", "chief", "deputy", "head", "then",
                                                   "now", "currently", "formerly", "himself", "herself", "also")


_APPOSITIVE_STOPS = _SPEECH_VERBS | _VERB_FIRST - NOUN_LIKE_VERBS | frozenset(
    "will would has have had is are was were can could should may might must".split())  # a clause, not a role


_BYLINE = re.compile(r"[ \t]*By [A-ZÀ-ÖØ-ÞĀ-Ž][\w.'-]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w.'-]*){0,3}\Z")


def _after_organisation(words: list[str]) -> tuple[list[str], list[str]]:
    """(the organisation's last words, the name) for a name run that starts with them: no name starts with
    "Studies" ("... Asia-Pacific Policy Studies Igor Tulyakov" -> Igor Tulyakov); "Peace Research Institute Oslo"
    stays whole."""
    k = 0
    while len(words) - k >= 3 and words[k].lower() in _ORGANISATION_TAILS \
            and all(_is_cap(w) and w.lower() not in _ORGANISATION_TAILS_OR_INSTITUTION_HEADS for w in words[k + 1:]):
        k += 1
    return words[:k], words[k:]


def _inventory(text: str, table: SpeakerTable) -> list[_Mention]:
    """Person-like names in the article with the role words before them or in an appositive after."""
    out = []
    surnames: set[str] = set()  # last words of the people named so far: "Lavrentyev" alone is a mention too
    for m in _NAME_RUN.finditer(text):
        if m.group().startswith("By ") and _BYLINE.match(text, text.rfind("\n", 0, m.start()) + 1, m.end()):
            continue  # "By Elena Marsh": the writer, whom no later "she said" means
        words = m.group().split()
        if len(words) >= 3 and _POSSESSIVE_NAME.fullmatch(words[0]) \
                and words[0][:-2].lower() in _COUNTRY_NAMES and len(words) in (3, 4) \
                and not any(w.lower() in _ORGANISATION_OR_ROLE_WORDS
                            for w in words[1:]):
            words.pop(0)  # "Brazil's Celso Amorim": the country owns the post, the name is the rest
        while words and (words[0].lower() in DETERMINERS or words[0].lower() in NOT_SPEAKERS
                         or words[0].lower() in _LEADING_PREPOSITIONS):
            words.pop(0)  # "By Probe Times staff", "In Beijing": the name starts after the preposition
        if len(words) >= 3 and any(w in ("With", "WITH") for w in words[1:-1]):
            # "THE EVENING LEDGER WITH DANA WHITLOCK": a programme named after its host; the host is the name
            words = words[max(k for k, w in enumerate(words) if w in ("With", "WITH")) + 1:]
        if words and all(w.lower() in RANKS for w in words):
            continue  # "Lt Gen (retd) Devender Singh Ahlawat": a rank, cut from its name by the brackets
        if len(words) == 1 and words[0] in surnames and not table.lookup(words[0]):
            out.append(_Mention(m.start(), words[0], ""))
            continue
        if not words or len(words) == 1 and not table.lookup(words[0]):
            continue  # a lone capitalised word that names nobody known ("China", "Monday")
        role, name = _split_role(words)
        if role and _COMPLEMENT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            role = ""  # "Head of the Office of the President Andriy Yermak": "President" is not Yermak's post
        parts = name.split()
        while len(parts) > 2 and parts[0].lower() in PLACE_WORDS:
            parts.pop(0)  # "... to Russia R.K. Saxena": the place is not part of the name
        if len(parts) == len(name.split()) and _POSTED_TO.search(text, max(0, m.start() - 40), m.start()):
            while len(parts) > 2:
                parts.pop(0)  # "ambassador to Singapore Yevgeny Bairamov": a place the lexicon does not know
        if not role and len(parts) >= 4 and re.search(r"\b(?:of|for)\s+(?:the\s+)?\Z", text[max(0, m.start() - 12):m.start()]) \
                and not any(w.lower() in _ORGANISATION_TAILS_OR_PLACES for w in parts[-2:]):
            # "... of the Center for Asian Strategic Forecasting Nikolai Rybin": an organisation, then a person
            role, parts = " ".join(parts[:-2]), parts[-2:]
        elif not role and (cut := organisation_end(parts)):
            # "the Institute of China and Contemporary Asia Kirill Babaev": the organisation's name ends at its
            # last head word
            role, parts = " ".join(parts[:cut]), parts[cut:]
        elif not role and len(parts) == 3 and _HEAD_OF.search(text, max(0, m.start() - 40), m.start()):
            role, parts = parts[0], parts[1:]  # "the chief executive of Rosneft Igor Sechin"
        dropped, parts = _after_organisation(parts)
        role = " ".join(x for x in (role, *dropped) if x)
        name = " ".join(parts)
        if len(parts) < 2 and not table.lookup(name):
            continue
        before = _LOWER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and not role:
            lead = before.group(1).split()
            while lead and not (lead[0] in ROLE_WORDS or lead[0].endswith("ologist")):
                lead.pop(0)
            if lead and all(w in ROLE_WORDS or w.endswith("ologist") for w in lead):
                role = " ".join(lead)  # "host Arkady Bessonov", "belong to sinologist Galina Rudneva"
                owner = _CAPS_BEFORE.search(text, max(0, m.start() - 80), m.start() - len(before.group(1)))
                if owner and len(lead) == len(before.group(1).split()):
                    role = f"{owner.group(1)} {role}"  # "State Duma deputy Yelena Voronina"
        if not role and (m.group().startswith(("Sen. ", "Rep. ")) or _PARTY_TAG.match(text, m.end())):
            role = "member of Congress"  # "Rep. Dale Whitcomb (R-Ohio)": a US legislator
        if not role and _HOSTED_BY.search(text, max(0, m.start() - 90), m.start()):
            role = "host"  # "..., hosted by Roman Lebedinsky"
        if not role:
            host = _HOST_OF.search(text, max(0, m.start() - 90), m.start())
            if host:
                role = host.group(1).lower()  # "The host of «Evening Zhiguli», Vadim Sorokoumov, ..."
        app = _APPOSITIVE.match(text, m.end())
        if not app and not role:  # "Serhiy Kamenchuk, who served as Ukraine's ambassador to China, ..."
            rel = _WHO_ROLE.match(text, m.end())
            if rel:  # a post held in the past makes a former official, who comments as an analyst
                role = ("former " if rel.group("verb") in ("served", "worked", "was", "headed", "led", "chaired")
                        else "") + re.sub(r"\A(?:a|an|the)\s+", "", rel.group("role"))
        # not ", said Kyiv was ...", not ", the researcher explained why ..."
        determined = bool(app and _DETERMINED.match(app.group()))  # ", a member of ...", not ", member of ..."
        if app and not determined and not _role_like(app.group(1).split()[0]):
            app = None  # ", stands for an objective position": a clause, not a role
        if app and not any(w in _APPOSITIVE_STOPS for w in app.group(1).split()):
            if not role:
                role = app.group(1)
            elif len(role.split()) == 1 and determined:
                # "Senator Olga Dvornikova, a member of the Federation Council"
                role = f"{role}, {app.group(1)}"
        out.append(_Mention(m.start(), name, role))
        if len(parts) in (2, 3) and parts[-1][:1].isupper():
            surnames.add(parts[-1])
    for m in _INSTITUTION_RUN.finditer(text):
        out.append(_Mention(m.start(), m.group(), ""))
    out.sort(key=lambda men: men.pos)
    return out


_HOME_MARKERS = {
    "ukraine": re.compile(r"(?<![.!?]\s)(?<!\A)\brussia(?:n|ns)?\b|full-scale invasion|Verkhovna Rada|Office of the "
                          r"President|Armed Forces of Ukraine|\boccupiers\b|russia's war|President['’]s Office|"
                          r"Presidential Office|\bSuspilne\b|\bUkrinform\b|\bShahed|\boblast\b|Kyiv region"),
    "russia": re.compile(r"\bKiev\b|special military operation|collective West|Kiev regime"),
    "china": re.compile(r"Ukraine crisis|Chinese side|Cold War mentality|bloc confrontation"),
    "other_gov": re.compile(r"\bMEA\b|New Delhi|\bIST\b|External Affairs"),
}


def _home_side(text: str) -> str | None:
    """The side whose wording the article uses, when it clearly uses one (Ukrainian outlets write "russia" in
    lowercase, Russian ones "Kiev" and "special military operation", Indian ones "MEA", "New Delhi")."""
    counts = sorted(((len(p.findall(text)), side) for side, p in _HOME_MARKERS.items()), reverse=True)
    return counts[0][1] if counts[0][0] >= 3 and counts[0][0] >= 2 * counts[1][0] else None


_TIME_PREFIX = frozenset("on last this late early".split())  # "on Monday", "late Tuesday", "last week"
_BODY_HEADS = frozenset("ministry government embassy office administration".split())  # a body with no country named
_COUNTRY_SIDES = frozenset("china russia us ukraine europe other_gov".split())


class _Resolver:
    """Turns speaker phrases into canonical speakers with sides, within one article."""

    def __init__(self, text: str, table: SpeakerTable):
        self.table = table
        self.mentions = _inventory(text, table)
        self.text = text
        self.text_lower = text.lower()
        self.history: list[Attribution] = []  # speakers found so far, in order
        self.last_end = -1  # where the statement of history[-1] ends
        self.turn_names: dict[str, tuple[str, str]] = {}  # "guest" -> the person a caption named for that label
        self.roles: dict[str, str] = {}
        for men in self.mentions:
            canon = self.canonical(men.name)
            if men.role and canon not in self.roles:
                self.roles[canon] = men.role

    def canonical(self, name: str) -> str:
        words = _after_organisation([w for w in name.split() if w.lower() not in HONORIFICS])[1]
        name = " ".join(words)
        fig = self.table.lookup(name)
        if fig and len(words) == 1 and fig.name not in self.text \
                and not any(self.table.lookup(m.name) is fig for m in self.mentions if len(m.name.split()) >= 2):
            # "Rudenko" after "Oleg Rudenko, a political scientist": the article's own Rudenko, not the table's
            own = [m.name for m in self.mentions if len(m.name.split()) == 2 and m.name.split()[-1] == words[0]
                   and m.role and self.table.lookup(m.name) is None]
            if own:
                return max(own, key=len)
        if fig:
            return fig.name
        if len(words) <= 2:
            best = None
            for men in self.mentions:
                mw = men.name.split()
                if len(mw) > len(words) and mw[-len(words):] == words and not {"of", "for"} & set(mw) \
                        and not (len(words) == 1 and words[0].lower() in PLACE_WORDS):  # not "Xi's Moscow"
                    best = men.name if best is None or len(men.name) > len(best) else best
            if best is None and words and words[-1].lower() in INSTITUTION_HEADS:
                for men in self.mentions:  # "Air Force" -> "Air Force of the Armed Forces of Ukraine"
                    mw = men.name.split()
                    if len(mw) > len(words) + 1 and mw[:len(words)] == words and mw[len(words)] in ("of", "for"):
                        best = men.name
            if best is None and len(words) == 1 and words[0].lower() not in PLACE_WORDS:
                for men in self.mentions:  # (not "Kyiv" -> "Kyiv Centre for Strategic Dialogue")
                    mw = men.name.split()
                    if len(mw) == 2 and mw[0] == words[0]:
                        best = men.name  # family name first (Chinese names): the latest mention wins
                    elif len(mw) in (3, 4) and mw[1] == words[0] and men.role and self.table.lookup(men.name) is None:
                        best = men.name  # "Daniel Koh Wei Ming, a senior fellow at ...", then "Koh said"
            if best:
                best = _POSSESSIVE_END.sub("", best) if len(best.split()) >= 2 else best  # "Wang Yi's remarks"
                fig = self.table.lookup(best)
                return fig.name if fig else best
        return name

    @cached_property
    def home(self) -> str | None:
        """The article's own side, worked out only when an unplaced official needs it."""
        return _home_side(self.text)

    def side(self, speaker: str, role: str) -> str:
        fig = self.table.lookup(speaker)
        if fig:
            return fig.side
        if speaker and (speaker.split()[-1].lower() in _MEDIA_SPEAKER_HEADS or speaker.lower().endswith("news agency")
                        or role and re.split(r"\s+(?:for|of|at|in|on|with)\s+", role)[0].split()[-1].lower()
                        in _MEDIA_SPEAKER_HEADS - {"media"}):  # ("a newsletter", not "an analyst for the channel")
            return "media"  # "Russian agencies report": outlets, whatever their country
        if role and role[:1].isupper() and role.split(",")[0].strip().lower() not in _ANALYST_HEADS_OR_ROLE_WORDS \
                and (outlet := self.table.lookup(role.split(",")[0].strip())) is not None \
                and outlet.side == "media" and outlet.kind != "person":
            return "media"  # "Meghna Rao (PTI):", "Artyom Borisov (Channel One):": a reporter for a known outlet
        m = _OWNER_STAFF.fullmatch(speaker)
        if m and (owner := self.table.lookup(self.canonical(m.group(1)))) is not None and owner.kind == "person" \
                and owner.side not in ("analyst", "media"):
            return owner.side  # "Zelensky's office", "Putin's spokesman": the leader's side
        words = " ".join([role, self.roles.get(speaker, ""), speaker])
        if re.search(r"\b(former|retired|ex-)\b|\bwho (?:once |previously |long |formerly )?(?:headed|served|worked|"
                     r"chaired|was|ran|spent)\b", words, re.I):
            return "analyst"  # former officials speak as commentators ("a career diplomat who headed ...")
        # "ambassador to Moscow": the place one is posted to is not one's side
        # (so is the city a diplomat works in or a think tank sits in: "European diplomat in Beijing", "the
        # Pereiaslav Strategy Centre in Kyiv")
        words = re.sub(r"\b(ambassador|envoy|representative|consul|posted|served|correspondent|based|diplomats?|"
                       r"centre|center|institute|university|school|academy|foundation|programme|program)\s+(?:to|in|at)"
                       r"\s+(?:the\s+)?"
                       r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*", r"\1", words, flags=re.I)
        found = self.table.side_from_words(words)
        if found:
            return found
        low = set(re.sub(r"['’]s\b", "", words.lower()).split())
        if low & {"familiar", "sources", "source", "insider", "insiders"} and self.home:
            return self.home  # "people familiar with the matter" in an outlet whose country shows: its officials
        if low & {"minister", "president", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
                  "government", "ministry", "ambassador", "office", "force", "forces", "administration",
                  "mp", "lawmaker", "lawmakers", "legislator", "parliament", "service", "customs", "prosecutor",
                  "governor", "mayor", "premier", "ombudsman", "commissioner", "pm", "fm", "eam", "mos", "nsa", "cds"}:
            # an official with no country named: the country of the people the article names as working for
            # that body ("the Foreign Ministry" beside "Foreign Ministry spokesman Wang Wenbin"), else the
            # article's own country when its wording shows one ("a senior official in the Office of the
            # President" in a Ukrainian outlet)
            return self._staff_side(speaker) or self.home or "other_gov"
        return "analyst"

    def _staff_side(self, body: str) -> str | None:
        """The one country side of the well-known people whose role in this article names ``body`` ("Foreign
        Ministry spokeswoman Maria Zakharova" for "Foreign Ministry"); None when they are of several or none."""
        words = body.lower().split()
        if not words or words[-1] not in _BODY_HEADS:
            return None
        phrase = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.I)

        def unqualified(role: str) -> bool:  # "Foreign Ministry spokesman", not "who heads Ukraine's foreign ministry"
            for m in phrase.finditer(role):
                before = role[:m.start()].split()
                prev = before[-1] if before else ""
                if not (prev.endswith(("'s", "’s")) or prev.lower() in COUNTRY_WORDS
                        or self.table.side_from_words(prev) in _COUNTRY_SIDES):
                    return True
            return False

        sides = {fig.side for men in self.mentions if men.role and unqualified(men.role)
                 and (fig := self.table.lookup(men.name)) is not None and fig.side in _COUNTRY_SIDES}
        return sides.pop() if len(sides) == 1 else None

    def interviewee(self, intro: tuple[int, int] | None = None) -> Attribution | None:
        """Who answers in a Q/A transcript: the person named in ``intro`` (the span of the sentence that says
        an interview follows: "Sergey Lavrov gave an interview to ..."; "We asked her ..." names the latest
        person before it); else the most quoted, else most mentioned, person not in the table of well-known
        figures (interviewees are rarely heads of state); else the latest person speaker."""
        from collections import Counter

        if intro is not None:
            # nearest the cue first: after it ("We asked Taras Lozynskyi"), then before it ("Lavrov gave an
            # interview"), then the people named before the introduction
            cue = _INTERVIEW_CUE.search(self.text, intro[0], intro[1])
            at = cue.start() if cue else intro[0]
            inside = [m for m in self.mentions if intro[0] <= m.pos < intro[1]]
            after = [m for m in inside if m.pos >= at]
            if cue and re.match(r"asked (?:him|her|them)\b", cue.group(), re.I):
                after = []  # "Lyman Daily asked her what Xi took home": "her" is named before, Xi is not asked
            ahead = [m for m in inside if m.pos < at][::-1]
            before = [m for m in self.mentions if m.pos < intro[0]][::-1]
            if cue and re.match(r"(?:spoke|talked)\s+(?:to|with)\b", cue.group(), re.I) \
                    and re.match(r"\s+The\s+[A-ZÀ-ÖØ-ÞĀ-Ž]", self.text[cue.end():cue.end() + 12]):
                after, ahead = ahead, after  # "Rajendra Kelkar, who ..., spoke to The Tapti Weekender": he answers
            for men in after + ahead + before:
                if _POSSESSIVE_S.search(men.name):
                    continue  # "Xi Jinping’s visit": a mention, not the person asked
                canon = self.canonical(men.name)
                side = self.side(canon, men.role)
                if self.is_person(canon) and side != "media":  # not the host who asks
                    return Attribution(canon, side, men.role or self.roles.get(canon, ""))

        counts = Counter(a.speaker for a in self.history if self.is_person(a.speaker)
                         and self.table.lookup(a.speaker) is None and not _POSSESSIVE_S.search(a.speaker))
        if counts:
            name = max(sorted(counts), key=lambda k: counts[k])
            return Attribution(name, self.side(name, ""), self.roles.get(name, ""))
        for men in self.mentions:  # else the first person the article introduces
            if _POSSESSIVE_S.search(men.name):
                continue  # "Taras Shevchuk’s old theory": a mention, not a person who answers
            canon = self.canonical(men.name)
            if self.is_person(canon) and self.table.lookup(canon) is None:
                return Attribution(canon, self.side(canon, men.role), men.role)
        people = [a for a in self.history if self.is_person(a.speaker)]
        return people[-1] if people else None

    def person_in(self, span, exclude: str = "") -> Attribution | None:
        """The one person (not ``exclude``) named inside ``span``, if exactly one is."""
        found = {self.canonical(m.name) for m in self.mentions if span.start <= m.pos < span.end
                 and not _POSSESSIVE_S.search(m.name)}  # "Qin Gang's visit": a mention, not a person introduced
        found = [f for f in found if self.is_person(f) and f != exclude]
        if len(found) > 1:
            # "Lavrov was also asked about the warrant for Vladimir Putin.": the subject the sentence starts with
            first = min((m for m in self.mentions if span.start <= m.pos < span.end
                         and self.canonical(m.name) in found), key=lambda m: m.pos)
            prefix = self.text[span.start:first.pos].split()
            # (a bracketed word is part of a title: "Lt Gen (retd) Devinder Sandhu")
            if all(_is_cap(w) or w.lower() in ROLE_WORDS or w.lower() in COUNTRY_WORDS or w[:1] + w[-1:] == "()"
                   for w in prefix) \
                    and not _POSSESSIVE_S.search(first.name) \
                    and not re.match(r"[\s,]*(?:and|or|&)\s", self.text[first.pos + len(first.name):]):
                found = [self.canonical(first.name)]
        if len(found) != 1:
            return None
        name = found[0]
        return Attribution(name, self.side(name, self.roles.get(name, "")), self.roles.get(name, ""))

    def previous_subject(self, pos: int) -> str | None:
        """The person the sentence before ``pos`` starts with ("Zelensky returned to ..."), if it starts with one."""
        before = self.text[:pos].rstrip()
        cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1),
                  before.rfind("? ", 0, len(before) - 1), before.rfind("! ", 0, len(before) - 1))
        start = cut + 1
        while start < len(before) and before[start] in " \n":
            start += 1
        lead = _LEAD_ADVERBIAL.match(before, start)
        if lead:
            start = lead.end()  # "In his evening address, Zelensky ..."
        for men in self.mentions:
            if men.pos >= len(before):
                break
            if men.pos >= start:
                prefix = self.text[start:men.pos].split()
                if not all(_is_cap(w) or w.lower() in ROLE_WORDS or w.lower() in COUNTRY_WORDS for w in prefix):
                    return None
                if _POSSESSIVE_S.search(men.name):
                    return None
                return self.canonical(men.name)
        return None

    def mentions_in(self, span) -> list[_Mention]:
        """The names the inventory found inside ``span``."""
        return [m for m in self.mentions if span.start <= m.pos < span.end]

    def names_other_person(self, span, speaker: str) -> bool:
        """The span names, in the third person, someone other than ``speaker`` who is surely a person: a
        well-known figure, or a name given with a role ("political scientist Sergei Lavrentyev")."""
        for men in self.mentions:
            if span.start <= men.pos < span.end:
                canon = self.canonical(men.name)
                fig = self.table.lookup(canon)
                if canon != speaker and (fig is not None and fig.kind == "person" or men.role and self.is_person(canon)):
                    return True
        return False

    def latest_person(self, pos: int, pron: str = "") -> Attribution | None:
        """The latest person named in the text before ``pos`` (fitting ``pron``), as an attribution."""
        for men in reversed(self.mentions):
            if men.pos < pos:
                canon = self.canonical(men.name)
                if self.is_person(canon) and (not pron or _gender_fits(pron, canon)):
                    return Attribution(canon, self.side(canon, men.role), men.role)
        return None

    def roles_of(self, name: str, role: str = "") -> str:
        """Every role word known for ``name``: the speaker table's, ``role`` and the article's, lowercased."""
        fig = self.table.lookup(name)
        return " ".join((fig.roles if fig else ()) + (role, self.roles.get(name, ""))).lower()

    def latest_document(self, pos: int) -> str | None:
        """"joint" if the latest document the text names before ``pos`` is a joint statement, "other" if it is
        another (the position paper, the peace plan), None if it names none."""
        named = list(_DOCUMENT_NAMED.finditer(self.text_lower, 0, pos))
        return None if not named else "joint" if named[-1].group().startswith("joint") else "other"

    def is_person(self, speaker: str) -> bool:
        fig = self.table.lookup(speaker)
        if fig:
            return fig.kind == "person"
        return len(speaker.split()) in (2, 3) and all(_is_cap(w) for w in speaker.split()) \
            and not any(w.lower() in ROLE_WORDS or w.lower() in PLACE_WORDS for w in speaker.split()) \
            and speaker.split()[-1].lower() not in _ORGANISATION_OR_THING_TAILS \
            and self.table.side_from_words(speaker) != "media"  # "Brussels Ledger" is an outlet

    def headline_at(self, pos: int) -> bool:
        """Whether the line at ``pos`` stands alone as a headline: a paragraph of its own, without a final stop."""
        end = self.text.find("\n", pos)
        line = self.text[pos:end if end >= 0 else len(self.text)].rstrip()
        return (pos == 0 or self.text[pos - 1] == "\n") and bool(line) and line[-1] not in ".!?\"”»’"

    def role_ahead(self, head: str, pos: int, limit: int = 1200) -> str | None:
        """The first person named after ``pos`` (within ``limit`` characters) in the role ``head``; an expert,
        analyst or -ologist is any commentator (side ``analyst``) the text then names."""
        for men in self.mentions:
            if men.pos <= pos:
                continue
            if men.pos > pos + limit:
                break
            canon = self.canonical(men.name)
            if not self.is_person(canon):
                continue
            roles = self.roles_of(canon, men.role)
            if _word_in(head, roles) or (head in _ANALYST_HEADS or head.endswith("ologist")) and roles \
                    and self.side(canon, men.role) == "analyst":
                return canon
        return None

    def nominal(self, words: list[str], pos: int, definite: bool = False) -> str | None:
        """"the Russian leader" -> the latest mentioned figure whose role and side fit; else the latest
        earlier speaker whose name or role has the head word ("the person said"); else, for a ``definite``
        person role ("the former diplomat"), a person who spoke in the last few statements."""
        low = [w.lower() for w in words]
        head = " ".join(low[-3:]) if " ".join(low[-3:]) in _ROLE_PHRASES else low[-1]
        if head in _HOST_WORDS:
            head = "host"  # the presenter, the anchor, the moderator: whoever the article says hosts
        elif len(low) >= 2 and " ".join(low[-2:]) in _COMPOUND_ROLES:
            head = " ".join(low[-2:])  # "the Prime Minister" is not any minister
        countries = [w for w in low if w in COUNTRY_WORDS]
        want_side = self.table.side_from_words(" ".join(countries)) if countries else None
        def fits(roles: str) -> bool:
            return _word_in(head, roles) or (head == "host" and bool(_HOST_WORDS & set(roles.split()))) \
                or any(f in roles for f in _HEAD_FAMILIES.get(head, ())) \
                or (head == "head of state" and bool({"president", "leader"} & set(roles.split())))

        if head in _GENERIC_OFFICIAL_HEADS and definite and (len(low) == 1 or len(low) == 2 and low[0] in COUNTRY_WORDS) \
                and self.history and 0 <= pos - self.last_end < 400 \
                and self.text.count("\n\n", self.last_end, pos) <= 1:
            prev = self.history[-1]
            if prev.speaker and prev.side not in ("analyst", "media", "none") and (
                    self.is_person(prev.speaker) or prev.speaker.split()[-1].lower() in PERSON_ROLE_HEADS) \
                    and (not want_side or prev.side == want_side):
                # "«...,» the diplomat wrote", "“...,” the official added": the official who has just spoken
                return prev.speaker
        best = None
        for men in self.mentions:
            if men.pos >= pos:
                break
            canon = self.canonical(men.name)
            fig = self.table.lookup(canon)
            if not fits(self.roles_of(canon, men.role)):
                continue
            if head in INSTITUTION_HEADS and self.is_person(canon):
                continue  # "the ministry said": not the spokeswoman whose role names the ministry
            side = fig.side if fig else self.table.side_from_words(men.role)
            if want_side and side != want_side:
                continue
            best = canon
        if best is not None and head not in INSTITUTION_HEADS:
            subject = self.previous_subject(pos)
            if subject is not None and subject != best and self.is_person(subject) \
                    and fits(self.roles_of(subject, "")) and (not want_side or self.side(subject, "") == want_side):
                # "Zelensky returned to the subject without naming Xi. “...,” the president said.": the subject of
                # the sentence before, not the latest president named
                best = subject
        if best is not None and head not in INSTITUTION_HEADS and self.history and self.history[-1].speaker != best \
                and self.is_person(self.history[-1].speaker) and fits(self.roles_of(self.history[-1].speaker,
                                                                              self.history[-1].role)) \
                and (not want_side or self.history[-1].side == want_side):
            return self.history[-1].speaker  # "the diplomat added": the diplomat speaking, not one named since
        if best is not None:
            for att in reversed(self.history[-3:]):
                # "One European diplomat said ... “...,” the diplomat said": the unnamed diplomat who just spoke,
                # not the named one (Borrell, "the EU's top diplomat") mentioned before
                if att.speaker and att.speaker != best and att.speaker.split()[-1].lower() == head \
                        and not self.is_person(att.speaker) and (not want_side or att.side == want_side):
                    return att.speaker
        if best is not None and not want_side and head in ("president", "head of state", "leader"):
            # "the President said" with no country: whoever of that rank spoke lately, not the latest one named
            for att in reversed(self.history[-5:]):
                if att.speaker != best and self.is_person(att.speaker) and fits(self.roles_of(att.speaker, att.role)):
                    return att.speaker
                if att.speaker == best:
                    break
        if best is None and (head in MEDIA_HEADS or head in NOMINAL_INSTITUTIONS):
            other_doc = head in NOMINAL_INSTITUTIONS and self.latest_document(pos) == "other"
            for att in reversed(self.history):  # the latest outlet / document that spoke
                last = att.speaker.split()[-1].lower() if att.speaker else ""
                if (head in MEDIA_HEADS and att.side == "media") or (head in NOMINAL_INSTITUTIONS
                                                                     and last in NOMINAL_INSTITUTIONS
                                                                     and not other_doc):
                    # (not when the text has named another document since: "... its position paper. The
                    # Chinese document states ...")
                    return att.speaker
            if head == "statement" and self.latest_document(pos) is None:
                # "The Russian Embassy issued a statement welcoming ... The statement also sought to ...": the body
                # that just issued it
                for att in reversed(self.history[-3:]):
                    if att.speaker and not self.is_person(att.speaker) and att.side not in ("media", "analyst"):
                        return att.speaker
        if best is None and head in MEDIA_HEADS:
            for men in reversed(self.mentions):
                fig = self.table.lookup(self.canonical(men.name))
                if men.pos < pos and fig is not None and fig.side == "media":
                    return fig.name
                if men.pos < pos and fig is None and set(men.role.lower().split()) & _MEDIA_SPEAKER_HEADS:
                    return self.canonical(men.name)  # "the British newspaper The Amberley Sentinel ... the editorial"
        if best is None and head in INSTITUTION_HEADS and len(low) <= 3:
            for men in reversed(self.mentions):  # "the ministry added": the latest ministry named
                canon = self.canonical(men.name)
                cw = canon.lower().split()
                if men.pos < pos and len(cw) >= 2 and (cw[-1] == head or head in cw[:-1]
                                                       and cw[cw.index(head) + 1] in ("in", "to", "of")) \
                        and (not want_side or self.side(canon, "") == want_side):
                    return canon
        if best is None and head in NOMINAL_INSTITUTIONS and f"joint {head}" in self.text_lower:
            fig = self.table.lookup(f"joint {head}")
            if fig is not None:
                return fig.name
        if best is None and head in ("document", "text", "declaration"):
            # "Xi and Putin signed two joint statements. The document also said ...": the latest document named,
            # when it is the joint statement (what the position paper "calls for" is most often the writer's
            # summary in the development gold, so it stays the writer's)
            doc = self.latest_document(pos)
            fig = self.table.lookup("joint statement")
            if fig is not None and doc == "joint":
                return fig.name
        if best is None:
            for att in reversed(self.history):
                said = f"{att.speaker} {att.role}".lower()
                if (_word_in(head, said, plural=False) or any(f in said for f in _HEAD_FAMILIES.get(head, ()))) \
                        and (not want_side or att.side == want_side):
                    return att.speaker
        if best is None and head in ("tank", "think-tank", "institute", "centre", "center"):
            for att in reversed(self.history):  # "the think tank added": the latest research body that spoke
                if _RESEARCH_BODY.search(att.speaker) and not self.is_person(att.speaker):
                    return att.speaker
        if best is None and (head in _ANALYST_HEADS or head.endswith("ologist")):
            for att in reversed(self.history[-6:]):  # "the expert": the latest commentator quoted
                if att.side == "analyst" and self.is_person(att.speaker):
                    return att.speaker
        if best is None and definite and head in PERSON_ROLE_HEADS and head not in MEDIA_HEADS:
            # "Rosalind Achterberg, who ran the China desk ... The former diplomat pointed to ...": a role the
            # article never attached to a name refers back to the person who spoke last, when one spoke lately
            for att in reversed(self.history[-4:]):
                if self.is_person(att.speaker) and (not want_side or att.side in (want_side, "analyst")):
                    return att.speaker
        return best

    def resolve(self, raw: _Raw, pos: int) -> tuple[str, str, str] | str:
        """(speaker, role, side), or "he"/"she"/"they" for a pronoun left to the discourse pass."""
        if raw.np[:1] in "EOAMN" and _LEAD_ADVERB.match(raw.np):
            raw = raw.renamed(_LEAD_ADVERB.sub("", raw.np), raw.role)  # "Even Volodymyr Zelensky"
        if raw.pass_name == "trailing" and pos < 150 and raw.np.islower() and raw.np in _HEADLINE_GROUPS:
            # a headline's "...: experts", then "Chinese experts" in the body: the fullest form the article gives
            fuller = re.search(r"\b(?:[A-Z][a-z]+)\s+" + re.escape(raw.np) + r"\b", self.text[pos:])
            if fuller and fuller.group().split()[0].lower() in COUNTRY_WORDS:
                raw = raw.renamed(fuller.group(), "")
        m = _ONE_MEMBER.match(raw.np)
        if m:
            head = m.group("head").lower()
            for att in reversed(self.history[-3:]):
                if att.speaker.lower().endswith(f" {head}s") and not self.is_person(att.speaker):
                    # "Senior Biden administration officials said ... One official said ...": one of that group
                    return att.speaker[:-1], head, att.side
        m = _SPOKESPERSON_FOR.match(raw.np)
        if m:  # "a spokesperson for the Chinese Embassy in New Delhi" (no name): the embassy speaks
            raw = raw.renamed(m.group("inst"), m.group("role"))
        m = _GROUP_AT.match(raw.np)
        if m:  # "Analysts at the Institute for the Study of War": the institute
            raw = raw.renamed(m.group("inst"), m.group("group").lower())
        m = _OFFICIAL_FAMILIAR.match(raw.np)
        if m:  # "A US official familiar with intelligence on the issue": the official (the rest is a role)
            raw = raw.renamed(m.group("np"), m.group("tail"))
        m = _OUTLET_STAFF.match(raw.np)
        if m and ((fig := self.table.lookup(m.group("outlet"))) is not None and fig.side == "media"
                  or self.table.side_from_words(m.group("outlet")) == "media"):
            # "Kommersant's correspondent noted": the outlet reports (as with "Kommersant reports")
            raw = raw.renamed(m.group("outlet"), m.group("staff"))
        if raw.np.lower() in ("one of them", "another of them", "the other", "two of them"):
            raw = raw.renamed("they")  # "one of them said": the group that spoke last
        m = _ONE_OF.match(raw.np)
        if m:  # "said one of the officials": the group; "one of the statements said": the document
            group = m.group("group")
            raw = raw.renamed("document" if group in ("statements", "declarations", "documents") else "the " + group)
        m = _LOWER_ROLE_BEFORE_NAME.match(raw.np)
        if m and (m.group("role").split()[-1].lower() in _ORGANISATION_ROLE_WORDS
                  or m.group("role").split()[-1].lower().endswith("-based")):
            # "news agency Press Service of India", "the Washington-based Centre for Conflict Analysis"
            raw = raw.renamed(m.group("name"), m.group("role"))
        words = [w for w in raw.np.split() if w]
        while len(words) > 1 and words[-1].lower().strip(",") in ("here", "there"):
            words.pop()  # "Officials here"
        if len(words) >= 3 and words[-2].lower() in _TIME_PREFIX \
                and words[-1].lower() in _TIME_WORDS:
            words = words[:-2]  # "Antony Blinken on Monday"
        if len(words) >= 3 and words[0].lower() in _TIME_PREFIX \
                and words[1].lower() in _TIME_WORDS:
            words = words[2:]  # "On Monday John Kirby, the spokesman, said": no comma after the day
        while words and words[0].lower() in STRIP_DETERMINERS:
            words.pop(0)  # "the Kremlin" -> "Kremlin"; quantifiers stay ("Some analysts", as written)
        if len(words) > 2 and words[0].lower() == "friend":
            words.pop(0)
        low = [w.lower() for w in words]
        if len(low) == 1 and low[0] in _PERSON_OR_GROUP_PRONOUNS:
            return low[0]
        for cut in (2, 1):  # "a Chinese Foreign Ministry readout", "a PTI report", "RIA Novosti news agency"
            if len(low) > cut and " ".join(words[-cut:]) in _SOURCE_SUFFIXES and _is_cap(words[-cut - 1]) \
                    and (len(words) - cut >= 2 or self.table.lookup(words[0]) is not None) \
                    and (self.table.lookup(" ".join(words[:-cut])) is not None
                         or not all(w.lower() in COUNTRY_WORDS for w in words[:-cut])):
                raw = raw.renamed(raw.np, " ".join(words[-cut:]))
                outlet = low[-1] in _ORGANISATION_ROLE_WORDS
                words, low = words[:-cut], low[:-cut]
                if len(words) == 2 and outlet and _COUNTRY_POSSESSIVE.match(" ".join(words)) \
                        and self.table.lookup(words[1]) is None:
                    # "Pakistan's Dawn newspaper": Dawn, an outlet at home there (not "Ukraine's Air Force")
                    return words[1], f"{words[0]} {raw.role}", "media"
                break
        if raw.np in QA_MARKERS.values():
            return raw.np
        joint = self.table.lookup("joint statement")
        if joint is not None and len(low) > 3 and "joint statement" in " ".join(low[:3]) and low[2:3] != ["joint"] \
                and any(w in ("on", "about", "adopted", "signed", "issued", "released", "by") for w in low) \
                and "statement" in low:
            low = low[:low.index("statement") + 1]  # "the joint statement on the new-era partnership"
        if low[-2:] == ["joint", "statement"] and joint is not None:
            return joint.name, raw.role, joint.side  # "the China-Russia joint statement"
        doc_words = low[:-1] if low[-1:] and low[-1] in ("signed", "adopted") else low
        if joint is not None and len(doc_words) >= 2 and doc_words[-1] in ("statement", "declaration", "document") \
                and all(w in _DOC_MODIFIERS for w in doc_words[:-1]) \
                and any(d.group("joint") for d in _DOC_MENTION.finditer(self.text, 0, pos + len(raw.np) + 40)):
            return joint.name, raw.role, joint.side  # "The main statement ... says", "The political statement signed"
        if " ".join(low) in _BOTH_SIDES:  # "The two sides called for ...": the joint statement speaks, if any
            named = bool(_JOINT_NAMED.search(self.text_lower, 0, pos + 120))  # (named before or in the sentence:
            return (joint.name, "", joint.side) if joint is not None and named else ""  # a readout's lead is not)
        if " ".join(low) in _PAIR_OF_SIDES and joint is not None and self.latest_document(pos) == "joint":
            return joint.name, "", joint.side  # "Elsewhere in the document, Moscow and Beijing say ..."
        fig = self.table.lookup(" ".join(words))
        if fig and len(words) == 1 and self.canonical(words[0]) != fig.name:
            fig = None  # "Rudenko" after "Oleg Rudenko": the article's own, not the table's namesake
        if fig and len(words) == 1 and words[0].islower() and words[0] in _ANALYST_OR_PERSON_ROLE_HEADS:
            fig = None  # "the economist pointed out": a person's role, not The Economist
        if fig:
            return fig.name, raw.role, fig.side
        if raw.role.startswith("of ") and (fig := self.table.lookup(" ".join(words) + " " + raw.role)):
            return fig.name, "", fig.side  # "said the President of Ukraine"
        if raw.pass_name == "colon" and len(words) == 1 and words[0].lower() in _GENERIC_TURNS:
            # "[On screen: Igor Vetrov, military expert]" then "GUEST: ...": the guest the caption names
            caps = list(_CAPTION_NAME.finditer(self.text, max(0, pos - 400), pos))
            if caps:
                cap = caps[-1]
                name = cap.group("name") or cap.group("name2")
                role = (cap.group("role") or cap.group("role2")).strip()
                self.turn_names[words[0].lower()] = (name, role)
            if words[0].lower() in self.turn_names:  # a later "GUEST:" is the guest named before
                name, role = self.turn_names[words[0].lower()]
                return name, role, self.side(name, role)
        if raw.pass_name == "colon" and len(words) in (2, 3) and all(_CAPS_SURNAME.fullmatch(w) for w in words):
            # "ANDREI KOLESOV:": a transcript turn by full name in capitals, the person the article names so
            for men in reversed(self.mentions):
                if men.name.upper() == " ".join(words) and not men.name.isupper():
                    name = self.canonical(men.name)
                    role = men.role or self.roles.get(name, "")
                    return name, role, self.side(name, role)
            if not self.table.lookup(raw.np):
                name = raw.np.title()  # named only in capitals ("HE RUOLAN:"), perhaps with a role after the name
                role = raw.role or self.roles.get(name, "")
                if raw.role:
                    self.roles[name] = role
                return name, role, self.side(name, role)
        if raw.pass_name == "colon" and len(words) == 1 and _CAPS_SURNAME.fullmatch(words[0]):
            # a transcript turn by surname in capitals: the person of that surname the article names, else nobody
            for men in reversed(self.mentions):
                parts = men.name.split()
                if len(parts) >= 2 and (parts[-1].upper() == words[0] or parts[0].upper() == words[0]
                                        and len(parts) == 2 and self.table.lookup(men.name) is None
                                        and not any(p.upper() == words[0] for p in parts[1:])):
                    name = self.canonical(men.name)
                    role = men.role or self.roles.get(name, "")
                    if name.isupper():  # "IGOR ZAITSEV, HOST:" named the speaker in capitals
                        name = name.title()
                        role = role.lower()
                    return name, role, self.side(name, role)
            fig = self.table.lookup(words[0].title())
            if fig is not None and fig.kind == "person":
                return fig.name, "", fig.side  # "MS. JEAN-PIERRE:" with her name nowhere else in mixed case
            name = words[0].title()  # a speaker the article names no further
            return name, "", self.side(name, "")
        if len(low) > 1 and any(_AGE.match(w) for w in low[:-1]):
            words = [w for w in words if not _AGE.match(w.lower())]  # "the 70-year-old head of state": a role
            low = [w.lower() for w in words]
        if low and _AGE.match(low[-1]):  # "the 70-year-old": the latest person who spoke
            for att in reversed(self.history):
                if self.is_person(att.speaker):
                    return att.speaker, " ".join(words), att.side
            found = self.latest_person(pos)
            if found is not None:
                return found.speaker, " ".join(words), found.side
        indefinite = raw.np.split()[0].lower() in ("a", "an", "another", "one")  # "a State Department spokesperson"
        if len(words) >= 2 and low[-1] in PERSON_ROLE_HEADS and (cm := _COUNTRY_POSSESSIVE.match(" ".join(words[:2]))) \
                and all(w in ROLE_WORDS for w in low[1:]):
            # "China's top diplomat" is "the Chinese top diplomat": a role that refers back
            adj_words = [_COUNTRY_ADJECTIVES[cm.group(1).lower()]] + words[1:]
            found = self.nominal(adj_words, pos, definite=True)
            if found:
                return found, " ".join(adj_words), self.side(found, " ".join(adj_words))
        if low and not indefinite and (low[-1] in _SPEAKING_HEADS
                                       or low[-1] in _INSTITUTION_HEADS_OR_ORGANISATION_ROLES
                                       and raw.np.split()[0].lower() == "the"  # "the tracker said": Vortexa
                    or low[-1].endswith("ologist") or " ".join(low[-3:]) in _ROLE_PHRASES) \
                and all(_POSSESSIVE_S.sub("", w) in _ROLE_OR_COUNTRY_WORDS or w in {"of", "state", "government"}
                        or w.endswith("-based") or 3 <= len(w) <= 4 and ww.isupper() and k < len(low) - 1
                        for k, (ww, w) in enumerate(zip(words, low))):
                # (a ministry's initials before the role: "the MEA spokesperson", "the MFA spokeswoman")
            found = None
            if len(words) == 1 and raw.pass_name in ("colon", "leading") and words[0][:1].isupper() \
                    and self.headline_at(pos):
                # "Spokesperson: ...", "Expert: ...", "Sinologist: ..." over a news item: the person the item
                # below introduces in that role
                found = self.role_ahead(low[0], pos)
            found = found or self.nominal(words, pos, definite=raw.np.split()[0].lower() == "the")
            if not found and len(words) >= 2 and low[0] in COUNTRY_WORDS and (fig := self.table.by_role(" ".join(low))):
                found = fig.name  # "NATO chief: Beijing must hear from Kyiv" before Stoltenberg is named
            if not found and raw.np.split()[0].lower() == "the" and low[-1] in PERSON_ROLE_HEADS and len(low) >= 2 \
                    and (ahead := self.nominal(words, min(len(self.text), pos + 1200), definite=False)):
                found = ahead  # "The Kremlin spokesman also commented ..." in a standfirst, "Kremlin Spokesman Dmitry
                # Peskov told journalists" in the text below it: the one the article then names in that role
            if not found and raw.pass_name == "colon" and pos < 200 and low[-1] in PERSON_ROLE_HEADS:
                # a headline "Former envoy: Beijing will not break with Moscow": the person the article then
                # introduces in that role
                found = self.nominal(words, len(self.text), definite=True)
            if found:
                return found, " ".join(words), self.side(found, " ".join(words))
            if low[-1] in NOMINAL_INSTITUTIONS and all(w in COUNTRY_WORDS for w in low[:-1]):
                return ""  # "the (Chinese) document says", no document named before: the writer summarising it
        if len(low) == 1 and low[0] in GROUP_HEADS and raw.np.split()[0].lower() == "the":
            # "The experts believe ..." after "Chinese experts said ...": the group that spoke
            for att in reversed(self.history[-8:]):
                if att.speaker and (att.speaker.lower().split()[-1] == low[0]
                                    or att.speaker.lower().startswith(low[0] + " ")):
                    return att.speaker, att.role, att.side
        joined = " ".join(words)
        tail = re.search(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž].*$", joined)
        head = joined[:tail.start()].split() if tail else []
        if len(head) >= 2 and self.is_person(" ".join(head[-2:])):
            # "analyst Oleh Hrytsenko of the Kyiv Centre": the institution is part of the role
            raw = raw.renamed(raw.np, tail.group().strip())
            words = head
        # an owner before the name goes to the role: "White House's John Kirby", "Russia's state-owned
        # Gazprom", "China's General Administration of Customs"
        poss = next((j for j in range(min(4, len(words) - 1)) if _POSSESSIVE_NAME.fullmatch(words[j])
                     and all(_is_cap(w) for w in words[:j])), None)
        if poss is not None and poss == 0 and _COUNTRY_POSSESSIVE.match(" ".join(words[:2])) \
                and any(w.lower() in ("ministry", "embassy") for w in words[1:]):
            poss = None  # "Ukraine's Ministry of Foreign Affairs": the country names the body (made adjectival)
        if poss is not None:
            k = poss + 1
            while k < len(words) - 1 and not _is_cap(words[k]) and (words[k] in _MODIFIERS or "-" in words[k]):
                k += 1
            if _is_cap(words[k]):
                raw = raw.renamed(raw.np, " ".join(words[:k]))
                words = words[k:]
        if raw.pass_name == "colon" and raw.role and len(words) >= 2 and all(_is_cap(w) for w in words):
            name = " ".join(words)
            self.roles.setdefault(self.canonical(name), raw.role)  # "HOST (Marina Lebedeva):": a later "HOST:" too
        role, name = _split_role(words, known=lambda w: self.table.lookup(w) is not None or any(
            m.name.split()[-1] == w or m.name.split()[0] == w for m in self.mentions if len(m.name.split()) > 1))
        role = " ".join(x for x in (role, raw.role) if x)
        if not name:
            name = " ".join(words)
        speaker = _adjectival(self.canonical(name))
        speaker = speaker[:1].upper() + speaker[1:]
        return speaker, role, self.side(speaker, role)


def _gender_fits(pron: str, name: str) -> bool:
    """Whether "he"/"she" can refer to ``name``: a rough first-name test (Slavic and Western -a names)."""
    first = name.split()[0].lower().strip(".") if name else ""
    if first in _CHINESE_SURNAMES and first not in FEMALE_NAMES and 2 <= len(name.split()) <= 3 \
            and name.lower() not in _CHINESE_MEN:
        return True  # "Zhou Kexin": a family name first tells nothing of the person's sex
    female = first in FEMALE_NAMES or (first.endswith("a") and len(first) > 2 and first not in MALE_NAMES_IN_A) \
        or (first.endswith(_FEMALE_ENDINGS) and len(first) > 4 and first not in _MALE_WITH_FEMALE_ENDINGS)
    return female if pron == "she" else not female if pron == "he" else True


def _word_in(word: str, text: str, plural: bool = True) -> bool:
    """``word`` (or, with ``plural``, its plural) stands in ``text`` as a role's head word: "president" is in
    "the russian president", not in "head of the presidential office", "the president's office" or "adviser to the
    president".

    >>> _word_in("president", "head of the presidential office"), _word_in("president", "president's office")
    (False, False)
    >>> _word_in("president", "head of the office of the president"), _word_in("president", "president of russia")
    (False, True)
    >>> _word_in("diplomat", "top diplomats")
    True
    """
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        starts = i == 0 or not text[i - 1].isalnum()
        ends = j == len(text) or not text[j].isalnum() and text[j] not in "'’" \
            or plural and text[j] == "s" and not text[j + 1:j + 2].isalnum()
        if starts and ends and not _COMPLEMENT_BEFORE.search(text, 0, i):
            return True
        i = text.find(word, i + 1)
    return False


# Unions of the word sets above that functions test words against, built once instead of at every test
_ANALYST_HEADS_OR_ROLE_WORDS = _ANALYST_HEADS | ROLE_WORDS
_ANALYST_OR_PERSON_ROLE_HEADS = _ANALYST_HEADS | PERSON_ROLE_HEADS
_INSTITUTION_HEADS_OR_ORGANISATION_ROLES = INSTITUTION_HEADS | ORGANISATION_ROLES
_ORGANISATION_OR_ROLE_WORDS = INSTITUTION_HEADS | ORGANISATION_ROLES | _ORGANISATION_TAILS | ROLE_WORDS
_ORGANISATION_OR_THING_TAILS = _ORGANISATION_TAILS | _THING_TAILS
_ORGANISATION_TAILS_OR_INSTITUTION_HEADS = _ORGANISATION_TAILS | INSTITUTION_HEADS
# a post held in a one-word organisation whose name runs into the person's: "chief executive of Rosneft Igor Sechin"
_HEAD_OF = re.compile(r"\b(?:head|chief|executive|director|chairman|chairwoman|president|founder|spokesman|"
                      r"spokeswoman|spokesperson)\s+of\s+\Z")
_ORGANISATION_TAILS_OR_PLACES = _ORGANISATION_TAILS | PLACE_WORDS
_PERSON_OR_GROUP_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS
_ROLE_OR_COUNTRY_WORDS = ROLE_WORDS | COUNTRY_WORDS
_SPEAKING_HEADS = PERSON_ROLE_HEADS | NOMINAL_INSTITUTIONS | MEDIA_HEADS | _ANALYST_HEADS
