"""A measure word after the figure that stands in a clause joined by a coordinator with a subject of its own (fifth
wave, gate12en; DESIGN 4.1: a wrong specific measure is worse than ``other``; issue 11).

"Those who died in the floods are just over 50 and many more have been displaced": the nearest measure word after
the figure ("displaced") is the predicate of "many more", a quantity word that opens a clause of its own after "and";
it says nothing of the figure. The rule that reads the first measure word to the right (``_word_after``) stops at such
a subject (:func:`word_of_joined_subject`), and a participle right after the noun phrase ("60 people died and many
more were injured") stays the figure's predicate (:func:`claims.extraction.clauses.joined_clause_subject`).
"""

from __future__ import annotations

from typing import Final

from claims.extraction.clauses import aux_at
from claims.extraction.mentions import Mention
from claims.extraction.reach_before import verb_object
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_REACH: Final[int] = 12  # tokens after the noun phrase within which the coordinator and its subject are looked for


def quantity_subject(s: SentenceView, j: int, end: int) -> bool:
    """Tokens ``j``..``end`` (a coordinator's right side up to the measure word at ``end``) are a subject that is a
    quantity word standing for people of its own (``[syntax] others``: "others", "more"; ``[cues] part_nouns``:
    "many", "several"), no figure of the sentence, and no noun after it: an auxiliary (``[cues] part_auxiliaries``,
    ``passive_auxiliaries``), a "still" word or the measure word follows ("many more animals were evacuated" is a
    second noun phrase of the same verb)."""
    if any(j <= k < end for k in s.mention_firsts):
        return False
    words, parts = s.words, s.lex.cue("part_nouns")
    last = max((k for k in range(j, end) if words[k] in s.lex.others or words[k] in parts), default=-1)
    if last < 0:
        return False
    after = words[last + 1]
    helpers = s.lex.cue("part_auxiliaries") | s.lex.cue("passive_auxiliaries")
    return last + 1 == end or after in helpers or after in s.lex.still_words or aux_at(s, last + 1)


def other_group(s: SentenceView, j: int, end: int) -> bool:
    """Tokens ``j``..``end`` are a subject that names a group other than the figure's ("a number of other residents",
    "other tenants"): it opens with an article, a part word or the word of otherness (``[cues] other_group_words``),
    holds that word, and no figure."""
    groups = s.lex.cue("other_group_words")
    if j >= end or any(j <= k < end for k in s.mention_firsts):
        return False
    first = s.words[j]
    opens = first in groups or first in s.lex.determiners or first in s.lex.cue("part_nouns")
    return opens and any(s.words[k] in groups for k in range(j, end))


def word_of_joined_subject(s: SentenceView, m: Mention) -> bool:
    """The first measure word after ``m``'s noun phrase comes after a coordinator whose clause has a quantity word
    for its subject ("are just over 50 and many more have been displaced", "numbered about 40, and several others
    were missing"): that word is the other subject's predicate. Only for a figure without a noun of its own
    that complements a verb (a subject joined to "many more" shares its verb), or for the object of a verb when the
    joined subject is another group ("Crews helped two tenants out and a number of other residents evacuated":
    :func:`other_group`)."""
    if s.lex.modifiers_follow:
        return False
    bare = not m.nouns and m.raw_label is None and _complement(s, m)
    groups = s.lex.cue("other_group_words")
    object_ = not bare and not groups.isdisjoint(s.word_set) and verb_object(s, m.first)
    if not bare and not object_:
        return False  # a figure with a noun of its own, or a subject ("40 villagers and many more were hurt"): shared
    if not object_ and s.lex.others.isdisjoint(s.word_set) and s.lex.cue("part_nouns").isdisjoint(s.word_set):
        return False
    words, end = s.words, min(len(s.words), max(m.np_end, m.num_end) + _REACH)
    joined = -1
    for k in range(max(m.np_end, m.num_end), end):
        if words[k] in CLAUSE_PUNCT and words[k] != ",":
            return False
        found = s.measure_at(k)
        if found is not None and not found[1].startswith("="):
            if joined < 0:
                return False
            return other_group(s, joined + 1, k) if object_ else quantity_subject(s, joined + 1, k)
        if words[k] in s.lex.coordinators and joined < 0:
            joined = k
    return False


def _complement(s: SentenceView, m: Mention) -> bool:
    """The figure is the complement of a verb, not a subject: a copula or a place preposition stands among the three
    tokens before it ("are slightly over 200", "stood at 58", "was 31")."""
    prepositions = s.lex.place_prepositions
    return any(aux_at(s, k) or s.words[k] in prepositions for k in range(max(0, m.first - 3), m.first))
