"""A running total whose tally names a thing: "Eleven more people died as 920 new cases were reported, bringing the
total number of infections to 2,800". The increment's measure (the deaths) does not pass to a total whose own tally
phrase (``[subjects] tally_words``: "number of"), between the verb that brings it and the figure, heads a counted
noun of no person class ("cases", "infections"): that total counts the thing (DESIGN 4.1, increments beside totals
of the same measure only). A place in the phrase is no head: "raising the number of deaths in the two affected
provinces to 640" keeps the deaths."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import PERSON_CLASSES

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

_REACH: Final = 8  # words from the bringing verb to the figure: "bringing the total number of confirmed infections to"


def tally_of_thing(s: SentenceView, total: Mention, brings: frozenset[str]) -> bool:
    """The tally phrase between a bringing verb (``brings``) and the total's figure heads a thing."""
    if not brings:
        return False
    words, start = s.words, max(0, total.first - _REACH)
    for i in range(total.first - 1, start - 1, -1):
        if words[i] in brings:
            return thing_in_span(s, i + 1, total.first)
    return False


def thing_in_span(s: SentenceView, start: int, end: int) -> bool:
    """A tally phrase in tokens ``start`` .. ``end`` - 1 whose head (right after it, or after one modifier: "number of
    confirmed infections") is a counted noun of no person class: "bringing the number of cases to 2,800" counts that
    thing, not the measure before it."""
    tally = s.lex.subject_cues.get("tally_words")
    if tally is None:
        return False
    words = s.words
    for j in range(max(0, start), end):
        found = tally.match(words, j) if words[j] in tally.firsts else None
        if found is not None:
            head = j + found[0]
            return any(thing_noun(s, h) for h in (head, head + 1) if h < end)
    return False


def thing_noun(s: SentenceView, i: int) -> bool:
    """Token ``i`` opens a counted noun (``[nouns]``) of no person class ("cases", "infections")."""
    nouns = s.lex.nouns
    found = nouns.match(s.words, i) if s.words[i] in nouns.firsts else None
    return found is not None and found[1].subject_class not in PERSON_CLASSES
