"""A bare second figure that leaves out the verb and keeps only a place, where the first figure's own place stands
in the same place after it (round 13, audit a19en: school food-poisoning and crash copy of the Star, Bernama and AP).

"Ten of the students were admitted to the Kuala Terengganu hospital and 50 at the hospital here", "the blast killed
40 people inside the mosque and six on the street": the second figure has no noun or a people noun, a coordinator
before it and a preposition of place after it (``[cues] gap_places``), and the first figure ends its clause with a
place of its own (past its measure word, if it follows): the two are items of one list by place, and the second
takes the first's people measure (DESIGN 4.1: a list inherits its measure). ``gapped_items`` reads the same where
the verb's own preposition repeats ("dilarikan ke RSUD X dan 9 orang ke RS Y"). Anything else between the two (a
verb, a relative word, a figure, a clause break, another measure word) leaves the second figure alone.
"""

from __future__ import annotations

from itertools import pairwise

from claims.extraction.affixes import has_suffix
from claims.extraction.mentions import Mention
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView


def parallel_gaps(s: SentenceView, mentions: list[Mention]) -> None:
    """Give a bare figure of a list by place the people measure of the figure before it (module docstring)."""
    places = s.lex.cue("gap_places")
    if len(mentions) < 2 or places.isdisjoint(s.word_set):
        return
    words = s.words
    for prev, m in pairwise(mentions):
        if m.measure != "other" or prev.measure not in PEOPLE_MEASURES or m.unit is not None or m.first < 2:
            continue
        if any(noun.subject_class not in PERSON_CLASSES for noun in m.nouns) or m.raw_label is not None:
            continue  # "and 3 cars on the road": things never take a people measure
        k = max(m.last, m.np_end or 0)
        j = m.first - 1 if words[m.first - 1] in s.lex.coordinators else -1
        if k >= len(words) or words[k] not in places or j < 1:
            continue
        if k + 1 < len(words) and words[k + 1] in s.lex.cue("place_others"):
            continue  # "and 14 in other districts" is the rest of a breakdown (place_others); "in other accidents" none
        if _place_of_first(s, prev, j - 1 if words[j - 1] == "," else j):
            m.measure, m.valid = prev.measure, True
            if not m.nouns:  # "and four on the ground": the item counts what the first counts
                m.subject, m.subject_class = prev.subject, prev.subject_class


def _place_of_first(s: SentenceView, prev: Mention, end: int) -> bool:
    """After ``prev`` (past its own verb, if one follows it) a place preposition opens a phrase that runs to token
    ``end`` with no figure, other measure word, relative word, auxiliary or clause break in it."""
    words, lex = s.words, s.lex
    places, stops = lex.cue("gap_places"), lex.relative_words | lex.cue("part_auxiliaries")
    k = max(prev.last, prev.np_end or 0)
    if k < end and words[k] in lex.of_words:  # "Ten of the students were admitted": past the part's whole
        k = s.after_determiners(k + 1)
        noun = lex.nouns.match(words, k) if k < end else None
        k += noun[0] if noun is not None else 0
    while k < end and words[k] in lex.cue("part_auxiliaries"):
        k += 1  # "were admitted to ...": the first figure's own verb
    found = s.measure_at(k) if k < end else None
    if found is not None and words[k] not in places:
        if found[1] != prev.measure:
            return False
        k += found[0]  # "killed 40 people inside the mosque": a verb before the figure has none here
    elif found is None and k < end and has_suffix(words[k], lex.cue("participle_suffixes")):
        k += 1  # "admitted to the district hospital": the place phrase is the measure word
    if k >= end or words[k] not in places:
        return False
    found = s.measure_at(k)
    if found is not None:
        if found[1] in PEOPLE_MEASURES and found[1] != prev.measure:
            return False
        k += found[0] - 1  # "to the district hospital", "on board": the place phrase is a word of the lexicon
    for q in range(k + 1, end):
        if words[q] in CLAUSE_PUNCT or words[q] == "," or words[q] in stops or q in s.mention_firsts:
            return False
        if s.measure_at(q) is not None:
            return False
    return True
