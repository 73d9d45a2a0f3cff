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

The package's modules, each importing only from the ones before it:

    ``lexicon``   word lists and patterns (data)
    ``speakers``  Attribution, the table of well-known speakers and side cues, speaker_origin
    ``quotes``    quoted passages (quote_spans)
    ``sentence``  the speaker phrase one sentence names (find_raw) and its passes
    ``names``     names within an article and resolving a phrase to one (_Resolver)
    ``article``   the article-level driver (attribute)

Limits: rule-based, English only; it does not parse, so long subjects with
relative clauses ("The official, who asked not to be named because ..., said")
are found only when the clause is set off by commas. When a quote is left
unclosed the quote state is reset at the paragraph end; nothing crashes.
"""

from .article import attribute
from .names import _adjectival, _inventory
from .quotes import quote_spans
from .sentence import find_raw
from .speakers import Attribution, Figure, SpeakerTable, default_speaker_table, load_speaker_table, speaker_origin

__all__ = ["Attribution", "Figure", "SpeakerTable", "attribute", "default_speaker_table", "find_raw",
           "load_speaker_table", "quote_spans", "speaker_origin"]
