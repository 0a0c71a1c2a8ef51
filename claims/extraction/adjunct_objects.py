"""A figure that is the object of an adjunct preposition after the measure verb (fifth wave, gate12en; DESIGN 4.1: a
wrong specific measure is worse than ``other``; issue 11).

"The suspects were killed during more than 50 sting operations", "Police say they were arrested in 12 raids": the
measure word the rule read before the figure (``_word_before``) is the verb of a clause whose count stands elsewhere
(its subject); the figure sits in an adjunct of that verb, after a preposition of time, place or occasion
(``[cues] occasion_prepositions``), and counts the occasions or places, not the people of the measure. A figure
whose own noun is a person noun ("killed in 12 attacks on 40 villagers" aside) keeps its reading.
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView


def adjunct_object(s: SentenceView, m: Mention, word: int | None) -> bool:
    """``m`` stands right after an adjunct preposition (articles aside) that follows the measure word at token
    ``word``, with no figure between them, and no person noun of its own."""
    prepositions = s.lex.cue("occasion_prepositions")
    if word is None or not prepositions or prepositions.isdisjoint(s.word_set):
        return False
    k = s.before_determiners(m.first - 1)
    if k <= word or s.words[k] not in prepositions:
        return False
    if any(word < j < m.first for j in s.mention_firsts):
        return False
    return not any(n.subject_class in PERSON_CLASSES for n in m.nouns)
