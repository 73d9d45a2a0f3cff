"""Word lists and patterns shared by the attribution passes (data, compiled once)."""

from __future__ import annotations

import re


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
lectured fretted frets cited restated restates
slammed slams blasted blasts lambasted lambasts derided derides decried decries ridiculed ridicules mocked mocks
castigated castigates rebuked rebukes chided chides denounced denounces applauded applauds commended commends
lauded lauds
""".split())
# Third-person forms that are also plural nouns ("such remarks", "his claims"): verbs only after a name.
INTRANSITIVE_VERBS = frozenset("""asked asks wondered wonders repeated repeats began begins continued continues answered
answers interrupted interrupts interjected interjects""".split())
NOUN_LIKE_VERBS = frozenset("remarks comments claims reports report states notes posts views regards thinks voices fears "
                            "doubts worries blasts".split())
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
                   "informed journalists", "informed reporters", "informed the press", "informed the media",
                   "holds that", "held that", "hold that",  # "The joint statement holds that dialogue is the way"
                   # "Putin was quick to declare that ..." (not "quick to dismiss the plan": an act, in the writer's
                   # words)
                   *(f"{be} quick to {verb}" for be in ("was", "were") for verb in (
                       "declare", "insist", "stress", "add", "note", "claim")),
                   # "Chinese officials have spent the week insisting that ...": what they kept saying (not "spent the
                   # week warning about the trip", nor "presenting China as ...": the writer's summary)
                   *(f"spent the {when}{period} {verb} that" for when in ("", "past ", "last ", "whole ")
                     for period in ("day", "days", "week", "weeks", "weekend", "month", "months", "year")
                     for verb in ("insisting", "arguing", "saying", "warning", "claiming", "stressing", "explaining")),
                   # opinions denied are opinions: "Hnatyuk does not think ...", "he does not rule out that ..."
                   *(f"{aux} not {verb}" for aux in ("does", "do", "did") for verb in (
                       "think", "believe", "expect", "rule out", "see", "doubt", "exclude")))

ROLE_WORDS = frozenset("""
spokesman spokeswoman spokesperson spokespeople minister ministers president premier chancellor secretary
adviser advisor advisers aide aides official officials envoy ambassador diplomat diplomats leader leaders
chief head director coordinator representative deputy senator congressman congresswoman lawmaker lawmakers mep meps
general commander analyst analysts expert experts professor scholar scholars researcher researchers fellow
observer observers economist economists commentator commentators journalist correspondent editor editors
source sources person people insider insiders administration ministry government cabinet embassy mission
council office department agency media newspaper editorial statement readout communique communiqué
prime foreign defence defense top senior former state national security press general-secretary admiral rear retired
netizen netizens commissioner commissioners ombudsperson
secretary-general chairman chairwoman governor mayor king queen prince foreign-policy policy
host presenter anchor chair member mp broadcaster newspaper tracker aggregator firm outlet channel network
portal tabloid joint host scientist political dictator columnist blogger activist pm mp fm eam nsa mos cds television tv radio
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
strategists hosts pundits presenters anchors columnists bloggers pollsters""".split())
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
unanimously routinely likewise similarly often frequently regularly always""".split())
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
# "A Xinhua commentary published on Monday said ...": the outlet that ran it (or the person who signed it)
OUTLET_PIECE_BEFORE = re.compile(
    r"\A(?:An|The|A)\s+(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,3})\s+(?:editorial|commentary|op-ed|"
    r"opinion piece|article|column)(?:\s+(?:published|carried|released|issued|posted|run)\s+[^,;:“”\"«»]{1,40}?)?\s+"
    r"(?:said|says|argued|argues|wrote|writes|claimed|claims|warned|warns|noted|notes|called|calls|accused|accuses|"
    r"insisted|insists|described|describes|stressed|stresses|praised|praises|hailed|hails)\b")
# "..., the Global Times learned from experts.": the source the outlet names
_LEARNED_FROM_TRAILING = re.compile(r",\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,3}\s+"
                                    r"(?:has\s+|had\s+)?learned\s+from\s+(?P<np>[^,;:“”\"«»]{3,80}?)\s*[.!]?\s*\Z")
# "..., state media in both countries reported.", "State media in both countries said that ...": the media of both
_BOTH_MEDIA = r"(?:[Ss]tate\s+)?(?:media|broadcasters|news\s+agencies|television)\s+in\s+both\s+(?:countries|capitals)"
MEDIA_IN_BOTH = re.compile(r"\A(?P<np>" + _BOTH_MEDIA + r")\s+(?:reported|said|say|says|report|reports)\b|,\s+(?P<np2>"
                           + _BOTH_MEDIA + r")\s+(?:reported|said|say|report)\.?\s*\Z")
# "Rossiyskaya Gazeta printed Xi's own article, in which he wrote that ...", "... an article signed by Xi, in which he
# wrote": the author's words, not the outlet's
SIGNED_ARTICLE = re.compile(r"(?:\b(?P<owner>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*){0,2})['’]s\s+(?:own\s+|signed\s+|"
                            r"bylined\s+)*|\b)(?:article|op-ed|essay)(?:\s+(?:signed|written|authored)\s+by\s+"
                            r"(?P<by>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*){0,2}))?,?\s+in\s+which\s+(?:he|she|the\s+"
                            r"[\w\s-]{1,30}?)\s+(?:wrote|writes|said|says|described|describes|argued|argues|called|calls|"
                            r"stated|states|praised|praises)\b")
# "Xinhua, China's official news agency, ran a commentary calling the visit a milestone": the outlet's own piece
OUTLET_RAN_PIECE = re.compile(r"\A(?P<np>(?:The\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,4})(?:,[^,;]{3,80},)?"
                              r"\s+(?:also\s+)?(?:ran|carried|published|printed)\s+(?:an?|its)\s+(?:[\w-]+\s+){0,2}"
                              r"(?:commentary|editorial|op-ed|column|leader|article|piece)\s+(?:arguing|saying|calling|"
                              r"claiming|warning|insisting|stating|describing)\b")
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
# ("Ambassador to China Igor Morgulov", "National Security Council spokesman John Kirby", "Ma Lianhe, a Russia
# specialist at a Shanghai university,", "him")
QUOTES_AS_SAYING = re.compile(r"\b(?:quotes|quoted|cites|cited)\s+(?P<np>(?:him|her)\b|(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|[a-z-]+)"
                              r"\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+(?:(?:to|of|for)\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,5})"
                              r"(?:,[^,;]{3,80},)?\s+as\s+(?:saying|stating|telling|warning|noting)\b")
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
    r"\A(?:(?:On|In)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’ -]{1,30},\s+)?(?:But |And |Yet )?(?:The|A|Its|Their|This|That|These|Those|Both|the)\s+(?:[\w'’-]+\s+){0,2}?"
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
    r"instead promised|complains|complained|opens with|objects to|objected to|speak|say|state|promise|holds|held|"
    r"spells out|spelled out|"
    # the plural verbs: "The two joint statements signed on Tuesday describe ..."
    r"describe|call|urge|stress|note|express|reaffirm|declare|underline|emphasi[sz]e|warn|insist|reject|condemn|"
    r"pledge|outline|set out|list|commit|welcome|affirm|envisage|oppose|critici[sz]e|add|spell out)\b")
POSITION_PAPER_SUBJECT = re.compile(
    # ("Officially, ...", "Released on February 24, the first anniversary of the invasion, the paper calls for ...")
    r"\A(?:(?:Officially|Formally|On paper|In theory),\s+|"
    r"(?P<released>(?:Released|Published|Issued|Unveiled)\s[^,]{1,40}(?:,[^,]{1,70})?,\s+))?"
    r"(?:But |And |Yet )?(?:(?:China|Beijing)['’]s\s+(?:(?:12|twelve)-point\s+)?(?:position\s+)?(?:paper|document)|"
    r"(?:The|Its|Their|(?(released)(?:the|its)|The))\s+(?:Chinese\s+)?(?:(?:(?:12|twelve)-point\s+)?(?:position\s+)?paper|(?:12|twelve)-point\s+document))\b"
    r"(?:\s+(?:on|of)\s+[^,]{1,80}?)?(?:\s+(?:that\s+)?(?:Beijing|China)\s+(?:released|published|issued|put forward)"
    r"(?:\s+(?:on|last|in|this)\s+[\w ]{1,20}?)?)?(?:(?:,[^,]{1,80}){1,2},)?\s+(?:also\s+|likewise\s+|similarly\s+)?(?:calls|says(?! as much)|states|urges|stresses|"
    r"sets out|notes|proposes|warns|argues|opposes|lists|asks|demands|seeks|includes|talks about|envisages|"
    r"speaks (?:of|about|against)|opens (?:with|by)|rejects|objects to|holds|rules out|spells out)\b")
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
_DASH_SIGNED = re.compile(r"[”\"’'»]\s*[—–]\s*(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,4})[.,]?\s*\Z")
# "the official, who spoke on condition of anonymity, told PTI": the relative clause is an aside
_WHO_ASIDE = re.compile(r",\s+(?:who|whose|citing|quoting|asked|speaking|responding|writing|commenting)\b[^,;:“”\"]{1,90}"
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
SAID_NOTHING_WORDS = r"(?:said|says|say)\s+(?:almost\s+|next\s+to\s+|very\s+)?(?:nothing|little)"
_SAID_NOTHING = re.compile(r"\b" + SAID_NOTHING_WORDS +
                           r"(?:\s+(?:about|on|of|in public|publicly)\b"
                           r"(?:(?!\b(?:beyond|except|but|other than)\b)[^,;:“”\"«»])*)?"
                           r"(?:\s*[.!]?\s*\Z|,\s+(?:and|but|though|while|yet)\s)")  # (", and it may well believe ...")
# "Putin's own article, carried by ..., spoke of ...", "Xi's arrival statement called ...": the author's words
_OWN_PIECE = (r"(?P<who>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*){0,2})['’]s\s+(?:own\s+)?"
              r"(?:signed\s+|written\s+|arrival\s+|opening\s+|newspaper\s+|video\s+)?"
              r"(?:article|piece|op-ed|column|message|speech|address|letter|statement|remarks|readout)")
OWN_PIECE_NP = re.compile(_OWN_PIECE + r"\Z")
OWN_PIECE_SAID = re.compile(r"\A(?:But\s+|And\s+)?" + _OWN_PIECE + r"(?:,[^,“”\"«»]{1,100},)?\s+(?:also\s+)?"
                            r"(?:spoke of|speaks of|said|says|called|calls|thanked|thanks|praised|praises|described|"
                            r"describes|argued|argues|declared|declares|stressed|stresses|warned|warns|urged|urges)\b")
# "Russia said in the statement that ...": a party speaking in the joint document, the document's words
PARTY_IN_DOCUMENT = re.compile(r"\b(?:said|says|stated|states|declared|declares|pledged|pledge|agreed|agree|noted|"
                               r"notes|reaffirmed)\s+in\s+(?:the|their|a)\s+(?:joint\s+|first\s+|second\s+|"
                               r"partnership\s+)?(?:statement|declaration|document)\b")
_DOCUMENT_PARTIES = frozenset({"russia", "china", "moscow", "beijing", "the russian side", "the chinese side",
                               "both sides", "the two sides", "they", "the two countries", "both countries"})
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
IN_DOCUMENT = re.compile(r"\A(?:But |And )?In (?:(?P<it>it|them|the document|the documents|the text|the first|the second),(?!\s+(?:he|she|I|we|"
                         r"the\s+(?:[A-Z][\w-]*\s+)?(?:leader|president|premier|minister|chancellor|author))\b)|(?:the|its|their) (?:(?:main|first|second|own|latest|longer|shorter|political|economic|partnership)\s+(?:of the two\s+)?)?(?P<np>joint statements?|statements?|readout|"
                         r"communiqu[eé]|declaration|joint declaration|documents?)\s*,)")
IN_VIEW = re.compile(r"\A(?:But |And |Yet |(?:That|This|It|Such|Which)(?: [a-z]+)?,\s+)?[Ii]n (?P<np>his|her|their|the (?:[A-Za-z-]+ ){0,2}[a-z]+|[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*){0,3}?)(?:['’]s?)? "
                     r"(?:view|opinion|words|assessment),")
# "In the opinion of Anastasia Veretennikova, programme director of ..., Beijing's role ...": the one named
IN_VIEW_OF = re.compile(r"\A(?:But |And |Yet )?[Ii]n the (?:view|opinion|words|assessment|estimation) of "
                        r"(?P<np>[^,;:“”\"«»]{2,80}?),")
# Interview and briefing transcripts: the question is the interviewer's (the writer's voice); the answer is
# the interviewee's, resolved in the discourse pass.
_BARE_Q = re.compile(r"\AQ\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž\"“])")
QA_MARKERS = {"Q": "<question>", "Question": "<question>", "QUESTION": "<question>", "Follow-up": "<followup>",
              "FOLLOW-UP": "<followup>", "A": "<answer>", "Answer": "<answer>", "ANSWER": "<answer>"}
# an answer's label ("A:", "Answer:"), the QA_MARKERS that mean "<answer>"
_ANSWER_LABEL = re.compile(r"\A(?:" + "|".join(k for k, v in QA_MARKERS.items() if v == "<answer>") + r")\s*:\s*")
# "The Meridian Ledger answers five questions about ...", "Here we answer the main questions": who answers
_ANSWERS_QUESTIONS = re.compile(r"(?<![\w'’.&-])(?P<who>[\w'’.&-]+(?:\s+[\w'’.&-]+){0,5}?)\s+(?:answers?|explains?|"
                                r"unpacks?|looks\s+at)\s+(?:[\w-]+\s+){0,3}?questions\b", re.I)
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
_CITING_PERSON = re.compile(r",\s+citing\s+(?P<np>(?:[\w'’.-]+\s+){0,5}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)"
                            r"(?=\s*[,.;]|\s*\Z)")
# "Talks held in a warm, friendly atmosphere: Ushakov", "India will not take sides: Jaishankar": a headline signed
# with a name after a colon
_COLON_NAME_END = re.compile(r"\w[^:]{15,}:\s+(?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){0,2})\s*\Z")
_QUOTE_FROM = re.compile(r"\AQuote from (?P<np>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,3})\s*:\s")
_TO_PLACE_NAME_COLON = re.compile(r"\A(?P<role>[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+to\s+(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž]\w+)\s+"
                                  r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){1,2})\s*:\s")
# Transcript turns in capitals: "PRESENTER:", "KIRILL ABRAMOV:" (not datelines or furniture: "NEW DELHI:")
_CAPS_TURN_ROLES = frozenset("presenter host anchor moderator interviewer correspondent reporter".split())
_CAPS_NOT_NAMES = frozenset("""read more also update updated breaking watch live exclusive editor note photo video
news agency desk staff united nations states kingdom correction clarification warning source sources related
highlights summary background context analysis comment opinion explainer factbox timeline editorial disclaimer
transcript excerpt excerpts caption""".split())


_CAPS_SURNAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Z'’-]{2,}")  # "ZORIN:" in a transcript, resolved against the article's names

_TOKEN = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|St)\.|[A-ZÀ-ÖØ-ÞĀ-Ž]\.(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž])|"
                    r"[^\W_](?:[\w&-]|['’.](?=\w))*|[^\w\s]")
_QUOTE_OPEN = "\"“„«"
_BULLETS = "•▪·*►"
_OPENERS = _QUOTE_OPEN + "‘'"  # what a quoted sentence may start with (double or British single quotes, curly or straight)
_QUOTE_CLOSE = "\"”“»"
INSTITUTION_HEADS = frozenset("""force forces staff administration committee court service command army navy ministry
council office agency department bureau commission parliament assembly embassy mission""".split())
# Role words after which a one-word name is an organisation's ("cargo tracker Vortexa", "broadcaster NHK").
ORGANISATION_ROLES = frozenset("""tracker broadcaster aggregator agency newspaper firm outlet channel network daily tank think-tank
portal tabloid consultancy newsletter magazine website site weekly""".split())
PLACE_WORDS = frozenset("""russia china india ukraine moscow beijing kyiv kiev delhi washington brussels london
paris berlin tokyo europe america japan britain germany france""".split())
# "the newspaper said": the latest news outlet named before
MEDIA_HEADS = frozenset("newspaper tabloid daily agency broadcaster channel outlet publication network editorial "
                        "commentary".split())
# Last words that make an unknown speaker an outlet ("Russian agencies"); a bare "agency" may be a ministry's
_MEDIA_SPEAKER_HEADS = (MEDIA_HEADS - {"agency"}) | {"agencies", "media", "outlets", "newspapers", "magazine", "newsletter",
                                                      "website", "weekly", "site"}
_POSSESSIVE_ROLE = re.compile(r"[a-z]+['’]s")
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


_ROLE_MARKERS = ROLE_WORDS | COUNTRY_WORDS | HONORIFICS | RANKS


_NEGATED_OPINION = re.compile(r"\b(?:does|do|did) not (?:think|believe|expect|rule out|see|doubt|exclude)\b")
_LEADERS_TOGETHER = frozenset({"the two leaders", "two leaders", "both leaders", "the leaders", "the two presidents",
                               "the two men", "the two heads of state"})  # narrated together, not quoted
_BOTH_SIDES = frozenset({"two sides", "both sides", "sides", "both countries", "two countries", "parties", "two parties",
                         "both parties"})
_IN_VIEW_MID = re.compile(r",\s+in (?P<np>his|her|their) (?:view|opinion|words|assessment),")


_LEADING_PREPOSITIONS = frozenset("by from with for in at on to after before during since under over".split())
# Unions read in per-sentence checks, built once (as _DET_ROLE is)
_NOT_SPEAKER_OR_PREP = NOT_SPEAKERS | _LEADING_PREPOSITIONS
_SPEECH_VERBS = REPORTING_VERBS - NOUN_LIKE_VERBS  # "said", not "remarks"
# "Beijing has dismissed the criticism, with spokesman Wang Wenbin saying ...": a reaction the writer sums up, then
# the words of the one "with" introduces
_DISMISSALS = frozenset("dismissed dismisses rejected rejects rebuffed rebuffs".split())
_PLACE_OR_COUNTRY = PLACE_WORDS | COUNTRY_WORDS
_NOT_NAME_WORDS = ROLE_WORDS | INSTITUTION_HEADS | COUNTRY_WORDS | frozenset(
    "security defense defence affairs state national foreign federal general".split())


_POSTED_TO = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Cc]onsul|[Aa]ttach[eé]|[Ee]missary)\s+to\s+\Z")


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


_CHINESE_SURNAMES = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo
zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng su wei lu ding
ren shen yao jin qian tan fan fang shi xue jia xia fu zou xiong bai meng qin qiu hou kong cui shao mo duan lei long
gu""".split())
# Chinese officials of the story whose sex the text may not give
_CHINESE_MEN = frozenset({"xi jinping", "wang wenbin", "qin gang", "wang yi", "li qiang", "li hui", "zhang jun",
                          "cui tiankai", "zhao lijian", "wang huning", "li keqiang", "li shangfu", "zhang hanhui",
                          "fu cong", "wei fenghe", "han zheng", "ding xuexiang", "xie feng"})


_COMPLEMENT_BEFORE = re.compile(r"\b(?:of|to)\s+(?:the\s+)?\Z")


# "Political scientist Oleg Dremin was more cautious.", "Kuleba was blunter on Tuesday.", "Another guest disagreed."
_INTRO_EVAL = re.compile(r"\A(?:But\s+|And\s+)?(?P<np>(?:[Tt]he\s+|[Aa]nother\s+|[Oo]ne\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|[a-z-]+)"
                         r"(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|[a-z-]+)){0,5}?)\s+(?:was|were|is|sounded|seemed)\s+(?:even\s+|much\s+|far\s+|"
                         r"rather\s+|a\s+(?:little|lot|bit)\s+)?(?:blunter|franker|harsher|sharper|gloomier|warier|more\s+\w+|"
                         r"less\s+\w+|unconvinced|not\s+convinced|sceptical|skeptical|doubtful|dismissive|blunt|direct|"
                         r"emphatic|cautious|optimistic|pessimistic|scathing|unimpressed)\b[^“”\"]{0,60}[.:]\s*\Z"
                         r"|\A(?P<np2>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;:“”\"]{2,60}?)\s+(?:went\s+further|disagreed|took\s+a\s+different\s+(?:view|line)|"
                         r"struck\s+a\s+different\s+note|had\s+a\s+different\s+(?:view|take)|"
                         r"had\s+the\s+(?:last|final)\s+word|"
                         r"(?:struck|strikes|sounded|sounds)\s+a\s+(?:more\s+|less\s+|far\s+)?\w+\s+note|"
                         r"put\s+it\s+(?:even\s+|much\s+|far\s+)?(?:more\s+)?(?:bluntly|plainly|sharply|starkly|simply|"
                         r"directly|differently|diplomatically))\b[^“”\"]{0,60}[.:]\s*\Z")
# "Tolmachev was more restrained: in his view, Beijing will ...": the person introduced speaks after the colon
# (also with an appositive: "John Kirby, the White House spokesman, was blunt about it: ...")
_INTRO_EVAL_COLON = re.compile(
    _INTRO_EVAL.pattern.replace(r"[^“”\"]{0,60}[.:]\s*\Z", r"[^“”\".:]{0,60}:\s+\S").replace(
        r"{0,5}?)\s+(?:was|were|is|sounded|seemed)",
        r"{0,5}?)(?:,\s+(?:the|a|an)\s+[^,:;“”\"«»]{2,90},)?\s+(?:was|were|is|sounded|seemed)"))
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


# What the document rules of find_raw name as speaker: a sentence that weighs the document is the writer's instead
_DOC_RAWS = frozenset({"joint statement", "position paper", "document", "statement", "declaration", "text"})
_DOC_MODIFIERS = frozenset("main first second political economic longer shorter larger other final new".split())
