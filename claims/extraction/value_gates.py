"""A gate on a figure that is no count of the event though a measure word names it (issue 11, round 10 sixth wave,
English health bulletins): a rate ("35 to 40 deaths per month"), the measure word right after the number followed by
a rate word (``[syntax] rate_words``), counts per period, no people (:func:`rate_of_measure`). Not "12 orang per
Kamis" (Indonesian "per" before a date: "as of"; the noun after the number is no measure word).

A thing measure read from the verb before the figure whose own noun is a people measure word ("decided to bury at
least 30 abandoned corpses": damaged) counts no things (:func:`people_noun_of_thing_verb`).

The earlier value of a change ("the death toll rose from 66 to 79") keeps its measure: the corpora label it so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import PEOPLE_MEASURES

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

_NOUN_REACH: Final = 3  # tokens from the number to its head noun ("30 abandoned unclaimed corpses")


def rate_of_measure(s: SentenceView, m: Mention, measure: str) -> bool:
    """ "Hospital data reveal 35 to 40 deaths per month": the measure word naming ``measure`` right after the
    figure's number is followed by a rate word: a count per period, no count of the event."""
    k, words = m.num_end, s.words
    if k + 1 >= len(words) or s.lex.rate_words.isdisjoint(s.word_set):
        return False
    found = s.measure_at(k)
    return (
        found is not None
        and found[1] == measure
        and k + found[0] < len(words)
        and words[k + found[0]] in (s.lex.rate_words)
    )


def people_noun_of_thing_verb(s: SentenceView, m: Mention, measure: str) -> bool:
    """ "The administration decided to bury at least 30 abandoned corpses": the verb before the figure named a
    measure of things (``damaged``), but a word of the figure's own noun phrase, within a few words of its number,
    names a people measure: the verb's things are not what the figure counts."""
    if measure in PEOPLE_MEASURES or measure == "other" or measure.startswith("="):
        return False
    words = s.words
    for k in range(m.num_end, min(len(words), m.num_end + _NOUN_REACH)):
        if s.kinds[k] != "w" or k in s.mention_firsts:
            return False
        found = s.measure_at(k)
        if found is not None:
            return found[1] in PEOPLE_MEASURES
        if words[k] in s.lex.coordinators or s.lex.nouns.match(words, k) is not None:
            return False  # "toppled 15 buildings and injured 294": the figure's own noun comes first
    return False
