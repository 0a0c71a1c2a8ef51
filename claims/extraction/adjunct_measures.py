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
    happened, no measure of a list item after it."""
    k = s.before_determiners(j - 1)
    return k >= 0 and s.words[k] in syntax_list(s, "cause_words")
