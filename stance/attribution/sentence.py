"""The speaker phrase a single sentence names for itself (find_raw) and the passes that find it."""

from __future__ import annotations

import re
from dataclasses import replace as _dc_replace
from typing import TYPE_CHECKING

from .lexicon import (
    ACCORDING_TO, AS_SOURCE, BACK_ACTIVE, BACK_PASSIVE, BOUNDARY_WORDS, COLON_HEADLINE, COUNTRY_WORDS, DETERMINERS,
    DOCUMENT_ORDINAL, DOCUMENT_SUBJECT, ECONOMIC_PLAN, FIRST_PERSON, FOR_PERSON, GROUP_HEADS, GROUP_PRONOUNS,
    HONORIFICS, INSTITUTION_HEADS, INTRANSITIVE_VERBS, IN_DOCUMENT, IN_TELLING, IN_THE_WORDS, IN_VIEW, IN_VIEW_OF,
    MEDIA_IN_BOTH, MULTIWORD_VERBS,
    NOT_SPEAKERS, NOUN_LIKE_VERBS, NP_INNER, ORGANISATION_ROLES, OUTLET_PIECE, OUTLET_PIECE_BEFORE,
    OUTLET_RAN_PIECE, OVERHEARD,
    OWN_PIECE_NP, OWN_PIECE_SAID,
    PAPER_POINT, PARENTHETICALS, PARTY_IN_DOCUMENT, PERSON_PRONOUNS, PERSON_ROLE_HEADS, PER_SOURCE, PLACE_WORDS,
    POSITION_PAPER_SUBJECT, QA_MARKERS, QUOTES_AS_SAYING, RANKS, REPORTING_VERBS, ROLE_WORDS, SAID_NOTHING_WORDS,
    SIGNED_ARTICLE, SKIPPABLE, SOURCE_HOW,
    SOURCE_LABEL, SOURCE_NOUN, SOURCE_POSSESSIVE, SO_SAID, SUMMED_UP_BY, THAT_WAS, TRAILING_DOCUMENT, VIEW_IS,
    WHO_SAID_IT, WITH_SAYING, WITH_THESE_WORDS, _ACCORDING_ASIDE, _ACCORDING_OPEN, _ANSWER_OF, _APPOSITIVE_BEFORE,
    _APPOSITIVE_NAME, _BARE_Q, _BOTH_SIDES, _BROADCAST_CUE, _BULLETS, _CAPS_NOT_NAMES, _CAPS_SURNAME, _CAPS_TURN_ROLES,
    _CITING_PERSON, _COLON_GROUP_END, _COLON_NAME_END, _DASH_ASIDE, _DASH_SIGNED, _DATELINE, _DAY_ASIDE, _DET_ROLE,
    _DISMISSALS, _DOCUMENT_PARTIES,
    _DOCUMENT_WORDS, _DOC_RAWS, _DOC_WEIGHED, _INCLUDING_ASIDE, _INTERVIEWED_BY, _INTRO_EVAL_COLON, _IN_VIEW_MID,
    _LEADERS_TOGETHER, _LEADING_PREPOSITIONS, _LEARNED_FROM, _LEARNED_FROM_TRAILING, _MEDIA_SPEAKER_HEADS, _MORE_ASIDES, _NEGATED_OPINION,
    _NOT_COLON_SPEAKERS, _NOT_NAME_WORDS, _NOT_SPEAKER_OR_PREP, _OBJECT_PRONOUNS, _ON_TOPIC_BARE, _ON_TOPIC_HEADLINE,
    _OPENERS, _OPENING_PHRASE, _OUTER_REPORTS, _OVERHEARD_WORDS, _PAPER_CONTRAST, _PLACE_OR_COUNTRY, _POSSESSIVE_ROLE,
    _POSTED_TO, _PRONOUNS, _QUOTED_BY, _QUOTE_CLOSE, _QUOTE_FROM, _QUOTE_OPEN, _RANK_ABBREVIATION, _ROLE_MARKERS,
    _ROLE_TAIL_NAME, _SAID_NOTHING, _SOURCING_FIRST_WORDS, _SPEECH_VERBS, _TOKEN, _TO_PLACE_NAME_COLON,
    _TRAILING_PERSON, _WENT_ON, _WHO_ANONYMOUS, _WHO_ASIDE, _WITH_SAYING,
)
from .speakers import (
    _GENERIC_TURNS, _NAME_COMMA_ROLE, _NAME_THEN_ROLE, _NATIONALITY_ADJECTIVES, _ORGANISATION_TAILS, _PAREN_COLON,
    _OUTLET_KINDS, _RECORD_SOURCES, _ROLE_THEN_NAME, _Raw, _SPACES, _THING_TAILS, default_speaker_table,
)
from .quotes import _mask, _scan_quotes

if TYPE_CHECKING:
    from .speakers import SpeakerTable


def _caps_turn(np_: str) -> bool:
    words = np_.split()
    low = [w.lower() for w in words]
    if len(words) == 1:
        return low[0] in _CAPS_TURN_ROLES
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Z'’-]+", w) for w in words) \
        and not set(low) & (_CAPS_NOT_NAMES | PLACE_WORDS | {"new"})


def _asker(np_: str, table: SpeakerTable) -> bool:
    """The label of a turn that asks: an outlet, a reporter, a host, or a name the tables cannot place."""
    fig = table.lookup(np_)
    if fig is not None:
        return fig.side == "media"
    side = table.side_from_words(np_)
    return side in (None, "media", "analyst") or np_.lower() in _CAPS_TURN_ROLES


def _media_label(np_: str, table: SpeakerTable) -> bool:
    """A turn label that surely asks: an outlet, a reporter, a host."""
    fig = table.lookup(np_)
    return (fig.side == "media") if fig is not None else (
        table.side_from_words(np_) == "media" or np_.lower() in _CAPS_TURN_ROLES)


# --- speaker phrases -------------------------------------------------------

def _tokens(text: str):
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


_MULTI_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _mv in sorted(MULTIWORD_VERBS, key=lambda v: -len(v.split())):
    _MULTI_BY_FIRST.setdefault(_mv.split()[0], []).append(tuple(_mv.split()))


_BE = frozenset("been is are was were".split())
_FRAMING_VERBS = frozenset("cast casts pitched pitches defended defends".split())
_STATE_VERBS = frozenset("doubt doubts doubted worry worries worried".split())
# Adjectives of a stance taken ("X is unconvinced", "X has been critical of ..."): verbs after a form of "be"
_ATTITUDES = frozenset("critical skeptical sceptical unconvinced doubtful dismissive convinced confident certain "
                       "adamant".split())


def _attitude_be(toks, i) -> int | None:
    """Index of the "is/are/was/were/been/remain(s)" before an attitude adjective at ``i`` (adverbs between)."""
    j = i - 1
    while j > 0 and (toks[j][0].endswith("ly") or toks[j][0] in ("also", "still", "so", "far", "more", "less")):
        j -= 1
    return j if j > 0 and toks[j][0] in _BE | {"remain", "remains", "remained", "appeared", "seemed"} else None


_SPEECH_NOUNS = frozenset("""warning warnings view views claim claims call calls line message position accusation
accusations charge charges concern concerns point assertion demand demands criticism""".split())
_POSSESSIVE_END = re.compile(r"['’]s?\Z")  # "Zelensky's", "the leaders'"
_AUXILIARIES = frozenset("do does did don't doesn't didn't are were have had will would can could should must may might "
                         "cannot".split())
_ING_VERBS = frozenset("""saying reporting warning claiming arguing insisting suggesting predicting stressing noting
adding telling accusing urging describing calling declaring recalling reminding asking writing dismissing
questioning cautioning conceding acknowledging contending asserting explaining complaining alleging repeating""".split())
_ING_AUXILIARIES = _BE | {"keep", "keeps", "kept"}  # "had been warning", "kept insisting"
_ING_ADVERBS = SKIPPABLE - {"has", "have", "had", "been"} | {"still", "increasingly", "quietly", "loudly"}


def _ing_auxiliary(toks, i) -> int | None:
    """Index of the "is/are/was/were/been" or "keep/kept" before the -ing reporting verb at ``i``, adverbs between
    ("Kirby was still insisting that", "diplomats have been privately arguing that", "Blinken kept insisting")."""
    if toks[i][0] not in _ING_VERBS:
        return None
    j = i - 1
    while j > 0 and j >= i - 2 and toks[j][0] in _ING_ADVERBS:
        j -= 1
    return j if j > 0 and toks[j][0] in _ING_AUXILIARIES else None


# Lowercased words a reporting verb can start with: only these tokens are looked at by _verb_at.
_VERB_FIRST = frozenset({v.lower() for v in REPORTING_VERBS} | set(_MULTI_BY_FIRST) | INTRANSITIVE_VERBS
                        | _ING_VERBS | _ATTITUDES | _FRAMING_VERBS | {"called", "calls", "went", "written", "briefed"}
                        | {"addressed", "addresses"})  # ("Xi addressed Putin as his dear friend")


_POSITION_NOUNS = frozenset("""call calls warning warnings demand demands claim claims allegation allegations position
line view accusation accusations charge charges assertion offer invitation appeal appeals criticism concern concerns""".split())
_SPECIAL_VERBS = frozenset("said says say welcomed welcomes greeted greets addressed addresses repeated repeats "
                           "renewed renews briefed".split())
_NOUN_BEFORE = frozenset(w for w in "the a an this that these those such its their his her our my your every".split()
                         for w in (w, w.capitalize(), w.upper()))
_BE_OR_SO = _BE | {"be", "being", "so"}
_CALL_OBJECT_END = frozenset(", . ; : on to in at last this yesterday today from after before during".split())


def _naming_call(toks, i) -> int:
    """1 if "called" at token i names something ("Blinken called the visit diplomatic cover", "He called him «a dear
    friend»", "Beijing has called such reports groundless"), 0 if it is a phone call or a summons ("Xi called
    Zelensky on Wednesday", "called a meeting", "called off")."""
    nxt = [t[0] for t in toks[i + 1:i + 16]]
    if len(nxt) < 2 or nxt[0].lower() in ("off", "back", "up", "out", "a", "an", "in", "at", "by", "upon", "to",
                                          "for", "on"):
        return 0
    if i > 0 and toks[i - 1][0].lower() in _BE_OR_SO:
        return 0  # "cannot be called a peace plan", "is called": a name given, not a claim made
    k = 0
    while k < len(nxt) and (_is_cap(nxt[k]) or nxt[k] in ("him", "her", "them")):
        k += 1
    if 0 < k < len(nxt) and nxt[k].lower() in _CALL_OBJECT_END:
        return 0  # "Xi called Zelensky on Wednesday", "Putin called him, and ...": a phone call
    if k == len(nxt):
        return 0
    return 1


def _verb_at(toks, i) -> int:
    """Length in tokens of a reporting verb starting at token i, or 0."""
    w = toks[i][0].lower()
    if i > 0:
        before = toks[i - 1][0]
        if before in _NOUN_BEFORE or before[-1:] in "'’" and len(before) > 1 \
                or before[-2:-1] in "'’" and before[-1:] == "s" and len(before) > 2:
            return 0  # "Take the claim that ...", "Beijing's caution is real": a noun after a determiner or possessive
    if w in _SPECIAL_VERBS:
        if w in ("said", "says", "say"):
            if i + 1 < len(toks) and toks[i + 1][0].lower() in ("nothing", "little", "almost", "next", "very") \
                    and _SAID_NOTHING.match(" ".join(t[0] for t in toks[i:])):
                return 0  # "Chinese officials said nothing about it": no claim to attribute
        elif w in ("welcomed", "welcomes", "greeted", "greets", "addressed", "addresses"):
            if any(t[0] == "as" for t in toks[i + 2:i + 6]) and toks[i + 1][0] not in ("each", "one"):
                return 1  # "Putin welcomed Xi as a 'dear friend'", "Xi addressed Putin as ...": what he called him
        elif any(t[0] == "that" for t in toks[i + 1:i + 7]) and not any(t[0] in ",;" for t in toks[i + 1:i + 3]):
            return 1  # "Lavrov has repeated for months that ...", "Ushakov had briefed reporters in advance that ..."
        elif w == "briefed":
            return 0  # "Peskov briefed reporters on the talks": an act, unless what was said follows with "that"
        elif any(t[0].lower() in _POSITION_NOUNS for t in toks[i + 1:i + 5]):
            return 1  # "Kirby also repeated Washington's call for ...", "renewed its warning": a position restated
    multi = _MULTI_BY_FIRST.get(w)
    ahead = tuple(t[0].lower() for t in toks[i:i + len(multi[0])]) if multi else ()  # (longest first)
    for parts in multi or ():
        if ahead[:len(parts)] == parts:
            if parts[-1] == "statement" and parts[0] != "said" \
                    and (i + len(parts) == len(toks) or toks[i + len(parts)][0] in ".;"):
                return 0  # "The ministry issued a statement." tells of an act; "issued a statement welcoming" quotes
            return len(parts)
    if toks[i][0] != "asking" and _ing_auxiliary(toks, i) is not None:
        return 1  # "US officials had been warning that ...", "state media are reporting", "kept insisting"
    if toks[i][0] in NOUN_LIKE_VERBS and i > 0 and toks[i - 1][0].lower() in _NATIONALITY_ADJECTIVES:
        return 0  # "Western fears grew", "Chinese claims": an adjective and a plural noun
    if toks[i][0] in NOUN_LIKE_VERBS and not (i > 0 and (_is_cap(toks[i - 1][0]) or toks[i - 1][0] in ROLE_WORDS)):
        j = i - 1
        while j > 0 and toks[j][0] in SKIPPABLE:
            j -= 1
        if not (j >= 0 and j < i - 1 and toks[j][0] in ("It", "He", "She", "it", "he", "she")):
            return 0  # "It also voices concern", "He also notes that": after a pronoun and an adverb, a verb
    if toks[i][0] in ("welcomed", "welcomes") and i > 0 and toks[i - 1][0] == "warmly" and i + 4 < len(toks) \
            and toks[i + 2][0] == "on" and toks[i + 3][0] in ("his", "her") and toks[i + 4][0] in ("state", "first"):
        return 1  # "Putin warmly welcomed Xi on his state visit to Russia": a readout's report of the host's words
    if toks[i][0] in ("welcomed", "welcomes", "greeted") and i + 1 < len(toks) and (
            toks[i + 1][0] in ("him", "her", "them", "his", "guests") or _is_cap(toks[i + 1][0])
            and not _POSSESSIVE_END.search(toks[i + 1][0])
            and toks[i + 1][0] not in ("China", "Beijing", "Moscow", "Russia", "Kyiv", "Washington")):
        return 0  # "Putin warmly welcomed Xi": a greeting, not a claim ("welcomed China's role" is one)
    if toks[i][0] in ("pledged", "pledges", "promised", "promises") and i + 1 < len(toks) and (toks[i + 1][0] in ("$", "€", "£", "a", "an")
                                                                      or toks[i + 1][0][:1].isdigit()):
        return 0  # "Japan has pledged $30 million": an act
    if toks[i][0] in ("called", "calls"):
        return _naming_call(toks, i)
    if toks[i][0] in _FRAMING_VERBS:
        # "Beijing has cast the trip as a mission for peace", "state media have pitched the trip as ..."
        start = i + 1
        if start < len(toks) and toks[start][0] in ("itself", "himself", "herself", "themselves"):
            return 0  # "China has cast itself as a peacemaker": the writer on a self-portrait (dev gold)
        return 1 if any(t[0] == "as" for t in toks[start:start + 14]) else 0
    if toks[i][0] == "written":
        return 1 if i > 0 and toks[i - 1][0] in ("had", "have", "has") and i + 1 < len(toks) \
            and toks[i + 1][0] == "that" else 0  # "Several American newspapers had written that ..."
    if toks[i][0] in ("write", "say", "tell") and i > 0 and toks[i - 1][0].lower() in ("them", "us", "me", "to", "let") \
            and not _quick_to(toks, i):
        return 0  # "Let them write.", "to say": not a subject and its verb
    if toks[i][0] in ("declared", "declares") and i + 1 < len(toks) and toks[i + 1][0] in ("a", "an"):
        return 0  # "China and Russia declared a 'no limits' partnership": an act ("declared that ..." a claim)
    if toks[i][0] in ("told", "tells", "tell") and i + 2 < len(toks) and toks[i + 1][0] == "a" \
            and (toks[i + 2][0] == "different" or i + 3 < len(toks) and toks[i + 3][0] == "different"):
        return 0  # "Chinese state media told a very different story.": the writer turning to another account
    if toks[i][0] == "hoped" and i > 0 and (toks[i - 1][0] == "had" or i > 1 and toks[i - 2][0] == "had"
                                             and toks[i - 1][0].endswith("ly")):
        return 0  # "Putin had hoped for a firm commitment": the writer's account of a hope disappointed
    if toks[i][0] in ("concluded", "concludes") and i + 1 < len(toks) \
            and toks[i + 1][0] in ("his", "her", "its", "their", "the", "a", "an"):
        return 0  # "Xi has just concluded his state visit": an act ("concluded that ..." is a claim)
    if w in ("responded", "responds", "reacted", "reacts") and i + 1 < len(toks) and toks[i + 1][0] not in ".,;" \
            and not any(t[0] in ("that", ":", "saying", "by", "with", ",") for t in toks[i + 1:]) \
            and not any(t[0] in _QUOTE_OPEN + _QUOTE_CLOSE or t[0] == "statement" for t in toks):
        return 0  # "Washington has responded coolly to the Chinese proposals.": a reaction, in the writer's words
    if toks[i][0] == "objected" and (i + 1 == len(toks) or toks[i + 1][0] not in ("that", ":", ",", ".")):
        return 0  # "objected that ..." is a claim; "objected to the sanctions" an act
    if toks[i][0] in _ATTITUDES:  # "Analysts are unconvinced by ...", "Analysts were skeptical that ..."
        # with a claim or a reason ("that", "by", ...); a bare "Washington was unconvinced." introduces the
        # words to come and is the writer's, as "has been critical of" mostly is (the development gold)
        return 1 if _attitude_be(toks, i) is not None and i + 1 < len(toks) \
            and toks[i + 1][0] in ("that", "by", "about", "whether") else 0
    if toks[i][0] in ("doubt", "doubts", "doubted") and any(t[0] in ("will", "would", "can", "could")
                                                           for t in toks[i + 2:i + 6]):
        return 1  # "She doubts Mr Xi will pick up the phone": a claim without its "that"
    if toks[i][0] in _STATE_VERBS and not (i + 1 < len(toks) and toks[i + 1][0] in ("that", "whether")):
        return 0  # "Analysts doubt that ..." is a claim; "officials have long worried about ..." a state of mind
    if toks[i][0] in ("agreed", "agree", "agrees") and i + 1 < len(toks) and toks[i + 1][0] in ("to", "on"):
        return 0  # "agreed to deepen cooperation", "agreed on a plan": an act
    if toks[i][0] in ("think", "thinks") and i + 1 < len(toks) and toks[i + 1][0].lower() in ("tank", "tanks"):
        return 0  # "a think tank"
    if toks[i][0] in NOUN_LIKE_VERBS and i + 1 < len(toks) and toks[i + 1][0] in _AUXILIARIES:
        return 0  # "Neutral states do not ...": a plural noun followed by its verb
    if toks[i][0] in NOUN_LIKE_VERBS and i > 0 and _POSSESSIVE_END.search(toks[i - 1][0]):
        return 0  # "Zelensky's remarks came as ...": a noun after a possessive
    if toks[i][0] in ("called", "calls") and i + 1 < len(toks) and toks[i + 1][0] not in ("for", "on", "off", "up", "in"):
        # "He called Xi a 'dear friend'", "The Americans called the plan a trap", "called the visit “cover”", and
        # "Xi called Putin his “dear friend”" (most of the development gold gives the caller the sentence)
        window = toks[i + 2:i + 7]
        cut = next((k for k in range(len(window) - 1) if window[k][0] == "to" and window[k + 1][0][:1].islower()),
                   None)
        if cut is not None:
            window = window[:cut]  # "called Putin to discuss a ...": a phone call (not "called his trip to Moscow a ...")
        return 1 if any(t[0] in ("a", "an", "another") or t[0].lower() in ("dear", "friend", "brother")
                        for t in window) \
            or any(t[0] in "“\"‘«" for t in toks[i + 2:i + 16]) else 0  # ("called the signing on Tuesday «a ...»")
    if toks[i][0] in ("repeated", "repeats") and i + 1 < len(toks) and (
            toks[i + 1][0] in ("its", "his", "her", "their", "that")
            or any(t[0] == "that" for t in toks[i + 1:i + 5]) and toks[i + 1][0] in ("on", "in", "at", "last", "this",
                                                                                       "again", "yesterday", "today")
            or toks[i + 1][0] == "the" and any(t[0] in _SPEECH_NOUNS for t in toks[i + 2:i + 5])):
        return 1  # "The White House has repeated its concerns", "Xi repeated that ...", "He repeated the warning"
    if toks[i][0] == "went" and i + 1 < len(toks) and toks[i + 1][0] == "on" \
            and (i + 2 == len(toks) or toks[i + 2][0] in ".,:;!?"):
        return 2  # '“...,” he went on.'
    if toks[i][0] in ("continued", "continues", "began", "begins") and not any(t[0] in "”\"’»" for t in toks[:i]):
        return 0  # '“...,” he continued.' reports; "Fighting for Bakhmut continues." does not
    if toks[i][0] in INTRANSITIVE_VERBS:  # "... now?" the host asked.  (not "asked the rest of us to ...")
        if toks[i][0] in ("asked", "asks", "wondered", "wonders") and i + 1 < len(toks) \
                and (toks[i + 1][0] in ("whether", "if", "why", "how", "what", "who", "when")
                     or toks[i + 1][0] in ("the", "her", "his", "their") and i + 3 < len(toks)
                     and toks[i + 3][0] in ("whether", "why", "how")):
            return 1  # "anchor Priya Menon asked whether ...", "asked the panel whether ...": her question
        if toks[i][0] in ("answered", "answers") and i + 1 < len(toks) and toks[i + 1][0] == "that":
            return 1  # "Putin answered that he agreed with him"
        return 1 if i + 1 == len(toks) or toks[i + 1][0] in ".,:;!?" else 0
    if toks[i][0][:1].isupper() and i > 0 and toks[i - 1][0] == "," and w in ("says", "said", "warns", "claims"):
        return 1  # a title-case headline: "Chinese Plan Can Help End Ukraine War, Says Putin"
    return 1 if toks[i][0] in REPORTING_VERBS else 0


def _starts_with_word(text: str, word: str) -> bool:
    """``text`` opens with ``word`` as a whole word ("Wielgosz spent ...", not "Wielgoszowa ...")."""
    nxt = text[len(word):len(word) + 1]
    return text.startswith(word) and not (nxt.isalnum() or nxt == "_")


def _quick_to(toks, i) -> bool:
    """The verb at token i follows "was quick/careful/right ... to" ("X was quick to insist that ...")."""
    return i >= 3 and toks[i - 1][0] == "to" and toks[i - 2][0] in _QUICK_TO and toks[i - 3][0] in _BE


def _verb_subject(toks, i, vlen, flat, has_quote) -> tuple["_Raw | None", tuple[int, int] | None]:
    """The subject of the reporting verb at token i (``vlen`` tokens long): (a raw speaker found in an appositive,
    None) or (None, the subject's token range or None)."""
    if not _quick_to(toks, i):
        aux = _ing_auxiliary(toks, i)
        return None, _np_left(toks, aux if aux is not None
                              else _attitude_be(toks, i) if toks[i][0] in _ATTITUDES else i)
    # "Mikhail Podolyak, an adviser to ..., was quick to insist that": the speaker, then the claim ("were quick to
    # dismiss the plan" tells of an act, and is the writer's)
    if not any(t[0] in ("that", ":") or t[0] in _QUOTE_OPEN for t in toks[i + vlen:i + vlen + 5]):
        return None, None
    if i >= 4 and toks[i - 4][0] == ",":
        found = _appositive_subject(flat[:toks[i - 4][1]])  # "X, an adviser to ..., was quick to"
        if found:
            return _Raw(found[0], "leading", has_quote, found[1]), None
    return None, _np_left(toks, i - 3)


_RAN_PIECE_VERBS = ("ran", "carried", "published", "printed")  # OUTLET_RAN_PIECE's verbs: a cheap first test
_PARTICIPLE_LEADS = frozenset({"Responding", "Reacting", "Replying", "Referring", "Commenting", "Turning"})


def _np_left(toks, i) -> tuple[int, int] | None:
    """Token range [j, i) of a subject phrase ending just before token i."""
    k = i
    while k > 0 and toks[k - 1][0].lower() in SKIPPABLE:
        k -= 1
    j = k
    while j > 0:
        w = toks[j - 1][0]
        lw = w.lower()
        if lw in BOUNDARY_WORDS and not (lw == "and" and j >= 2 and _is_cap(toks[j - 2][0]) and j < len(toks)
                                         and _is_cap(toks[j][0])):
            break
        if _is_cap(w) or lw in ROLE_WORDS or lw in NP_INNER or lw in DETERMINERS or lw in PERSON_PRONOUNS \
                or (j < k and lw in ORGANISATION_ROLES | {"weekly", "magazine", "website"} and (
                    _is_cap(toks[j][0]) or toks[j][0] == "the" and j + 1 < k and _is_cap(toks[j + 1][0]))) \
                or (j < k and _POSSESSIVE_ROLE.fullmatch(lw) and (lw[:-2] in ROLE_WORDS or lw.startswith("think-"))) \
                or lw in GROUP_PRONOUNS or lw in GROUP_HEADS or _HYPHENATED.fullmatch(w) \
                or (lw == "countries" and j >= 2 and toks[j - 2][0].lower() in ("two", "both")) \
                or (j == k and lw in ("force", "forces", "service", "command") and j >= 2) \
                or (w == "10" and j >= 2 and (toks[j - 2][0] in ("No", "Number")
                                              or j >= 3 and toks[j - 2][0] == "." and toks[j - 3][0] == "No")) \
                or (w == "." and j >= 2 and toks[j - 2][0] == "No" and j < k and toks[j][0] == "10") \
                or (j == k and lw in _OUTLET_KINDS and j >= 2 and _is_cap(toks[j - 2][0])) \
                or (j < k and j >= 2 and lw in _NAME_PARTICLES  # "Ursula von der Leyen said"
                    and (_is_cap(toks[j][0]) or toks[j][0] in _NAME_PARTICLES)
                    and (_is_cap(toks[j - 2][0]) or toks[j - 2][0] in _NAME_PARTICLES)) \
                or (j < k and (lw in _MODIFIERS or _ADJECTIVE.fullmatch(lw))
                    and (toks[k - 1][0].lower() in _ROLE_GROUP_OR_INSTITUTION_WORDS
                         or _is_cap(toks[k - 1][0]))):
            j -= 1
            if lw in _PRONOUNS:
                break
            continue
        break
    if j == k or toks[j][0] in _PARTICIPLE_LEADS:
        return None  # ("Responding to US claims that ...": a verb inside the opening phrase has no subject)
    if 0 < j == k - 1 and toks[j][0].lower() in _PERSON_OR_GROUP_PRONOUNS \
            and all(t[0].lower() in _TIME_LEAD or t[0].isdigit() for t in toks[:j]):
        return j, k  # "On Tuesday he said ...", "Later they told reporters ...": a time, then the subject
    if 2 <= j == k - 1 <= 4 and toks[j][0] in ("he", "she", "they") and toks[0][0] in _LEAD_PREPOSITIONS \
            and not any(t[0] in ",;:\"“”«»" for t in toks[:j]):
        return j, k  # "In the Kremlin he assured Putin that ...": a short phrase without its comma, then the subject
    if 0 < j <= 5 and k > 2 and toks[0][0] in _LEAD_PREPOSITIONS:
        p = next((q for q in range(2, min(k, 6)) if _is_cap(toks[q][0])), k)
        if p < k and all(_is_cap(t[0]) for t in toks[p:k]) and all(t[0].isalpha() and not _is_cap(t[0])
                                                                   for t in toks[1:p]):
            return p, k  # "At those talks Putin said ...": a short phrase without its comma, then the named subject
    # a date before the name: "Meanwhile, on 25 March Putin announced ...", "On March 25 Putin announced ..."
    if j < k - 1 and toks[j][0] in _MONTH_NAMES and j > 0 and toks[j - 1][0].isdigit() \
            and (j == 1 or toks[j - 2][0].lower() in ("on", "by", ",")):
        return j + 1, k
    if j >= 2 and toks[j - 1][0].isdigit() and toks[j - 2][0] in _MONTH_NAMES \
            and (j == 2 or toks[j - 3][0].lower() in ("on", "by", ",")):
        return j, k
    # the phrase must start a clause: sentence start, punctuation or a boundary word
    if j > 0:
        prev = toks[j - 1][0]
        if not (prev in ",;:(—–-\"“”'‘’«»•▪·*./" or prev.lower() in BOUNDARY_WORDS):
            # "public broadcaster NHK": up to two plain lowercase words before a named subject
            ext = j
            while ext > 0 and j - ext < 4 and _modifier(toks[ext - 1][0]):
                ext -= 1
            if not (ext < j and (ext == 0 or toks[ext - 1][0] in ",;:(—–\"“”") and _is_cap(toks[k - 1][0])):
                if toks[j][0] in ROLE_WORDS and 3 <= k - j <= 4 and all(_is_cap(t[0]) for t in toks[j + 1:k]):
                    return j, k  # "... strategic communications coordinator John Kirby told": the role and name
                return None
            j = ext
    # trim leading connectors and determiners' companions, and a day before a name ("On Tuesday Putin said")
    while j < k and toks[j][0].lower() in NP_INNER - DETERMINERS - {"strategic", "communications"} \
            or j < k - 1 and toks[j][0].lower() in _TIME_WORDS | {"today", "yesterday", "tonight"} \
            and (_is_cap(toks[j + 1][0]) or toks[j + 1][0] in ("the", "a")) \
            or j < k - 2 and toks[j][0].lower() in ("last", "this", "late", "early", "earlier", "on") \
            and toks[j + 1][0].lower() in _TIME_WORDS:
        j += 1  # "On Tuesday Putin said", "Today Vladimir Putin said", "Last Friday the White House's John Kirby"
    if k - j >= 2 and j > 0 and toks[j - 1][0].lower() in _LEADING_PREPOSITIONS \
            and toks[j][0].lower() in PLACE_WORDS and _is_cap(toks[j + 1][0]):
        j += 1  # "In Moscow, meanwhile, Putin said" with the aside blanked: the place is not the speaker's name
    return (j, k) if j < k else None


_MONTH_NAMES = frozenset("January February March April May June July August September October November December".split())
_MODIFIERS = frozenset("""news public business independent online local regional state-run state-owned
pro-kremlin pro-government opposition our leading influential military armed air naval force forces
television tv radio research managing founding programme program""".split())


_ADJECTIVE = re.compile(r"[a-z]+(?:ian|ese|ish|ic|al|ary|ive|ern|based)")


def _modifier(tok: str) -> bool:
    """A word that may stand before a named subject ("Russian state news agency RIA Novosti reports")."""
    low = tok.lower()
    return (_is_cap(tok) and low not in NOT_SPEAKERS) or low in ROLE_WORDS or low in _MODIFIERS or low in DETERMINERS \
        or bool(re.fullmatch(r"[a-z]+(?:ian|ese|ish|an)['’]?s?|[a-z]+['’]s", low))


def _np_right(toks, i) -> tuple[int, int, int] | None:
    """Range [i, j) of a speaker phrase after an inverted verb ("said Paul Haenle of X"); third: role start."""
    j = i
    while j < len(toks) and (_is_cap(toks[j][0]) or toks[j][0].lower() in _DET_ROLE
                             or (_POSSESSIVE_END.search(toks[j][0]) and j + 1 < len(toks)
                                 and toks[j + 1][0].lower() in ROLE_WORDS)  # "said the think-tank's director"
                             or (toks[j][0] == "and" and j > i and j + 1 < len(toks) and _is_cap(toks[j + 1][0]))
                             or (toks[j][0] == "of" and j == i + 1 and toks[i][0].lower() in ("one", "some", "two",
                                                                                             "several", "another")
                                 and j + 1 < len(toks) and toks[j + 1][0] in ("the", "those", "these", "them"))
                             or (toks[j][0] == "them" and j == i + 2 and toks[j - 1][0] == "of")
                             or (toks[j][0] in _NAME_PARTICLES and j > i and j + 1 < len(toks)
                                 and (_is_cap(toks[j + 1][0]) or toks[j + 1][0] in _NAME_PARTICLES))):
        j += 1  # "said Chinese State Councilor and Foreign Minister Qin Gang", "said Ursula von der Leyen"
    if j == i or not (any(_is_cap(t[0]) for t in toks[i:j]) or toks[j - 1][0] == "them"
                      or toks[j - 1][0].lower() in _GROUP_PERSON_OR_INSTITUTION_HEADS):
        # "said sources", "said one of the officials", "added the ministry"
        return None
    name_end = j
    # "of the Carnegie Endowment for International Peace"
    if j < len(toks) and toks[j][0].lower() in {"of", "at", "from", "with"}:
        m = j + 1
        while m < len(toks) and (_is_cap(toks[m][0]) or toks[m][0].lower() in {"the", "for", "of", "and", "on"}):
            m += 1
        if m > j + 1 and _is_cap(toks[m - 1][0]):
            return i, m, name_end
    # "said an official aware of the matter", "said a person familiar with the talks"
    if j < len(toks) - 1 and toks[j][0].lower() in _NP_TAILS and toks[j + 1][0].lower() in {"of", "with", "to", "on"}:
        m = j + 2
        while m < len(toks) and toks[m][0] not in ",.;:!?":
            m += 1
        return i, m, name_end
    return i, j, name_end


_NAME_PARTICLES = frozenset("von van der den de da di la le bin".split())
_NP_TAILS = frozenset("aware familiar close briefed knowledgeable involved".split())


_RELATIVE_CUT = re.compile(r"\s+(?:who|which|that|whose|whom|I|we|he|she|they)\s")
_COLON_AFTER = re.compile(r"\s*(?:[\w ,]{0,40})?:")
_COLON_BREAK = re.compile(r":(?:\s|\Z)")
_MFA_END = re.compile(r"(?<=[a-z] )MFA\Z")
_HYPHENATED = re.compile(r"\w[\w'’.&]*-[\w'’.&-]*\w")


def _clean_np(s: str) -> str:
    return _SPACES.sub(" ", s).strip(" ,.;:\"“”'‘’")


_LEAD_ADVERB = re.compile(r"\A(?:Even|Only|Also|Meanwhile|Now)\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
_SUBORDINATE = re.compile(r"\s*,\s*(?:as|while|when|after|before|amid|adding|noting|saying|ahead|following|during|"
                          r"days?|hours?|shortly|just|even|which|who|where|in|at|on|a)\b")


def _trailing_adverbial(rest: str) -> bool:
    """True if what follows a verb is only a time or setting ("on Friday", "in a statement", "told reporters"),
    possibly followed by a subordinate clause (", as Xi arrived ...")."""
    m = _SUBORDINATE.search(rest)
    if m and _trailing_adverbial(rest[:m.start()] or "."):
        return True
    rest = rest.strip(" .!?\"”’'")
    if not rest:
        return True
    words = re.findall(r"[\w'’.-]+", rest)
    return len(words) <= 8 and all(w.lower() in _ADVERBIAL_WORDS or re.fullmatch(r"\d[\w.:-]*", w)
                                   or (w[:1].isupper() and i > 0) for i, w in enumerate(words)) \
        and bool(words) and (words[0].lower() in _ADVERBIAL_WORDS or re.fullmatch(r"\d[\w.:-]*", words[0]))


_ADVERBIAL_WORDS = frozenset("""on last this late early in at during after before via to from earlier later today
yesterday monday tuesday wednesday thursday friday saturday sunday reporters journalists a an the statement
interview briefing press conference news his her their its daily regular weekly morning evening night week
month year tv television channel broadcaster media ahead of visit trip talks meeting summit while when
written online told said added speaking on-air""".split())


_LOWERCASE_NAME_WORDS = ("putin", "moscow", "kremlin", "lavrov", "peskov", "zakharova", "shoigu", "medvedev")
_LOWERCASE_NAMES = re.compile(r"(?<![\w-])(?:" + "|".join(_LOWERCASE_NAME_WORDS) + r")\b")


def find_raw(text: str, start: str | None = None, table: SpeakerTable | None = None) -> _Raw | None:
    """The speaker phrase a sentence names for itself, with the pass that found it.

    ``start`` says the sentence begins inside a quote ("double" or "single") opened by an earlier one;
    ``table`` (default: the shipped one) tells known names from other capitalised words.
    """
    table = table or default_speaker_table()
    if text.startswith("Details: ") and len(text) > 20:
        # "Details: Kirby said this at a briefing on Monday, according to ...": Ukrainian news sites' mark-up before
        # an ordinary sentence (their "Quote:" lines go on the speaker's words)
        return find_raw(text[9:], start, table)
    back = any(w in text for w in ("this", "these", "statement", "remarks", "comments")) and BACK_ACTIVE.search(text)
    if back:  # "Kuleba said this in an interview, an Ukrinform correspondent reports.": Kuleba's
        text = _OUTER_REPORTS.sub(".", text)
    raw = _find_raw(text, start, table)
    if raw is not None and raw.pass_name == "trailing" and not back and "report" in text and _OUTER_REPORTS.search(text):
        correspondent = raw.np.split()[-1].lower() in ("correspondent", "reporter", "reports", "agency")
        if correspondent or (fig := table.lookup(raw.np)) is not None and fig.side == "media":
            # "..., President Volodymyr Zelensky said at a press conference in Kyiv, a Promin correspondent
            # reports.", "John Kirby said ..., Voice of America reports.": the outlet relays the person's words
            inner = _find_raw(_OUTER_REPORTS.sub(".", text), start, table)
            if inner is not None and inner.pass_name in ("trailing", "leading") and _named_person(inner.np, table) \
                    and not (correspondent and text.lstrip().startswith(inner.np)):
                raw = inner  # ("X told journalists that ..., a Y correspondent reports" is the outlet's account of
                # what X told others: the development gold keeps it so)
    if raw is not None and ", " in text and (raw.pass_name == "leading" and raw.np.lower() in PLACE_WORDS
                                             or raw.pass_name == "trailing" and "report" in text
                                             and raw.np.split()[-1].lower() in ("correspondent", "reporter")):
        m = _TRAILING_PERSON.search(_OUTER_REPORTS.sub(".", text))
        if m and _named_person(m.group("np"), table) and not _has_quote(text):
            # "Moscow sees the plan as groundwork ..., Russian President Vladimir Putin said on Tuesday": the
            # person whose words the whole sentence reports, not the capital the claim is about (also before
            # ", a Promin correspondent reports")
            raw = _Raw(m.group("np"), "trailing", False)
    if raw is not None and raw.pass_name in ("according_to", "parenthetical", "trailing") and ", citing " in text:
        cited = _CITING_PERSON.search(text)
        if cited and _named_person(cited.group("np"), table) \
                and ((fig := table.lookup(raw.np)) is not None and fig.side == "media"
                     or table.side_from_words(raw.np) == "media"):
            # "..., TASS reported, citing Kremlin aide Yuri Ushakov": the outlet relays a named person's words (it
            # stays the speaker when it cites unnamed sources)
            raw = _Raw(_clean_np(cited.group("np")), raw.pass_name, raw.quote)
    if raw is not None and raw.pass_name == "colon" and raw.np.split()[-1].lower() in _NOT_COLON_SPEAKERS:
        return None  # "Translation: ...", "Ukraine War Latest: ...": the writer's gloss or a section title
    if raw is not None and raw.pass_name == "colon" and all(w.lower() in _TIME_LEAD for w in raw.np.split()):
        return None  # "Tuesday offered a rare piece of symmetry: ...": a day is not a speaker
    if raw is not None and raw.pass_name == "colon" and _BROADCAST_CUE.match(raw.np):
        raw.np = _BROADCAST_CUE.sub("", raw.np)  # "SOUNDBITE (Chinese) Xi Jinping, Chinese President: ..."
    if raw is not None and (raw.np in ("It", "it") and raw.pass_name == "leading"
                            or _without_determiner(raw.np.lower()) in _DOC_RAWS) \
            and (_PAPER_CONTRAST.search(text) or _DOC_WEIGHED.search(text)):
        return None  # "It calls for a ceasefire, but does not ask Russia to leave", "It repeats, almost word for word,
        # Moscow's objections": the writer weighing a document
    if raw is not None and raw.np[:1] in "IiWwMmOoUu" and (raw.np != "US" or raw.pass_name == "colon") \
            and raw.np.lower().split("'")[0].split("’")[0] in FIRST_PERSON:
        return None  # "I'd put it more bluntly: ...": the one speaking here is whoever "I" is, not "I'd" (but "US"
        # is the United States in "..., says US"; "US:" before a live blog's entry is its section, not a speaker)
    if raw is not None and raw.pass_name in ("leading", "trailing") and ("nothing" in text or "little" in text) \
            and _SAID_NOTHING.search(text) \
            and re.search(re.escape(raw.np) + r"\s+(?:\w+\s+)?(?:has\s+|have\s+)?" + SAID_NOTHING_WORDS, text):
        return None  # "..., and Chinese officials said nothing about it.": no claim to attribute
    if raw is None and ("'" in text or "’" in text):
        m = OWN_PIECE_SAID.match(text)
        if m and _np_ok(m.group("who")):  # "Putin's own article, carried by People's Daily, spoke of ...": Putin's
            return _Raw(m.group("who"), "leading", _has_quote(text))
    if raw is not None and raw.pass_name == "leading" and raw.np[-2:] in ("'s", "’s"):
        # a bare possessive is no speaker: "Putin's own article, carried by ..., spoke of" is Putin's, "Tuesday's main
        # joint statement hails" or "Mr Xi's arrival came" name the subject's owner, not the subject
        m = OWN_PIECE_SAID.match(text)
        return _Raw(m.group("who"), "leading", _has_quote(text)) if m and _np_ok(m.group("who")) else None
    if raw is not None and raw.pass_name == "leading":
        m = OWN_PIECE_NP.match(raw.np) if "'" in raw.np or "’" in raw.np else None
        if m and _np_ok(m.group("who")):  # "Xi's arrival statement called ...": Xi's words
            raw = raw.renamed(m.group("who"))
        elif raw.np.lower() in _DOCUMENT_PARTIES and PARTY_IN_DOCUMENT.search(text):
            return _Raw("document", "according_to", raw.quote)  # "Russia said in the statement that ...": the document's
    if raw is not None and raw.pass_name == "leading" and back:
        raw.back = True  # "Zelensky stated this in his evening address."
    return raw


# "..., Chinese customs data show.": the figures are the source of the claim before them
_DATA_SHOW = re.compile(r",\s+(?P<np>(?:[\w'’.-]+\s+){0,4}(?:data|figures|statistics))\s+(?:show|shows|showed|suggest|"
                        r"suggests|suggested|indicate|indicates|indicated)\.?\s*\Z")


def _find_raw(text: str, start: str | None, table: SpeakerTable) -> _Raw | None:
    m = _DASH_SIGNED.search(text)
    if m:
        return _Raw(m.group("np"), "trailing", True)  # "“...” — Volodymyr Zelensky"
    m = _DASH_SIGNED_HEADLINE.search(text) if text[-1:] not in ".!?:;,\"”’»)" and "\n" not in text else None
    if m and len(text) - len(m.group()) >= 20 and _headline_signer(m.group("np"), table):
        # a headline signed after a dash, as Ukrainian and Russian outlets write them: "China's plan is a
        # smokescreen – Podolyak", "Putin and Xi discussed the plan in detail — Kremlin"
        return _Raw(m.group("np"), "trailing", _has_quote(text))
    if ":" in text[:90]:
        found = _labelled_turn(text, table)
        if found is not None:
            return found
    spans, _ = _scan_quotes(text, start)
    masked = _mask(text, spans)
    has_quote = any(len(text[a:b].split()) >= 3 for a, b in spans)
    flat = _DATELINE.sub(lambda m: " " * len(m.group()), masked)  # "WASHINGTON/MOSCOW, March 20 (Wire) - "
    if flat[:1] in _BULLETS:  # "• John Kirby, the White House spokesperson, said ...": a list item
        flat = " " + flat[1:]
    if any(w in flat for w in _LOWERCASE_NAME_WORDS):
        # Ukrainian outlets write "putin said", "moscow said": the same speakers
        flat = _LOWERCASE_NAMES.sub(lambda m: m.group().capitalize(), flat)
    # (an "according to X" phrase before the aside keeps its closing comma: "According to data compiled by the
    # firm Lyrabase, however, Chinese companies ...")
    if "," in flat:
        flat = PARENTHETICALS.sub(lambda m: " " * (len(m.group()) - 1) + (
            "," if _ACCORDING_OPEN.search(m.string, max(0, m.start() - 120), m.start())
            or _OPENING_PHRASE.match(m.string, 0, m.start()) else " "), flat)
    if "(" in flat or " in " in flat or flat[:4] in ("For ", "for "):
        flat = _MORE_ASIDES.sub(lambda m: " " * len(m.group()), flat)
    if "—" in flat or "–" in flat or "--" in flat:  # "Putin — who has known Xi — told"
        flat = _DASH_ASIDE.sub(lambda m: " " * len(m.group()), flat)
    if ", on " in flat:  # "Maria Zakharova, on Wednesday dismissed ...": the day is an aside
        flat = _DAY_ASIDE.sub(lambda m: " " * len(m.group()), flat)
    # an appositive before the aside keeps its closing comma: "Peskov, the spokesman, who ..., said"
    if "," in flat:
        flat = _WHO_ASIDE.sub(lambda m: " " * (len(m.group()) - 1) + (
            "," if _APPOSITIVE_BEFORE.search(m.string, 0, m.start()) else " "), flat)
    if "as saying" in flat:
        flat = _QUOTED_BY.sub("said", flat)  # "was quoted by the press service as saying" -> said
    if " who " in flat:
        flat = _WHO_ANONYMOUS.sub(lambda m: " " * len(m.group()), flat)
    if " including " in flat:  # "US officials including Secretary of State Antony Blinken have claimed"
        flat = _INCLUDING_ASIDE.sub(lambda m: " " * len(m.group()), flat)
    if " by " in flat:  # "Experts interviewed by this newspaper said"
        flat = _INTERVIEWED_BY.sub(lambda m: " " * len(m.group()), flat)
    if "." in flat[:-1]:
        flat = _RANK_ABBREVIATION.sub(r"\1 ", flat)  # "Col. Igor Petrov": the rank's full stop ends nothing
    if "think tank" in flat:
        flat = flat.replace("think tank", "think-tank")  # one word: "the think tank's director said"
    if "ccording to" in flat:
        flat = _ACCORDING_ASIDE.sub(lambda m: " " * len(m.group()), flat)  # "Kuleba, according to X, said"
    first = flat[:flat.find(" ")] if " " in flat else flat  # the sourcing patterns all start with one of a few words
    m = (BACK_PASSIVE.match(flat) or SO_SAID.match(flat) or SOURCE_HOW.match(flat) or WITH_THESE_WORDS.match(flat)
         or WHO_SAID_IT.match(flat) or THAT_WAS.match(flat)) if first in _SOURCING_FIRST_WORDS else None
    if m and m.re is THAT_WAS and m.group("np2"):
        return _Raw(_clean_np(m.group("np2")), "according_to", has_quote, back=True)
    if m and _np_ok(m.group("np")):
        named = _APPOSITIVE_NAME.match(flat, m.end("np"))
        if named and not any(_is_cap(w) and w.lower() not in ROLE_WORDS for w in m.group("np").split()[:1]):
            # "This was stated by the head of the Presidential Office, Andriy Yermak, on Telegram"
            return _Raw(named.group("name"), "according_to", has_quote, _clean_np(m.group("np")), back=True)
        tail = _ROLE_TAIL_NAME.match(flat, m.end("np")) if m.re is BACK_PASSIVE else None
        if tail and len(m.group("np").split()) == 1 and m.group("np").lower() in ROLE_WORDS:
            # "... by Adviser to the Head of the Office of the President of Ukraine Mykhailo Podolyak."
            role = flat[m.start("np"):tail.start("name")].strip()
            return _Raw(tail.group("name"), "according_to", has_quote, role, back=True)
        return _Raw(_clean_np(m.group("np")), "according_to", has_quote, back=True)
    m = IN_TELLING.match(flat) if first in ("In", "But", "And", "Yet") else None
    if m and _np_ok(m.group("np") or m.group("np2")):
        return _Raw(_clean_np(m.group("np") or m.group("np2")), "according_to", has_quote)
    m = FOR_PERSON.match(flat) if first in ("For", "But", "And", "Yet") else None
    if m and table.lookup(m.group("np")) is None and not any(
            w.lower() in PLACE_WORDS or w.lower() in COUNTRY_WORDS or w.lower() in ROLE_WORDS
            or w.lower() in _ORGANISATION_TAILS or w.lower() in _THING_TAILS for w in m.group("np").split()) \
            and _np_ok(m.group("np")):
        return _Raw(m.group("np"), "according_to", has_quote, _clean_np(m.group("role") or ""), person_only=True)
    m = _DATA_SHOW.search(flat) if "data " in flat or "figures " in flat or "statistics " in flat else None
    if m:  # "Trade reached a record $190 billion in 2022, Chinese customs data show."
        return _Raw(_clean_np(m.group("np")), "trailing", has_quote)
    toks = _tokens(flat)
    n = len(toks)
    # trailing: "..., Kirby said Friday." / "..., said Paul Haenle of X, who ..."
    for i in range(n - 1, 0, -1):
        if toks[i][0].lower() not in _VERB_FIRST:
            continue
        vlen = _verb_at(toks, i)
        if not vlen:
            continue
        before = toks[i - 1][0]
        # inverted: ", said Paul Haenle" (not ", told the Global Times": who is told is the listener)
        if toks[i][0] not in ("told", "tells", "called", "calls") and before in {",", "”", "\"", "’", "'", "»"} or (i >= 2 and toks[i - 2][0] in {",", "”", "\"", "»"} and before.lower() in {"also"}):
            r = _np_right(toks, i + vlen)
            if r:
                a, b, name_end = r
                np_ = flat[toks[a][1]:toks[name_end - 1][2]]
                role = flat[toks[name_end][1]:toks[b - 1][2]] if b > name_end else ""
                tail = flat[toks[b - 1][2]:] if b <= n else ""
                m_from = re.match(r"\s+(?:from|in|at|with)\s+(?:a|an|the)\s+[^,.;“”\"«»]{2,60}?(?=\s*(?:,|[.!?]?[\"”’]?\s*\Z))",
                                  tail) if toks[b - 1][0].lower() in PERSON_ROLE_HEADS else None
                if m_from:  # "..., said one senior diplomat from a central European country, who asked ..."
                    np_, tail = np_ + m_from.group(), tail[m_from.end():]
                if all(w.lower().strip(".,") in _TIME_LEAD for w in np_.split()):
                    pass  # "..., the council's coordinator, said Thursday.": a day is not who spoke
                elif re.fullmatch(r"\s*(,.*)?[.!?]?[\"”’]?\s*", tail, flags=re.S) or _trailing_adverbial(tail) \
                        or re.match(r"\s*(?:who|whose)\s[^“”\"«»]{2,160}\Z", tail) and (
                            b - a >= 2 or _is_cap(toks[a][0])):
                    # (also "..., said a senior EU official who follows China, speaking on condition ...")
                    return _Raw(_clean_np(np_), "trailing", has_quote, _clean_np(role))
        after_verb = flat[toks[i + vlen - 1][2]:]
        if before == "," and i >= 4 and (_trailing_adverbial(after_verb) or toks[i][0] in ("told", "tells") and re.fullmatch(
                r"\s*(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&'’-]*){0,3}\s*[.!?]?[\"”’]?\s*", after_verb)):
            # "..., Zhao Longwei, a research fellow at the Cuiping Institute, told CNS."
            found = _appositive_subject(flat[:toks[i - 1][1]])
            at = flat.rfind(found[0], 0, toks[i - 1][1]) if found else -1
            if found and at > 0 and flat[:at].rstrip()[-1:] in ",”\"’»" and len(found[0].split()) >= 2:
                return _Raw(found[0], "trailing", has_quote, found[1])
        found, lr = _verb_subject(toks, i, vlen, flat, has_quote)
        if found is not None:
            return found
        if lr:
            a, b = lr
            after = flat[toks[i + vlen - 1][2]:]
            starts_clause = a == 0 or toks[a - 1][0] in {",", "”", "\"", "’", "—", "–", "»"}
            if starts_clause and a > 0 and _trailing_adverbial(after):
                np_ = _clean_np(flat[toks[a][1]:toks[b - 1][2]])
                if np_.split()[-1].lower() in _RECORD_SOURCES and len(flat) == len(text):
                    # "The Chinese leader also told his host that ..., the readout said": the leader's words
                    cut = toks[a - 1][1]
                    inner = _relayed(text[:cut] + " " * (len(text) - cut), start, table)
                    if inner is not None:
                        return inner
                return _Raw(np_, "trailing", has_quote)
            if starts_clause and a > 0 and re.match(r"\s*(?:(?:with|in|on|at|to|after)\s+[\w\s]{1,25})?,", after) \
                    and _np_ok(flat[toks[a][1]:toks[b - 1][2]]):
                np_ = _clean_np(flat[toks[a][1]:toks[b - 1][2]])
                if np_.lower() in PERSON_PRONOUNS and a >= 3:
                    head = _initial_subject(toks[:a - 1])
                    if head and table.lookup(head) is not None or head and _named_person(head, table):
                        # "Putin, for his part, praised the proposals, though only, he said, once ...": the subject
                        return _Raw(head, "parenthetical", has_quote)
                return _Raw(np_, "parenthetical", has_quote)
    m = SOURCE_LABEL.match(flat)
    if m:
        return _Raw(_clean_np(m.group("np")), "according_to", has_quote)
    m = AS_SOURCE.match(flat)
    # "As my colleague John Kirby said ...": the colleague named
    np_ = re.sub(r"\A(?:my|our) (?:colleagues?|friends?|counterparts?)\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])", "", m.group("np")) if m else ""
    if m and _np_ok(np_):
        np_ = re.sub(r"\s+(?:has|had|have|once|also|rightly)$", "", np_)
        return _Raw(_clean_np(_OBJECT_PRONOUNS.get(np_.lower(), np_)), "according_to", True)
    m = _LEARNED_FROM_TRAILING.search(flat) if "learned from" in flat else None
    if m and _np_ok(m.group("np")):  # "..., the Global Times learned from experts.": the experts
        return _Raw(_clean_np(m.group("np")), "trailing", has_quote)
    m = _LEARNED_FROM.search(flat)
    if m and _np_ok(m.group("np")):  # "TASS has learned from a source in the delegation that ...": the source
        return _Raw(_clean_np(m.group("np")), "according_to", has_quote)
    m = ACCORDING_TO.search(flat) or PER_SOURCE.match(flat)
    if m:
        np_ = re.sub(r"\A(?:that|this)\s+(?=(?:joint\s+)?(?:statement|document|declaration|text)\b)", "the ", m.group("np"))
        record = any(w.lower().strip(",.") in _RECORD_SOURCES for w in np_.split()[:4])  # "footage shown on ..."
        inner = re.search(r"\b(?:by|from)\s+([A-ZÀ-ÖØ-ÞĀ-Ž].*)$", np_)
        if inner:
            np_ = inner.group(1)
        role = ""
        app = re.match(r"[\s.]*,\s*(?:a|an|the)\s+([^,.;]+),", flat[m.end():])  # an appositive, not the clause
        if app:
            role = app.group(1)
        np_ = re.sub(r"['’]s\s+(?:website|readout|statement|account|data|figures|transcript|report|channel|"
                     r"telegram channel|page)\b.*$", "", np_)
        np_ = re.sub(r"\s+(?:data|figures|statistics)$", "", np_.strip())
        np_ = re.sub(r"\s+(?:of|on) the (?:talks|meeting|call|conversation|visit|summit|negotiations)$", "", np_)
        np_ = re.sub(r"\s+(?:released|issued|signed|published|adopted)(?:\s+(?:on|last|this)\s+\w+)?$", "", np_)
        np_ = _clean_np(np_)
        if np_.lower() in _OBJECT_PRONOUNS:
            return _Raw(_OBJECT_PRONOUNS[np_.lower()], "according_to", has_quote)
        fig = table.lookup(np_) if np_ else None
        media = bool(np_) and (fig.side if fig is not None else table.side_from_words(np_)) == "media"
        if np_ and (np_.split()[-1].lower() in _RECORD_SOURCES or record or media):
            # "Xi told Putin ..., according to a Kremlin video": the record only relays Xi's words; so does an
            # outlet ("..., according to the state broadcaster CCTV")
            inner = _relayed(text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():], start, table)
            if inner is not None:
                return inner
        if np_ and _np_ok(np_):
            return _Raw(np_, "according_to", has_quote, role)
    m = SOURCE_NOUN.search(flat) or SOURCE_POSSESSIVE.search(flat)
    np_ = (m.groupdict().get("np") or m.groupdict().get("np2") or "") if m else ""
    np_ = _RELATIVE_CUT.split(np_)[0]
    if np_ and _np_ok(np_):  # "That was the assessment of X": X is also the source of the quote before
        return _Raw(_clean_np(np_), "according_to", has_quote, back=True)
    m = IN_DOCUMENT.match(flat)
    if m and m.group("it"):
        # "In it, US Secretary of State Antony Blinken accused Beijing of ...": a named person speaking in it
        inner = _find_raw(text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():], start, table)
        if inner is not None and inner.pass_name == "leading" and _named_person(inner.np, table):
            return inner
    if m:  # "In it, both sides say ...": the document the writer just named (the joint statement's, if it is one)
        np_ = m.group("np") or "document"
        return _Raw(np_[:-1] if np_.endswith("statements") else np_, "according_to", has_quote)
    m = DOCUMENT_ORDINAL.match(flat)
    if m:
        return _Raw("joint statement" if "joint" in (m.group("np") or "") else "document", "leading", has_quote)
    if ECONOMIC_PLAN.match(flat) and table.lookup("joint statement") is not None:
        return _Raw("joint statement", "leading", has_quote)
    if PAPER_POINT.match(flat) and table.lookup("position paper") is not None:
        return _Raw("position paper", "leading", has_quote)
    m = POSITION_PAPER_SUBJECT.match(flat) if "paper" in flat or "document" in flat else None
    if m and not _PAPER_CONTRAST.search(flat, m.end()) and not re.match(r"\s+nothing\b", flat[m.end():]):
        # "China's position paper, released on February 24, calls for ...": the paper's own words (team ruling,
        # session 6); "... calls for a ceasefire but does not ask Russia to leave" is the writer weighing it
        return _Raw("position paper", "leading", has_quote)
    m = _WITH_SAYING.search(flat) if ", with " in flat else None
    if m and _np_ok(m.group("np")) and (m.group("np")[:1].isupper() or m.group("np").split()[0].lower() in ROLE_WORDS
                                        or m.group("np").split()[0] == "the"  # "with the Chinese leader telling"
                                        and m.group("np").split()[-1].lower() in PERSON_ROLE_HEADS) \
            and not any(w.strip(",.").lower() in _SPEECH_VERBS - _DISMISSALS for w in flat[:m.start()].split()):
        # "Beijing brushed off the criticism, with Foreign Ministry spokesman Wang Wenbin insisting that ...": the
        # words are the one introduced by "with"
        return _Raw(_clean_np(m.group("np")), "leading", has_quote)
    m = _ANSWER_OF.match(flat) if "'" in flat or "’" in flat else None
    if m and _np_ok(m.group("np")) and not any(w.lower() in _PLACE_OR_COUNTRY for w in m.group("np").split()):
        # "Virk’s answer was blunter: ..." (not "Kyiv's answer was ...": a government's reaction, in the writer's words)
        return _Raw(m.group("np"), "leading", has_quote)
    m = IN_VIEW.match(flat) or IN_VIEW_OF.match(flat) or _IN_VIEW_MID.search(flat)
    if m and m.re is _IN_VIEW_MID and len(flat) == len(text):
        # "Kirby said that Washington opposes the call, because, in his words, it would ...": the named speaker
        inner = _find_raw(text[:m.start()] + "," + " " * (m.end() - m.start() - 1) + text[m.end():], start, table)
        if inner is not None and inner.pass_name in ("leading", "trailing") and inner.np[:1].isupper() \
                and inner.np.lower() not in _PERSON_OR_GROUP_PRONOUNS:
            return inner
    if m:
        np_ = m.group("np")
        np_ = _OBJECT_PRONOUNS.get(np_.lower(), np_)
        return _Raw(_clean_np(np_), "according_to", has_quote)
    m = _NAME_THEN_ROLE.match(text) if ")" in text and _PAREN_COLON.search(text) else None
    if m and m.group("np").split()[0].lower() not in NOT_SPEAKERS:
        # "Sergei Lukin (State Duma member): ...", "President of China Xi Jinping (retranslated): ..."
        words, pre = m.group("np").split(), (m.group("pre") or "").split()
        while len(words) > 2 and (words[0].lower() in PLACE_WORDS or words[0].lower() in COUNTRY_WORDS):
            pre.append(words.pop(0))  # "... Republic of China Xi Jinping": the country belongs to the role
        role = " ".join(pre) or m.group("role").strip()
        rest = text[m.end():]
        if (outlet := table.lookup(role.split(",")[0].strip())) is not None and outlet.side == "media":
            # "Kunal Bhatia (ANI): Sir, the Chinese Foreign Ministry said ... Is that so?": a reporter's question
            # that reports someone's claim; the claim is theirs, the rest of the turn the reporter's
            inner = find_raw(_VOCATIVE.sub("", rest, count=1), table=table)
            if inner is not None and inner.pass_name in ("leading", "trailing") \
                    and (inner.np[:1].isupper() or inner.np.startswith("the ")) \
                    and inner.np.lower() not in _PERSON_OR_GROUP_PRONOUNS and _CLAIM_VERB.search(rest) \
                    and not _NEGATED_OPINION.search(rest):
                return _dc_replace(inner, turn=" ".join(words), turn_role=role)
        return _Raw(" ".join(words), "colon", True, role)
    m = _ON_TOPIC_HEADLINE.match(flat) if ":" in flat else None
    if m and m.group("np").split()[0].lower() not in NOT_SPEAKERS and _np_ok(m.group("np")):
        # "Political scientist Lomakina on Xi's visit: «Beijing has taken the word peace ...»"
        return _Raw(_clean_np(m.group("np")), "colon", True)
    m = _ON_TOPIC_BARE.match(flat) if ":" in flat else None
    if m:
        fig = table.lookup(m.group("np"))
        if fig is not None and fig.kind == "person":
            # "Podolyak on Xi-Putin statements: China has picked the aggressor's side": a known person's headline
            return _Raw(m.group("np"), "colon", False)
    m = _COLON_GROUP_END.search(flat) if ":" in flat[-40:] else None
    if m:  # "US smears of Xi's 'journey of peace' expose fear of China's role: experts" (a state-media headline)
        return _Raw(m.group("np"), "trailing", False)
    m = _COLON_NAME_END.search(flat) if ":" in flat[-30:] else None
    if m and (fig := table.lookup(m.group("np"))) is not None and fig.kind == "person":
        return _Raw(m.group("np"), "trailing", False)  # "Talks held in a warm atmosphere: Ushakov"
    m = _QUOTE_FROM.match(flat) if flat.startswith("Quote from ") else None
    if m and _np_ok(m.group("np")):
        return _Raw(m.group("np"), "colon", True)  # "Quote from Kuleba: «...»" (Ukrainian news sites)
    m = _TO_PLACE_NAME_COLON.match(flat) if ":" in flat else None
    if m and m.group("place").lower() in PLACE_WORDS:
        # "Ex-ambassador to China Oleh Verbytskyi: «...»": the name after the place
        return _Raw(m.group("name"), "colon", True, f"{m.group('role')} to {m.group('place')}")
    if flat[:2] == "Q " and _BARE_Q.match(flat):
        # "Q Thanks, John.", "Q The Chinese Foreign Ministry says ...": the White House transcripts' question mark-up
        return _marked_turn("Q", text, 2, table)
    m = COLON_HEADLINE.match(flat)
    if m is None and " | " in flat[:40] and ":" in flat:
        # "Live updates | Yermak: no confirmation yet ...": a section name before the headline's speaker
        bar = flat.index(" | ") + 3
        inner = _find_raw(text[bar:], start, table) if COLON_HEADLINE.match(flat[bar:]) else None
        if inner is not None and inner.pass_name == "colon":
            return inner
    if m and m.group("np") in QA_MARKERS:
        return _marked_turn(m.group("np"), text, m.end() - 1, table)
    if m and (m.group("np").split()[0].lower().strip(".") not in _NOT_SPEAKER_OR_PREP
              or m.group("np").isupper() and len(m.group("np").split()) == 2
              and m.group("np").split()[1].lower() not in _REPORTING_VERBS_OR_NOT_SPEAKERS) \
            and not all(w.lower() in PLACE_WORDS | {"new"} for w in m.group("np").split()) \
            and (not m.group("np").isupper() or table.lookup(m.group("np")) or _CAPS_SURNAME.fullmatch(m.group("np"))
                 and m.group("np").lower() not in _CAPS_NOT_NAMES_OR_PLACES
                 or _caps_turn(m.group("np"))):
        inner = find_raw(text[m.end() - 1:], table=table) if len(text) > m.end() else None
        if inner is None and _VOCATIVE.match(text[m.end() - 1:]):  # "ZORIN: Mark, your John Kirby says ..."
            inner = find_raw(_VOCATIVE.sub("", text[m.end() - 1:], count=1), table=table)
        if inner is not None and inner.pass_name in ("leading", "trailing") \
                and (inner.np[:1].isupper() or _named_person(inner.np, table)
                     or re.fullmatch(r"the(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)+|(?:the\s+)?joint statement", inner.np)) \
                and inner.np.lower() not in _PERSON_OR_GROUP_PRONOUNS \
                and not _NEGATED_OPINION.search(text[m.end() - 1:]) \
                and _CLAIM_VERB.search(text[m.end() - 1:]) \
                and (_asker(m.group("np"), table) and ("?" in text or _media_label(m.group("np"), table))
                     or _REPORTED_SPEECH.search(text[m.end() - 1:])
                     and (_asker(m.group("np"), table) or _named_person(inner.np, table))):
            # (a claim with a verb of speech: "Kiev rejects it" or "Xi has concluded his visit" stays the turn's)
            # (in an answer, a named person's reported words are that person's: "Wang Wenbin: During that call,
            # Qin Gang said China hoped ...")
            # "Bloomberg: Blinken said yesterday that ...": an asker's question reports Blinken's claim (in an
            # official's answer, "Wang Wenbin: The US keeps saying ..." stays the official's)
            inner.turn = _clean_np(m.group("np"))
            return inner  # "Bloomberg: Blinken said yesterday that ..." is Blinken's claim
        np_ = _clean_np(m.group("np"))
        named = _ROLE_THEN_NAME.search(flat, 0, m.end())
        if named and np_.lower() in _TURN_ROLES:
            # "HOST (Marina Lebedeva): ...": the name in brackets, the label its role
            return _Raw(named.group(1), "colon", True, np_.lower())
        if np_.isupper() and _caps_turn(np_):
            np_ = np_.lower() if len(np_.split()) == 1 else np_.title()  # "PRESENTER" -> the presenter
        return _Raw(np_, "colon", True)
    m = IN_PLACE_THEY.match(flat) if "they" in flat else None
    if m and m.group("np").lower() in PLACE_WORDS | {"brussels", "tokyo"}:
        return _Raw(m.group("np"), "leading", has_quote)
    m = DOCUMENT_SUBJECT.match(flat)
    if m:  # ("The text also says ...": the document the writer named)
        np_ = m.group("np").lower()
        return _Raw("document" if np_ == "text" else np_.rstrip("s") if np_ == "joint statements" else np_, "leading",
                    has_quote)
    m = _WENT_ON.match(text)
    if m:  # 'He went on, "The Americans need a story ..."'
        return _Raw(m.group("np"), "leading", True)
    m = QUOTES_AS_SAYING.search(flat) if " as " in flat and ("quot" in flat or "cite" in flat) else None
    if m:  # "The newspaper quotes presidential aide Yuri Ushakov as saying ...": Ushakov's words
        return _Raw(_OBJECT_PRONOUNS.get(m.group("np"), m.group("np")), "leading", has_quote)
    m = TRAILING_DOCUMENT.search(flat) if any(w in flat for w in _DOCUMENT_WORDS) else None
    if m:  # (one of "the statements": the statement)
        return _Raw(m.group("np").rstrip("s") if m.group("np").endswith("ts") else m.group("np"), "trailing",
                    has_quote)
    m = OVERHEARD.search(flat) if any(w in flat for w in _OVERHEARD_WORDS) else None
    if m and _np_ok(m.group("np")):
        return _Raw(m.group("np"), "leading", has_quote)
    m = MEDIA_IN_BOTH.search(flat) if " in both " in flat else None
    if m:
        return _Raw(m.group("np") or m.group("np2"), "leading" if m.group("np") else "trailing", has_quote)
    m = SIGNED_ARTICLE.search(flat) if "in which" in flat else None
    if m and (m.group("owner") or m.group("by")):
        return _Raw(m.group("owner") or m.group("by"), "leading", has_quote)
    m = OUTLET_PIECE.match(flat) or OUTLET_PIECE_BEFORE.match(flat) or (OUTLET_RAN_PIECE.match(flat) if any(w in flat for w in _RAN_PIECE_VERBS) else None)
    if m:
        return _Raw(m.group("np"), "leading", has_quote)  # "An editorial in the Global Times said ..."
    m = (VIEW_IS.match(flat) if "s " in flat else None) or IN_THE_WORDS.match(flat)
    if m and _np_ok(m.group("np")):
        return _Raw(_clean_np(m.group("np")), "leading", has_quote)
    m = WITH_SAYING.search(flat)
    if m and _np_ok(m.group("np")):
        return _Raw(_clean_np(m.group("np")), "leading", has_quote)
    # leading: "The Kremlin said ...", "X said: ..."
    for i in range(n):
        if (toks[i][0] in _ING_VERBS or toks[i][0] == "pointing" and i + 1 < n and toks[i + 1][0] == "out") \
                and i and (toks[i - 1][0] == "," or toks[i - 1][0] == "by"):
            # "Kirby went further, claiming that", "Lavrentyev opened by declaring that", "... by pointing out that"
            # the subject of the clause the participle hangs on: after the last ", and" / ";" before it
            cut = max([k + 1 for k in range(i - 1) if toks[k][0] == ";"]
                      + [k + 2 for k in range(i - 2) if toks[k][0] == "," and toks[k + 1][0] in ("and", "but")] + [0])
            head = _initial_subject(toks[cut:i])
            if head:
                return _Raw(head, "leading", has_quote)
            if cut < i - 4 and toks[cut][0] in ("On", "Later", "Earlier", "Then") and toks[cut + 1][0] in _DAY_WORDS \
                    and toks[cut + 2][0] in ("he", "she"):
                cut += 2  # "On Tuesday he went further, saying ..."
            if cut < i - 2 and toks[cut][0] in ("He", "She", "he", "she") and toks[i][0] != "calling" \
                    and not any(t[0] in (",", ";") for t in toks[cut + 1:i - 1]):
                return _Raw(toks[cut][0].lower(), "leading", has_quote)  # "He gave no details, saying only that"
        if toks[i][0].lower() not in _VERB_FIRST:
            continue
        vlen = _verb_at(toks, i)
        if not vlen:
            continue
        if toks[i][0] in ("quoted", "quotes", "cited", "cites") and any(
                toks[q][0] == "," and toks[q + 1][0] == "who" for q in range(i + 1, min(n - 1, i + 12))):
            continue  # "Sokolovsky then quoted Jens Stoltenberg, who said ...": the words are the one quoted
        prev = toks[i - 1][0] if i else ""
        if prev == "and" and i >= 4 and toks[i - 3][0] in ("in", "by") and _is_cap(toks[i - 2][0]) \
                and i + vlen + 1 < n and toks[i + vlen][0] in ("in", "by") and _is_cap(toks[i + vlen + 1][0]) \
                and toks[i][0] not in _PLAIN_SPEECH:
            continue  # "a plan written in Beijing and applauded in Moscow": a participle, parallel to the one before
        k = i
        while k > 1 and toks[k - 1][0].lower() in SKIPPABLE:
            k -= 1
        if k and toks[k - 1][0] == ",":
            found = _appositive_subject(flat[:toks[k - 1][1]])
            if found and not all(w.lower() in _TIME_WORDS or w in _MONTH_NAMES for w in found[0].split()) \
                    and not _POSSESSIVE_THING.match(found[0]):
                # (not "The visit, which concluded on Wednesday, has confirmed ...": a day is nobody, nor is
                # "Xi's three-day state visit")
                return _Raw(found[0], "leading", has_quote, found[1])
        if prev == "who" and i >= 2 and toks[i - 2][0] == ",":
            found = _relative_subject(flat[:toks[i - 2][1]])
            if found and (len(found[0].split()) >= 2 or table.lookup(found[0]) is not None) \
                    and found[0].lower() not in PLACE_WORDS:
                return _Raw(found[0], "leading", has_quote, found[1])
        if prev in ("and", "but"):  # "Putin greeted Xi ... and said", "Zelenskyy welcomed the talk, but said"
            head = _initial_subject(toks)
            if head:
                return _Raw(head, "leading", has_quote)
            if toks[0][0] in ("He", "She") and i >= 3 and toks[i][0] in _PLAIN_SPEECH \
                    and not any(t[0] in (";", "who", "which", "that", "whom") for t in toks[1:i - 1]):
                # "She did not mention Russia by name, but said ...": whoever "she" is (words said, not an act
                # told as praise: "He turned up ... and hailed the wanted man as his 'dear friend'")
                return _Raw(toks[0][0].lower(), "leading", has_quote)
        if prev in ("he", "she") and i >= 5 and toks[i - 2][0] == "which" and toks[i - 3][0] in ("in", "during") \
                and toks[i - 4][0] == ",":
            head = _initial_subject(toks[:i - 4])  # "Xi published an article in the Russian press, in which he wrote"
            between = toks[len(head.split()) if head else 0:i - 4]
            if head and _named_person(head, table) and not any(
                    _is_cap(a[0]) and _is_cap(b[0]) for a, b in zip(between, between[1:])):
                return _Raw(head, "leading", has_quote)
        if prev in ("he", "she") and i >= 3 and toks[i - 2][0] in ("when", "as") and toks[i - 3][0] != ",":
            head = _initial_subject(toks[:i - 2])  # "Kuleba was blunter still when he told an Indian channel that"
            if head and not any(_is_cap(t[0]) for t in toks[len(head.split()):i - 2]):
                # (not "New Delhi should take Mr Xi at his word when he says": "he" is the one named last)
                return _Raw(head, "leading", has_quote)
        found, lr = _verb_subject(toks, i, vlen, flat, has_quote)
        if found is not None:
            return found
        if lr:
            a, b = lr
            np_ = flat[toks[a][1]:toks[b - 1][2]]
            if not _np_ok(np_) or np_.lower() in _LEADERS_TOGETHER \
                    or (a >= 2 and toks[a - 1][0] == "and" and toks[a - 2][0].lower() in PERSON_ROLE_HEADS) \
                    or (a >= 2 and toks[a - 1][0] == "and" and toks[a - 2][0].lower() in PERSON_PRONOUNS) \
                    or (a >= 2 and toks[a - 1][0].lower() in ("how", "why") and toks[a - 2][0] == ",") \
                    or (a > 0 and toks[a - 1][0].lower() in ("that", "because", "if", "whether", "which",
                                                                          "whom", "where")
                        and not (toks[a - 1][0].lower() in ("that", "which") and i + vlen < n
                                 and toks[i + vlen][0] in _RELATIVE_GAP_VERBS)) \
                    or (a >= 6 and toks[a - 1][0].lower() in _SUBORDINATORS) or _two_people(np_, table) \
                    or (a >= 3 and toks[a - 1][0] in ("when", "until", "unless", "once")) \
                    or (a == 1 and toks[0][0] in ("When", "If", "While", "Although", "Because", "Unless", "Whenever",
                                                  "Once", "Until", "Whether")):
                # "When China proposes a ceasefire, Washington calls it a trap": the main clause speaks
                # "Xi Jinping and Vladimir Putin vowed ...": a joint act of two, narrated by the writer
                # "... signed two statements, a day after Washington said ...": background, not the attribution
                continue  # an embedded clause ("I am convinced that Beijing sees ...") is not the attribution
            after = flat[toks[i + vlen - 1][2]:]
            colon = bool(_COLON_AFTER.match(after))
            if a >= 2 and toks[a - 1][0] == "," and toks[a][0][:1].islower() and (
                    toks[a][0] not in DETERMINERS or toks[a][0] in ("a", "an")
                    and toks[b - 1][0].lower() in _ROLE_WORDS_OR_MEDIA_SPEAKER_HEADS):
                # (or "Capitol Signal, a Washington-based news website, citing three officials, reported")
                # "Wang Yi, director of the Office of ..., who accompanied Xi, told" (the relative clause blanked):
                # the name before the role
                found = _appositive_subject(flat[:toks[b - 1][2]])
                if found and _named_person(found[0], table) and not _named_person(np_, table) \
                        and found[0].split()[0].lower() not in _NOT_SPEAKER_OR_PREP:
                    return _Raw(found[0], "colon" if colon else "leading", has_quote or colon, found[1])
            if colon and (c := flat.find(":", toks[i + vlen - 1][2])) > 0:
                rest = text[c + 1:].lstrip()
                inner = _find_raw(rest[:1].upper() + rest[1:], start, table) if rest[:1].islower() else None
                if inner is not None and inner.pass_name == "leading" and _named_person(inner.np, table):
                    return inner  # "Kyiv, too, has signaled interest: on Tuesday President Zelensky said ...": his
            return _Raw(_clean_np(np_), "colon" if colon else "leading", has_quote or colon)
    m = (ANON_SOURCE.match(flat) or ANON_TRAILING.search(flat)) if _ANON_HEADS.search(flat) else None
    if m and not _NOBODY.match(m.group("np")):  # "A Russian official involved in preparing the visit, who asked not to be named, said ..."
        return _Raw(_clean_np(m.group("np")), "leading" if m.re is ANON_SOURCE else "trailing", has_quote)
    m = SUMMED_UP_BY.search(text) if ":" in text and " by " in text else None
    if m:  # "European scepticism has been summed up by Camille Arnaud, senior fellow at ...: “...”"
        return _Raw(m.group("np"), "colon", True, (m.group("role") or "").strip())
    m = _POSSESSIVE_VERDICT.match(text) if ":" in text else None
    if m:  # "Her verdict on the paper is just as blunt: “...”": whoever "her" is
        return _Raw(_OBJECT_PRONOUNS[m.group(1).lower()], "colon", True)
    m = (_NAMED_VERDICT.match(text) or _SPEAKING_COLON.match(text)) if ":" in text else None
    if m and _np_ok(m.group("np")) and not any(w.lower() in _PLACE_OR_COUNTRY for w in m.group("np").split()):
        # (not "India's message to both capitals was simple: ...": the writer summing up a government)
        return _Raw(_clean_np(m.group("np")), "colon", True)
    m = _IN_HIS_WORDS.match(text) if ":" in text else None
    if m:  # "In his words: «...»" (Ukrainian news sites): whoever "his" is
        return _Raw(_OBJECT_PRONOUNS[m.group(1).lower()], "colon", True)
    m = _INTRO_EVAL_COLON.match(flat) if ":" in flat else None
    if m and _np_ok(m.group("np") or m.group("np2")):
        return _Raw(_clean_np(m.group("np") or m.group("np2")), "colon", True)  # "X was more restrained: ..."
    colon = _COLON_BREAK.search(flat)
    if colon:
        head = _colon_intro(flat[:colon.start()], table)
        after = text[colon.end():].lstrip()
        if head and after and after[:1] not in _OPENERS and re.match(
                r"[\s\S]*?\b(?:is|are|was|were)\b", flat[len(head):colon.start()]) \
                and not re.search(r"\b(?:said|says|put it|points?|following|this|these|words)\b", flat[:colon.start()]):
            head = None  # "China is not a neutral referee: it is Russia's partner": the writer explaining
        if head and after and re.match(r"(?:a|an|the|its|his|her|their)\s", after) and not re.search(
                r"\b(?:said|says|put it|points?|following|words|told|declared|stressed|wrote)\b", flat[:colon.start()]):
            head = None  # "the Kremlin laid on the kind of welcome ...: a red carpet, a long dinner": a list
        if head:
            tail = flat[:colon.start()]
            role = tail[len(head) + 2:].strip() if tail.startswith(head + ", ") and head.isupper() else ""
            # ("ANDREI KOLESOV, State Duma deputy: ...": the role that introduces a transcript's speaker)
            return _Raw(head, "colon", True, role, intro=bool(flat[colon.end():].strip()))
    m = _RELAYED_REMARKS.search(flat) if any(w in flat for w in _RELAY_WORDS) else None
    if m and _np_ok(m.group("np")):
        # "The host read out the remarks of Antony Blinken, who had accused ...", "The show aired a clip of
        # Putin's remarks, in which he said that ...": the programme relays the words of the person it plays
        return _Raw(_clean_np(m.group("np")), "according_to", has_quote)
    return None


# Transcript turn labels in the forms of particular publishers: "MAJ GEN HARPREET SANDHU (RETD):",
# "Official Spokesperson, Shri Arindam Bagchi:", "Question (Nikhil Rao, Doordarshan):", "QUESTION [Al Jazeera]:"
_HONORIFIC_LABEL = re.compile(r"\A(?:MR|MS|MRS|MISS|DR|AMB|SEN|REP|ADM|GEN)\.?\s+(?P<name>[A-ZÀ-ÖØ-Þ][A-Z'’]+(?:-[A-Z'’]+)?):\s")
_RANK_LABEL = re.compile(r"\A(?P<rank>(?:(?:MAJ|LT|GEN|COL|BRIG|ADM|CAPT|AIR|VICE|REAR|MARSHAL|DR|PROF|SHRI|SMT|REP|SEN|GOV|"
                         r"AMB)\.?\s+)+)"
                         r"(?P<name>[A-ZÀ-ÖØ-Þ][A-Z'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-Z'’-]+){1,2})\s*(?P<retd>\((?:RETD|RETIRED|RET)\.?\)\s*)?"
                         r"(?P<party>\([RDI]-[A-Z.]{2,6}\)\s*)?"  # "REP. MARCUS TILLBROOK (R-OH), HOUSE FOREIGN AFFAIRS COMMITTEE:"
                         r"(?:,\s*(?P<role>[A-Z][A-Z0-9 .'’&-]{2,80}?))?\s*:\s")
_ROLE_NAME_LABEL = re.compile(r"\A(?P<role>(?:Official\s+|Deputy\s+|Chief\s+)?(?:Spokesperson|Spokesman|Spokeswoman|"
                              r"Press Secretary|Moderator|Host|Presenter|Anchor|Foreign Secretary|Minister|Ambassador)"
                              r"(?:\s+[A-Za-z]+){0,4}?),\s+(?:(?:Shri|Smt\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?"
                              r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){1,2}):\s")
_ASKER_LABEL = re.compile(r"\A(?:Question|QUESTION|Q)\s*[(\[](?P<who>[^,)\]]{2,40})(?:,\s*(?P<outlet>[^)\]]{2,40}))?[)\]]\s*:\s")


def _marked_turn(marker: str, text: str, at: int, table: SpeakerTable) -> "_Raw":
    """A turn marked "Q:", "A:", "Follow-up:" (or the White House's bare "Q "), its words from ``at`` on: a question
    that reports someone's claim gives the claim to them ("Q: Vladimir Putin said ..."), any other turn is the
    marker's."""
    if QA_MARKERS[marker] in ("<question>", "<followup>"):
        inner = find_raw(text[at:], table=table)
        if inner is not None and inner.pass_name in ("leading", "trailing") and inner.np[:1].isupper() \
                and not _NEGATED_OPINION.search(text):  # ("Follow-up: So China does not believe ...?" asks)
            return inner
    return _Raw(QA_MARKERS[marker], "colon", True)


def _labelled_turn(text: str, table: SpeakerTable) -> "_Raw | None":
    m = _RANK_LABEL.match(text)
    if m:
        rank = m.group("rank").lower().split() + (["(retd)"] if m.group("retd") else [])
        if m.group("party") or {"rep.", "rep", "sen.", "sen"} & set(rank):
            rank.append("member of Congress")
        role = " ".join(rank + ([m.group("role").lower()] if m.group("role") else []))
        return _Raw(m.group("name").title(), "colon", True, role)
    m = _ROLE_NAME_LABEL.match(text)
    if m:
        return _Raw(m.group("name"), "colon", True, m.group("role"))
    m = _HONORIFIC_LABEL.match(text)
    if m:  # "MS. JEAN-PIERRE: Good afternoon.", "MR. KIRBY: Thanks, Karine." (White House transcripts)
        return _Raw(m.group("name"), "colon", True)
    m = _ASKER_LABEL.match(text)
    if m and m.group("who")[:1].isupper():  # (not "Question (retranslated):")
        who, outlet = m.group("who").strip(), (m.group("outlet") or "").strip()
        role = f"reporter, {outlet}" if outlet else ""  # a reporter named with the outlet, or the outlet that asks
        rest = text[m.end():]
        inner = find_raw(rest, table=table)
        if inner is not None and inner.pass_name in ("leading", "trailing") \
                and (inner.np[:1].isupper() or inner.np.startswith("the ") and inner.np.split()[-1].lower()
                     in PERSON_ROLE_HEADS) \
                and inner.np.lower() not in _PERSON_OR_GROUP_PRONOUNS and _CLAIM_VERB.search(rest) \
                and not _NEGATED_OPINION.search(rest):
            # "QUESTION [AP]: Ned, the Secretary said this morning that ...": the claim is the Secretary's
            return _dc_replace(inner, turn=who, turn_role=role)
        return _Raw(who, "colon", True, role)
    return None


# A host's address before the claim in a turn: "Mark, your John Kirby says ...", "Arkady Viktorovich, in Washington ..."
_VOCATIVE = re.compile(r"\A\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)?,\s+"
                       r"(?:(?:your|our)\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž]))?(?=[a-zA-ZÀ-ÖØ-ÞĀ-Ž])")
# "In Washington they say ...", "in Kyiv they are already saying that ...": the capital speaks
IN_PLACE_THEY = re.compile(r"\A\s*(?:But\s+|And\s+)?[Ii]n\s+(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.]+)?),?\s+"
                           r"they\s+(?:are\s+(?:already\s+|now\s+)?|have\s+(?:long\s+)?|keep\s+)?"
                           r"(?:say|saying|said|claim|claiming|insist|insisting|argue|arguing)\b")
# Unnamed sources with what describes them between subject and verb: "A Russian official involved in preparing the
# visit, who asked not to be named because ..., said", "People familiar with the developments said", "A
# Beijing-based expert on international relations who requested anonymity told ...", "“...,” a senior official in
# the security establishment told ..."
_ANON_NP = (r"(?P<np>(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Tt]he)\s+)?(?:[\w-]+\s+){0,4}?"
            r"(?:officials?|diplomats?|sources?|experts?|insiders?|aides?|persons?|[Pp]eople|[Oo]fficials|[Ss]ources)"
            r"(?:\s+(?:in|at|from|close to|familiar with|with knowledge of)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?)")
_ANON_HEADS = re.compile(r"official|diplomat|source|expert|insider|aide|person|[Pp]eople")
_ANON_AUX = r"(?:(?:have|has|had|also)\s+)*"  # "experts from several countries have said": not part of the source
_ANON_VERB = r"(?:said|told|says|tells|added|confirmed|noted|stressed|warned|insisted|explained|cautioned)\b"
ANON_SOURCE = re.compile(r"\A(?:(?:Last|This|On|Earlier|Separately|Meanwhile|But|And)\b[^,]{0,40},\s+)?" + _ANON_NP
                         + r"(?:\s+(?:on|of|for)\s+[^,“”\"«»]{2,60}?)?"
                         r"(?:,?\s+(?:who|involved|familiar|close|briefed|speaking|requesting|on condition)\b"
                         r"[^“”\"«»]{0,200}?)?,?\s+" + _ANON_AUX + _ANON_VERB)
ANON_TRAILING = re.compile(r"[,”’\"»]\s+" + _ANON_NP + r"(?:,\s+[^,“”\"«»]{2,100},)?\s+" + _ANON_AUX + _ANON_VERB
                           + r"[^“”\"«»]{0,80}\Z")
_VERDICT_NOUNS = "verdict|view|answer|assessment|reply|response|message|advice|prediction|forecast"
_POSSESSIVE_VERDICT = re.compile(rf"\A(His|Her|Their)\s+(?:{_VERDICT_NOUNS})\b[^:“”\"«»]{{0,80}}:\s*[“\"«]")
# "Raghavachari's advice for South Block was simple: keep talking ...": a named person's words follow the colon
_NAMED_VERDICT = re.compile(r"\A(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*){0,3})['’]s\s+"
                            rf"(?:{_VERDICT_NOUNS}|conclusion|prescription)\b[^:“”\"«»]{{0,80}}:\s+\S")
# "Foreign Minister Sergey Lavrov, speaking to journalists in the Kremlin: «...»": a transcript-like introduction
_SPEAKING_COLON = re.compile(r"\A(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|[a-z][\w-]*)){0,6}?),"
                             r"\s+(?:speaking|writing)\s+(?:to|at|on|in|with|after|during|before)\b"
                             r"[^:“”\"«»]{1,80}:\s*[“\"«]")
_IN_HIS_WORDS = re.compile(r"\A(?:In|To quote)\s+(his|her|their)\s+(?:own\s+)?words\s*:\s*[“\"«]")
_RELAY_WORDS = ("ds out", "d out", " clip ", " video ", " recording ", " excerpt ", " fragment ", " soundbite ",
                " sound bite ")
_RELAYED_REMARKS = re.compile(
    r"\b(?:(?:read|reads) out\s+(?:the\s+|a\s+)?(?:(?:remarks|statement|words|comments|post|message|speech)\s+(?:of|by)\s+)?"
    r"|(?:showed|aired|played|ran|broadcast|shows|airs|plays|runs)\s+(?:a|an|the)\s+(?:clip|video|recording|excerpt|"
    r"fragment|soundbite|sound bite)\s+(?:of|from)\s+(?:the\s+)?)"
    r"(?P<np>(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*|of|the|spokesman|spokeswoman|spokesperson|minister|secretary|adviser|"
    r"president|envoy|ambassador|official)\s+){0,7}?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*?)(?:['’]s\s+(?:remarks|comments|words|statement|"
    r"speech|answer|reply|claim|claims|assertion|warning|accusation|post|message)\b[^,]{0,60}?)?(?:,[^,]{1,90},)?,?\s+(?:(?:who|in which (?:he|she))\s+(?:had\s+|has\s+)?\w+|"
    r"calling|saying|describing|accusing|warning|insisting|claiming|that)\b")


# "a trip that Chinese experts said has added momentum": the relative clause's verb follows the reporting verb at
# once, so the claim about the trip is the experts'
_RELATIVE_GAP_VERBS = frozenset("has have had is are was were will would could can may might should".split())


def _relayed(rest: str, start: str | None, table: SpeakerTable) -> "_Raw | None":
    """The speaker whose words a record relays, found in ``rest`` (the sentence with "according to a readout"
    or ", the readout said" blanked): a named or role subject with a verb of speech ("Xi told Putin that",
    "The Chinese leader also told his host"). What a leader "urged" or "called for" is the record's own summary
    of an act, so it stays the record's."""
    inner = _find_raw(rest, start, table)
    if inner is None or inner.pass_name not in ("leading", "trailing"):
        return None
    words = inner.np.split()
    if not inner.np[:1].isupper() and not (words[0] == "the" and words[-1].lower() in PERSON_ROLE_HEADS):
        return None  # (but "At the door, the Chinese leader told him ..., according to footage released by ...")
    if words[0].lower() in DETERMINERS and not (len(words) >= 2 and words[-1].lower() in PERSON_ROLE_HEADS):
        return None  # "The two sides agreed" (not "The Chinese leader told")
    verb = r"(?:,[^,.]{1,40},)?\s+(?:\w+\s+)?(?:said|says|told|tells|stressed|noted|added|stated|replied|responded|" \
           r"assured|reiterated|emphasi[sz]ed|underlined|remarked)\b"  # ("Xi, for his part, told Putin")
    return inner if re.search(re.escape(words[-1]) + verb, rest) else None


# In someone's own turn or headline, only these verbs report another's words ("Wang Wenbin: Qin Gang said China
# hoped ..."); "Sinologist Viktoriia Zabolotna: Xi gave putin a lifeline and called it a peace plan" is hers
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|telling|speaks of|spoke of|write|stated|states|wrote|writes|claimed|claims|insisted|"
                              r"insists|declared|declares|according to|stressed|stresses|warned|warns|argued|argues|"
                              r"noted|notes|put it|added|announced|announces)\b")
# Verbs that report a claim (in a turn that reports one): not acts such as "rejects" or "has concluded"
_CLAIM_VERB = re.compile(r"\b(?:said|says|say|told|tells|telling|speaks of|spoke of|claim(?:s|ed)?|warn(?:s|ed|ing)?|describ(?:e|es|ed|ing)|"
                         r"call(?:s|ed|ing)|insist(?:s|ed)?|argu(?:e|es|ed)|accus(?:e|es|ed)|alleg(?:e|es|ed)|"
                         r"stress(?:es|ed)?|not(?:e|es|ed)|write|writes|wrote|written|report(?:s|ed)?|fear(?:s|ed)?|"
                         r"suggest(?:s|ed)?|predict(?:s|ed)?|believ(?:e|es|ed)|think|thinks|according to|put it|"
                         r"stat(?:e|es|ed)|declar(?:e|es|ed)|point(?:s|ed)? out|saying|announc(?:e|es|ed))\b")
_SPEECH_VERB = re.compile(r"\b(?:said|says|say|told|tells|stressed|stresses|noted|notes|wrote|writes|added|adds|"
                          r"warned|warns|insisted|insists|argued|argues|claimed|claims|stated|states|declared|declares|"
                          r"emphasi[sz]ed|underlined|pointed out|put it|according to|asked|replied|answered|warn|insist|argue|"
                          r"declare|reported|wrote|accuse|accuses|accused|allege|alleges|alleged|"
                          r"(?:claim|note|stress|report|write|state)s?\s+that)\b")


_DASH_SIGNED_HEADLINE = re.compile(r"(?<=\S)\s+[—–-]\s+(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,3})\s*\Z")


def _headline_signer(np_: str, table: SpeakerTable) -> bool:
    """Whether the words after a headline's dash name who said it: a known figure or body, a person's name, or a
    body ("Zelensky's Office", "Foreign Ministry"), not a place or a thing ("... – Moscow", "... – Peace Formula")."""
    if table.lookup(np_) is not None:
        return True
    words = np_.split()
    if len(words) == 1 and (words[0].lower() in PLACE_WORDS or words[0].lower() in COUNTRY_WORDS):
        return False
    last = words[-1].lower()
    return _named_person(np_, table) and last not in _THING_TAILS or last in INSTITUTION_HEADS \
        or last in PERSON_ROLE_HEADS


def _named_person(np_: str, table: SpeakerTable) -> bool:
    """A person named in full or known to the speaker table ("State Councilor Qin Gang", "Xi"), not a group,
    an institution or a country."""
    fig = table.lookup(np_)
    if fig is not None:
        return fig.kind == "person"
    _, name = _split_role(np_.split())
    words = name.split()
    return 2 <= len(words) <= 3 and all(_is_cap(w) for w in words) \
        and not any(w.lower() in ROLE_WORDS or w.lower() in PLACE_WORDS or w.lower() in COUNTRY_WORDS for w in words)


def _two_people(np_: str, table: SpeakerTable) -> bool:
    """"Chinese President Xi Jinping and Russian President Vladimir Putin": two people, one of them well known."""
    parts = np_.split(" and ")
    if len(parts) != 2 or not all(p.strip()[-1:].isalpha() and _is_cap(p.split()[-1]) for p in parts if p.strip()):
        return False

    def known(words):
        return any((fig := table.lookup(" ".join(words[-k:]))) is not None and fig.kind == "person" for k in (2, 1))

    def name_like(words):
        return len(words) >= 2 and all(_is_cap(w) and w.lower() not in _NOT_NAME_WORDS for w in words[-2:])

    def role_phrase(words):  # "the Chinese leader", "the Russian president"
        return len(words) >= 2 and words[0].lower() == "the" and words[-1].lower() in PERSON_ROLE_HEADS

    a, b = (p.split() for p in parts)
    return known(a) and (known(b) or name_like(b) or role_phrase(b)) or known(b) and (name_like(a) or role_phrase(a))


_ANALYST_HEADS = frozenset("""expert analyst scholar researcher professor observer commentator economist historian
strategist academic specialist scientist orientalist sinologist banker trader investor""".split())
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday week month year morning
evening night weekend""".split())
_LEAD_PREPOSITIONS = frozenset("At In During After Before Following".split())
_TIME_LEAD = _TIME_WORDS | frozenset("""on in last this late early earlier later then today yesterday tonight afterwards
january february march april may june july august september october november december""".split())
_COMPOUND_ROLES = frozenset({"prime minister", "foreign minister", "defence minister", "defense minister",
                             "finance minister", "foreign secretary", "press secretary", "vice president",
                             "deputy minister", "security adviser"})
_HOST_WORDS = frozenset("host presenter anchor moderator".split())
# "X was quick to insist that ...", "was careful to stress", "was right to say": the speaker, then what they said
_QUICK_TO = frozenset("quick swift keen careful eager right first".split())
_SUBORDINATORS = frozenset("after before since while when as until once".split())
_INTRO_VERBS = frozenset("""was were is are has had have did does set put came went gave made spoke took kept left
laid struck sought began got sent drew""".split())
_INTRO_PREPOSITIONS = frozenset("on in at after asked speaking for turning addressing during".split())


def _colon_intro(before: str, table: SpeakerTable) -> str | None:
    """The subject of a sentence that introduces a quote with a colon and no reporting verb:
    "Political scientist Sergei Malinin, a regular guest, was more cautious:"; "On Ukraine, Xi set out
    these points: ..."."""
    m = _NAME_COMMA_ROLE.fullmatch(before)
    if m and any(w.lower().strip(",") in ROLE_WORDS for w in m.group("role").split()) \
            and m.group("name").split()[0].lower() not in _NOT_SPEAKERS_OR_PLACES:
        return m.group("name")  # a round-up line: "Mao Ning, spokesperson of the Chinese Foreign Ministry: “...”"
    toks = _tokens(before)
    if toks and toks[0][0].lower() in _INTRO_PREPOSITIONS:
        comma = next((k for k, t in enumerate(toks) if t[0] == ","), None)
        if comma is None or comma > 16:
            return None
        toks = toks[comma + 1:]
    if len(toks) >= 3 and toks[0][0] in ("He", "She", "he", "she") and toks[1][0] in ("went", "was", "added") \
            and all(t[0].lower() in ("went", "on", "was", "blunter", "direct", "more", "blunt", "added", "further")
                    for t in toks[1:]):
        return toks[0][0].lower()  # "He went on: “...”", "She was blunter:"
    j = 1 if toks and toks[0][0].lower() == "the" else 0
    while j < len(toks) and j < 7 and (_is_cap(toks[j][0]) or toks[j][0].lower() in ROLE_WORDS):
        j += 1
    words = [t[0] for t in toks[:j]]
    if len(words) >= 2 and words[0].lower() == "the" and words[-1].lower() in PERSON_ROLE_HEADS \
            and j < len(toks) and toks[j][0] in _INTRO_VERBS:
        return " ".join(words)  # "Asked how Kyiv reads the visit, the minister was direct: “...”"
    if len(words) >= 2 and words[0].lower() in ("his", "her", "their", "our") and j < len(toks) and toks[j][0] == ",":
        # "His guest, the orientalist Andrei Semyonov of the Higher School, went further:": the name in the appositive
        close = next((k for k in range(j + 1, min(len(toks), j + 20)) if toks[k][0] == ","), None)
        inner = before[toks[j][2]:toks[close][1]] if close else ""
        m = _NAME_SEG.search(inner)
        pred = toks[close + 1][0] if close and close + 1 < len(toks) else ""
        if m and (pred in _INTRO_VERBS or re.fullmatch(r"[a-z]+(?:ed|es)", pred)):
            return m.group()
    if words and _POSSESSIVE_END.search(words[-1]) and j < len(toks) \
            and toks[j][0] in ("answer", "reply", "response", "verdict", "message", "view", "advice", "warning"):
        return _POSSESSIVE_END.sub("", " ".join(words))  # "Reznikov’s answer to that was short: “...”"
    if not words or not any(_is_cap(w) and w.lower() not in _NOT_SPEAKERS_OR_DETERMINERS for w in words) \
            or _POSSESSIVE_END.search(words[-1]) or words[0].lower() in NOT_SPEAKERS or words[0].endswith("ing"):
        return None
    name = [w for w in words if w.lower() != "the"]
    known = table.lookup(" ".join(name)) is not None
    person = len([w for w in name if _is_cap(w) and w.lower() not in ROLE_WORDS]) >= 2
    if not (known or person or len(name) == 1 or any(w.lower() in ROLE_WORDS for w in name)):
        return None
    k = _past_appositive(toks, j)  # ", a regular guest of the programme,"
    if k is None:
        return None
    if k > j + 3 and 2 <= k - j - 2 <= 3 and all(_is_cap(t[0]) for t in toks[j + 1:k - 1]) \
            and any(w.lower() in ROLE_WORDS for w in words):
        words = [t[0] for t in toks[j + 1:k - 1]]  # "Lithuania's foreign minister, Gabrielius Landsbergis, was blunter:"
    pred = [t[0] for t in toks[k:]]
    while pred and pred[0] in SKIPPABLE:
        pred = pred[1:]
    if not pred or len(pred) > 25 or not re.fullmatch(r"[a-z][\w'’-]*", pred[0]) \
            or any(w in _QUOTE_CLOSE + _OPENERS for w in pred):
        return None
    if not (pred[0] in _INTRO_VERBS or re.fullmatch(r"[a-z]+(?:ed|es)", pred[0])):
        return None  # "Xi in Moscow, day two: ...": no verb, a headline
    return _clean_np(" ".join(words))


def _relative_subject(before: str) -> tuple[str, str] | None:
    """"..., Sergei Mironenko, a political scientist at MGIMO, who argued" -> (name, role)."""
    parts = [p.strip() for p in before.split(",")]
    role = ""
    for seg in reversed(parts):
        m = re.search(r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)){0,3})$", seg)
        if m and not re.match(r"(?:a|an|the)\b", seg):
            words = m.group(1).split()
            if words[0].lower() not in NOT_SPEAKERS:
                return m.group(1), role
        if re.match(r"(?:a|an|the)\s", seg):
            role = seg
            continue
        return None
    return None


_NAME_SEG = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen)\.|[A-ZÀ-ÖØ-ÞĀ-Ž]\.|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*|"
                       r"[a-z]+(?:\s+(?:der|den|la|le|the))?(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž])))*")
# ("Ursula von der Leyen", "the Institute for the Study of War")


_ASIDE_NOT_ROLE = re.compile(r"(?:in|on|at|during|after|before|speaking|talking|writing|according|citing|quoting|"
                             r"responding|asked|which|who|whose|where|when)\b")


# "America's top diplomat", "The American top diplomat"
_OWNER_ROLE_NP = re.compile(r"(?:(?:The|the)\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*")
_FULL_NAME = r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){1,2})"
_TITLE_THEN_NAME = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*\s+(?:(?:of|for|to)\s+)?){1,4}" + _FULL_NAME)
_NAME_THEN_PLACE = re.compile(_FULL_NAME + r"\s+(?:of|at|from)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][^,]{2,80}")


_WHERE_PREFIX = re.compile(r"\s*(?:In|At|From)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)?\s*")


_PARTICIPLE_BY = re.compile(r"(?:signed|issued|adopted|released|published|written|drafted|agreed|approved)\s+"
                            r"(?:by|in|on)\b")


def _appositive_subject(before: str) -> tuple[str, str] | None:
    """"Mykhailo Podolyak, an adviser to ..., wrote" or "A former ambassador, K. Raghavan, said" -> (name, role)."""
    parts = before.split(",")
    if len(parts) >= 3 and _WHERE_PREFIX.fullmatch(parts[0]):
        parts = parts[1:]  # "In Brasilia, Rodrigo Lins, a former ambassador to Beijing, said": where, then who
    if len(parts) < 2:
        return None
    if len(parts) == 2 and re.match(r"\s*(?:whom|whose)\s", parts[-1]) and _NAME_SEG.search(parts[0]) \
            and parts[0].split() and parts[0].split()[0].lower() not in _NOT_SPEAKER_OR_PREP:
        return parts[0].strip(), ""  # "Sinologist Nataliia Boiko of the Kyiv Institute, whom we also asked, believes"
    if len(parts) >= 3 and re.match(r"\s*(?:who|whom|whose)\s", parts[-1]) and len(parts[-1].split()) <= 14:
        # "Wang Yi, director of the Office of ..., who accompanied Xi on the visit, told": the relative clause aside
        found = _appositive_subject(",".join(parts[:-1]))
        if found:
            return found
    last, prev = parts[-1].strip(), re.split(r"[\"“”’»]\s", parts[-2] + " ")[-1].strip()  # after a quote's close
    prev = re.sub(r"\A(?:That|This)\s+(?:was|is)\s+how\s+", "", prev)  # "That was how X, who ..., summed up"
    appositive = re.match(r"(?:a|an|the|another|one|[a-z]|[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*['’]s\s+(?:[a-z]|(?:[A-Z][a-z]+\s+){0,3}"
                          r"(?:Councilor|Councillor|Minister|Spokesperson|Spokesman|Ambassador|Envoy|Adviser|Secretary)\b)|"
                          r"(?:Deputy |Chief |Senior )?"
                          r"(?:President|Adviser|Advisor|Secretary|Head|Minister|Director|Spokesperson|Spokesman|"
                          r"Spokeswoman|Chairman|Chair|Ambassador|Member|Speaker|Commissioner|Governor|Coordinator|"
                          r"Representative|Envoy)\s+(?:of|to|for)\s|"
                          r"MP\s+(?:from|of|for)\s)",  # "Iryna Voloshchuk, MP from the Servant of the People faction, said"
                          last)  # Ukrainian style: "Oleksiy Danilov, Secretary of the National Security Council, told"
    if not appositive and len(parts) >= 3:
        # an appositive with commas inside: "Zhang Qiyuan, a research fellow at the Institute of Russian, Eastern
        # European and Central Asian Studies under the Academy, said"
        for idx in range(len(parts) - 2, max(0, len(parts) - 5), -1):
            if re.match(r"\s*(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:fellow|researcher|professor|expert|analyst|scholar|director|"
                        r"head|member|deputy|adviser|advisor)\b", parts[idx]) \
                    and all(len(p.split()) <= 14 and not re.search(r"\b(?:said|says|told|and said)\b", p)
                            for p in parts[idx + 1:]):
                first = re.split(r"[\"“”’»]\s", parts[idx - 1] + " ")[-1].strip()
                if _NAME_SEG.fullmatch(first) and len(first.split()) >= 2 and first.split()[0].lower() not in NOT_SPEAKERS:
                    return first, ",".join(parts[idx:]).strip()
                break
    if appositive and len(parts) >= 3 and re.match(r"(?:a|an|the)\s", last) and (
            re.match(r"(?:a|an|the)\s", prev) or re.match(r"[a-z]+\s+(?:of|at|for)\s", prev)
            and prev.split()[0] in ROLE_WORDS) and len(prev.split()) <= 10:
        # (or "Rohan Dasgupta, director of the Aryavarta Policy Forum, a New Delhi think tank, said")
        # "Ritika Deshpande, a fellow at the Centre for Asian Strategy, a New Delhi think tank, points out"
        first = re.split(r"[\"“”’»]\s", parts[-3] + " ")[-1].strip()
        if _NAME_SEG.fullmatch(first) and first.split()[0].lower() not in NOT_SPEAKERS:
            return first, prev
    if appositive and _ASIDE_NOT_ROLE.match(last):
        appositive = None  # ", in comments to this newspaper,": where it was said, not who said it
        if prev.split() and prev.split()[0].lower() not in NOT_SPEAKERS - DETERMINERS and len(prev.split()) <= 8:
            before_prev = parts[-3].strip() if len(parts) >= 3 else ""
            if _NAME_SEG.fullmatch(prev) and re.match(r"(?:The|the|A|An)\s|[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*['’]s\s", before_prev) \
                    and len(before_prev.split()) <= 10:
                return prev, before_prev  # "The EU's deputy head of mission, Karin Lindholm, who ..., told"
            words = prev.split()
            while len(words) > 1 and words[0].lower() in DETERMINERS:
                words = words[1:]
            return None if _thing_np(words, [w.lower().strip(",.") for w in words]) else (prev, "")
    tail = last.split() if appositive and last[:1].islower() else []
    cut = next((k for k, w in enumerate(tail) if w.lower() not in _ROLE_WORDS_OR_RANKS), len(tail))
    if 2 <= len(tail) - cut <= 3 and all(_is_cap(w) for w in tail[cut:]) and prev.split() \
            and all(w.lower() in _ROLE_MODIFIER_OR_COUNTRY_WORDS for w in prev.split()) \
            and prev.split()[-1].lower() in ROLE_WORDS:
        # "Military expert, retired Colonel Viktor Lanin, said": the name ends the second part
        return " ".join(tail[cut:]), f"{prev}, {' '.join(tail[:cut])}"
    if appositive and len(parts) == 2 and _OWNER_ROLE_NP.fullmatch(prev) and prev.split()[-1].lower() in ROLE_WORDS:
        named = _TITLE_THEN_NAME.fullmatch(last)
        if named:  # "America's top diplomat, Secretary of State Antony Blinken, warned": the name, not the role
            return named.group("name"), f"{prev}, {last[:named.start('name')].strip()}"
    if not appositive and re.match(r"(?:a|an|the|another|one)\s", prev, re.I) and len(prev.split()) <= 5 \
            and prev.split()[-1].lower() in ROLE_WORDS:
        named = _NAME_THEN_PLACE.fullmatch(last)
        if named:  # "Another expert, Sun Peiqing of the Huaihe Academy, said"
            return named.group("name"), f"{prev}, {last[named.end('name'):].strip()}"
    if appositive and prev.split() and prev.split()[0].lower() not in NOT_SPEAKERS - DETERMINERS and (
            _NAME_SEG.fullmatch(prev) or (len(prev.split()) <= 6 and all(
                _is_cap(w) or w.lower() in _DET_ROLE for w in prev.split())
                and any(w.lower() in ROLE_WORDS for w in prev.split()))):
        return prev, last
    m = _NAME_SEG.search(last) if not _PARTICIPLE_BY.match(last) else None  # (not "The joint statement ..., signed
    # by President Xi Jinping and President Vladimir Putin in Moscow, says": a document, then who signed it)
    if m and m.end() == len(last) and len(parts) >= 2 and (re.match(r"(?:a|an|the|another|one)\b", prev, re.I)
                                                       or any(w.lower() in ROLE_WORDS for w in prev.split())):
        name = m.group()
        if name.split()[0].lower() not in _NOT_SPEAKERS_OR_DETERMINERS:
            return name, prev
    return None


def _past_appositive(toks, j: int) -> int | None:
    """Index just past an appositive in commas that starts at token ``j`` (``j`` itself when none starts
    there); None when its closing comma does not come within 20 tokens."""
    if j >= len(toks) or toks[j][0] != ",":
        return j
    close = next((m for m in range(j + 1, min(len(toks), j + 21)) if toks[m][0] == ","), None)
    return None if close is None else close + 1


_ORDINALS = frozenset("second third fourth fifth".split())


_PLAIN_SPEECH = frozenset("said says told tells added adds warned warns stressed stresses insisted insists noted notes "
                          "argued argues".split())


_SENTENCE_ADVERBS = frozenset("Meanwhile However Then Later Earlier Separately Still Instead Afterwards Elsewhere "
                               "Nevertheless Similarly Likewise Indeed".split())


def _initial_subject(toks) -> str | None:
    """The capitalised subject a sentence starts with ("Putin greeted Xi ... and said")."""
    if len(toks) > 3 and toks[1][0] == "," and toks[0][0] in _SENTENCE_ADVERBS:
        toks = toks[2:]  # "Meanwhile, Japanese Prime Minister Fumio Kishida came to Kyiv and said ..."
    if len(toks) > 3 and toks[0][0].lower() in _LEADING_PREPOSITIONS and toks[1][0].lower() in PLACE_WORDS \
            and (_is_cap(toks[2][0]) or toks[2][0] == "," and len(toks) > 4 and _is_cap(toks[3][0])):
        # "In Moscow, meanwhile, Putin called ... and said" (the aside blanked), "In Washington, White House
        # press secretary Karine Jean-Pierre struck a similar note, telling reporters ..."
        toks = toks[3:] if toks[2][0] == "," else toks[2:]
    if len(toks) > 4 and toks[0][0].lower() in ("at", "after", "before", "during", "following", "in", "on") \
            and not (toks[1][0].lower() in PLACE_WORDS and _is_cap(toks[2][0])):
        comma = next((k for k in range(2, min(len(toks), 16)) if toks[k][0] == ","), None)
        if comma is not None:  # "At the daily briefing in Beijing, spokesman Wang Wenbin brushed aside ..., saying"
            toks = toks[comma + 1:]
    if len(toks) > 2 and (toks[0][0].endswith("ing") or toks[0][0] in ("Asked", "Pressed", "Questioned")) \
            and _is_cap(toks[0][0]) and toks[0][0].lower() not in PLACE_WORDS \
            and toks[1][0][:1].islower():  # a participle ("Addressing the ...", "Asked whether ..."), not "Beijing calls"
        comma = next((k for k in range(1, min(len(toks), 16)) if toks[k][0] == ","), None)
        if comma is None:  # the comma inside a blanked quote: 'Addressing him as "dear friend," Putin said'
            comma = next((k - 1 for k in range(2, min(len(toks) - 1, 16)) if _is_cap(toks[k][0])
                          and re.fullmatch(r"[a-z]+(?:ed|s)", toks[k + 1][0])), None)
        if comma is not None:
            toks = toks[comma + 1:]  # "Addressing the Chinese leader as ..., Putin congratulated him ... and said"
    j = 0
    while j < len(toks) and j < 9 and (_is_cap(toks[j][0]) or toks[j][0].lower() in ROLE_WORDS
                                       or j and toks[j][0] in GROUP_HEADS  # "Western governments have ..., saying"
                                       or j == 0 and toks[0][0] == "the" and len(toks) > 1  # after "After the talks,"
                                       and (_is_cap(toks[1][0]) or toks[1][0] in ROLE_WORDS)
                                       or toks[j][0] in ("of", "to") and j + 1 < len(toks) and _is_cap(toks[j + 1][0])
                                       or j == 1 and toks[0][0] == "A" and toks[j][0] in _ORDINALS):
        j += 1  # "Secretary of State Antony Blinken went further, accusing ...", "A second European diplomat was ..."
    k = _past_appositive(toks, j)  # "Sergei Lavrentyev, a regular guest, opened by declaring ..."
    if j == 0 or k is None or k >= len(toks) or not re.fullmatch(r"[a-z][\w'-]*", toks[k][0]):
        return None
    if len(toks) > 3 and toks[0][0] in ("The", "the"):
        # "The Chinese leader, for his part, called Putin ... and predicted", "The Chinese leader returned the
        # compliment, telling his host ...": a role that refers back
        m = 1
        while m < len(toks) and m < 4 and (_is_cap(toks[m][0]) or toks[m][0] in ROLE_WORDS):
            m += 1
        v = m
        while v < len(toks) - 1 and toks[v][0] in ("also", "then", "later", "again", "once"):
            v += 1  # "The Chinese president also invited ...": the adverb before the verb
        if m >= 2 and toks[m - 1][0].lower() in PERSON_ROLE_HEADS and m < len(toks) \
                and (toks[m][0] == "," or re.fullmatch(r"[a-z]+(?:ed|s)|went|told|gave|made|took|said", toks[v][0])):
            return " ".join(t[0] for t in toks[:m])
    np_ = " ".join(t[0] for t in toks[:j])
    if j > 2 and toks[0][0] in ("A", "Another") and (toks[1][0] in _ORDINALS or toks[0][0] == "Another") \
            and k == j and toks[j - 1][0].lower() in PERSON_ROLE_HEADS:
        # "A second European diplomat was less charitable, describing ...": someone new of that kind
        return " ".join(t[0] for t in toks[2 if toks[1][0] in _ORDINALS else 1:j])
    if k > j + 3 and 2 <= k - j - 2 <= 3 and all(_is_cap(t[0]) for t in toks[j + 1:k - 1]) \
            and any(t[0] in ROLE_WORDS for t in toks[:j]):
        # "Nato's secretary general, Jens Stoltenberg, was blunter, telling ...": the name in the appositive
        return " ".join(t[0] for t in toks[j + 1:k - 1])
    owner = next((p for p in range(j - 1, -1, -1) if re.search(r"['’]s\Z", toks[p][0])), None)
    if owner is not None and 2 <= j - owner - 1 <= 3 and all(_is_cap(t[0]) for t in toks[owner + 1:j]):
        return " ".join(t[0] for t in toks[owner + 1:j])  # "The White House’s John Kirby went further, saying"
    if toks[0][0] == "The" and j >= 2 and all(_is_cap(t[0]) and not re.search(r"['’]s\Z", t[0]) for t in toks[1:j]) \
            and _np_ok(" ".join(t[0] for t in toks[1:j])):
        return " ".join(t[0] for t in toks[1:j])  # "The White House went further, saying ..."
    return np_ if _np_ok(np_) and toks[0][0].lower() not in _NOT_SPEAKERS_OR_DETERMINERS else None


_DAY_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday on".split())  # "Later on he"
_LEAD_ADVERBIAL = re.compile(r"(?:In|At|On|During|After|Before|Later|Earlier|Meanwhile|Speaking)\b[^,.;:]{0,50},\s*")
_ONE_OF_THEM = re.compile(r"(?:[Oo]ne|[Tt]wo|[Aa]nother|[Ss]ome|[Ee]ach|[Mm]ost) of (?:them|those|the [a-z]+)\Z")


def _thing_np(words: list[str], low: list[str]) -> bool:
    """True when a subject phrase (determiners stripped) names a thing or a time, not a speaker: it starts with a
    preposition ("For three days the most powerful man in China sat ... and called him": not "For"), or its head
    before "for"/"of"/... is a lowercase word no role, group or institution list knows ("The red-carpet welcome
    for Xi ... underlined how much Moscow now leans on Beijing")."""
    if low[0] in _LEADING_PREPOSITIONS:
        return True
    inner = next((k for k, w in enumerate(low) if w in ("for", "of", "at", "in", "on", "to")), len(low))
    return 0 < inner < len(low) and words[0][:1].islower() and not any(
        w in ROLE_WORDS or w in GROUP_HEADS or w in PERSON_ROLE_HEADS or w in INSTITUTION_HEADS
        or w in _MEDIA_SPEAKER_HEADS for w in low[:inner])


_POSSESSIVE_THING = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*['’]s\s+(?:[\w-]+\s+){0,3}(?:visit|trip|talks|summit|plan|paper|"
                               r"speech|meeting|remarks|article|statement)\b")
_NOBODY = re.compile(r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?:[Nn]one|[Nn]obody|[Nn]either|[Nn]o)\b(?![.\s]*\d)")  # (not "No. 10")


def _np_ok(np_: str) -> bool:
    if " of " in np_ and _ONE_OF_THEM.match(np_):
        return True  # "One of them described ...": one of the group that spoke
    words = np_.split()
    while len(words) > 1 and words[0].lower() in DETERMINERS | {"his", "her", "its", "their"}:
        words = words[1:]
    if not words:
        return False
    if _NOBODY.match(np_) or np_.split()[0] in ("Whatever", "Whoever", "However"):
        return False  # "..., but none of its officials has explained why": nobody said it; "Whatever Beijing says"
    low = [w.lower().strip(",.") for w in words]
    if all(w in _TIME_WORDS for w in low):
        return False  # "who on Monday called ...": a day is not a speaker
    if _thing_np(words, low):
        return False
    if low[0] in ("our", "my") and len(low) > 2 and (low[1] in ("correspondent", "reporter")
                                                     or low[1] in ROLE_WORDS | {"colleague", "friend"}
                                                     and _is_cap(words[-1]) and _is_cap(words[-2])):
        # "our correspondent Daria Ivanenko reports": the outlet's own reporter; "Our Foreign Minister Dmytro
        # Kuleba has said": a named official, whoever "our" is
        words, low = words[1:], low[1:]
    if words[0] != "US" and low[0].split("'")[0].split("’")[0] in FIRST_PERSON \
            or (len(low) == 1 and low[0] in {"this", "that", "you", "which", "who", "what"}):  # (also "I'll", "we've")
        return False
    if re.sub(r"\Athe ", "", np_.lower()) in _BOTH_SIDES:
        return True  # "Both sides also call for ...", "The parties stressed": the joint statement's (resolved later)
    if low[0] in NOT_SPEAKERS - PERSON_PRONOUNS - GROUP_PRONOUNS \
            and not (low[0] == "source" and len(np_.split()) > 1 and words[0][:1].islower()) \
            and not (words[0] in ("No", "No.") and low[1:2] == ["10"]):  # "No 10 said": Downing Street
        return False  # (but "A source in the Kremlin told ...": a person; "Source:" labels a line)
    return any(_is_cap(w) for w in words) or any(w in ROLE_WORDS or w in GROUP_HEADS for w in low) \
        or low[-1] in _PERSON_OR_GROUP_PRONOUNS or bool(re.fullmatch(r"\d{2,3}-year-old", low[-1]))


def organisation_end(words: list[str]) -> int:
    """Where an organisation's name that runs straight into a person's ends: the index after its last head word,
    when two or three words (the person's name) follow it; else 0.

    >>> organisation_end("Russian Direct Investment Fund Kirill Dmitriev".split())
    4
    >>> organisation_end("Kirill Dmitriev".split()), organisation_end("Direct Investment Fund".split())
    (0, 0)
    """
    cut = max((i for i, w in enumerate(words[:-2]) if w.lower().strip(",.") in _ORGANISATION_NAME_ENDS), default=-1)
    return cut + 1 if cut >= 0 and len(words) - cut - 1 <= 3 else 0


def _split_role(words: list[str], known=None) -> tuple[str, str]:
    """("National Security Council spokesman", "John Kirby") from the words of a speaker phrase.

    The name is the trailing run of capitalised words that are not role or country words; the rest is
    the role, and must hold a role word, a country word or an honorific. A place after "in"/"at"/"of"
    stays part of an institution's name ("Chinese embassy in New Delhi"); a place after "to" belongs to
    the role ("ambassador to Russia R.K. Saxena"). A one-word name ("General Staff") is split off only if
    ``known(name)`` says it is a name, or the role names an organisation ("broadcaster NHK").
    """
    markers = _ROLE_MARKERS

    def marker(w):  # "Vice-President", "Sinologist", "Deputy-Minister"
        low = w.lower().strip(",.")
        return low in markers or w.lower().strip(",") in HONORIFICS or low in ORGANISATION_ROLES \
            or low.endswith(("ologist", "ologists")) or ("-" in low and any(part in ROLE_WORDS for part in low.split("-")))
    k = len(words)
    while k > 0 and (_is_cap(words[k - 1]) and not marker(words[k - 1])
                     or words[k - 1] in _NAME_PARTICLES and 2 <= k < len(words)):  # "Ursula von der Leyen"
        k -= 1
    role, name = list(words[:k]), list(words[k:])
    whole = ("", " ".join(words))
    cut = organisation_end(name)
    if cut and role and any(marker(w) for w in role):
        # "the head of the Russian Direct Investment Fund Kirill Dmitriev", "the chairman of the State Duma
        # Vyacheslav Volodin": the organisation's name ends at its last head word, the person's begins after it
        role, name = role + name[:cut], name[cut:]
    elif role and role[-1] == "of" and len(name) >= 3 and name[0].lower() in PLACE_WORDS:
        role.append(name.pop(0))  # "President of Ukraine Volodymyr Zelenskyy"
    elif role and role[-1] in ("of", "for") and len(name) >= 4 - (role[-1] == "of") and any(marker(w) for w in role) \
            and not any(w.lower() in _ORGANISATION_TAILS_OR_PLACES or w.lower() in INSTITUTION_HEADS
                        for w in name[-2:]):
        # "Director of the Center for Asian Strategic Forecasting Nikolai Rybin": the organisation's name runs
        # into the person's; the person is the last two words
        role, name = role + name[:-2], name[-2:]
    elif not name or not role or role[-1] in ("in", "at", "of", "for", "from") \
            or role[-1] == "the" and len(role) >= 2 and role[-2] in ("in", "at", "of", "for", "from"):
        return whole  # (also "Chinese embassy in the United States": a place after "in the")
    if role[-1] == "to":
        while len(name) > 1 and name[0].lower() in PLACE_WORDS:
            role.append(name.pop(0))
        # no known place: "ambassador to Singapore Yevgeny Bairamov" still has its place before a two-word name
        posted = role[-1] == "to" and _POSTED_TO.search(" ".join(role[-2:]) + " ")
        while posted and len(name) > 2:
            role.append(name.pop(0))
        if all(w.lower() in PLACE_WORDS for w in name):
            return whole  # "a former Indian ambassador to Moscow": no name, the place ends the role
    if not any(marker(w) for w in role):
        return whole
    if len(name) == 1 and known is not None and not known(name[0]) \
            and role[-1].lower().strip(".") not in _HONORIFICS_OR_ORGANISATION_ROLES:
        return whole
    return " ".join(w for w in role if w.lower().strip(".") not in HONORIFICS), " ".join(name)


def _without_determiner(np_: str) -> str:
    """``np_`` without a leading "the", "its" or "their" ("the joint statement" -> "joint statement")."""
    head, _, rest = np_.partition(" ")
    return rest if rest and head in ("the", "its", "their") else np_


_STRAIGHT_SINGLE_OPEN = re.compile(r"(?<![\w'’])'(?=[^\W\d_])")  # "'We have seen ...": not "Xi's", "'90s"


def _has_quote(text: str) -> bool:
    return any(ch in text for ch in _QUOTE_OPEN + _QUOTE_CLOSE + "‘") or "'" in text and bool(_STRAIGHT_SINGLE_OPEN.search(text))


# Unions of the word sets above that functions test words against, built once instead of at every test
_CAPS_NOT_NAMES_OR_PLACES = _CAPS_NOT_NAMES | PLACE_WORDS
_GROUP_PERSON_OR_INSTITUTION_HEADS = GROUP_HEADS | PERSON_ROLE_HEADS | INSTITUTION_HEADS
_HONORIFICS_OR_ORGANISATION_ROLES = HONORIFICS | ORGANISATION_ROLES
_NOT_SPEAKERS_OR_DETERMINERS = NOT_SPEAKERS | DETERMINERS
_NOT_SPEAKERS_OR_PLACES = NOT_SPEAKERS | PLACE_WORDS
_ORGANISATION_TAILS_OR_PLACES = _ORGANISATION_TAILS | PLACE_WORDS
# the last word of an organisation's name that can run straight into a person's ("... Investment Fund Kirill Dmitriev")
_ORGANISATION_NAME_ENDS = _ORGANISATION_TAILS | INSTITUTION_HEADS | frozenset(
    "fund duma club bank corporation company group society association union federation chamber conference congress "
    "party".split())
_PERSON_OR_GROUP_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS
_REPORTING_VERBS_OR_NOT_SPEAKERS = REPORTING_VERBS | NOT_SPEAKERS
_ROLE_GROUP_OR_INSTITUTION_WORDS = ROLE_WORDS | GROUP_HEADS | INSTITUTION_HEADS
_ROLE_MODIFIER_OR_COUNTRY_WORDS = ROLE_WORDS | _MODIFIERS | COUNTRY_WORDS
_ROLE_WORDS_OR_MEDIA_SPEAKER_HEADS = ROLE_WORDS | _MEDIA_SPEAKER_HEADS
_ROLE_WORDS_OR_RANKS = ROLE_WORDS | RANKS
_TURN_ROLES = _CAPS_TURN_ROLES | _GENERIC_TURNS
