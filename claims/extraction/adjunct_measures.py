"""A measure noun inside an adjunct of the clause before a list item (DESIGN.md 4.1, a list after a measured figure):
"Riot police detained 40 people at the rally and 15 more overnight", "arrested 40 people during the protest and 15
afterwards". The turnout noun is the object of a preposition (``[cues] adjunct_prepositions``, perhaps with an article
between) and a list joiner follows it before the figure: it says where the first count happened and names no measure
of the next item, which takes the verb of its list ("detained")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.view import syntax_list

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView


def adjunct_before_item(s: SentenceView, j: int, length: int, end: int) -> bool:
    """The measure word of ``length`` tokens at ``j`` is the object of a preposition and a list joiner stands
    between it and the figure at token ``end``."""
    lex, words = s.lex, s.words
    k = s.before_determiners(j - 1)
    if k < 0 or words[k] not in lex.cue("adjunct_prepositions"):
        return False
    return any(words[i] in lex.list_joiners for i in range(j + length, end))


def item_adjunct(s: SentenceView, j: int, length: int, end: int) -> bool:
    """The measure word of ``length`` tokens at ``j``, in the gap before the list item at ``end``, names no measure
    of that item: an adjunct of the clause before (``adjunct_before_item``) or the object of a cause word."""
    return adjunct_before_item(s, j, length, end) or cause_object(s, j)


def cause_object(s: SentenceView, j: int) -> bool:
    """The measure word at ``j`` is the object of a cause word (``[syntax] cause_words``): "17 orang dirawat akibat
    keracunan itu, terdiri atas 15 orang dewasa dan dua anak-anak" (h15id_b1). It names why the figure before it
    happened, no measure of a list item after it; so is the measure word right after "died of" (a killed word and
    a word of ``[syntax] death_cause_words``)."""
    k = s.before_determiners(j - 1)
    if k >= 0 and s.words[k] in syntax_list(s, "cause_words"):
        return True
    # a death verb and its cause (``[syntax] death_cause_words``, h17en_a, Pakistani heat copy): "three people died
    # of heatstroke, two in Lyari and one in Korangi"
    if k < 1 or s.words[k] not in syntax_list(s, "death_cause_words"):
        return False
    before = s.measure_at(k - 1)
    return before is not None and before[1] == "killed"


def in_death_cause(s: SentenceView, k: int) -> bool:
    """Token ``k`` belongs to the cause after a death verb ("died of heat stroke": ``[syntax] death_cause_words``
    after a killed word, at most three tokens back, no punctuation or figure between): a word of the clause before
    a list item, no predicate of the item (h17en_a: "three people died of heatstroke, two in Lyari and one in
    Korangi")."""
    causes = syntax_list(s, "death_cause_words")
    if not causes:
        return False
    for j in range(k - 1, max(0, k - 4), -1):
        if s.kinds[j] in ("p", "n") or j in s.mention_firsts:
            return False  # punctuation or a figure between: "the bodies of four women and ..." is no cause
        if s.words[j] in causes:
            found = s.measure_at(j - 1)
            return found is not None and found[1] == "killed"
    return False
