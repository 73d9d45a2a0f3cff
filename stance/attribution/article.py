"""The article-level driver: attribute() carries speakers across sentences, quotes, turns and pronouns."""

from __future__ import annotations

import re
from dataclasses import replace as _dc_replace
from typing import TYPE_CHECKING

from ..segment import Span
from .lexicon import (
    COLON_HEADLINE, COUNTRY_WORDS, DETERMINERS, FIRST_PERSON, GROUP_PRONOUNS, INSTITUTION_HEADS, NOT_SPEAKERS,
    PERSON_PRONOUNS, PERSON_ROLE_HEADS, PLACE_WORDS, QA_MARKERS, ROLE_WORDS, _ANSWER_LABEL, _ANSWERS_QUESTIONS,
    _DASH_TURN, _DOC_MENTION, _DOC_WEIGHED,
    _ECONOMIC_PLAN, _INTERVIEW_CUE, _INTRO_EVAL, _LEADERS_MET, _OPENERS, _PAPER_CONTRAST, _PLACE_OR_COUNTRY,
    _QUOTE_CLOSE, _QUOTE_OPEN,
)
from .speakers import (
    Attribution, _CAPTION_NAME, _NAME_COMMA_ROLE, _NAME_THEN_ROLE, _OUTLET_WORDS, _POSSESSIVE_S, _Raw,
    default_speaker_table,
)
from .quotes import _mask, _scan_quotes, quote_spans
from .sentence import (
    _ASKER_LABEL, _RANK_LABEL, _ROLE_NAME_LABEL, _SPEECH_VERB, _clean_np, _has_quote, _np_ok, _starts_with_word,
    find_raw,
)
from .names import _Resolver, _gender_fits

if TYPE_CHECKING:
    from .speakers import SpeakerTable

# --- the article-level driver ----------------------------------------------

def _closes_first(spans, i) -> bool:
    """The paragraph starting at span i closes a double quote before it opens one: its first typographic mark is
    a closing one, or it holds an odd number of straight quotes (the first of which closes)."""
    straight = 0
    for q in range(i, len(spans)):
        if spans[q].paragraph != spans[i].paragraph:
            break
        for ch in spans[q].text:
            if ch in "“«„":
                return False
            if ch in "”»":
                return straight == 0
            straight += ch == '"'
    return straight % 2 == 1


def _quote_balance(text: str) -> int:
    """Net quote marks opened (curly opens minus closes; straight marks by parity)."""
    curly = text.count("“") + text.count("„") + text.count("«") - text.count("”") - text.count("»")
    return curly + (text.count('"') % 2)


def attribute(text: str, spans: list[Span], table: SpeakerTable | None = None,
              source: str = "") -> list[Attribution]:
    """Attribute every span of an article; furniture spans get an empty attribution.

    Parameters
    ----------
    text : str
        The article body the spans index.
    spans : list of Span
        From :func:`stance.segment.segment`.
    table : SpeakerTable, optional
        Known figures and side cues; the shipped table by default.
    source : str, optional
        The outlet that published the article: in an interview, its own questions ("Sambir News: Can China
        still mediate?") are the writer's voice, not a quoted outlet's.

    Examples
    --------
    >>> from stance.segment import segment
    >>> body = "The talks went well, Kremlin spokesman Dmitry Peskov said. He added that more would follow."
    >>> [a.speaker for a in attribute(body, segment(body))]
    ['Dmitry Peskov', 'Dmitry Peskov']
    """
    table = table or default_speaker_table()
    resolver = _Resolver(text, table)
    paper = table.lookup("position paper")
    doc_names = {fig.name for fig in (table.lookup("joint statement"), paper) if fig}
    doc_figures = {k: fig for k, fig in (("joint", table.lookup("joint statement")), ("paper", paper)) if fig}
    n = len(spans)
    raws: list[_Raw | None] = [None] * n
    inside = [False] * n
    state: str | None = None  # the kind of quote open at the end of the previous statement
    reopened: set[int] = set()  # paragraphs that end a quote opened in an earlier one, without opening a new one
    para = None
    for i, sp in enumerate(spans):
        if sp.kind != "statement":
            continue
        carried = False
        if sp.paragraph != para:
            # a new paragraph that opens with a quote mark continues an unclosed quote (wire style); one that
            # closes a quote before it opens any ('What he will not do is tell putin to get out of our land.”')
            # is the end of it
            carried = state is not None and sp.text[:1] in _OPENERS
            if not (state is not None and not carried and _closes_first(spans, i)):
                state = None
            else:
                reopened.add(i)
            para = sp.paragraph
        inside[i] = state is not None or carried
        raws[i] = find_raw(sp.text, state, table)
        _, state = _scan_quotes(sp.text, state)

    for first in [i for i, sp in enumerate(spans) if sp.kind == "statement"][:3]:
        # the first statement, or one after a headline and a byline the segmenter kept as statements
        if raws[first] is not None and raws[first].pass_name == "colon":
            if _dateline_label(raws[first], text, spans[first], table, spans[:first]):
                raws[first] = None  # "KOCHI: For the families of ...": where the story was filed, not who speaks
            break
    asks, answers, intro = _interview_layout(spans, raws, text)
    who = _answerer(spans, raws, table, source) if not answers and any(
        raw is not None and raw.np == QA_MARKERS["A"] for raw in raws) else None
    if who is not None:
        if who == "outlet":
            # a Q&A explainer ("The Meridian Ledger answers five questions about the summit"): the answers are the
            # outlet's, so an "A:" sentence is read for what it attributes itself, like any other of the writer's
            for i, raw in enumerate(raws):
                if raw is not None and raw.np == QA_MARKERS["A"] and (m := _ANSWER_LABEL.match(spans[i].text)):
                    raws[i] = find_raw(spans[i].text[m.end():], None, table)
        elif intro is None:
            intro = who  # "Spokesperson Mao Ning answers questions ...": the person named there answers
    for i in answers:
        raws[i] = _Raw(QA_MARKERS["A"], "colon", True)
    for i in range(1, n):
        # a round-up: "Erdem Yilmaz, professor of international relations" on its own line, his quote below it
        prev, sp = spans[i - 1], spans[i]
        if sp.kind == "statement" and raws[i] is None and sp.text[:1] in _OPENERS \
                and prev.kind == "statement" and prev.paragraph == sp.paragraph and "\n" in text[prev.end:sp.start]:
            m = _NAME_COMMA_ROLE.fullmatch(prev.text)
            if m and any(w.lower().strip(",") in ROLE_WORDS for w in m.group("role").split()) \
                    and m.group("name").split()[0].lower() not in _NOT_SPEAKERS_OR_PLACES:
                raws[i] = _Raw(m.group("name"), "colon", True, m.group("role").strip(), intro=True)
    if sum(1 for r in raws if r is not None and r.pass_name == "colon") >= 2:
        # a transcript: "[Caption: Marina Golub, senior fellow, ...]" then a paragraph with no label is her turn
        for i in range(1, n):
            cap = _CAPTION_NAME.match(spans[i - 1].text.strip()) if spans[i - 1].kind != "statement" else None
            if cap and cap.group("name") and spans[i].kind == "statement" and raws[i] is None:
                raws[i] = _Raw(cap.group("name"), "colon", True, cap.group("role").strip(), intro=True)
    out: list[Attribution] = [Attribution()] * n
    turn: Attribution | None = None  # speaker of the current transcript turn ("Wang Wenbin: ...")
    turn_para = -1
    turn_para_only = False  # an introduction's turn ends with its paragraph
    last: tuple[int, Attribution] | None = None  # index and attribution of the latest speaker
    asker: Attribution | None = None  # the outlet whose question came last in a briefing transcript
    last_person: tuple[int, Attribution] | None = None
    # a transcript: half or more of the paragraphs open with a speaker's label; there a turn runs on over paragraphs
    # until the next label, even past a sentence that reports someone else ("Secretary Blinken said ...")
    labelled = sum(1 for k in range(n) if raws[k] is not None and raws[k].pass_name == "colon"
                   and (k == 0 or spans[k - 1].paragraph != spans[k].paragraph)
                   and _is_turn(raws[k], k, spans, text))
    transcript = labelled >= 3 and labelled >= 0.5 * len({sp.paragraph for sp in spans if sp.kind == "statement"})
    for i, sp in enumerate(spans):
        if sp.kind != "statement":
            if turn is not None and len(sp.text) < 48 and _TIME_STAMP.search(sp.text):
                turn = None  # "Mar 20, 2023 | 15:45 IST": a live blog's next entry; no turn runs into it
            continue
        raw = raws[i]
        att = None
        if raw is not None and raw.pass_name in ("leading", "according_to") and doc_figures \
                and (_IN_DOC_PARTIES.match(sp.text) or "which" in sp.text and (w := _JOINT_IN_WHICH.search(sp.text))
                     and raw.np.lower() not in sp.text[:w.start()].lower()) \
                and (doc := _document_subject(text, spans, i, out, doc_figures)):
            # "In the joint statement signed on Tuesday, Russia praises ...": the document's words, not Russia's
            raw, att = None, Attribution(doc.name, doc.side, "", "reported", "according_to")
        if i in asks:
            turn, turn_para, turn_para_only = _QUESTION, sp.paragraph, False
        if raw is not None:
            res = resolver.resolve(raw, sp.start)
            if raw.person_only and not (isinstance(res, tuple) and resolver.is_person(res[0])
                                        and res[2] not in ("media", "none")):
                res = ""  # "For Australia, the lesson is ...", "For Ukrainians, ...": the writer's
            kind = "direct_quote" if raw.quote else "reported"
            if res == "<followup>":  # "Follow-up:" is the previous asker's, an outlet or the writer
                res = QA_MARKERS["Q"] if asker is None else (asker.speaker, asker.role, asker.side)
            if res == QA_MARKERS["Q"]:
                turn, turn_para, turn_para_only = _QUESTION, sp.paragraph, False
                asker = None
                continue  # the interviewer's question: the writer's voice
            if res == QA_MARKERS["A"]:
                who = resolver.interviewee(intro)
                if who is not None:
                    att = Attribution(who.speaker, who.side, who.role, "direct_quote", "colon")
                    turn, turn_para, turn_para_only = att, sp.paragraph, False
            elif res == "":
                pass
            elif isinstance(res, str):
                ref = _pronoun_target(res, i, spans, last, last_person, resolver)
                if ref is None and res in PERSON_PRONOUNS:
                    # the latest person named before the pronoun, this sentence included ("When Putin spoke, he said")
                    at = re.search(rf"\b{res}\b", sp.text, re.I)
                    head = sp.text[:at.start()] if at else ""
                    start, k = sp.start, i
                    while inside[k] and (q := _prev_statement(spans, k)) is not None \
                            and spans[q].paragraph == sp.paragraph:
                        k = q  # in a quote's later sentence: the people named before the quote opened
                        start = spans[q].start
                    ref = resolver.latest_person(start + (len(head) if k == i and not any(q in head for q in "\"“”‘’'")
                                                          else 0), res)
                if ref is not None and transcript and turn is not None and turn is not _QUESTION \
                        and ref.speaker == turn.speaker and res in PERSON_PRONOUNS and not inside[i] \
                        and (k := _prev_statement(spans, i)) is not None:
                    # in a transcript's answer the one answering is "I": "Secretary Antony Blinken spoke to this on
                    # Monday. He warned that ..." is the secretary, the one person the sentence before names
                    other = resolver.person_in(spans[k], exclude=turn.speaker)
                    if other is not None and _gender_fits(res, other.speaker):
                        ref = other
                if ref is not None:
                    att = Attribution(ref.speaker, ref.side, ref.role, kind, "pronoun")
            elif raw.pass_name == "colon" and source and _same_outlet(res[0], source) and _is_turn(raw, i, spans, text):
                turn, turn_para, turn_para_only = _QUESTION, sp.paragraph, False
                continue  # the publishing outlet's own question in its interview
            elif source and raw.pass_name != "colon" and not raw.turn and _same_outlet(res[0], source):
                pass  # "As Polissia News reported earlier, ..." in Polissia News: the outlet's own voice
            else:
                speaker, role, side = res
                pass_name = raw.pass_name
                if raw.np.split()[-1].lower() in PERSON_ROLE_HEADS and speaker != _clean_np(raw.np).lstrip("tT"):
                    pass_name = "nominal" if raw.np.split()[0].lower() in DETERMINERS else pass_name
                att = Attribution(speaker, side, role, kind, pass_name)
        if att is not None and att.pass_name == "colon" and att.side == "media" and _is_turn(raw, i, spans, text):
            asker = att
        if turn_para_only and turn is not None and sp.paragraph != turn_para:
            turn, turn_para_only = None, False
        if turn is _QUESTION and att is None:
            continue  # the rest of a question stays the writer's
        if att is not None and raw is not None and raw.pass_name == "leading" and not raw.turn \
                and turn is not None and turn is not _QUESTION and sp.paragraph == turn_para \
                and att.speaker != turn.speaker and not _SPEECH_VERB.search(sp.text):
            # inside an answer, what others did ("President Xi concluded his visit", "Beijing proposes dialogue")
            # is the answerer's account; only others' words ("Qin Gang said") are theirs
            att = None
        if raw is not None and att is not None and att is not turn:
            if raw.turn and _is_turn(_Raw(raw.turn, "colon", True), i, spans, text):
                owner = resolver.resolve(_Raw(raw.turn, "colon", True, raw.turn_role), sp.start)
                if not isinstance(owner, str) and source and _same_outlet(owner[0], source):
                    # "Ros Opishnya Pravda: Putin declared ... Why is the Kremlin so enthusiastic?" in Ros Opishnya
                    # Pravda: the claim is Putin's, the rest of the turn the outlet's own question
                    turn, turn_para, turn_para_only = _QUESTION, sp.paragraph, False
                elif not isinstance(owner, str):
                    turn, turn_para = Attribution(owner[0], owner[2], owner[1], "direct_quote", "colon"), sp.paragraph
                    turn_para_only = False
                    if turn.side == "media":
                        asker = turn  # "Bloomberg: Blinken said ...": a "Follow-up:" after it is Bloomberg's
            elif _is_turn(raw, i, spans, text) or raw.intro:
                turn, turn_para, turn_para_only = att, sp.paragraph, raw.intro
            elif turn is not None and sp.paragraph != turn_para and not _first_person(sp.text) \
                    and not (transcript and turn.pass_name == "colon" and not raw.turn and att.speaker != turn.speaker
                             and (i == 0 or spans[i - 1].paragraph != sp.paragraph)
                             and not any(spans[k].text.rstrip(" \"”’»").endswith("?") for k in range(i, n)
                                         if spans[k].paragraph == sp.paragraph)):
                # (in a transcript a turn runs on over paragraphs: an answer's paragraph that opens with what
                # someone else said, and asks nothing, is still the answer)
                turn = None  # an attributed sentence in a new paragraph: back to narration (not "Trade between
                # our countries grew ..., according to the customs service" inside a speech)
        if att is None and turn is not None and turn is not _QUESTION and sp.paragraph != turn_para \
                and (i == 0 or spans[i - 1].paragraph != sp.paragraph) and not _speech_like(sp.text) \
                and (_NARRATION.search(sp.text) or (turn.speaker and turn.speaker.split()[-1] in sp.text)
                     or COLON_HEADLINE.match(sp.text)
                     or _INTRO_EVAL.match(sp.text)
                     # (in a transcript a labelled answer, not a host's turn, runs on over paragraphs that name others:
                     # "Wang Wenbin: Good afternoon. ...\n\nYesterday afternoon, President Xi Jinping and ... held ...")
                     or (raws[i] is None and resolver.names_other_person(sp, turn.speaker)
                         and not (transcript and turn.pass_name == "colon" and turn.side != "media"))
                     or (sp.text.rstrip().endswith("?") and turn.side != "media" and not _has_quote(sp.text)
                         and (i + 1 == len(spans) or spans[i + 1].paragraph != sp.paragraph))):
            # (also a question standing alone as a paragraph after an answer: the writer's subhead or next question)
            turn = None  # "After the talks, the leaders signed ...", "Later, Peskov answered questions": narration
        if att is None and not inside[i] and (turn is None or turn is _QUESTION) and doc_figures \
                and (doc := _document_subject(text, spans, i, out, doc_figures)):
            att = Attribution(doc.name, doc.side, "", "reported", "pronoun" if sp.text[:2] == "It" else "nominal")
        if att is None and raws[i] is None and sp.text[:1] in _QUOTE_OPEN and last_person is not None \
                and (i == 0 or spans[i - 1].paragraph != sp.paragraph) and turn is None \
                and (k := _prev_statement(spans, i)) is not None and not out[k].speaker \
                and sp.paragraph - spans[last_person[0]].paragraph <= 2 \
                and _starts_with_word(spans[k].text, last_person[1].speaker.split()[-1]) \
                and resolver.is_person(last_person[1].speaker):
            # "... said Tomasz Wielgosz, who follows ... Wielgosz spent the week in Brussels, ..." then a new paragraph
            # "“The peace plan is written for ...”": a quote resumed after the writer's word about its speaker
            who = last_person[1]
            att = Attribution(who.speaker, who.side, who.role, "direct_quote", "continuation")
        if att is None and raws[i] is None and sp.text[:1] in _QUOTE_OPEN + "«" \
                and (k := _prev_statement(spans, i)) is not None and not out[k].speaker \
                and spans[k].text.rstrip().endswith(":") and (intro := _colon_intro_person(resolver, spans[k])):
            # "Our diplomatic editor, Simon Achterley-Voss, has this take on the timing:" / "Here is the key passage
            # from Xi's remarks:" and then a quote: the one person the writer's introduction names
            att = _dc_replace(intro, attribution="direct_quote", pass_name="colon")
        if att is None and last is not None and _DOC_PRONOUN_ACT.match(sp.text) and not _PAPER_CONTRAST.search(sp.text) \
                and not _DOC_WEIGHED.search(sp.text):
            j, prev = last
            if i - j <= 2 and sp.paragraph - spans[j].paragraph <= 1 and prev.speaker in doc_names:
                # "The joint statement says ... They also oppose any bloc ...": the document goes on
                att = Attribution(prev.speaker, prev.side, prev.role, "reported", "pronoun")
        if att is None and sp.text[:2] in ("It", "it") and _DOC_PRONOUN_ACT.match(sp.text) \
                and not _PAPER_CONTRAST.search(sp.text) and not _DOC_WEIGHED.search(sp.text) and paper is not None:
            k = _prev_statement(spans, i)
            if k is not None and spans[k].paragraph == sp.paragraph and not out[k].speaker \
                    and _PAPER_IS_SUBJECT.search(spans[k].text):
                # "The 12-point position paper released on February 24 reflects this approach. It calls for ...": the
                # paper's content, after a sentence of the writer's about the paper
                att = Attribution(paper.name, paper.side, "", "reported", "pronoun")
        k = _prev_statement(spans, i)
        if att is None and turn is not None and turn is not _QUESTION \
                and (not _has_quote(sp.text) or _scare_quotes_only(sp.text) or sp.text[:1] in _OPENERS and k is not None
                     and (spans[k].text.rstrip().endswith(":") or out[k].speaker == turn.speaker
                          and spans[k].paragraph != sp.paragraph
                          and not any(raws[q] is not None for q in _wire_block(spans, inside, i)))):
            att = Attribution(turn.speaker, turn.side, turn.role, "continuation", "continuation")
        if att is None and last is not None:
            j, prev = last
            same_para = spans[j].paragraph == sp.paragraph
            first_person = _first_person(sp.text)
            if inside[i] and (same_para or sp.text[:1] in _OPENERS or i in reopened) and prev.attribution != "none":
                att = Attribution(prev.speaker, prev.side, prev.role, "continuation", "continuation")
            elif j == _prev_statement(spans, i) and spans[j].text.rstrip().endswith(":") \
                    and sp.text[:1] in _OPENERS and prev.attribution != "none":
                att = Attribution(prev.speaker, prev.side, prev.role, "continuation", "continuation")
            elif same_para and j == _prev_statement(spans, i) and (
                    (sp.text[:1] in _OPENERS or first_person and _has_quote(sp.text)) and prev.attribution == "direct_quote"
                    or _whole_quote(sp.text) and spans[j].text.rstrip().endswith((":", "."))):
                # a first-person sentence right after a quote goes on quoting; after reported speech it is
                # more often the writer's own (op-eds)
                att = Attribution(prev.speaker, prev.side, prev.role, "continuation", "continuation")
            elif same_para and j == _prev_statement(spans, i) and prev.attribution == "reported" and prev.speaker \
                    and sp.text[:1] in _OPENERS and resolver.is_person(prev.speaker) \
                    and not any(raws[q] is not None for q in _wire_block(spans, inside, i)):
                # "Putin said that he and Xi had discussed it. “We talked about it openly ...”": the quote
                # that follows a person's reported words in the same paragraph, naming nobody, is theirs
                att = Attribution(prev.speaker, prev.side, prev.role, "continuation", "continuation")
            elif not same_para and j == _prev_statement(spans, i) and sp.paragraph - spans[j].paragraph == 1 \
                    and prev.attribution in ("direct_quote", "reported") and prev.speaker and sp.text[:1] in _OPENERS \
                    and spans[i - 1].paragraph != sp.paragraph and not _quoted_heading(sp.text) \
                    and not any(raws[q] is not None for q in _wire_block(spans, inside, i)):
                # (a quote left open at the paragraph's end runs on, paragraph by paragraph, until it closes: the
                # attribution may come there)
                # wire style: a paragraph that is one more quote, with no attribution of its own, right after a
                # paragraph that ended quoting or reporting someone ("“That is why they will never abandon Moscow.”")
                att = Attribution(prev.speaker, prev.side, prev.role, "continuation", "continuation")
        if att is None and sp.text.startswith("Quote:") and last is not None and i - last[0] <= 3:
            att = Attribution(last[1].speaker, last[1].side, last[1].role, "direct_quote", "continuation")
        if att is None and sp.text[:1] in _OPENERS and k is not None and raws[k] is None \
                and sp.paragraph - spans[k].paragraph <= 1 and (m := _INTRO_EVAL.match(spans[k].text)) \
                and _np_ok(m.group("np") or m.group("np2")):
            # "Foreign Minister Dmytro Kuleba was blunter on Tuesday. “We have told ...”": the writer introduces
            # the speaker, the quote that follows is theirs
            res = resolver.resolve(_Raw(_clean_np(m.group("np") or m.group("np2")), "leading", False), spans[k].start)
            if not isinstance(res, str) and res[0]:
                att = Attribution(res[0], res[2], res[1], "direct_quote", "next_sentence")
        if att is None:
            nxt = _next_statement(spans, i)
            if nxt is not None and raws[nxt] is not None and spans[nxt].paragraph == sp.paragraph \
                    and (sp.text[:1] in _OPENERS or _first_person(sp.text, strong=True)) \
                    and (raws[nxt].pass_name in ("trailing", "parenthetical") or _whole_quote(sp.text)):
                res = resolver.resolve(raws[nxt], spans[nxt].start)
                if not isinstance(res, str):
                    speaker, role, side = res
                    att = Attribution(speaker, side, role, "direct_quote" if _has_quote(sp.text) else "reported",
                                      "next_sentence")
        if sp.text.rstrip().endswith(":") and (i + 1 == n or spans[i + 1].paragraph != sp.paragraph):
            # a colon closing a paragraph: the next paragraphs are the words it introduces, without quote marks
            # too, until the narration resumes ("In his address, Zelensky said:"; the writer's "Excerpts from the
            # joint statement follow:" introduces the statement's words)
            joint = resolver.table.lookup("joint statement") if att is None and (
                _JOINT.search(sp.text) or _READS.search(sp.text) and resolver.latest_document(sp.start) == "joint") \
                else None  # "The relevant section reads, in part:" after the joint statement was named
            if att is not None and att.speaker and turn is not att:
                turn, turn_para, turn_para_only = att, sp.paragraph, False
            elif joint is not None:
                turn, turn_para, turn_para_only = Attribution(joint.name, joint.side, "", "direct_quote", "colon"), \
                    sp.paragraph, False
        if att is None:
            att = Attribution()
        else:
            j = _prev_statement(spans, i)
            if raw is not None and not raw.back and raw.pass_name == "leading" and j is not None \
                    and spans[j].paragraph == sp.paragraph and re.search(r"[»”\"’][.!?]?\s*\Z", spans[j].text) \
                    and len(sp.text.split()) <= 5 and sp.text.rstrip().endswith("."):
                # '«Cover from what? From a court ...?» Lomakina retorted.': the tag the split left alone names the
                # quote's speaker
                raw = _dc_replace(raw, back=True)
            if raw is not None and raw.back and att.speaker and j is not None and sp.paragraph - spans[j].paragraph <= 1 \
                    and (not out[j].speaker or out[j].pass_name == "leading" and not resolver.is_person(out[j].speaker)
                         and resolver.is_person(att.speaker)
                         or out[j].pass_name == "continuation" and out[j].speaker != att.speaker
                         and _has_quote(spans[j].text)):
                # "Ukraine expects China to press Moscow. This was stated by Kuleba.": the minister, not the country;
                # "“Until that changes, I don't see ...” That was how a senior EU official put it": the quote was
                # taken to go on someone else's, the source named after it wins, back over that quote
                was_continuation = out[j].pass_name == "continuation"
                out[j] = Attribution(att.speaker, att.side, att.role,
                                     "direct_quote" if _has_quote(spans[j].text) else "reported", "next_sentence")
                k, after = _prev_statement(spans, j), j
                while (was_continuation or _has_quote(spans[j].text)) and k is not None \
                        and out[k].pass_name == "continuation" and out[k].speaker != att.speaker \
                        and spans[after].paragraph - spans[k].paragraph <= 1 \
                        and (_has_quote(spans[k].text) or spans[k].paragraph == spans[after].paragraph
                             or spans[after].text[:1] in _OPENERS):  # a wire quote reopened in the next paragraph
                    out[k] = Attribution(att.speaker, att.side, att.role, "direct_quote", "next_sentence")
                    k, after = _prev_statement(spans, k), k
            last = (i, att)
            resolver.history.append(att)
            resolver.last_end = sp.end
            if resolver.is_person(att.speaker):
                last_person = (i, att)
            if raw is not None and raw.pass_name == "leading" and "put it" in sp.text \
                    and _PUT_IT_INTRO.search(sp.text) and not _has_quote(sp.text):
                att = Attribution()  # the writer introduces the person quoted next; the pronouns after are theirs
        out[i] = att
    _fill_quote_blocks(out, spans, inside, raws, resolver)
    _interviewee_quotes(out, spans, inside, resolver)
    _embedded_posts(out, spans, resolver)
    return _unify_sides(_hosts(out, spans, resolver), resolver)


# The signature line under a social-media post pasted with the page: "— Josep Borrell (@JosepBorrellF) March 21, 2023"
_POST_SIGNATURE = re.compile(r"\A[—–-]\s*(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){0,3})[^()@]{0,20}"
                             r"\(@\w{1,30}\)")


def _embedded_posts(out: list[Attribution], spans, resolver: "_Resolver") -> None:
    """The lines of a post pasted from a social network, between its label ("Embedded post:") or the paragraph's start
    and its signature line ("— Mao Ning (@SpokespersonCHN) March 22, 2023"), are the words of the one who signs it."""
    for j, sp in enumerate(spans):
        if sp.kind != "furniture" or not sp.text.startswith(("—", "–", "-")) or "(@" not in sp.text:
            continue
        m = _POST_SIGNATURE.match(sp.text)
        if m is None:
            continue
        res = resolver.resolve(_Raw(m.group("name"), "trailing", True), sp.start)
        if isinstance(res, str):
            continue
        k = j - 1
        while k >= 0 and j - k <= 8 and spans[k].kind == "statement" and spans[k].paragraph == sp.paragraph:
            out[k] = Attribution(res[0], res[2], res[1], "direct_quote", "trailing")
            k -= 1


_QUESTION = Attribution(pass_name="question")  # marks an interviewer's turn in a transcript
_JOINT = re.compile(r"\bjoint (?:statement|declaration)\b", re.I)
_READS = re.compile(r"\b(?:reads?|says?|states?|follows?|following|as follows)\b[^:]{0,20}:\s*\Z")


def _same_outlet(speaker: str, source: str) -> bool:
    """The speaker is the publishing outlet, also when one name adds a generic word ("Polissia News" in
    "Polissia News Agency"; not "China" in "China Daily").

    >>> _same_outlet("Polissia News", "Polissia News Agency"), _same_outlet("China", "China Daily")
    (True, False)
    """
    def words(name):
        return re.sub(r"\A(?:the)\s+", "", name.strip().lower()).split()
    a, b = words(speaker), words(source)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1 and len(long_) >= 2 and short[0] in long_[1:] and short[0] not in _OUTLET_WORDS \
            and short[0] not in _PLACE_OR_COUNTRY \
            and all(w in _OUTLET_WORDS for w in long_[long_.index(short[0]) + 1:]):
        return True  # "Yavir" in "Inhulets Yavir Weekly": the outlet's own name after a place name
    return long_[:len(short)] == short and all(w in _OUTLET_WORDS for w in long_[len(short):]) \
        and not (len(short) == 1 and (short[0] in PLACE_WORDS or short[0] in COUNTRY_WORDS))


def _interview_layout(spans, raws, text: str = "") -> tuple[set[int], set[int], tuple[int, int] | None]:
    """Interview turns the text marks by layout, not by "Q:"/"A:" labels.

    Returns the statements that open a question paragraph (the interviewer's, the writer's voice), the
    statements that open an answer (the interviewee's turn starts there), and the span of the sentence
    that introduces the interview (it names the interviewee), if any. Two layouts count: paragraphs led
    by a dash, the ones that end with a question being questions; and, after a sentence that says an
    interview follows, paragraphs of at most three sentences ending in a question mark, each followed by
    a paragraph that does not. A question or answer that names its own speaker keeps it. Given the article
    ``text``, a line led by a dash counts as a paragraph of its own ("— What was the main result?" and "— That it
    took place at all." on consecutive lines).
    """
    paras: dict[tuple[int, int], list[int]] = {}
    key_of: dict[int, tuple[int, int]] = {}
    line = 0
    for i, sp in enumerate(spans):
        if sp.kind == "statement":
            if i and spans[i - 1].paragraph != sp.paragraph:
                line = 0
            elif text and sp.start and text[sp.start - 1] == "\n" and _DASH_TURN.match(sp.text) \
                    and (sp.paragraph, line) in paras:
                line += 1
            key_of[i] = (sp.paragraph, line)
            paras.setdefault(key_of[i], []).append(i)
    order = list(paras)

    def asks(p):
        idx = paras[p]
        return len(idx) <= 3 and spans[idx[-1]].text.rstrip(" \"”’»").endswith("?")

    qa = [p for p in order if raws[paras[p][0]] is not None and raws[paras[p][0]].np in QA_MARKERS.values()]
    dash = [p for p in order if _DASH_TURN.match(spans[paras[p][0]].text)]
    questions: list[int] = []
    answers: list[int] = []
    if len(dash) >= 2 and any(asks(p) for p in dash) and not all(asks(p) for p in dash):
        questions = [p for p in dash if asks(p)]
        answers = [p for p in dash if not asks(p)]
    elif len(dash) >= 2 and not any(asks(p) for p in dash):
        # only the answers are dashed; the questions are the paragraphs before them that ask
        pairs = [(order[order.index(p) - 1], p) for p in dash if order.index(p) > 0
                 and asks(order[order.index(p) - 1])]
        if len(pairs) >= 2:
            questions = [q for q, _ in pairs]
            answers = [a for _, a in pairs]
    first_question = questions[0] if questions else qa[0] if qa else None
    cues = []
    for p in order:
        if first_question is not None and p >= first_question:
            break
        if order.index(p) > 0 and asks(order[order.index(p) - 1]):
            continue  # the answer to an explainer's question ("What did Putin announce?" "In a television interview,
            # Putin said ...") introduces no interview
        cues += [i for i in paras[p] if _INTERVIEW_CUE.search(spans[i].text) and not _LEADERS_MET.search(spans[i].text)]
    cue = cues[-1] if cues else None
    if not questions and len(qa) < 2:
        # the first cue that questions and answers follow ("We asked X ..."; not a closing "X spoke to Radio Y")
        for c in cues:
            after = order[order.index(key_of[c]) + 1:]
            pairs = [(p, q) for p, q in zip(after, after[1:]) if asks(p) and not asks(q)]
            if len(pairs) >= 2:
                questions = [p for p, _ in pairs]
                answers = [q for _, q in pairs]
                cue = c
                break
    intro = (spans[cue].start, spans[cue].end) if cue is not None else None
    opens = set()
    for p in answers:
        # an answer that opens with someone else's attributed words ("Secretary of State Antony Blinken said so
        # publicly ...") keeps them; the interviewee's turn starts at its first sentence that names nobody
        if raws[paras[p][0]] is not None and raws[paras[p][0]].pass_name == "colon":
            continue  # a labelled turn ("Mao Ning: ...") sets its own speaker
        first = next((i for i in paras[p] if raws[i] is None), None)
        if first is not None:
            opens.add(first)
    return {paras[p][0] for p in questions}, opens, intro


_TIME_STAMP = re.compile(r"\b[012]?\d[:.][0-5]\d\b")


def _answerer(spans, raws, table, source: str = "") -> str | tuple[int, int] | None:
    """Who answers the "A:" turns of an article whose introduction says someone answers questions, when no
    interview is introduced: "outlet" when the outlet itself does ("The Meridian Ledger answers five questions",
    "Here we answer ...", "This explainer answers ..."), else the span of the sentence that names the answerer
    ("Spokesperson Mao Ning answers questions at the briefing"); None when no sentence before the first question
    says so."""
    for i, sp in enumerate(spans):
        raw = raws[i]
        if raw is not None and raw.pass_name == "colon" and raw.np in QA_MARKERS.values():
            return None  # the first labelled turn: nothing before it said who answers
        m = _ANSWERS_QUESTIONS.search(sp.text) if sp.kind == "statement" and "uestions" in sp.text else None
        if m:
            words = m.group("who").split()
            head = " ".join(words[-3:])
            if words[-1].lower() in ("we", "here", "explainer", "article", "guide", "piece") \
                    or table.side_from_words(head) == "media" \
                    or source and _same_outlet(head.removeprefix("The ").removeprefix("the "), source):
                return "outlet"
            return (sp.start, sp.end)
    return None


def _is_turn(raw: _Raw, i: int, spans, text: str = "") -> bool:
    """A transcript turn: "Name: text" opening a paragraph (or, given the article ``text``, a line) that goes
    on, or ends like a sentence."""
    sp = spans[i]
    if raw.pass_name != "colon" or not (COLON_HEADLINE.match(sp.text) or _NAME_THEN_ROLE.match(sp.text)
                                        or _ASKER_LABEL.match(sp.text) or _RANK_LABEL.match(sp.text)
                                        or _ROLE_NAME_LABEL.match(sp.text)):
        return False
    first = i == 0 or spans[i - 1].paragraph != sp.paragraph \
        or spans[i - 1].text.rstrip().endswith("]") \
        or bool(text) and text[:sp.start].rstrip(" \t").endswith("\n") and spans[i - 1].kind == "statement"
    # (after a caption line, "[On screen: ...]" then "GUEST: ...", or on the line after another turn)
    more = i + 1 < len(spans) and spans[i + 1].paragraph == sp.paragraph
    t = sp.text.rstrip()
    ends = t[-1:] in ".?!" or t[-1:] in "\"”»’" and t[-2:-1] in ".?!"  # (a headline ends on its quote, no stop)
    ends = ends or t[-1:] == "," and any(s.kind == "statement" for s in spans[:i])  # a salutation: "Dear friends,"
    if not any(s.kind == "statement" for s in spans[:i]) and not more and not ends:
        return False  # the article's headline line ("Putin: China's plan could be a basis"), not a turn
    return first and (more or ends)


def _fill_quote_blocks(out, spans, inside, raws, resolver) -> None:
    """Give every sentence of a multi-sentence quote the speaker named anywhere in it, or right after it (in the
    next paragraph only when that names its source or refers back to someone: "The ministry also recalled ...",
    not "In Moscow, Xi told Putin that ...")."""
    idx = [i for i, sp in enumerate(spans) if sp.kind == "statement"]
    blocks, cur = [], []
    for i in idx:
        if inside[i] and cur:
            cur.append(i)
        else:
            if len(cur) > 1:
                blocks.append(cur)
            cur = [i]
    if len(cur) > 1:
        blocks.append(cur)
    for block in blocks:
        named = [i for i in block if out[i].speaker and out[i].pass_name not in ("continuation",)]
        source = out[named[0]] if named else None
        how = "continuation"
        if source is None:
            k = idx.index(block[-1]) + 1
            if k < len(idx) and raws[idx[k]] is not None and not _has_quote(spans[idx[k]].text) \
                    and (spans[idx[k]].paragraph == spans[block[-1]].paragraph
                         or spans[idx[k]].paragraph - spans[block[-1]].paragraph == 1
                         and (raws[idx[k]].back or raws[idx[k]].np.split()[0].lower() in ("the", "he", "she", "they",
                                                                                          "it"))) \
                    and out[idx[k]].speaker:
                source, how = out[idx[k]], "next_sentence"
        if source is None:
            continue
        for i in block:
            if not out[i].speaker or how == "continuation" and out[i].pass_name == "continuation" \
                    and out[i].speaker != source.speaker and i < named[0]:
                # (also a sentence that took the speaker of an earlier quote by continuation: "“We don't see ...
                # \n\n“Beijing has not ... \n\n“And ...,” John Kirby told reporters": the quote is Kirby's throughout)
                out[i] = Attribution(source.speaker, source.side, source.role, "continuation", how)


# "Supii Pravda asked sinologist Viktoriia Zabolotna, who ..., what ...": the person an interview write-up asks
_ASKED_NAME = re.compile(r"\b(?:asked|interviewed|spoke to|spoke with|talked to|talked with|put (?:these|our|the) "
                         r"questions? to)\s+(?:(?:the\s+)?[a-z-]+\s+){0,3}(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+"
                         r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){1,2})")


def _interviewee_quotes(out, spans, inside, resolver: _Resolver) -> None:
    """In an interview write-up ("We asked X ...", "Supii Pravda asked X ..."), a quote paragraph that names no
    speaker anywhere in it is the interviewee's answer."""
    idx = [i for i, sp in enumerate(spans) if sp.kind == "statement"]
    cue = next((i for i in idx[:12] if not out[i].speaker and (m := _ASKED_NAME.search(spans[i].text))
                and resolver.is_person(resolver.canonical(m.group("name")))), None)
    if cue is None:
        return
    name = resolver.canonical(_ASKED_NAME.search(spans[cue].text).group("name"))
    who = Attribution(name, resolver.side(name, resolver.roles.get(name, "")), resolver.roles.get(name, ""))
    paras: dict[int, list[int]] = {}
    for i in idx:
        if i > cue:
            paras.setdefault(spans[i].paragraph, []).append(i)
    for para in paras.values():
        quoted = [i for i in para if inside[i] or spans[i].text[:1] in _QUOTE_OPEN]
        if quoted and not any(out[i].speaker for i in para):
            for i in quoted:
                out[i] = Attribution(who.speaker, who.side, who.role, "direct_quote", "continuation")


# What only the host of a programme says: greetings, introductions of guests, breaks and sign-offs
_HOST_PATTER = re.compile(r"\b(?:[Gg]ood (?:evening|morning|afternoon)|[Ww]elcome (?:to|back)|[Ww]ith me (?:in the studio|"
                          r"tonight|today)|[Jj]oining (?:me|us)|(?:after|take) a (?:short )?break|[Ww]e will continue|"
                          r"[Tt]hat is all (?:for|from)|[Tt]hank you (?:all|for watching|for joining))\b")


def _hosts(atts: list[Attribution], spans, resolver: _Resolver) -> list[Attribution]:
    """In a transcript, the person whose turns keep asking questions is the host, side media
    ("CLAIRE DUNN: ... What did you make of it?"), unless the speaker table or a role gives a side."""
    turns: dict[str, list[bool]] = {}  # per speaker, per paragraph it speaks in: whether it asks there
    para_of: dict[tuple[str, int], int] = {}
    labelled = {a.speaker for a in atts if a.speaker and a.pass_name == "colon"}  # who has transcript turns
    for sp, a in zip(spans, atts):
        if a.speaker not in labelled or sp.kind != "statement":
            continue
        if (a.speaker, sp.paragraph) not in para_of:
            para_of[(a.speaker, sp.paragraph)] = len(turns.setdefault(a.speaker, []))
            turns[a.speaker].append(False)
        if sp.text.rstrip(" \"”’»").endswith("?") or _HOST_PATTER.search(sp.text):
            turns[a.speaker][para_of[(a.speaker, sp.paragraph)]] = True
    hosts = {name for name, asked in turns.items()
             if len(asked) >= 2 and sum(asked) >= 2 and sum(asked) * 2 >= len(asked)
             and resolver.is_person(name) and resolver.table.lookup(name) is None
             and all(a.side == "analyst" and not a.role for a in atts if a.speaker == name)}
    if len(hosts) != 1 or len(turns) < 2:
        return atts
    return [Attribution(a.speaker, "media", "host", a.attribution, a.pass_name) if a.speaker in hosts else a
            for a in atts]


def _unify_sides(atts: list[Attribution], resolver: _Resolver) -> list[Attribution]:
    """One side per speaker within an article: the side found with the most specific role; "U.S." written "US"
    so that "U.S. officials" and "US officials" are one speaker."""
    atts = [Attribution(_DOTTED_US.sub("US", a.speaker), a.side, a.role, a.attribution, a.pass_name)
            if "U.S." in a.speaker else a for a in atts]
    best: dict[str, tuple[tuple[bool, int], str, str]] = {}
    for a in atts:
        if a.speaker:
            # a post held now outranks one held in the past ("deputy chair of the Rada's foreign affairs
            # committee" and, later, "a former diplomat" is an MP); then the longer role
            role = a.role or resolver.roles.get(a.speaker, "")
            score = (not _FORMER.search(role), len(role))
            if a.speaker not in best or score > best[a.speaker][0]:
                best[a.speaker] = (score, a.side, a.role)
    return [Attribution(a.speaker, best[a.speaker][1], a.role or best[a.speaker][2], a.attribution, a.pass_name)
            if a.speaker else a for a in atts]


_DOTTED_US = re.compile(r"\bU\.S\.(?=\s|\Z)")
_FORMER = re.compile(r"\b(?:former|retired|ex-)", re.I)
_JOINT_DOC = re.compile(r"\bjoint (?:statement|declaration|communiqu[eé])s?\b", re.I)


def _pronoun_target(pron, i, spans, last, last_person, resolver):
    """He/she: the latest person speaker nearby, else the latest speaker nearby; they: the latest speaker."""
    if pron == "it":
        if last is not None and i - last[0] <= 3 and spans[i].paragraph - spans[last[0]].paragraph <= 1 \
                and not resolver.is_person(last[1].speaker):
            return last[1]
        # "The two leaders signed a joint statement. It says ...": the joint statement the writer just named
        k = _prev_statement(spans, i)
        joint = resolver.table.lookup("joint statement")
        if k is not None and joint is not None and spans[i].paragraph - spans[k].paragraph <= 1 \
                and _JOINT_DOC.search(spans[k].text):
            return Attribution(joint.name, joint.side)
        if k is not None and spans[i].paragraph - spans[k].paragraph <= 1:
            # "The Russian Embassy in New Delhi issued a statement. “...,” it said.": the body the sentence
            # before began with, when no speaker is near
            first = next(iter(resolver.mentions_in(spans[k])), None)
            if first is not None and first.pos - spans[k].start <= 4:
                canon = resolver.canonical(first.name)
                fig = resolver.table.lookup(canon)
                if (fig.kind != "person" if fig is not None else canon.split()[-1].lower() in INSTITUTION_HEADS
                        or " ".join(canon.lower().split()[-2:]) in ("foreign ministry", "press service")) \
                        and canon.lower() not in PLACE_WORDS:
                    return Attribution(canon, resolver.side(canon, ""))
        return None
    if last is None:
        return None
    j, prev = last
    close = i - j <= 3 and spans[i].paragraph - spans[j].paragraph <= 1
    if pron in GROUP_PRONOUNS:
        return prev if close else None
    # a person introduced in the previous sentence, in the writer's voice ("Another guest, Viktor Sedov, ...")
    k = _prev_statement(spans, i)
    if k is not None and k != j and spans[i].text[:1] not in _OPENERS \
            and spans[k].text[:1] in _OPENERS and spans[k].paragraph == spans[i].paragraph \
            and _quote_balance(spans[k].text) > 0:
        # '... was far less diplomatic. “A country ... dock. Such trips say more,” he wrote.': the pronoun closes a
        # quote opened a sentence earlier; the introduction comes before the quote
        k0 = _prev_statement(spans, k)
        if k0 is not None and k0 != j and spans[k0].paragraph == spans[i].paragraph:
            k = k0
    if k is not None and k != j and spans[k].paragraph == spans[i].paragraph \
            and spans[k].text[:1] not in _OPENERS \
            and not _names_again(spans[k], prev.speaker, resolver):
        # (not a quote's first sentence: '"Xi did not come for peace. He came ...," he told' is not Xi)
        intro = resolver.person_in(spans[k], exclude=prev.speaker)
        if intro is not None and _gender_fits(pron, intro.speaker):
            return intro
        k2 = _prev_statement(spans, k)
        if intro is None and k2 is not None and k2 > j and spans[k2].paragraph == spans[i].paragraph \
                and not resolver.mentions_in(spans[k]) and spans[k2].text[:1] not in _OPENERS:
            # "Lavrentyev waved this away. The audience applauded. He said ...": one sentence naming nobody between
            intro = resolver.person_in(spans[k2], exclude=prev.speaker)
            if intro is not None and _gender_fits(pron, intro.speaker):
                return intro
    elif k is not None and k != j and spans[i].paragraph - spans[k].paragraph == 1 and k == i - 1 \
            and spans[k].text[:1] not in _OPENERS and spans[i].text[:1] not in _OPENERS:
        # one-sentence paragraphs: "Former foreign secretary Kanwal Sibal, however, disagrees." then "According to
        # him, ...": the person the sentence before starts with (only its subject, across a paragraph break)
        intro = resolver.person_in(spans[k], exclude=prev.speaker)
        if intro is not None and _gender_fits(pron, intro.speaker) \
                and resolver.previous_subject(spans[i].start) == intro.speaker:
            return intro
    if close and resolver.is_person(prev.speaker) and _gender_fits(pron, prev.speaker):
        return prev
    if close and prev.speaker and prev.speaker.split()[-1].lower() in PERSON_ROLE_HEADS \
            and not resolver.is_person(prev.speaker) and j == _prev_statement(spans, i):
        return prev  # "..., said a former Indian ambassador. ... he added": the unnamed person
    for att in reversed(resolver.history[-8:]):
        if resolver.is_person(att.speaker) and _gender_fits(pron, att.speaker):
            return att
    if pron == "she":  # a woman named lately beats any man who spoke
        found = resolver.latest_person(spans[i].start, pron)
        if found is not None:
            return found
    if close and resolver.is_person(prev.speaker):
        return prev
    if last_person is not None and last_person[0] >= i - 10:
        return last_person[1]
    if close:
        return prev  # "he added" after "the Kremlin said": its unnamed spokesman
    return last_person[1] if last_person else None


_THE_ROLE = re.compile(r"(?<!\bto )(?<!\bof )\b[Tt]he ((?:[a-z]+ ){0,2}[a-z]+)\b(?! of\b)")


def _names_again(span, speaker: str, resolver) -> bool:
    """The sentence refers to ``speaker`` by a role ("Asked whether Xi could mediate, the former ambassador was
    doubtful."): the person it merely mentions (Xi) is not whom a following "he" means."""
    for m in _THE_ROLE.finditer(span.text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            if words[n - 1] in PERSON_ROLE_HEADS and not span.text[m.start(1):].startswith(" ".join(words[:n]) + " of"):
                if resolver.nominal(words[:n], span.start) == speaker:
                    return True
                break
    return False


STRONG_FIRST_PERSON = frozenset({"i", "we", "my", "me"})


def _word_pattern(words) -> re.Pattern:
    """Whole words of ``words`` in any case, except "us" written "US" (the country)."""
    alternatives = "|".join(sorted(w for w in words if w != "us"))
    us = "|us|Us|uS" if "us" in words else ""
    return re.compile(rf"(?<![A-Za-z])(?:(?i:{alternatives}){us})(?![A-Za-z])")


_FIRST_PERSON_RE = _word_pattern(FIRST_PERSON)
_STRONG_FIRST_PERSON_RE = _word_pattern(STRONG_FIRST_PERSON)
# "My friend Vikram Sethi, a retired general, put it more bluntly over tea last week.": the writer introduces a
# quote to come; the sentence itself says nothing (with a colon and the quote after it, it is the quote's)
_PUT_IT_INTRO = re.compile(r"\bput\s+it\s+(?:even\s+|much\s+|far\s+)?(?:more\s+)?(?:bluntly|plainly|sharply|starkly|"
                           r"simply|directly|differently|diplomatically)\b[^“”\"«»:;]{0,60}\.\s*\Z")
_NARRATION = re.compile(r"\b(?:the (?:two )?leaders|heads of state|the two presidents|the (?:two )?delegations|"
                        r"the President of|joined (?:the|us|our)|the conversation (?:then )?continued|in the studio|"
                        r"(?:host|anchor|presenter|moderator)s?\s+(?:then\s+|later\s+)?turned\s+to|"
                        r"[Tt]he (?:interview|conversation|talk|discussion|programme|program|episode) (?:was|has been|"
                        r"took place|aired)|(?:did not|didn['’]t|has not|had not) respond(?:ed)? to (?:a |our |repeated )?"
                        r"requests? for comment|moved on to|[Tt]he studio (?:applauded|laughed|fell silent|erupted)|"
                        r"(?:was|were) followed by|then continued|it turned out|edition of|guests of the|"
                        r"[»”\"] programme)\b|"
                        r"\A(?:Following|After|Later|Earlier|Meanwhile|Afterwards|Then|Elsewhere|Separately|Joining|"
                        r"Also (?:in|on|joining)|On the line|In the studio|An? excerpt|Excerpts|Here is|Here are)\b")
# What a document does, said of "it" or "they" right after the document spoke: its content, not an act narrated
_DOC_PRONOUN_ACT = re.compile(r"\A(?:Among other things,\s+|In addition,\s+|In between,\s+)?(?:It|it|They|they)\s+"
                              r"(?:also\s+|further\s+|then\s+)?(?:oppose[sd]?|object(?:s|ed)?\s+to|"
                              r"reject(?:s|ed)?|agree[sd]?|condemn(?:s|ed)?|include[sd]?|envisage[sd]?|commit(?:s|ted)?|"
                              r"pledge[sd]?|sets? out|list(?:s|ed)?|asks? for|calls? for|says|urges|proposes|demands|seeks|"
                              r"takes aim at|speaks? (?:of|about|against)|spoke (?:of|about|against)|wants|names|warns)\b")
# A document as the subject of what it says, right after the writer named it: "The document sets out ...", "The larger
# of the two texts praises ...", "The statement also takes aim at ...", "It calls for ...", "Russia, it says, ..."
_DOC_VERB = (r"(?:says|said|states|stated|calls(?:,[^,]{1,40},)?\s+(?:for|on)|call\s+for|ask\s+for|called\s+(?:for|on)|urges|urged|asks|asked|argues|argued|"
             r"praises|praised|expresses|expressed|voices|voiced|repeats|echoes|sets\s+out|set\s+out|takes\s+aim\s+at|"
             r"took\s+aim\s+at|speaks(?:\s+out)?\s+(?:in\s+favou?r\s+of|of|about|against)|spoke(?:\s+out)?\s+(?:in\s+favou?r\s+of|"
             r"of|about|against)|talks\s+(?:of|about)|pledges|pledged|commits|committed|lists|listed|stresses|stressed|notes|"
             r"noted|describes|described|welcomes|welcomed|opposes|opposed|objects\s+to|objected\s+to|rejects|rejected|"
             r"condemns|condemned|reaffirms|reaffirmed|affirms|affirmed|declares|declared|underlines|underlined|highlights|"
             r"mentions|refers\s+to|warns|warned|cautions|cautioned|proposes|proposed|demands|demanded|seeks|sought|wants|"
             r"envisages|envisaged|includes|included|critici[sz]es|critici[sz]ed|accuses|accused|promises|promised|vows|"
             r"vowed|hails|hailed|backs|backed|insists|insisted|emphasi[sz]es|emphasi[sz]ed|acknowledges|recogni[sz]es|"
             r"provides\s+for|records|outlines|outlined|spells\s+out|spelled\s+out|names|adds|added|puts|blames|blamed|"
             r"endorses|endorsed|supports|advocates|favou?rs|goes\s+on\s+to|went\s+on\s+to|maintains|reiterates|reiterated|"
             r"opens\s+(?:by|with)|comes\s+out\s+(?:against|for|in\s+favou?r\s+of)|came\s+out\s+(?:against|for|in\s+"
             r"favou?r\s+of)|speaks\s+up\s+for|turns\s+to|turned\s+to|begins\s+with|began\s+with|ends\s+with|ended\s+with|"
             r"deals\s+with|dealt\s+with|identifies|identified|pushes\s+for|pushed\s+for)")
# The subject naming one of the visit's documents: "It", "The document", "The larger of the two texts", "Their joint
# statement", "The plan, unveiled by Beijing on February 24,", "China's twelve points", "The Chinese «peace plan»"
_DOC_ORDINALS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|last)"
_DOC_NUMBERS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# a numbered point of the position paper: "Point one of Beijing's position paper", "Its first point", "The tenth point"
_DOC_POINT = (r"(?:[Pp]oints?\s+" + _DOC_NUMBERS + r"(?:\s+(?:and|to)\s+" + _DOC_NUMBERS + r")?(?:\s+of\s+(?:the\s+|Beijing['’]s\s+|"
              r"China['’]s\s+)?(?:(?:12|twelve)-point\s+)?(?:position\s+)?(?:paper|plan))?|(?:[Tt]he|[Ii]ts)\s+" + _DOC_ORDINALS
              + r"\s+point)")
_DOC_NP = (r"(?:" + _DOC_POINT + r"|China['’]s\s+Position\s+on\s+the\s+Political\s+Settlement\s+of\s+the\s+Ukraine\s+Crisis|It|(?<=, )it|(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Oo]ne|A|(?:China|Beijing)['’]s)\s+)"
           r"(?:(?:main|first|second|third|last|final|other|same|larger|longer|shorter|broader|bigger|wider|political|"
           r"economic|joint|Chinese|Sino-Russian|Russian-Chinese|signed|(?:12|twelve)-point|position)\s+){0,3}"
           r"(?:(?:one|of\s+them|of\s+the\s+(?:two|2)(?:\s+(?:joint\s+)?(?:texts|statements|documents|declarations))?)|"
           r"document|text|declaration|paper|statement|[«“\"]?peace\s+plan[»”\"]?|plan|proposal|(?:12|twelve)\s+points|"
           r"(?<=point\s)position))")
_DOC_SUBJECT = re.compile(
    r"\A(?:[•·▪*►–—-]\s+)?(?:[A-Z][\w ]{0,30}:\s+)?(?:(?:But|And|Yet)\s+)?"
    r"(?:[A-Z][^,.;:\"“”«»]{0,70},\s+(?:[^,.;:\"“”«»]{1,70},\s+)?)?(?P<np>" + _DOC_NP + r")(?:\s+itself)?"
    r"(?:\s+(?:on|of|to|until|through|signed|issued|adopted|released|published|unveiled|that|which|(?:Beijing|China)\s+(?:put|released|"
    r"published|issued))\s+[^,]{1,90}?|\s+(?:the\s+(?:two\s+)?(?:leaders|sides|heads\s+of\s+state|presidents)|Xi\s+and\s+"
    r"Putin|Putin\s+and\s+Xi|they)\s+(?:signed|adopted|issued|put\s+out)(?:\s+(?:on|in|at|last|this)\s+[^,]{1,40}?)?)?"
    r"(?:,[^,]{1,160},)?"
    r"(?:\s+(?:also|further|then|even|explicitly|itself|again|once\s+again|in\s+particular|notably|specifically|likewise|"
    r"similarly|additionally|repeatedly|openly))*\s+" + _DOC_VERB + r"\b")
# "In it, the two sides say ...", "In the statement, Moscow and Beijing also oppose ...", "In the first of them, the
# sides came out in favour of ...": the signatories speaking in a document the writer just named
_PARTY = r"(?:[Mm]oscow|Beijing|[Rr]ussia|China|Xi|[Pp]utin)"
_IN_DOC_PARTIES = re.compile(
    r"\A(?:[•·▪*►–—-]\s+)?(?:But |And )?(?:In|Under)\s+(?:(?P<np>it|them|(?:the|their|its|this|that|a|[A-Z]\w+['’]s)\s+(?:(?:first|second|other|latter|former|main|"
    r"longer|shorter|larger|political|economic|joint|signed)\s+){0,3}(?:(?:one|of\s+them|of\s+the\s+(?:two\s+)?(?:joint\s+)?"
    r"(?:statements|documents|texts|declarations))|statement|declaration|document|text|plan)(?:\s+(?:on|of|signed|adopted|"
    r"that|which|to|until|through)\s+[^,]{1,90}?)?)|(?P<ordinal>the\s+(?:first|second|other|latter|former|longer|shorter)))"
    r",\s+(?:(?:(?:the|both)\s+)?(?:two\s+)?(?:sides|leaders|countries|presidents|parties|heads of state)|"
    r"(?:the\s+)?" + _PARTY + r"\s+and\s+(?:the\s+)?" + _PARTY + r"|(?P<single>[Mm]oscow|Beijing|[Rr]ussia|China))\b"
    r"(?!['’]s)(?:\s+[a-z]+)?\s+(?!of\b|in\b)[a-z]+")
# "The two leaders signed a joint statement on Tuesday in which Russia said it welcomed ...": the statement's words
_JOINT_IN_WHICH = re.compile(r"\bjoint\s+(?:statement|declaration)\b[^.;:“”\"«»]{0,60}?\bin\s+which\s+(?:(?:the|both)\s+)?"
                             r"(?:two\s+)?(?:sides|leaders|countries|parties|presidents|[Rr]ussia|China|[Mm]oscow|Beijing|"
                             r"they)\b")
_DOC_ASIDE = re.compile(r"\A[^,]{1,80},\s+(?:it|the\s+(?:document|text|statement|declaration|paper))\s+(?:says|adds|notes|"
                        r"states|declares),\s")
# Who signs the joint statements: a mention of "the documents signed" counts only near them
_JOINT_PARTIES = re.compile(r"\b(?:Xi|Putin|Moscow|Beijing|Kremlin|Russia|China|Russian|Chinese|(?:two|the|both)\s+"
                            r"(?:leaders|sides|presidents|heads of state|countries))\b")
_PLAN_NAMED = re.compile(r"(?P<economic>" + _ECONOMIC_PLAN + r")|"
                         r"\bpeace\s+plan\b|\b(?:12|twelve)-point\s+(?:peace\s+)?plan\b|(?:China|Beijing)['’]s\s+plan\b",
                         re.I)
_DOC_NOUN = re.compile(r"\b(?:statement|declaration|document|text|paper|readout|communiqu[eé])s?\b", re.I)


_NAME_POSSESSIVE = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\b")


_CAPS_LABEL = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž .'’-]{1,40}(?:\s*\([^)]{1,30}\))?:", re.M)


def _dateline_label(raw, text: str, span, table, above=()) -> bool:
    """The article's first statement opens with a place in capitals and a colon ("KOCHI: For the families ..."): a
    dateline when the word is a known place, or is no one the speaker table knows ("CCTV:", "AFP:" ask questions)
    and is never used again in the article, as a speaker's label would be. ``above``: the spans before it (a
    headline, a byline); a label that a statement among them names is someone introduced ("Orientalist Gleb Sorokin
    said ..." then "SOROKIN: ..."), not a place (a dateline line in capitals, "KOCHI, MARCH 22, 2023 01:14 IST",
    does not count)."""
    if raw is None or raw.pass_name != "colon" or not raw.np.isupper() or len(raw.np.split()) > 2:
        return False
    if any(re.search(r"\b" + re.escape(w) + r"\b", sp.text, re.I) for sp in above
           if sp.kind == "statement" and not sp.text.isupper() for w in raw.np.split()):
        return False
    if raw.np.lower() in PLACE_WORDS:
        return True
    if table.lookup(raw.np) is not None or table.side_from_words(raw.np) not in (None, "none"):
        return False
    rest = text[span.start + len(raw.np):]
    if _CAPS_LABEL.search(rest):
        return False  # other turns labelled in capitals below: a transcript, and this its first speaker
    return not any(re.search(r"\b" + re.escape(w) + r"\b", rest, re.I) for w in raw.np.split())


def _colon_intro_person(resolver, span) -> Attribution | None:
    """The one person a writer's sentence ending in a colon names, a possessive included ("from Xi's remarks")."""
    found = set()
    for men in resolver.mentions_in(span):
        name = resolver.canonical(_POSSESSIVE_S.sub("", men.name))
        if resolver.is_person(name):
            found.add(name)
    for m in _NAME_POSSESSIVE.finditer(span.text):
        name = resolver.canonical(m.group(1))
        if resolver.table.lookup(name) is not None and resolver.is_person(name):
            found.add(resolver.table.lookup(name).name)  # "from Xi's remarks": a known person's words
    if len(found) != 1:
        return None
    name = found.pop()
    return Attribution(name, resolver.side(name, resolver.roles.get(name, "")), resolver.roles.get(name, ""))


def _document_subject(text: str, spans, i: int, out, doc_figures: dict):
    """The document a writer's sentence reports, when its subject is one the writer just named ("On 21 March the
    leaders signed a declaration .... The document sets out ..."): the document that spoke in the statement before, or
    the latest mention of a joint statement (or the documents the leaders signed) or of the position paper in this
    statement or the three before, with no other kind of document named after it; a sentence that weighs the document
    ("... but does not ask Russia to leave") stays the writer's."""
    sp = spans[i]
    m = _DOC_SUBJECT.match(sp.text) or _IN_DOC_PARTIES.match(sp.text) or _JOINT_IN_WHICH.search(sp.text)
    if m and m.re is _IN_DOC_PARTIES and m.group("ordinal") and m.group("single"):
        return None  # "In the second, Beijing is Russia's friend": which text is meant, only the reader knows
    if not (m or _DOC_ASIDE.match(sp.text)) or _PAPER_CONTRAST.search(sp.text) or _DOC_WEIGHED.search(sp.text):
        return None
    if m and m.re is _DOC_SUBJECT and re.match(_DOC_POINT, m.group("np")) and "paper" in doc_figures:
        return doc_figures["paper"]  # "Point one of Beijing's position paper says", "The tenth point turns to"
    np_words = (m.group("np") or "").split() if m and m.re is not _JOINT_IN_WHICH else []
    head = np_words[-1].lower() if np_words else ""
    if head == "plan" and not _DOC_MENTION.search(sp.text, 0, m.end()):
        # "The plan itself calls for ...", "Under the plan, the two countries will ...": the plan named last, the
        # economic one a joint statement, the peace plan the position paper
        plans = list(_PLAN_NAMED.finditer(text, 0, sp.start))
        if plans:
            return doc_figures.get("joint" if plans[-1].group("economic") else "paper")
    own = _DOC_MENTION.search(sp.text, 0, m.end()) if m else None  # "The joint statement on economic cooperation"
    if own is not None:
        return doc_figures.get("joint" if own.group("joint") else "paper")
    k = _prev_statement(spans, i)
    if k is not None:
        for fig in doc_figures.values():
            if out[k].speaker == fig.name:
                return fig  # the document spoke in the statement before: "It also repeats ...", "The statement also ..."
    since = sp.start
    for _ in range(3):
        if k is None:
            break
        since, k = spans[k].start, _prev_statement(spans, k)
    mentions = list(_DOC_MENTION.finditer(text, since, sp.start))
    if not mentions:
        return None
    last = mentions[-1]
    same = ("paper", "papers") if last.group("paper") else ("statement", "statements", "declaration", "declarations")
    for noun in _DOC_NOUN.finditer(text, last.end(), sp.start):
        if noun.group().lower() not in ("document", "documents", "text", "texts") + same:
            return None  # another document named since ("the ministry's statement", "the readout")
    if last.group("joint") and re.match(r"sign|two\b|(?:documents?|statements?|declarations?|texts?)\b",
                                        last.group().lower()):
        # "signed two documents": the leaders' only if the sentence names them ("Kyiv signed two with Warsaw" is not)
        begin = max(text.rfind(c, 0, last.start()) for c in ".!?\n") + 1
        end = min((k for k in (text.find(c, last.end()) for c in ".!?\n") if k >= 0), default=len(text))
        if not _JOINT_PARTIES.search(text, begin, end):
            return None
    return doc_figures.get("joint" if last.group("joint") else "paper")


# A sentence in the writer's voice whose subject is China's position paper ("The 12-point position paper released on
# February 24 reflects this approach."): "It calls for ..." after it is the paper's content
_PAPER_IS_SUBJECT = re.compile(r"\A(?:[^,]{1,60},\s+)?(?:(?:China|Beijing)['’]s|The|the|Its)\s+(?:(?:12|twelve)-point\s+)?"
                               r"position\s+paper\b|\bis\s+(?:China|Beijing)['’]s\s+(?:(?:12|twelve)-point\s+)?position\s+paper\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your)\b", re.I)
_SPEECH_OPENERS = re.compile(r"\A(?:First|Second|Third|Fourth|Fifth|Finally|Lastly|Secondly|Thirdly|Firstly|Dear|"
                             r"Esteemed|Colleagues|Friends|Ladies|Thank|Yes|No|Well|Of course|Indeed)\b|\A\d+[.)]\s")


def _speech_like(text: str) -> bool:
    """A paragraph that goes on with someone's words: first or second person, a point of a list ("Second, ..."),
    an address or a reply, or a quote mark."""
    return _first_person(text) or bool(_SPEECH_OPENERS.match(text)) or text[:1] in _OPENERS \
        or bool(_SECOND_PERSON.search(text))


def _first_person(text: str, strong: bool = False) -> bool:
    """A first-person word outside quote marks ("US" the country excepted)."""
    pattern = _STRONG_FIRST_PERSON_RE if strong else _FIRST_PERSON_RE
    if not pattern.search(text):
        return False  # the common case, without scanning the quotes
    spans, _ = quote_spans(text)
    return bool(pattern.search(_mask(text, spans)))


def _quoted_heading(text: str) -> bool:
    """A short phrase in quote marks with no stop before the closing mark: a subheading ("'A ceasefire that freezes
    the front line'"), not a sentence quoted."""
    t = text.strip()
    return _whole_quote(t) and t[-1] != "." and t[-2:-1] not in ".!?,;…" and len(t.split()) <= 12


def _whole_quote(text: str) -> bool:
    """The statement is one quotation from its first character to its last."""
    t = text.strip()
    return len(t) > 2 and t[0] in _OPENERS and t.rstrip(".")[-1] in _QUOTE_CLOSE + "’'"


def _scare_quotes_only(text: str) -> bool:
    """The sentence quotes only short phrases inside its own words ('talks about “legitimate security interests”')."""
    if text[:1] in _OPENERS:
        return False
    spans, _ = quote_spans(text)
    return bool(spans) and all(len(text[a:b].split()) <= 5 for a, b in spans)


_CLOSERS = ("”", "\"", "’", "'", "»")


def _wire_block(spans, inside, i) -> list[int]:
    """The statements of the quote that opens statement ``i``: the rest of its paragraph and, while a
    paragraph ends with the quote still open, the next paragraph when it reopens it (wire style)."""
    out, para = [], spans[i].paragraph
    for q in range(i, len(spans)):
        if spans[q].kind != "statement":
            continue
        if spans[q].paragraph != para:
            last = spans[out[-1]].text.rstrip() if out else ""
            if last.endswith(_CLOSERS) or not (inside[q] or spans[q].text[:1] in _OPENERS):
                break
            para = spans[q].paragraph
        out.append(q)
    return out


def _prev_statement(spans, i):
    for j in range(i - 1, -1, -1):
        if spans[j].kind == "statement":
            return j
    return None


def _next_statement(spans, i):
    for j in range(i + 1, len(spans)):
        if spans[j].kind == "statement":
            return j
    return None


# Unions of the word sets above that functions test words against, built once instead of at every test
_NOT_SPEAKERS_OR_PLACES = NOT_SPEAKERS | PLACE_WORDS
