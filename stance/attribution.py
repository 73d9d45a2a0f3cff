"""Who said each statement: speaker, role, side, and how it was attributed.

Attribution runs in named passes, so each can be scored alone
(``Attribution.pass_name``):

sentence passes (first match wins)
    ``trailing``      "..., Kirby said Friday." / "..., said Paul Haenle of X."
    ``parenthetical`` "..., he added, and ..."
    ``according_to``  "... according to customs data collected by Import Genius."
    ``colon``         "John Kirby said: ..." and headlines "Putin: China's plan ..."
    ``leading``       "The Kremlin said ..." / "Analysts, however, believe ..."
reference passes
    ``pronoun``       "he said" -> the latest fitting speaker
    ``nominal``       "the Russian leader said" -> Vladimir Putin
discourse passes
    ``continuation``  a sentence inside a quote that an earlier sentence opened
    ``next_sentence`` a quote whose attribution comes in the following sentence

Names are normalised within an article (Kirby -> John Kirby) and against the
table of well-known figures in ``stance/data/speakers.csv``; sides come from
that table, then from role words and country adjectives in
``stance/data/side_cues.csv``. Both files are data a user can extend.

Limits: rule-based, English only; it does not parse, so long subjects with
relative clauses ("The official, who asked not to be named because ..., said")
are found only when the clause is set off by commas. When a quote is left
unclosed the quote state is reset at the paragraph end; nothing crashes.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field, replace as _dc_replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from .segment import Span

# --- lexicons (data) -------------------------------------------------------

REPORTING_VERBS = frozenset("""
portrayed portrays framed frames billed bills touted touts characterised characterized characterises characterizes said says say told tells tell added adds warned warns noted notes stressed stresses insisted insists
believes believe believed argued argues argue announced announces stated states declared declares
claimed claims emphasized emphasised emphasizes emphasises underlined underscored underscores urged urges
explained explains wrote writes reported reports observed observes cautioned cautions suggested suggests
acknowledged acknowledges admitted admits asserted asserts remarked remarks replied
replies responded responds commented comments confirmed confirms denied denies predicted predicts
proposed proposes demanded demands reiterated reiterates concluded concludes complained complains complain vowed vows pledged pledges countered
counters contended contends tweeted tweets posted posts recalled recalls alleged alleges accused accuses
think thinks thought hoped hopes expects expected feels felt assessed assesses estimated estimates
conceded concedes agreed agrees described describes dismissed dismisses rejected rejects welcomed welcomes
praised praises hailed hails criticized criticised criticizes criticises condemned condemns sees views regards
warn insist suggest accuse predict contend concede admit acknowledge stress underline report blamed blames
reminded reminds note claim caution emphasize emphasise reiterate expressed expresses
specified specifies clarified clarifies assured assures opined quipped retorted lamented laments
reaffirmed reaffirms reject deny dismiss hinted hints thanked disclosed discloses revealed reveals
voiced voices labelled labeled labels branded brands termed feared fears objected signalled signaled signals
echoed echoes suspects suspected advises advised write criticise criticize promised promises agree doubt doubts doubted worry worries worried estimate disputed disputes
lectured fretted frets cited
""".split())
# Third-person forms that are also plural nouns ("such remarks", "his claims"): verbs only after a name.
INTRANSITIVE_VERBS = frozenset("""asked asks wondered wonders repeated repeats began begins continued continues answered
answers interrupted interrupts interjected interjects""".split())
NOUN_LIKE_VERBS = frozenset("remarks comments claims reports report states notes posts views regards thinks voices fears "
                            "doubts worries".split())
MULTIWORD_VERBS = ("pointed out", "points out", "made clear", "makes clear", "made it clear", "makes it clear",
                   "called on", "calls on", "called for", "calls for", "talks of", "talked of", "expressed hope", "went on to say", "went on to accuse", "went on to blame", "went on to warn", "went on to argue",
                   "went on to claim", "went on to insist", "went on to suggest", "went on to stress", "goes on to accuse",
                   "goes on to warn", "goes on to argue", "spoke of", "speaks of", "put it",
                   "point out", "point to", "points to", "pointed to", "spoke highly of", "keep saying", "keeps saying", "keep warning", "keeps warning",
                   "was quoted as saying", "is quoted as saying", "quoted", "said in a statement",
                   "declined to comment", "declines to comment", "refused to comment", "summed up", "sums up",
                   "would not say", "declined to say", "refused to say", "would not comment", "declined to confirm",
                   "scoffed at", "brushed aside", "brushed off", "waved aside", "took aim at", "takes aim at",
                   "went as far as to", "goes as far as to", "go as far as to", "spoke in favour of",
                   "spoke in favor of", "speaks in favour of", "spoke out in favour of",
                   "issued a statement", "released a statement", "put out a statement",
                   "would not confirm", "declined to elaborate", "maintained that", "maintains that", "maintain that",
                   "likes to say", "like to say", "draws attention to the fact", "drew attention to the fact",
                   "went so far as to say", "go so far as to say",
                   "goes so far as to say", "shrugged off", "shrugs off", "took issue with", "takes issue with",
                   "played down", "plays down", "weighed in", "weighs in", "poured cold water on",
                   "pours cold water on", "hit out at", "hits out at", "lashed out at", "lashes out at",
                   "chimed in", "chimes in", "was quick to point out", "were quick to point out",
                   "went on record", "goes on record", "can be heard telling", "could be heard telling",
                   "can be heard saying", "could be heard saying", "was heard telling", "was heard saying", "is fond of saying", "was fond of saying",
                   "call for", "call on", "keep repeating", "keeps repeating", "kept repeating",
                   "cast doubt on", "casts doubt on", "continue to cast doubt on", "continues to cast doubt on",
                   "summed it up", "sum up", "rule out", "rules out", "ruled out", "pushed back", "pushes back",
                   "hit back", "hits back", "shot back", "shoots back", "made the remarks", "made these remarks", "made the comments",
                   "made the statement", "made this statement",
                   "made the point", "makes the point", "made the case", "makes the case",
                   "was quick to announce", "was quick to say", "were quick to say", "was quick to warn",
                   "hurried to warn", "hurried to declare", "hurried to say", "went so far as to", "go so far as to",
                   "rushed to declare", "rushed to say", "hastened to say", "hastened to add", "wondered aloud",
                   "is sure", "is convinced", "was sure", "was convinced", "is certain", "was certain",
                   # opinions denied are opinions: "Hnatyuk does not think ...", "he does not rule out that ..."
                   *(f"{aux} not {verb}" for aux in ("does", "do", "did") for verb in (
                       "think", "believe", "expect", "rule out", "see", "doubt", "exclude")))

ROLE_WORDS = frozenset("""
spokesman spokeswoman spokesperson spokespeople minister ministers president premier chancellor secretary
adviser advisor advisers aide aides official officials envoy ambassador diplomat diplomats leader leaders
chief head director coordinator representative deputy senator congressman congresswoman lawmaker lawmakers mep meps
general commander analyst analysts expert experts professor scholar scholars researcher researchers fellow
observer observers economist economists commentator commentators journalist correspondent editor editors
source sources person people insider insiders administration ministry government cabinet embassy
council office department agency media newspaper editorial statement readout communique communiqué
prime foreign defence defense top senior former state national security press general-secretary admiral rear retired
netizen netizens
secretary-general chairman chairwoman governor mayor king queen prince foreign-policy policy
host presenter anchor chair member mp broadcaster newspaper tracker aggregator firm outlet channel network
portal tabloid joint host scientist political dictator columnist blogger activist pm mp fm television tv radio
sinologist sinologists orientalist orientalists americanist americanists think-tank historian historians strategist strategists politician politicians academic academics
legislator legislators negotiator negotiators emissary counsellor counselor attache attaché undersecretary
vice assistant ombudsman veteran veterans agencies agency's moderator interviewer guest guests service colonel commodore
speaker colleague presidential think tank
anonymous banker bankers trader traders executive executives investor investors businessman businessmen businesswoman
dealer dealers broker brokers
document declaration publication staff side affairs external intelligence magazine newsletter website weekly site
alliance
""".split())
GROUP_HEADS = frozenset("""analysts experts observers officials diplomats scholars researchers sources guests panelists
commentators economists critics lawmakers leaders people insiders outlets governments capitals newspapers sides
administrations authorities netizens users parties bankers traders executives investors dealers brokers
strategists""".split())
STRIP_DETERMINERS = frozenset({"the", "a", "an", "one", "its", "his", "her", "their", "my", "our", "your"})
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"they", "it"})  # "it said": an institution
FIRST_PERSON = frozenset({"i", "we", "our", "us", "my", "me", "ours"})
DETERMINERS = frozenset({"the", "a", "an", "one", "two", "three", "several", "some", "many", "other", "its", "his",
                         "her", "their"})
_DET_ROLE = DETERMINERS | ROLE_WORDS  # unions used in per-token loops, built once
_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sen.", "rep."})
# Military ranks: part of the role, never of the name ("Lt Gen (retd) Harjit Bhullar", "Col. Igor Petrov")
RANKS = frozenset("""lt lt. gen gen. col col. maj maj. brig brig. adm adm. capt capt. sgt sgt. admiral colonel major
lieutenant marshal brigadier captain sergeant (retd) (retd.) retd retd. retired commodore""".split())
_RANK_ABBREVIATION = re.compile(r"\b(Col|Gen|Lt|Maj|Brig|Adm|Capt|Sgt)\.")
# Lowercase words that may stand inside a speaker phrase ("a person in Beijing familiar with the matter").
NP_INNER = frozenset("""of for at from in on with to the a an and familiar matter close briefed knowledge
talks situation issue plans discussions negotiations thinking government's government’s here them developments
strategic communications
preparations deliberations arrangements contacts conversations process delegation""".split())
# Words that end a leftward scan for a subject: a clause starts after them.
BOUNDARY_WORDS = frozenset("""but and as while although though because so if when whereas however how
meanwhile also that which who where yet since after before until then still now""".split())
# Between a subject and its verb: "Politico first reported", "Kirby has said".
SKIPPABLE = frozenset("""also first later earlier previously repeatedly has have had been again once further now
reportedly publicly privately separately recently already then then, further, himself herself itself warmly firmly
strongly openly clearly flatly sharply bluntly angrily quickly swiftly immediately promptly
nevertheless nonetheless too subsequently even long consistently just meanwhile duly almost uniformly widely
unanimously routinely likewise similarly""".split())
# Capitalised words that start a clause, never a speaker.
NOT_SPEAKERS = frozenset("""but and so yet however meanwhile although though while as when if it this that
these those there here his her their its our i we you they he she update analysis live opinion explainer such
watch exclusive breaking editorial comment photos video factbox timeline why what how who
neither both each every no none did does do is are was were will would can could should has have had whether
nor instead rather still explained nobody everybody everyone let background details context reminder recall quote
over across throughout amid despite within since until beyond among
source note rating verdict claim correction takeaway just imagine consider remember few
""".split())
PARENTHETICALS = re.compile(
    r",\s*(however|meanwhile|though|too|also|in turn|for (?:his|her|its|their) part|in contrast|by contrast|"
    r"citing [^,]{1,80}|quoting [^,]{1,80}|in (?:a|an) [^,]{1,40}|"
    r"speaking [^,]{1,60}(?:,\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){1,3}(?=\s*,))?"
    r"(?:,\s+on [A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+day)?|"  # "..., Fumio Kishida, on Tuesday,"
    r"on [A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+day|\d{2}|"
    r"[a-z]+ly)\s*,")
# "The Ministry of External Affairs (MEA) said", "Sen. Marco Rubio (R-Fla.) said", "Xi in turn called ...", "For his part, Putin said"
_MORE_ASIDES = re.compile(r"\s\((?:[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-z.]{1,7}|retd\.?|ret\.?|retired|[RDI]-[A-Z][A-Za-z. ]{1,14})\)(?=[\s,])|\s(?:in turn|in response|in reply)(?=\s)|"
                          r"\A(?:[Ff]or (?:his|her|its|their) part),")
ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+(?:(?:a |an |the )?(?:statement|report|readout|data|figures|"
                          r"customs data|customs records|records|estimates|calculations|a transcript|an interview|"
                          r"comments|remarks|sources?)\s+"
                          r"(?:collected |released |published |issued |cited |quoted |compiled )?(?:by|from|of|in|with)\s+)?"
                          r"(?P<np>(?:[^,;:.!?]|(?<=\b[A-Z])\.(?=[A-Z]\.|\s+\w))+(?:\.\s*,)?)")
# Ukrainska Pravda's layout: "Source: Zelenskyy at a joint press conference", then "Quote: ..."
SOURCE_LABEL = re.compile(r"\ASource:\s+(?P<np>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|of|the)){0,5}?)"
                          r"(?=\s+(?:at|in|on|during|to|via|speaking|citing|quoted)\b|\s*[,;.]|\s*\Z)")
# "An editorial in the Global Times said ...": the outlet speaks
OUTLET_PIECE = re.compile(r"\A(?:An|The|A)\s+(?:editorial|commentary|op-ed|opinion piece|article)\s+(?:in|by|from)\s+"
                          r"(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*['’]s\s+)?(?:[a-z-]+\s+){0,3}(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,3})\s+(?:on\s+\w+\s+)?(?:said|says|"
                          r"argued|argues|wrote|writes|claimed|claims|warned|warns|noted|notes|called|calls|accused|"
                          r"accuses|insisted|insists|described|describes)\b")
# "As a former Indian ambassador put it to me last week: “...”", "As Kirby said, the plan ratifies ..."
AS_SOURCE = re.compile(r"\A(?:But |And |Yet )?[Aa]s\s+(?P<np>(?:the |a |an )?[^,;:“”\"]{2,80}?)(?:,\s+(?:a|an|the)\s[^,;:“”\"]{2,120},)?\s+(?:put it|puts it|sees it|saw it|said|says|"
                       r"noted|notes|wrote|writes|observed|observes|remarked|warned|argued|told [^,;:“”\"]{1,30}?)"
                       r"(?:\s+(?:to \w+|recently|last \w+|this \w+|on \w+|in [^,;:]{1,50}|at [^,;:]{1,30}))*\s*[,:]")
# "In the telling of Tomasz Wierzbicki, a China analyst at ..., Beijing wants ...", "In Li's telling, ...": the view is
# the one named
IN_TELLING = re.compile(r"\A(?:But |And |Yet )?In\s+(?:the\s+telling\s+of\s+(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){0,2})"
                        r"(?:,[^,]{2,140})?|(?P<np2>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){0,2})['’]s\s+"
                        r"(?:telling|view|reading|account|judg?ement|words))\s*,\s+\S")
# "For Stahl, the real signal will come ...": an analyst's view (a person the speaker table does not know; "For
# Moscow, ...", "For Xi, the trip was ..." are the writer's)
FOR_PERSON = re.compile(r"\A(?:But |And |Yet )?For\s+(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){0,2})"
                        r"(?:,\s+(?P<role>an?\s[^,]{2,120}),|\s*,)\s+(?:the|a|an|this|that|it|such|China|Beijing|Moscow|"
                        r"Russia|India|Kyiv|Ukraine|Washington|[a-z]+(?:'s|’s)?)\b")
# "European scepticism has been summed up by Camille Arnaud, senior fellow at ...: “...”"
SUMMED_UP_BY = re.compile(r"\b(?:summed up|put|captured|described|expressed)\s+(?:best\s+|bluntly\s+)?by\s+"
                          r"(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){1,2})(?:,\s+(?P<role>[^:“”\"«»]{2,140}))?:\s*[“\"«]")
# "Per the Kremlin, the talks lasted four hours.", "As reported by Ukrinform, Kuleba called Qin Gang."
PER_SOURCE = re.compile(r"\A(?:[Pp]er|[Aa]s\s+(?:reported|stated|announced|noted|confirmed)\s+by)\s+"
                        r"(?P<np>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][^,;:.!?]{0,60}),")
# A sentence naming the source of the sentence before it, common in Ukrainian and Russian wire copy: "This was
# stated by Kremlin spokesman Dmitry Peskov at a briefing", "Zelensky stated this in his evening address".
_BACK_SUBJECT = (r"(?:This|That|It|These (?:words|remarks|comments|statements)|The (?:statement|remarks?|comments?|"
                 r"announcement|words)|This (?:statement|opinion|view|assessment|position|announcement))")
# "That was how Andriy Yermak, head of the President's Office, reacted to the news"
SOURCE_HOW = re.compile(r"\A(?:That|This)\s+(?:was|is)\s+how\s+(?P<np>(?:(?:the|a|an|one)\s+(?:[a-z-]+\s+){0,2})?"
                        r"(?:(?:von|van|de|da|di|al|el)\s+(?:der\s+|den\s+|la\s+)?)?[A-ZÀ-ÖØ-ÞĀ-Ž][^,;:.!?]*?)(?:,[^,;:]{1,90},)?\s+"
                        r"(?:reacted|responded|summed (?:it )?up|put it|described (?:it|them|the \w+)|commented|"
                        r"answered|replied)\b")
# "..., the joint statement signed by the two heads of state says."
TRAILING_DOCUMENT = re.compile(r"(?:,|(?<=[”\"’»])|\s\s)\s+(?:the|a|one of the)\s+(?P<np>(?:joint\s+)?(?:statement|declaration|document|readout)s?)"
                               r"\b[^,;:]{0,70}?\s+(?:says|said|states|stated|notes|noted|adds|added|reads)\.?\s*\Z")
# "Xi Jinping was filmed telling Putin that ...", "The Chinese leader could be heard telling Putin ..."
OVERHEARD = re.compile(r"(?P<np>(?:(?:The|the)\s+(?:[a-z-]+\s+){0,2}|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+)[A-ZÀ-ÖØ-ÞĀ-Ž]?[\w'’.-]*)\s+(?:was|were|could be|can be|"
                       r"is)\s+(?:also\s+|later\s+|then\s+)?(?:heard|filmed|seen|caught|overheard|recorded|shown)\s+(?:on camera\s+)?(?:telling|saying|"
                       r"assuring|promising)\b")
_WENT_ON = re.compile(r"\A(?P<np>He|She|They|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)\s+(?:went on|continued|added)\s*,\s*[“\"«‘]")
_SOURCING_FIRST_WORDS = frozenset("This That It These The And But So Thus With In Who Said Claimed Speaker".split())
_DOCUMENT_WORDS = ("statement", "declaration", "document", "readout")
_OVERHEARD_WORDS = (" heard ", " filmed ", " seen ", " caught ", " overheard ", " recorded ", " shown ")
QUOTES_AS_SAYING = re.compile(r"\b(?:quotes|quoted|cites|cited)\s+(?P<np>(?:[a-z-]+\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*"
                              r"(?:\s+(?:(?:to|of|for)\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,5})"  # ("Ambassador to China Igor Morgulov")
                              r"\s+as\s+(?:saying|stating|telling|warning|noting)\b")
# '"...." That was State Duma deputy Oleg Tarasenko, who joined the studio', 'That line, from Professor Wang,
# closed the discussion': the source of the quote before
THAT_WAS = re.compile(r"\A(?:That|This|These)\s+(?:was|were)\s+(?P<np>(?:(?!(?:of|the|a|an|how|what|why|when|day|"
                      r"moment|time|year|week|where)\b)[\w-]+\s+){0,6}"
                      r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*[a-z.-](?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*[a-z.-]){1,2})(?=\s*,|\s+(?:who|speaking|on|in)\b)"
                      r"|\A(?:That|This)\s+(?:line|remark|verdict|assessment|warning|quote|comment|answer),?\s+from\s+"
                      r"(?P<np2>[^,;:.!?]{3,60}),")
# A fact-check's "Claim: ..." then "Who said it: Xi Jinping, in an article ...": the claim is Xi's
WHO_SAID_IT = re.compile(r"\A(?:Who said it|Said by|Who said this|Claimed by|Speaker)\s*[:\-–—]\s*"
                         r"(?P<np>(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,3})?[A-Za-z][^,;:.!?]*?)(?=\s*[,;:.!?]|\s*\Z)")
# "With these words, Zakharova answered a question about ...": the source of the quote before
WITH_THESE_WORDS = re.compile(r"\A(?:With|In)\s+(?:these|those|such|this|that)\s+(?:words|remarks|comments|terms),?\s+"
                              r"(?P<np>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][^,;:.!?]*?)(?:,[^,;:]{1,90},)?\s+(?:answered|responded|replied|"
                              r"reacted|commented|summed (?:it )?up|concluded|described|ended|opened|greeted)\b")
# "So said Kremlin spokesman Dmitry Peskov on Monday": the source of the quote before
SO_SAID = re.compile(r"\A(?:So|Thus)\s+(?:said|says|wrote|writes|argued|argues|warned|warns|declared|declares)\s+"
                     r"(?P<np>(?:(?:the|a|an|one)\s+(?:[a-z-]+\s+){0,2})?[A-ZÀ-ÖØ-ÞĀ-Ž][^,;:.!?]*?)(?=\s+(?:on|in|at|during|while|when|after|before|as|earlier|today|"
                     r"yesterday|last|this)\b|\s*[,;:.!?]|\s{2,}|\s*\Z)")  # (two spaces: an aside blanked)
_APPOSITIVE_NAME = re.compile(r",\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){1,2})(?=\s*(?:,|[.!?]|\Z))")
_BACK_VERB = (r"(?:stated|said|announced|reported|noted|expressed|voiced|made|given|declared|written|posted|emphasi[sz]ed|"
              r"stressed|shared|mentioned|underlined|pointed out|confirmed)")
_TRAILING_PERSON = re.compile(r",\s+(?P<np>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+|of\s+|the\s+){0,6}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)\s+"
                              r"(?:said|says|told|stated|stressed|noted|added|emphasi[sz]ed)\b[^,;:]{0,120}[.!]?\s*\Z")
_OUTER_REPORTS = re.compile(r",\s+(?:an?\s+|the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][^,;:]{1,50}\s+reports?\.?\s*\Z")
BACK_PASSIVE = re.compile(r"\A(?:And\s+|But\s+)?" + _BACK_SUBJECT + r"\s+(?:was|were|has been|had been|is)\s+"
                          r"(?:also\s+)?" + _BACK_VERB + r"(?:\s+(?:on|in|at|during|earlier|later|today|yesterday|last|"
                          r"this)(?:\s+[\w-]+){0,2}?)?"
                          r"(?:\s+to\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*){0,3})?"  # "given to Vetluga by"
                          r"\s+by\s+(?P<np>[^,;:.!?]+?)(?=\s+(?:at|in|during|on|while|"
                          r"when|after|before|via|as|speaking|earlier|today|yesterday)\b|\s+to\s+(?=[a-z])"
                          r"|\s*[,;:.!?]|\s*\Z)")  # ("by the Ambassador to China Igor Morgulov": not "to" a place)
_ROLE_TAIL_NAME = re.compile(r"\s+to\s+[^,;:.!?]{2,80}?\s(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)"
                             r"(?:\s+(?:on|in|at|during)\s+[^,;:.!?]{1,40})?\s*[.!?]?\s*\Z")  # ("... Podolyak on Twitter.")
BACK_ACTIVE = re.compile(r"\b" + _BACK_VERB + r"\s+(?:this|the statement|this statement|these words|these remarks|the remarks|"
                         r"the comments)"
                         r"(?=\s+(?:in|at|during|on|while|when|to|via|after|before|earlier|today|yesterday)\b|\s*[,.;]|\s*\Z)")
# "That was the assessment of a senior Indian diplomat", "The verdict came from X", "That is Hrytsenko's forecast"
_SOURCE_NOUNS = r"(?:assessment|verdict|view|words|warning|message|forecast|conclusion|opinion|judge?ment|argument|" \
                r"line|remarks?|comments?|quote|phrase|description)"
SOURCE_NOUN = re.compile(r"\A(?:That|This|Such|These|Those)(?:,\s*at least,)?\s+(?:was|is|were|are)\s+(?:the\s+)?" + _SOURCE_NOUNS +
                         r"\s+(?:of|from)\s+(?P<np>[^,;:.!?]+)|\A(?:The|That|This|These|Those)\s+" + _SOURCE_NOUNS +
                         r"\s+(?:came\s+from|comes?\s+from|belongs?\s+to|(?:was|were|is|are)\s+(?:those|that)\s+of)\s+"
                         r"(?P<np2>[^,;:.!?]+)")
SOURCE_POSSESSIVE = re.compile(r"\A(?:That|This)\s+(?:was|is)\s+(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*){0,2})['’]s\s+"
                               + _SOURCE_NOUNS + r"\b")
# "The joint statement on the new era says ...", "Its 12-point position paper calls for ..."
DOCUMENT_SUBJECT = re.compile(
    r"\A(?:(?:On|In)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’ -]{1,30},\s+)?(?:But |And |Yet )?(?:The|A|Its|Their|This|That|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<np>(?i:joint statements?|joint declaration|"
    r"statement|declaration|readout|communiqu[eé]|document|text))(?:\s+(?:on|of|from|issued|signed|released)"
    r"\s+[^,.;:]{1,60}?|\s+(?:that\s+)?(?:they|the two leaders|the leaders|both leaders|the two sides|the two presidents|the two men|both men|"
    r"Mr Xi and [A-Z][\w ]{2,25}?|Xi and Putin)\s+(?:signed|adopted|issued)(?:\s+(?:on|last|this|in|the)\s+\w+(?:\s+(?:\d{1,2}|day))?)?)?(?:,\s+(?:a|an|the|posted|published|issued|released|signed|carried|adopted)\s[^,]{1,100},)?\s+(?:(?:also|further|explicitly|specifically|expressly|separately)\s+)?"
    r"(?:says|said|states|stated|stresses|stressed|notes|noted|adds|added|calls|"
    r"called|urges|urged|expresses|expressed|reaffirms|reaffirmed|declares|declared|describes|described|underlines|"
    r"underlined|emphasi[sz]es|emphasi[sz]ed|warns|warned|insists|insisted|reads|speaks|talks|criticises|criticised|"
    r"criticizes|criticized|voices|voiced|opposes|opposed|rejects|rejected|condemns|condemned|pledges|pledged|"
    r"records|recorded|sets out|set out|lists|listed|outlines|outlined|commits|committed|makes clear|made clear|"
    r"went further|goes further|welcomes|welcomed|affirms|affirmed|envisages|envisaged|promised|promises|"
    r"instead promised|complains|complained|opens with|objects to|objected to|speak|say|state|promise)\b")
POSITION_PAPER_SUBJECT = re.compile(
    # ("Officially, ...", "Released on February 24, the first anniversary of the invasion, the paper calls for ...")
    r"\A(?:(?:Officially|Formally|On paper|In theory),\s+|"
    r"(?P<released>(?:Released|Published|Issued|Unveiled)\s[^,]{1,40}(?:,[^,]{1,70})?,\s+))?"
    r"(?:But |And |Yet )?(?:(?:China|Beijing)['’]s\s+(?:(?:12|twelve)-point\s+)?(?:position\s+)?(?:paper|document)|"
    r"(?:The|Its|Their|(?(released)(?:the|its)|The))\s+(?:Chinese\s+)?(?:(?:(?:12|twelve)-point\s+)?(?:position\s+)?paper|(?:12|twelve)-point\s+document))\b"
    r"(?:\s+(?:on|of)\s+[^,]{1,80}?)?(?:\s+(?:that\s+)?(?:Beijing|China)\s+(?:released|published|issued|put forward)"
    r"(?:\s+(?:on|last|in|this)\s+[\w ]{1,20}?)?)?(?:(?:,[^,]{1,80}){1,2},)?\s+(?:also\s+|likewise\s+|similarly\s+)?(?:calls|says(?! as much)|states|urges|stresses|"
    r"sets out|notes|proposes|warns|argues|opposes|lists|asks|demands|seeks|includes|talks about|envisages|"
    r"speaks (?:of|about|against)|opens (?:with|by)|rejects|objects to)\b")
_PAPER_CONTRAST = re.compile(r"\b(?:but|yet|while)\b[^.;]*?\b(?:does not|doesn['’]t|did not|says nothing|has nothing|"
                             r"never|not a word|is silent)\b|\bwithout (?:once |even |ever )?(?:asking|demanding|calling|saying|"
                             r"mentioning|suggesting|requiring)\b"
                             r"|\A[^,;]{0,60}?\b(?:says nothing|is silent|does not (?:ask|call|demand|mention|say))\b"
                             r"|\b(?:contains|makes|has) no (?:demand|mention|call|reference)\b")
# "The first of them said ...", "A second statement sets out ...", "The first of the two documents says ...", "The
# second document, on economic cooperation until 2030, commits ...": one of the documents just named
DOCUMENT_ORDINAL = re.compile(
    r"\A(?:But |And )?(?:The|A)\s+(?:first|second|third|other|latter|former)(?P<np>\s+of\s+them|\s+one|"
    r"\s+of\s+the\s+(?:two\s+)?(?:statements|declarations|documents)|"
    r"\s+(?:joint\s+)?(?:statement|declaration|document))?(?:,[^,]{1,120},)?\s+(?:also\s+)?(?:says|said|states|stated|"
    r"sets out|set out|commits|committed|calls|called|stresses|stressed|notes|noted|declares|declared|outlines|outlined|"
    r"speaks of|provides for|lists)\b")
# "The economic plan lists ...", "The plan for economic cooperation until 2030 provides for ...": the second joint
# statement of 21 March, by its subject
ECONOMIC_PLAN = re.compile(r"\A(?:The|Their|Its)\s+(?:joint\s+)?(?:economic\s+plan|plan\s+(?:for|on)\s+economic\s+cooperation"
                           r"(?:\s+(?:until|to|through)\s+2030)?)\s+(?:also\s+)?(?:says|sets out|lists|provides for|"
                           r"commits|calls for|envisages|speaks of|names)\b")
# "Point one says ...", "Points five to nine ask for ...": the points of China's position paper
PAPER_POINT = re.compile(r"\A(?:Its\s+|The\s+)?(?:[Pp]oint|[Pp]oints)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|\d{1,2})(?:\s+(?:to|and|through)\s+(?:\w+))?\s+(?:also\s+)?(?:says|say|asks|ask|"
                         r"calls|call|urges|urge|states|state|demands|demand|stresses|stress|wants|want|speaks(?:\s+up)?|speak(?:\s+up)?|"
                         r"opposes|oppose|rejects|reject|seeks|seek|proposes|propose|insists|insist|warns|warn|argues|"
                         r"argue|sets out|set out|deals with|deal with|covers|cover)\b")
# "Sorel's view is that ...", "In the words of the orientalist, ...": the sentence is the named person's
VIEW_IS = re.compile(r"\A(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,2})['’]s\s+(?:official\s+|stated\s+|own\s+)?"
                     r"(?:view|argument|assessment|fear|hope|conclusion|verdict|position|reading|advice|guess|expectation|"
                     r"belief|point|line|stance|response|answer|message)"
                     r"(?:,(?![^,]*\b(?:said|says|told|reminded|noted|added|argued|delivered|explained)\b)[^,]{1,80},)?"
                     r"\s+(?:is|has been|was|remains)\s+"
                     r"that\b")
IN_THE_WORDS = re.compile(r"\A(?:In|To use)\s+the\s+words\s+of\s+(?P<np>[^,;:.!?“”\"]{2,80}?),")
# "..., with Secretary of State Antony Blinken saying that ...": the clause is the speaker's
WITH_SAYING = re.compile(r",\s+with\s+(?P<np>(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+|(?:of|for|and)\s+){0,7}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)"
                         r"\s+(?:saying|telling|warning|noting|insisting|arguing|adding|stressing)\b")
_DASH_SIGNED = re.compile(r"[”\"’']\s*[—–]\s*(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,4})[.,]?\s*\Z")
# "the official, who spoke on condition of anonymity, told PTI": the relative clause is an aside
_WHO_ASIDE = re.compile(r",\s+(?:who|whose|citing|quoting|asked|speaking|responding|writing)\b[^,;:“”\"]{1,90}"
                        r"(?:,[^,;:“”\"]{1,40}){0,2}(?:,|(?<=\s\s))(?=\s+(?:also\s+|later\s+|then\s+)?(?:"
                        + "|".join(sorted(REPORTING_VERBS, key=len, reverse=True)) + r")\b)")
# "A senior US official who asked not to be named said": the clause is an aside, commas or not
_WHO_ANONYMOUS = re.compile(r"(?<=\w)\s+who\s+(?:asked|requested|spoke|declined|was\s+not|is\s+not|were\s+not|are\s+not|"
                            r"has\s+served|had\s+served|served|has\s+worked|worked|has\s+spent|spent)\b"
                            r"[^,;:“”\"]{0,70}?(?=\s+(?:also\s+)?(?:said|says|told|tells|added|adds|warned|noted|acknowledged|"
                            r"argued|insisted|stressed|explained|conceded|admitted|confirmed)\b)")
_INCLUDING_ASIDE = re.compile(r"(?<=[a-z])\s+including\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|of|and)(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|of|and)){0,7}"
                              r"(?=(?:\s+(?:have|has|had|also|repeatedly|publicly|long)){0,3}\s+\w+ed\b|"
                              r"\s+(?:say|said|says|warn|warned)\b)")
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:the|a|an)\s+[^,]{1,60}\Z")
_INTERVIEWED_BY = re.compile(r"(?<=\w)\s+(?:interviewed|contacted|polled|surveyed|consulted|quoted)\s+by\s+(?:(?:this|the|our)\s+"
                             r"(?:newspaper|paper|agency|outlet|publication|website|channel|programme|program)|"
                             r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*){0,2})"
                             r"(?=\s+(?:said|say|says|believe|believes|agreed|agree|argued|argue|noted|note|warned)\b)")
_DATELINE = re.compile(r"\A[A-ZÀ-ÖØ-ÞĀ-Ž][A-Z/ .'’-]{2,40},\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]{2,8})"
                       r"(?:,?\s+\d{4})?\.?\s*(?:\([^)]{1,30}\)|/[^/]{1,30}/\.?)?\s*(?:[-–—]+|:)\s+"
                       # PTI style: "New Delhi, Mar 22 (PTI) India on Wednesday said ..."
                       r"|\A[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+)?,\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]{2,8}\.?\s+\d{1,2}|"
                       r"\d{1,2}\s+[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]{2,8})\s+\([^)]{1,30}\)\s+")
_DASH_ASIDE = re.compile(r"\s(?:—|–|--)\s[^—–]{1,80}?\s(?:—|–|--)(?=\s)")
_QUOTED_BY = re.compile(r"\b(?:was|were) (?:later |also |widely |then )?(?:quoted|cited) (?:by [^,.;]{1,60}? )?as saying\b")
_DAY_ASIDE = re.compile(r"(?<=,)\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s+[a-z]+ed\b)")
# "In comments to HNA, however, X said": an opening phrase keeps its comma when the aside after it is blanked
_OPENING_PHRASE = re.compile(r"(?:In|At|During|After|Speaking|Asked|Writing|Talking|Responding|Commenting|Addressing)\s"
                             r"[^,]{0,80}\Z")
_SAID_NOTHING = re.compile(r"\b(?:said|says|say)\s+(?:nothing|little)(?:\s+(?:about|on|of|in public|publicly)\b"
                           r"(?:(?!\b(?:beyond|except|but|other than)\b)[^,;:“”\"«»])*)?\s*[.!]?\s*\Z")
_BROADCAST_CUE = re.compile(r"\A(?:SOUNDBITE|SOT|VOICEOVER|ACTUALITY|BITE)\s+(?=\S)")
_LEARNED_FROM = re.compile(r"\b(?:has|have|had)\s+learned\s+from\s+(?P<np>(?:an?|the|two|three|several)\s+[^,;:“”\"«»]{3,80}?)"
                           r"\s+that\b")
_ACCORDING_OPEN = re.compile(r"[Aa]ccording to [^,;:]*\Z")
# "..., with Foreign Ministry spokesman Wang Wenbin insisting that ...", "..., with its spokesman saying ..."
_WITH_SAYING = re.compile(r",\s+with\s+(?P<np>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|[a-z][\w-]*)(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|"
                          r"[a-z][\w-]*)){0,8}?)\s+(?:saying|insisting|arguing|warning|claiming|adding|noting|stressing|"
                          r"declaring|asserting|contending|telling\s+[^,;]{1,40}?)\b")
# "Virk’s answer was blunter: ...", "Kuleba's reply was short"
_ANSWER_OF = re.compile(r"\A(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*){0,2})['’]s\s+(?:answer|reply|"
                        r"retort)\s+(?:was|is|came)\b")
_ACCORDING_ASIDE = re.compile(r",\s*according to [^,]{1,60},(?=\s*(?:said|says|told|added|stressed|noted|warned)\b)")
# "In the joint statement, the Russian side welcomed ...": the document is the source
IN_DOCUMENT = re.compile(r"\A(?:But |And )?In (?:(?P<it>it|them|the document|the documents|the text),(?!\s+(?:he|she|I|we|"
                         r"the\s+(?:[A-Z][\w-]*\s+)?(?:leader|president|premier|minister|chancellor|author))\b)|(?:the|a|its|their) (?:(?:main|first|second|own|latest|longer|shorter|political|economic)\s+(?:of the two\s+)?)?(?P<np>joint statements?|statements?|readout|"
                         r"communiqu[eé]|declaration|joint declaration|documents?)\s*,)")
IN_VIEW = re.compile(r"\A(?:But |And |Yet |(?:That|This|It|Such|Which)(?: [a-z]+)?,\s+)?[Ii]n (?P<np>his|her|their|the (?:[A-Za-z-]+ ){0,2}[a-z]+|[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*){0,3}?)(?:['’]s?)? "
                     r"(?:view|opinion|words|assessment),")
# Interview and briefing transcripts: the question is the interviewer's (the writer's voice); the answer is
# the interviewee's, resolved in the discourse pass.
_BARE_Q = re.compile(r"\AQ\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž\"“])")
QA_MARKERS = {"Q": "<question>", "Question": "<question>", "QUESTION": "<question>", "Follow-up": "<followup>",
              "FOLLOW-UP": "<followup>", "A": "<answer>", "Answer": "<answer>", "ANSWER": "<answer>"}
# Interviews laid out without "Q:"/"A:": turns led by a dash ("— How do you assess the visit?"), or question
# paragraphs after an introduction that says an interview follows ("We asked her what the visit changed.")
_DASH_TURN = re.compile(r"\A[—–-]\s*\S")
# "When Xi Jinping sat down with Vladimir Putin ...": two leaders meeting, not an interview's introduction
_LEADERS_MET = re.compile(r"\b(?:Xi|Putin|Zelensky\w*|Biden|Modi|Lavrov|Wang Yi|Blinken|Kuleba)\b[^.]{0,40}\b(?:sat down|spoke|"
                          r"talked) (?:with|to)\s+(?:(?:President|Mr|Chinese|Russian|Ukrainian|US)\s+)*(?:Vladimir |Xi )?"
                          r"(?:Xi|Putin|Zelensky\w*|Biden|Modi|Lavrov|Wang Yi|Blinken|Kuleba|Qin)\b")
_INTERVIEW_CUE = re.compile(r"\b(?:interview(?:ed)?|asked (?:him|her|them)|[Ww]e asked|discussed\s+(?:\w+\s+){0,3}?with|(?-i:asked\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+,))|spoke (?:to|with)|talked (?:to|with)|"
                            r"answered (?:\w+(?:['’]s)? )?questions|in conversation with|Q&A|sat down with)\b", re.I)
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}
_ROLE_HEAD_WORDS = frozenset("""analyst expert host presenter anchor guest scholar professor journalist correspondent
diplomat economist historian scientist researcher commentator editor deputy senator lawmaker ambassador minister
spokesman spokeswoman spokesperson adviser official representative envoy trader businessman""".split())
COLON_HEADLINE = re.compile(r"\A(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|" + "|".join(sorted(ROLE_WORDS - {"a"}))
                            + r"|staff|of|the)){0,6})(?:,\s+(?P<caps_role>[A-ZÀ-ÖØ-ÞĀ-Ž][A-Z .'’-]{1,40}|(?:[a-z-]+\s+){0,2}(?:[a-z]+ist|"
                            + "|".join(sorted(_ROLE_HEAD_WORDS)) + r")(?:\s+(?:in|of|at|for|from)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*"
                            r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)?)?))?"
                            r"(?:\s+to\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,2})?(?:\s*\([^)]{1,30}\))?:\s+\S")
_ON_TOPIC_HEADLINE = re.compile(r"\A(?P<np>(?:[A-Za-z-]+\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){0,2})"
                                r"\s+on\s+[^:«“\",]{2,60}:\s*[«“\"]")
_ON_TOPIC_BARE = re.compile(r"\A(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){0,2})\s+on\s+[^:«“\",]{2,60}:\s+\S")
_PARTY_TAG = re.compile(r"\s*\([RDI]-[A-Z][A-Za-z.]{0,12}\)")
_RESEARCH_BODY = re.compile(r"\b(?:Institute|Centre|Center|Council|Foundation|Endowment|Forum|Academy)\b")
_NOT_COLON_SPEAKERS = frozenset("""translation latest live updates update explained explainer analysis opinion context
commentary background verdict""".split())
_HEADLINE_GROUPS = ("experts", "analysts", "observers", "insiders", "officials", "sources", "scholars", "diplomats")
_COLON_GROUP_END = re.compile(r"\w[^:]{20,}:\s+(?P<np>(?:[A-Z][a-z]+\s+)?(?:"
                              + "|".join(f"[{g[0].upper()}{g[0]}]{g[1:]}" for g in _HEADLINE_GROUPS) + r"))\s*\Z")
_QUOTE_FROM = re.compile(r"\AQuote from (?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,3})\s*:\s")
_TO_PLACE_NAME_COLON = re.compile(r"\A(?P<role>[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+to\s+(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž]\w+)\s+"
                                  r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){1,2})\s*:\s")
# Transcript turns in capitals: "PRESENTER:", "KIRILL ABRAMOV:" (not datelines or furniture: "NEW DELHI:")
_CAPS_TURN_ROLES = frozenset("presenter host anchor moderator interviewer correspondent reporter".split())
_CAPS_NOT_NAMES = frozenset("""read more also update updated breaking watch live exclusive editor note photo video
news agency desk staff united nations states kingdom correction clarification warning source sources related
highlights summary background context analysis comment opinion explainer factbox timeline editorial disclaimer
transcript excerpt excerpts caption""".split())


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


_CAPS_SURNAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Z'’-]{2,}")  # "ZORIN:" in a transcript, resolved against the article's names

_TOKEN = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|St)\.|[A-ZÀ-ÖØ-ÞĀ-Ž]\.(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž])|"
                    r"[^\W_](?:[\w&-]|['’.](?=\w))*|[^\w\s]")
_QUOTE_OPEN = "\"“„«"
_BULLETS = "•▪·*►"
_OPENERS = _QUOTE_OPEN + "‘"  # what a quoted sentence may start with (double or British single quotes)
_QUOTE_CLOSE = "\"”“»"


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
broadcasting corporation channel network magazine weekly""".split())
_ROLE_THEN_NAME = re.compile(r"\(([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){1,2})\)\s*:")
# The last word of an organisation's name cut off at "for"/"of" ("Centre for Strategic Dialogue"): not a person
_ORGANISATION_TAILS = frozenset("""studies dialogue peace research affairs relations policy policies strategy strategies
security development cooperation analysis initiatives institute centre center foundation council programme program
forum network economics sciences warfare issues trends defence defense democracy asia eurasia africa world
region regions""".split())
# The last word of a capitalised phrase that names a thing, not a person ("Cold War", "Peace Formula")
_THING_TAILS = frozenset("""war era mentality crisis plan formula summit statement treaty charter union assembly
parliament agreement declaration doctrine initiative route road pipeline corridor stream""".split())
_GROUP_AT = re.compile(r"(?P<group>[Aa]nalysts|[Ee]xperts|[Rr]esearchers|[Ee]conomists)\s+(?:at|from|with)\s+(?:the\s+)?"
                       r"(?P<inst>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*|of|for|the|and|on)){1,8})\Z")
_OFFICIAL_FAMILIAR = re.compile(r"(?P<np>.*?\b(?:officials?|diplomats?|spokesperson|spokesman|advisers?|aides?))"
                                r"\s+(?P<tail>(?:familiar with|briefed on|close to|aware of|knowledgeable about|involved in)\b.*)\Z")
_NAME_COMMA_ROLE = re.compile(r"\s*(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){1,2}),\s+(?P<role>[^,:;.!?“”\"]{3,100}"
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
_LOWER_ROLE_BEFORE_NAME = re.compile(r"\A(?:the\s+|The\s+|a\s+|A\s+)?(?P<role>(?:[a-z][\w-]*\s+|[A-ZÀ-ÖØ-ÞĀ-Ž][\w]*-based\s+){1,3})(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*"
                                     r"(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|of|for|the|and))*)\Z")
_ORGANISATION_ROLE_WORDS = frozenset("""agency magazine newspaper broadcaster outlet channel daily weekly tank firm consultancy
aggregator tracker website portal""".split())
_RECORD_SOURCES = frozenset("video readout side transcript footage record account minutes recording".split())
_SOURCE_SUFFIXES = frozenset({"readout", "report", "news agency", "agency", "newspaper"})
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
    from .errors import InputError

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


_QUOTE_CHARS = re.compile("[" + re.escape(_QUOTE_OPEN + _QUOTE_CLOSE + "‘’") + "]")


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
            elif ch == "”" and not spans and i > 0:
                spans.append((0, i))  # a closing mark with no opener: the quote began before this text
        elif kind == "double":
            if ch in _QUOTE_CLOSE and ch != "“":
                spans.append((open_at, i))
                kind = None
        elif ch == "’" and (i + 1 == n or not text[i + 1].isalnum()) and i > 0 and not text[i - 1].isspace():
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
            if i + 1 < len(toks) and toks[i + 1][0].lower() in ("nothing", "little") \
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
    if toks[i][0] in _ING_VERBS and i > 0 and toks[i - 1][0] in _BE and toks[i][0] != "asking":
        return 1  # "US officials had been warning that ...", "state media are reporting"
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
        return None, _np_left(toks, i - 1 if toks[i][0] in _ING_VERBS and toks[i - 1][0] in _BE
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
                or (j < k and lw in ORGANISATION_ROLES | {"weekly", "magazine", "website"} and _is_cap(toks[j][0])) \
                or (j < k and _POSSESSIVE_ROLE.fullmatch(lw) and (lw[:-2] in ROLE_WORDS or lw.startswith("think-"))) \
                or lw in GROUP_PRONOUNS or lw in GROUP_HEADS or _HYPHENATED.fullmatch(w) \
                or (lw == "countries" and j >= 2 and toks[j - 2][0].lower() in ("two", "both")) \
                or (j == k and lw in ("force", "forces", "service", "command") and j >= 2) \
                or (j < k and j >= 2 and lw in _NAME_PARTICLES  # "Ursula von der Leyen said"
                    and (_is_cap(toks[j][0]) or toks[j][0] in _NAME_PARTICLES)
                    and (_is_cap(toks[j - 2][0]) or toks[j - 2][0] in _NAME_PARTICLES)) \
                or (j < k and (lw in _MODIFIERS or _ADJECTIVE.fullmatch(lw))
                    and (toks[k - 1][0].lower() in ROLE_WORDS | GROUP_HEADS | INSTITUTION_HEADS
                         or _is_cap(toks[k - 1][0]))):
            j -= 1
            if lw in _PRONOUNS:
                break
            continue
        break
    if j == k:
        return None
    if 0 < j == k - 1 and toks[j][0].lower() in PERSON_PRONOUNS | GROUP_PRONOUNS \
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
television tv radio""".split())


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
                      or toks[j - 1][0].lower() in GROUP_HEADS | PERSON_ROLE_HEADS | INSTITUTION_HEADS):
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
    back = any(w in text for w in ("this", "these", "statement", "remarks", "comments")) and BACK_ACTIVE.search(text)
    if back:  # "Kuleba said this in an interview, an Ukrinform correspondent reports.": Kuleba's
        text = _OUTER_REPORTS.sub(".", text)
    raw = _find_raw(text, start, table)
    if raw is not None and raw.pass_name == "trailing" and not back and "report" in text and _OUTER_REPORTS.search(text) \
            and raw.np.split()[-1].lower() in ("correspondent", "reporter", "reports", "agency"):
        # "..., President Volodymyr Zelensky said at a press conference in Kyiv, a Promin correspondent reports.":
        # the outlet relays Zelensky's words
        inner = _find_raw(_OUTER_REPORTS.sub(".", text), start, table)
        if inner is not None and inner.pass_name in ("trailing", "leading") and _named_person(inner.np, table) \
                and not text.lstrip().startswith(inner.np):  # ("X told journalists that ..., a Y correspondent
            raw = inner  # reports" is the outlet's account of what X told others: the development gold keeps it so)
    if raw is not None and ", " in text and (raw.pass_name == "leading" and raw.np.lower() in PLACE_WORDS
                                             or raw.pass_name == "trailing" and "report" in text
                                             and raw.np.split()[-1].lower() in ("correspondent", "reporter")):
        m = _TRAILING_PERSON.search(_OUTER_REPORTS.sub(".", text))
        if m and _named_person(m.group("np"), table) and not _has_quote(text):
            # "Moscow sees the plan as groundwork ..., Russian President Vladimir Putin said on Tuesday": the
            # person whose words the whole sentence reports, not the capital the claim is about (also before
            # ", a Promin correspondent reports")
            raw = _Raw(m.group("np"), "trailing", False)
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
    if raw is not None and raw.np[:1] in "IiWwMmOoUu" \
            and raw.np.lower().split("'")[0].split("’")[0] in FIRST_PERSON:
        return None  # "I'd put it more bluntly: ...": the one speaking here is whoever "I" is, not "I'd"
    if raw is not None and raw.pass_name in ("leading", "trailing") and ("nothing" in text or "little" in text) \
            and _SAID_NOTHING.search(text) \
            and re.search(re.escape(raw.np) + r"\s+(?:\w+\s+)?(?:has\s+|have\s+)?(?:said|says|say)\s+(?:nothing|little)", text):
        return None  # "..., and Chinese officials said nothing about it.": no claim to attribute
    if raw is not None and raw.pass_name == "leading" and back:
        raw.back = True  # "Zelensky stated this in his evening address."
    return raw


def _find_raw(text: str, start: str | None, table: SpeakerTable) -> _Raw | None:
    m = _DASH_SIGNED.search(text)
    if m:
        return _Raw(m.group("np"), "trailing", True)  # "“...” — Volodymyr Zelensky"
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
        if np_ and (np_.split()[-1].lower() in _RECORD_SOURCES or record):
            # "Xi told Putin ..., according to a Kremlin video": the record only relays Xi's words
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
    m = IN_VIEW.match(flat) or _IN_VIEW_MID.search(flat)
    if m and m.re is _IN_VIEW_MID and len(flat) == len(text):
        # "Kirby said that Washington opposes the call, because, in his words, it would ...": the named speaker
        inner = _find_raw(text[:m.start()] + "," + " " * (m.end() - m.start() - 1) + text[m.end():], start, table)
        if inner is not None and inner.pass_name in ("leading", "trailing") and inner.np[:1].isupper() \
                and inner.np.lower() not in PERSON_PRONOUNS | GROUP_PRONOUNS:
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
                    and inner.np.lower() not in PERSON_PRONOUNS | GROUP_PRONOUNS and _CLAIM_VERB.search(rest) \
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
              and m.group("np").split()[1].lower() not in REPORTING_VERBS | NOT_SPEAKERS) \
            and not all(w.lower() in PLACE_WORDS | {"new"} for w in m.group("np").split()) \
            and (not m.group("np").isupper() or table.lookup(m.group("np")) or _CAPS_SURNAME.fullmatch(m.group("np"))
                 and m.group("np").lower() not in _CAPS_NOT_NAMES | PLACE_WORDS
                 or _caps_turn(m.group("np"))):
        inner = find_raw(text[m.end() - 1:], table=table) if len(text) > m.end() else None
        if inner is None and _VOCATIVE.match(text[m.end() - 1:]):  # "ZORIN: Mark, your John Kirby says ..."
            inner = find_raw(_VOCATIVE.sub("", text[m.end() - 1:], count=1), table=table)
        if inner is not None and inner.pass_name in ("leading", "trailing") \
                and (inner.np[:1].isupper() or _named_person(inner.np, table)
                     or re.fullmatch(r"the(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)+|(?:the\s+)?joint statement", inner.np)) \
                and inner.np.lower() not in PERSON_PRONOUNS | GROUP_PRONOUNS \
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
        if named and np_.lower() in _CAPS_TURN_ROLES | _GENERIC_TURNS:
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
        return _Raw(m.group("np"), "leading", has_quote)
    m = TRAILING_DOCUMENT.search(flat) if any(w in flat for w in _DOCUMENT_WORDS) else None
    if m:  # (one of "the statements": the statement)
        return _Raw(m.group("np").rstrip("s") if m.group("np").endswith("ts") else m.group("np"), "trailing",
                    has_quote)
    m = OVERHEARD.search(flat) if any(w in flat for w in _OVERHEARD_WORDS) else None
    if m and _np_ok(m.group("np")):
        return _Raw(m.group("np"), "leading", has_quote)
    m = OUTLET_PIECE.match(flat)
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
        if toks[i][0] in _ING_VERBS and i and (toks[i - 1][0] == "," or toks[i - 1][0] == "by"):
            # "Kirby went further, claiming that", "Lavrentyev opened by declaring that"
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
                    and toks[b - 1][0].lower() in ROLE_WORDS | _MEDIA_SPEAKER_HEADS):
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
                and inner.np.lower() not in PERSON_PRONOUNS | GROUP_PRONOUNS and _CLAIM_VERB.search(rest) \
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
_POSSESSIVE_VERDICT = re.compile(r"\A(His|Her|Their)\s+(?:verdict|view|answer|assessment|reply|response|message|advice|"
                                 r"prediction|forecast)\b[^:“”\"«»]{0,80}:\s*[“\"«]")
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
            and m.group("name").split()[0].lower() not in NOT_SPEAKERS | PLACE_WORDS:
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
    if not words or not any(_is_cap(w) and w.lower() not in NOT_SPEAKERS | DETERMINERS for w in words) \
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
                       r"[a-z]+(?:\s+(?:der|den|la|le))?(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž])))*")  # ("Ursula von der Leyen")


_ASIDE_NOT_ROLE = re.compile(r"(?:in|on|at|during|after|before|speaking|talking|writing|according|citing|quoting|"
                             r"responding|asked|which|who|whose|where|when)\b")


# "America's top diplomat", "The American top diplomat"
_OWNER_ROLE_NP = re.compile(r"(?:(?:The|the)\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*")
_FULL_NAME = r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){1,2})"
_TITLE_THEN_NAME = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*\s+(?:(?:of|for|to)\s+)?){1,4}" + _FULL_NAME)
_NAME_THEN_PLACE = re.compile(_FULL_NAME + r"\s+(?:of|at|from)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][^,]{2,80}")


_WHERE_PREFIX = re.compile(r"\s*(?:In|At|From)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)?\s*")


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
                          r"Spokeswoman|Chairman|Chair|Ambassador|Member|Speaker|Commissioner|Governor)\s+(?:of|to|for)\s|"
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
    cut = next((k for k, w in enumerate(tail) if w.lower() not in ROLE_WORDS | RANKS), len(tail))
    if 2 <= len(tail) - cut <= 3 and all(_is_cap(w) for w in tail[cut:]) and prev.split() \
            and all(w.lower() in ROLE_WORDS | _MODIFIERS | COUNTRY_WORDS for w in prev.split()) \
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
    m = _NAME_SEG.search(last)
    if m and m.end() == len(last) and len(parts) >= 2 and (re.match(r"(?:a|an|the|another|one)\b", prev, re.I)
                                                       or any(w.lower() in ROLE_WORDS for w in prev.split())):
        name = m.group()
        if name.split()[0].lower() not in NOT_SPEAKERS | DETERMINERS:
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


def _initial_subject(toks) -> str | None:
    """The capitalised subject a sentence starts with ("Putin greeted Xi ... and said")."""
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
    if len(toks) > 2 and toks[0][0].endswith("ing") and _is_cap(toks[0][0]) and toks[0][0].lower() not in PLACE_WORDS \
            and toks[1][0][:1].islower():  # a participle ("Addressing the ..."), not "Beijing calls"
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
    return np_ if _np_ok(np_) and toks[0][0].lower() not in NOT_SPEAKERS | DETERMINERS else None


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
            and not (low[0] == "source" and len(np_.split()) > 1 and words[0][:1].islower()):
        return False  # (but "A source in the Kremlin told ...": a person; "Source:" labels a line)
    return any(_is_cap(w) for w in words) or any(w in ROLE_WORDS or w in GROUP_HEADS for w in low) \
        or low[-1] in PERSON_PRONOUNS | GROUP_PRONOUNS or bool(re.fullmatch(r"\d{2,3}-year-old", low[-1]))


# --- names within an article -----------------------------------------------

_ROLE_PHRASES = frozenset({"head of state", "head of government", "secretary of state"})
# Role heads general enough to name whichever official has just spoken ("the diplomat added")
_GENERIC_OFFICIAL_HEADS = frozenset({"diplomat", "official"})
# "the diplomat" fits an ambassador or an envoy named before
_HEAD_FAMILIES = {"diplomat": ("ambassador", "envoy", "consul", "foreign minister", "diplomat"),
                  "envoy": ("ambassador", "envoy", "representative")}
INSTITUTION_HEADS = frozenset("""force forces staff administration committee court service command army navy ministry
council office agency department bureau commission parliament assembly embassy""".split())
# Role words after which a one-word name is an organisation's ("cargo tracker Vortexa", "broadcaster NHK").
ORGANISATION_ROLES = frozenset("""tracker broadcaster aggregator agency newspaper firm outlet channel network daily tank think-tank
portal tabloid consultancy newsletter magazine website site weekly""".split())
PLACE_WORDS = frozenset("""russia china india ukraine moscow beijing kyiv kiev delhi washington brussels london
paris berlin tokyo europe america japan britain germany france""".split())
NOMINAL_INSTITUTIONS = frozenset({"statement", "readout", "communique", "document", "declaration"})
# "the newspaper said": the latest news outlet named before
MEDIA_HEADS = frozenset("newspaper tabloid daily agency broadcaster channel outlet publication network editorial "
                        "commentary".split())
# Last words that make an unknown speaker an outlet ("Russian agencies"); a bare "agency" may be a ministry's
_MEDIA_SPEAKER_HEADS = (MEDIA_HEADS - {"agency"}) | {"agencies", "media", "outlets", "newspapers", "magazine", "newsletter",
                                                      "website", "weekly", "site"}
_POSSESSIVE_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*['’]s")
_POSSESSIVE_ROLE = re.compile(r"[a-z]+['’]s")
_AGE = re.compile(r"\d{2,3}-year-old\Z")
_ONE_MEMBER = re.compile(r"\A(?:One|one|Another|another)\s+(?P<head>official|diplomat|source|aide|analyst|expert|adviser|"
                         r"lawmaker)\Z")
PERSON_ROLE_HEADS = frozenset("""spokesman spokeswoman spokesperson minister president premier chancellor
secretary adviser advisor aide official envoy ambassador diplomat leader chief head director coordinator
representative deputy senator lawmaker general commander analyst expert professor scholar researcher fellow
economist commentator journalist correspondent editor chairman governor host person source presenter admiral
colonel commodore dictator mp banker trader executive investor businessman businesswoman anchor moderator""".split())
COUNTRY_WORDS = frozenset("""chinese russian american us u.s. ukrainian european eu indian british french german
kremlin nato western japanese turkish brazilian italian polish dutch spanish canadian australian korean saudi iranian
israeli pakistani belarusian hungarian kazakh swiss austrian czech finnish swedish norwegian danish lithuanian
latvian estonian romanian bulgarian greek portuguese irish mexican indonesian vietnamese serbian georgian moldovan
emirati egyptian belgian slovak croatian""".split())
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


_ROLE_MARKERS = ROLE_WORDS | COUNTRY_WORDS | HONORIFICS | RANKS


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
    if role and role[-1] == "of" and len(name) >= 3 and name[0].lower() in PLACE_WORDS:
        role.append(name.pop(0))  # "President of Ukraine Volodymyr Zelenskyy"
    elif role and role[-1] in ("of", "for") and len(name) >= 4 and any(marker(w) for w in role) \
            and not any(w.lower() in _ORGANISATION_TAILS | PLACE_WORDS or w.lower() in INSTITUTION_HEADS
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
            and role[-1].lower().strip(".") not in HONORIFICS | ORGANISATION_ROLES:
        return whole
    return " ".join(w for w in role if w.lower().strip(".") not in HONORIFICS), " ".join(name)


_NEGATED_OPINION = re.compile(r"\b(?:does|do|did) not (?:think|believe|expect|rule out|see|doubt|exclude)\b")
_WHO_ROLE = re.compile(r",\s+who\s+(?P<verb>served|serves|worked|works|is|was|heads|headed|leads|led|chairs|chaired)\s+"
                       r"(?:as\s+)?(?P<role>(?:(?:a|an|the)\s+)?[^,.;]{3,80})")
_LEADERS_TOGETHER = frozenset({"the two leaders", "two leaders", "both leaders", "the leaders", "the two presidents",
                               "the two men", "the two heads of state"})  # narrated together, not quoted
_BOTH_SIDES = frozenset({"two sides", "both sides", "sides", "both countries", "two countries", "parties", "two parties",
                         "both parties"})
_JOINT_NAMED = re.compile(r"joint (?:statement|declaration)")
_PAIR_OF_SIDES = frozenset({"moscow and beijing", "beijing and moscow", "russia and china", "china and russia"})
_IN_VIEW_MID = re.compile(r",\s+in (?P<np>his|her|their) (?:view|opinion|words|assessment),")
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


_LEADING_PREPOSITIONS = frozenset("by from with for in at on to after before during since under over".split())
# Unions read in per-sentence checks, built once (as _DET_ROLE is)
_NOT_SPEAKER_OR_PREP = NOT_SPEAKERS | _LEADING_PREPOSITIONS
_SPEECH_VERBS = REPORTING_VERBS - NOUN_LIKE_VERBS  # "said", not "remarks"
# "Beijing has dismissed the criticism, with spokesman Wang Wenbin saying ...": a reaction the writer sums up, then
# the words of the one "with" introduces
_DISMISSALS = frozenset("dismissed dismisses rejected rejects rebuffed rebuffs".split())
_PLACE_OR_COUNTRY = PLACE_WORDS | COUNTRY_WORDS


def _role_like(word: str) -> bool:
    w = word.lower().strip(",.")
    return w in ROLE_WORDS or w in COUNTRY_WORDS or w in _MODIFIERS or w.endswith(("ologist", "ist")) \
        or bool(_ADJECTIVE.fullmatch(w)) or w in ("former", "retired", "ex", "acting", "chief", "deputy", "head", "then",
                                                   "now", "currently", "formerly", "himself", "herself", "also")


_APPOSITIVE_STOPS = _SPEECH_VERBS | _VERB_FIRST - NOUN_LIKE_VERBS | frozenset(
    "will would has have had is are was were can could should may might must".split())  # a clause, not a role
_NOT_NAME_WORDS = ROLE_WORDS | INSTITUTION_HEADS | COUNTRY_WORDS | frozenset(
    "security defense defence affairs state national foreign federal general".split())


_BYLINE = re.compile(r"[ \t]*By [A-ZÀ-ÖØ-ÞĀ-Ž][\w.'-]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w.'-]*){0,3}\Z")


_POSTED_TO = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Cc]onsul|[Aa]ttach[eé]|[Ee]missary)\s+to\s+\Z")


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
                and not any(w.lower() in INSTITUTION_HEADS | ORGANISATION_ROLES | _ORGANISATION_TAILS | ROLE_WORDS
                            for w in words[1:]):
            words.pop(0)  # "Brazil's Celso Amorim": the country owns the post, the name is the rest
        while words and (words[0].lower() in DETERMINERS or words[0].lower() in NOT_SPEAKERS
                         or words[0].lower() in _LEADING_PREPOSITIONS):
            words.pop(0)  # "By Probe Times staff", "In Beijing": the name starts after the preposition
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
                and not any(w.lower() in _ORGANISATION_TAILS | PLACE_WORDS for w in parts[-2:]):
            # "... of the Center for Asian Strategic Forecasting Nikolai Rybin": an organisation, then a person
            role, parts = " ".join(parts[:-2]), parts[-2:]
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
        words = [w for w in name.split() if w.lower() not in HONORIFICS]
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
        if role and role[:1].isupper() and role.split(",")[0].strip().lower() not in _ANALYST_HEADS | ROLE_WORDS \
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
                  "governor", "mayor", "premier", "ombudsman", "commissioner"}:
            # an official with no country named: the article's own country when its wording shows one
            # ("a senior official in the Office of the President" in a Ukrainian outlet)
            return self.home or "other_gov"
        return "analyst"

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
            if all(_is_cap(w) or w.lower() in ROLE_WORDS or w.lower() in COUNTRY_WORDS for w in prefix) \
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
            and speaker.split()[-1].lower() not in _ORGANISATION_TAILS | _THING_TAILS \
            and self.table.side_from_words(speaker) != "media"  # "Brussels Ledger" is an outlet

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
        if len(words) >= 3 and words[-2].lower() in ("on", "last", "this", "late", "early") \
                and words[-1].lower() in _TIME_WORDS:
            words = words[:-2]  # "Antony Blinken on Monday"
        while words and words[0].lower() in STRIP_DETERMINERS:
            words.pop(0)  # "the Kremlin" -> "Kremlin"; quantifiers stay ("Some analysts", as written)
        if len(words) > 2 and words[0].lower() == "friend":
            words.pop(0)
        low = [w.lower() for w in words]
        if len(low) == 1 and low[0] in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return low[0]
        for cut in (2, 1):  # "a Chinese Foreign Ministry readout", "a PTI report", "RIA Novosti news agency"
            if len(low) > cut and " ".join(words[-cut:]) in _SOURCE_SUFFIXES and _is_cap(words[-cut - 1]) \
                    and (len(words) - cut >= 2 or self.table.lookup(words[0]) is not None) \
                    and (self.table.lookup(" ".join(words[:-cut])) is not None
                         or not all(w.lower() in COUNTRY_WORDS for w in words[:-cut])):
                raw = raw.renamed(raw.np, " ".join(words[-cut:]))
                words, low = words[:-cut], low[:-cut]
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
        if fig and len(words) == 1 and words[0].islower() and words[0] in _ANALYST_HEADS | PERSON_ROLE_HEADS:
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
        if low and not indefinite and (low[-1] in PERSON_ROLE_HEADS | NOMINAL_INSTITUTIONS | MEDIA_HEADS | _ANALYST_HEADS
                                       or low[-1] in INSTITUTION_HEADS | ORGANISATION_ROLES
                                       and raw.np.split()[0].lower() == "the"  # "the tracker said": Vortexa
                    or low[-1].endswith("ologist") or " ".join(low[-3:]) in _ROLE_PHRASES) \
                and all(_POSSESSIVE_S.sub("", w) in ROLE_WORDS | COUNTRY_WORDS or w in {"of", "state", "government"}
                        or w.endswith("-based") or 3 <= len(w) <= 4 and ww.isupper() and k < len(low) - 1
                        for k, (ww, w) in enumerate(zip(words, low))):
                # (a ministry's initials before the role: "the MEA spokesperson", "the MFA spokeswoman")
            found = self.nominal(words, pos, definite=raw.np.split()[0].lower() == "the")
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


# --- the article-level driver ----------------------------------------------

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
    para = None
    for i, sp in enumerate(spans):
        if sp.kind != "statement":
            continue
        carried = False
        if sp.paragraph != para:
            # a new paragraph that opens with a quote mark continues an unclosed quote (wire style)
            carried = state is not None and sp.text[:1] in _QUOTE_OPEN + "‘"
            state = None
            para = sp.paragraph
        inside[i] = state is not None or carried
        raws[i] = find_raw(sp.text, state, table)
        _, state = _scan_quotes(sp.text, state)

    first = next((i for i, sp in enumerate(spans) if sp.kind == "statement"), None)
    if first is not None and _dateline_label(raws[first], text, spans[first], table):
        raws[first] = None  # "KOCHI: For the families of ...": where the story was filed, not who speaks
    asks, answers, intro = _interview_layout(spans, raws, text)
    for i in answers:
        raws[i] = _Raw(QA_MARKERS["A"], "colon", True)
    for i in range(1, n):
        # a round-up: "Erdem Yilmaz, professor of international relations" on its own line, his quote below it
        prev, sp = spans[i - 1], spans[i]
        if sp.kind == "statement" and raws[i] is None and sp.text[:1] in _QUOTE_OPEN + "‘" \
                and prev.kind == "statement" and prev.paragraph == sp.paragraph and "\n" in text[prev.end:sp.start]:
            m = _NAME_COMMA_ROLE.fullmatch(prev.text)
            if m and any(w.lower().strip(",") in ROLE_WORDS for w in m.group("role").split()) \
                    and m.group("name").split()[0].lower() not in NOT_SPEAKERS | PLACE_WORDS:
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
                     or (raws[i] is None and resolver.names_other_person(sp, turn.speaker))
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
            if inside[i] and (same_para or sp.text[:1] in _OPENERS) and prev.attribution != "none":
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
                    and spans[i - 1].paragraph != sp.paragraph \
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
    if k is not None and k != j and spans[i].text[:1] not in _QUOTE_OPEN + "‘«" \
            and spans[k].text[:1] in _QUOTE_OPEN + "‘«" and spans[k].paragraph == spans[i].paragraph \
            and _quote_balance(spans[k].text) > 0:
        # '... was far less diplomatic. “A country ... dock. Such trips say more,” he wrote.': the pronoun closes a
        # quote opened a sentence earlier; the introduction comes before the quote
        k0 = _prev_statement(spans, k)
        if k0 is not None and k0 != j and spans[k0].paragraph == spans[i].paragraph:
            k = k0
    if k is not None and k != j and spans[k].paragraph == spans[i].paragraph \
            and spans[k].text[:1] not in _QUOTE_OPEN + "‘«" \
            and not _names_again(spans[k], prev.speaker, resolver):
        # (not a quote's first sentence: '"Xi did not come for peace. He came ...," he told' is not Xi)
        intro = resolver.person_in(spans[k], exclude=prev.speaker)
        if intro is not None and _gender_fits(pron, intro.speaker):
            return intro
        k2 = _prev_statement(spans, k)
        if intro is None and k2 is not None and k2 > j and spans[k2].paragraph == spans[i].paragraph \
                and not resolver.mentions_in(spans[k]) and spans[k2].text[:1] not in _QUOTE_OPEN + "‘«":
            # "Lavrentyev waved this away. The audience applauded. He said ...": one sentence naming nobody between
            intro = resolver.person_in(spans[k2], exclude=prev.speaker)
            if intro is not None and _gender_fits(pron, intro.speaker):
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


# First names that mark a woman, beyond the rule of thumb below (lowercase).
FEMALE_NAMES = frozenset("""karine ursula annalena catherine victoria linda janet kamala giorgia hua mao maria
elena olena oksana anna kaja liz nancy hillary condoleezza madeleine ruth hannah meera nandini chitra priya
marina natalia iryna olha yulia
abigail agnes alice alison amy ann anne annette astrid audrey barbara beatrice bonnie brigitte carol caroline
carmen charlotte chloe christine claire colleen deborah denise diane dorothy eileen elisabeth elizabeth ellen
emily emma esther eve frances ginny grace gwen heather helen helene ines ingrid irene isabel isabelle jane
jennifer jessica jill joan joanne josephine judith judy julie karen kate katherine kathleen kathryn kirsten
laura lauren lily liv louise lucy margaret margrethe marie marion megan melanie michelle mirjam miriam molly
monique nicole noor pauline rachel rebecca rose sarah sharon sigrid sophie stephanie sue susan suzanne tamar
ulrike valerie wendy yvonne zoe
alla lyudmila lyubov nadezhda olga svetlana tatiana tatyana valentina yelena yevgenia zoya raisa inna
emine mei-ling meiling mei-lin kristin doris gabrielle naomi heidi kelly ashley shelley holly sally tracy kathy betty
peggy jody mandy pallavi shruti aarti jyoti gauri smriti nidhi sakshi swati preeti nirupama ruchi shivani mansi tanvi
aditi lakshmi gayatri anjali deepti kriti meenakshi revathi bharti savitri harini malini rohini yamini vani rani devi
bhavani
ludmila khrystyna olesya halyna hanna nataliya myroslava ruslana uliana kateryna
aarti anjali deepika divya gita indira jaya kavita lakshmi leela meenakshi nirmala nirupama pooja radhika
rekha ruchira shobha smriti sonia sushma swati usha vidya
camille mathilde sylvie aurelie sabine nadine margot karin maren birgit anouk femke ilse gudrun dolores mercedes
pilar beatriz raquel aylin elif zeynep ayse mariam yasmin jasmin shirin shalini gayatri madhuri malini shanti
priti preeti jyoti bharti kirti shruti devi rani sakshi rukmini meenal gauri rashmi nidhi deepti arti manasi
nupur shefali vaishali anjali rupali sonali mitali pallavi
imogen elspeth harriet bridget evelyn hazel ivy jade joy lynn mary maureen nell olive penelope phoebe rosalind ruby
scarlett sybil tess gillian hermione iris caitlin siobhan niamh aoife sinead dagmar heike anke elke silke katrin
kerstin edith ingeborg hildegard renate annegret solveig astrid kristin ellen fran meg jen kate beth sian carys
rhian eleri ffion cerys lowri megan gwen adele hélène helene sandrine delphine juliette colette amelie anaïs
chantal elodie emilie isabelle josephine lucie manon nathalie odile pascale solene yvette lindiwe nomvula thandiwe
naledi amara chioma ngozi adaeze ifeoma folake yetunde
""".split())
MALE_NAMES_IN_A = frozenset("""nikita ilya joshua luca andrea kuleba sasha misha nikola luka kuzma savva danila
narendra rajendra mahendra jitendra surendra devendra ravindra dharmendra bhupendra virendra shailendra upendra
krishna rama surya aditya chaitanya shiva harsha fiachra""".split())
# Western women's name endings ("Lorraine", "Danielle", "Colette", "Maureen"), and the men's names with them
_FEMALE_ENDINGS = ("aine", "ine", "elle", "ette", "een")
_MALE_WITH_FEMALE_ENDINGS = frozenset("constantine augustine valentine antoine".split())


def _gender_fits(pron: str, name: str) -> bool:
    """Whether "he"/"she" can refer to ``name``: a rough first-name test (Slavic and Western -a names)."""
    first = name.split()[0].lower().strip(".") if name else ""
    if first in _CHINESE_SURNAMES and first not in FEMALE_NAMES and 2 <= len(name.split()) <= 3 \
            and name.lower() not in _CHINESE_MEN:
        return True  # "Zhou Kexin": a family name first tells nothing of the person's sex
    female = first in FEMALE_NAMES or (first.endswith("a") and len(first) > 2 and first not in MALE_NAMES_IN_A) \
        or (first.endswith(_FEMALE_ENDINGS) and len(first) > 4 and first not in _MALE_WITH_FEMALE_ENDINGS)
    return female if pron == "she" else not female if pron == "he" else True


_CHINESE_SURNAMES = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo
zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng su wei lu ding
ren shen yao jin qian tan fan fang shi xue jia xia fu zou xiong bai meng qin qiu hou kong cui shao mo duan lei long
gu""".split())
# Chinese officials of the story whose sex the text may not give
_CHINESE_MEN = frozenset({"xi jinping", "wang wenbin", "qin gang", "wang yi", "li qiang", "li hui", "zhang jun",
                          "cui tiankai", "zhao lijian", "wang huning", "li keqiang", "li shangfu", "zhang hanhui",
                          "fu cong", "wei fenghe", "han zheng", "ding xuexiang", "xie feng"})
STRONG_FIRST_PERSON = frozenset({"i", "we", "my", "me"})


_COMPLEMENT_BEFORE = re.compile(r"\b(?:of|to)\s+(?:the\s+)?\Z")


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


def _word_pattern(words) -> re.Pattern:
    """Whole words of ``words`` in any case, except "us" written "US" (the country)."""
    alternatives = "|".join(sorted(w for w in words if w != "us"))
    us = "|us|Us|uS" if "us" in words else ""
    return re.compile(rf"(?<![A-Za-z])(?:(?i:{alternatives}){us})(?![A-Za-z])")


_FIRST_PERSON_RE = _word_pattern(FIRST_PERSON)
_STRONG_FIRST_PERSON_RE = _word_pattern(STRONG_FIRST_PERSON)


# "Political scientist Oleg Dremin was more cautious.", "Kuleba was blunter on Tuesday.", "Another guest disagreed."
_INTRO_EVAL = re.compile(r"\A(?:But\s+|And\s+)?(?P<np>(?:[Tt]he\s+|[Aa]nother\s+|[Oo]ne\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|[a-z-]+)"
                         r"(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|[a-z-]+)){0,5}?)\s+(?:was|were|is|sounded|seemed)\s+(?:even\s+|much\s+|far\s+|"
                         r"rather\s+|a\s+(?:little|lot|bit)\s+)?(?:blunter|franker|harsher|sharper|gloomier|warier|more\s+\w+|"
                         r"less\s+\w+|unconvinced|not\s+convinced|sceptical|skeptical|doubtful|dismissive|blunt|direct|"
                         r"emphatic|cautious|optimistic|pessimistic|scathing|unimpressed)\b[^“”\"]{0,60}[.:]\s*\Z"
                         r"|\A(?P<np2>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;:“”\"]{2,60}?)\s+(?:went\s+further|disagreed|took\s+a\s+different\s+(?:view|line)|"
                         r"struck\s+a\s+different\s+note|had\s+a\s+different\s+(?:view|take)|"
                         r"(?:struck|strikes|sounded|sounds)\s+a\s+(?:more\s+|less\s+|far\s+)?\w+\s+note|"
                         r"put\s+it\s+(?:even\s+|much\s+|far\s+)?(?:more\s+)?(?:bluntly|plainly|sharply|starkly|simply|"
                         r"directly|differently|diplomatically))\b[^“”\"]{0,60}[.:]\s*\Z")
# "Tolmachev was more restrained: in his view, Beijing will ...": the person introduced speaks after the colon
_INTRO_EVAL_COLON = re.compile(_INTRO_EVAL.pattern.replace(r"[^“”\"]{0,60}[.:]\s*\Z", r"[^“”\".:]{0,60}:\s+\S"))
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
# Where the writer names one of the visit's documents: a joint statement (or the documents the leaders signed), or
# China's position paper
# The second joint statement by its subject: "the economic (cooperation) plan", "the plan to 2030"
_ECONOMIC_PLAN = r"\beconomic\s+(?:cooperation\s+)?plan\b|\bplan\s+(?:to|until|through)\s+2030\b"
_DOC_MENTION = re.compile(
    r"(?P<joint>joint\s+(?:statement|declaration)s?|\bsign(?:ed|s)?\s+(?:(?:a|an|two|the|both)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:declarations?|documents?|statements?|texts)\b|\b(?:documents?|statements?|declarations?|texts?)\s+(?:that\s+)?"
    r"(?:Xi\s+and\s+Putin|Putin\s+and\s+Xi|the\s+(?:two\s+)?(?:leaders|presidents|sides))\s+(?:signed|adopted)\b|\btwo\s+(?:signed\s+)?(?:documents|texts|statements)\b|"
    + _ECONOMIC_PLAN + r"|\b(?:partnership|new[- ]era)\s+statement\b|"
    r"\b(?:second|main|political|economic)\s+(?:joint\s+)?(?:statement|document|declaration)\b)|"
    r"(?P<paper>position\s+paper|(?:12|twelve)-point\s+(?:peace\s+)?(?:paper|document|plan|proposal|position)|"
    r"(?:Chinese|China['’]s|Beijing['’]s)\s+(?:[«“\"]?peace\s+(?:plan|proposals?)|proposals)|"
    r"China['’]s\s+Position\s+on\s+the\s+Political\s+Settlement|(?:Beijing|China)['’]s\s+(?:peace\s+)?(?:paper|document)|"
    r"\bdocument\s+(?:setting\s+out|outlining|on)\s+(?:its|China['’]s|Beijing['’]s)\s+position)",
    re.I)
# ... or weighs it by whose line it echoes: "repeats, almost word for word, Moscow's objections", "a point the Kremlin
# could have written itself" (the team's ruling: the writer's voice)
_DOC_WEIGHED = re.compile(r"\bword for word\b|\b(?:yet|but)\s+not\b|\bnot (?:one|a single) (?:line|word|sentence)\b|"
                          r"\b(?:asks|asked|says|said|demands|demanded|offers) (?:nothing|as much)\b|\A(?:Whatever|For all)\b|"
                          r"\b(?:did|does|do)(?: not|n['’]t) (?:mention|ask|call|demand|say|name|refer|condemn|criticise|criticize)\b|"
                          r"\b(?:no|any) (?:mention|reference|call|demand)s? (?:of|to|for)\b|\ba (?:point|line|demand|phrase) (?:that )?(?:the Kremlin|Moscow|Russia|Putin)\b|"
                          r"\bcould (?:just as well |easily )?have (?:written|drafted)\b|\bsaying nothing\b|"
                          r"\b(?:stops|stopped|stop) short of\b|"
                          r"\b(?:a|the) (?:line|point|phrase|demand|passage|formula)s? (?:that|which) (?:echo|mirror|repeat|borrow)")
# Who signs the joint statements: a mention of "the documents signed" counts only near them
_JOINT_PARTIES = re.compile(r"\b(?:Xi|Putin|Moscow|Beijing|Kremlin|Russia|China|Russian|Chinese|(?:two|the|both)\s+"
                            r"(?:leaders|sides|presidents|heads of state|countries))\b")
def _without_determiner(np_: str) -> str:
    """``np_`` without a leading "the", "its" or "their" ("the joint statement" -> "joint statement")."""
    head, _, rest = np_.partition(" ")
    return rest if rest and head in ("the", "its", "their") else np_


# What the document rules of find_raw name as speaker: a sentence that weighs the document is the writer's instead
_DOC_RAWS = frozenset({"joint statement", "position paper", "document", "statement", "declaration", "text"})
_DOC_MODIFIERS = frozenset("main first second political economic longer shorter larger other final new".split())
_PLAN_NAMED = re.compile(r"(?P<economic>" + _ECONOMIC_PLAN + r")|"
                         r"\bpeace\s+plan\b|\b(?:12|twelve)-point\s+(?:peace\s+)?plan\b|(?:China|Beijing)['’]s\s+plan\b",
                         re.I)
_DOC_NOUN = re.compile(r"\b(?:statement|declaration|document|text|paper|readout|communiqu[eé])s?\b", re.I)


_NAME_POSSESSIVE = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\b")


_CAPS_LABEL = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž .'’-]{1,40}(?:\s*\([^)]{1,30}\))?:", re.M)


def _dateline_label(raw, text: str, span, table) -> bool:
    """The article's first statement opens with a place in capitals and a colon ("KOCHI: For the families ..."): a
    dateline when the word is a known place, or is no one the speaker table knows ("CCTV:", "AFP:" ask questions)
    and is never used again in the article, as a speaker's label would be."""
    if raw is None or raw.pass_name != "colon" or not raw.np.isupper() or len(raw.np.split()) > 2:
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


def _whole_quote(text: str) -> bool:
    """The statement is one quotation from its first character to its last."""
    t = text.strip()
    return len(t) > 2 and t[0] in _OPENERS and t.rstrip(".")[-1] in _QUOTE_CLOSE + "’"


def _scare_quotes_only(text: str) -> bool:
    """The sentence quotes only short phrases inside its own words ('talks about “legitimate security interests”')."""
    if text[:1] in _QUOTE_OPEN + "‘«":
        return False
    spans, _ = quote_spans(text)
    return bool(spans) and all(len(text[a:b].split()) <= 5 for a, b in spans)


def _has_quote(text: str) -> bool:
    return any(ch in text for ch in _QUOTE_OPEN + _QUOTE_CLOSE + "‘")


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
