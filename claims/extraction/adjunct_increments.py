"""Increments told by an adjunct of a running total (issue 11, round 9 fourth wave, English epidemic bulletins).

On fresh health-desk reports (COVID and dengue bulletins, traced with :mod:`claims.extraction.measure_trace`) most
wrong specific measures were a daily figure read with the measure of the running total beside it. No "more" or
"new" marks it: a preposition ties it to the total as the cause of the change ("The death toll reached 10,186 with
33 fresh fatalities", "reached 51,797 after 876 deaths were reported", "With two deaths, the total rose to three").
The figure in that adjunct counts the change (DESIGN 4.1: ``other``, subject ``increase``); the total keeps the
measure. Not a part of a breakdown (a later figure of the same measure beside the adjunct's: "with 12 deaths in
Oregon and 15 in Washington") or a part by place ("rose to 50, with 30 deaths in Kano state"), nor a figure of another
measure ("reached 40 with 12 still missing").

The check starts from a set lookup (``[syntax] increment_adjuncts`` among the sentence's words), so most sentences
cost nothing more.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from claims.extraction.item_places import place_after
from claims.extraction.reach_before import predicate_figure
from claims.extraction.subjects import PEOPLE_MEASURES
from claims.extraction.view import SentenceView, syntax_list

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention


def adjunct_increments(s: SentenceView, mentions: list[Mention]) -> None:
    """Mark as increments (``other``/``increase``) the figures of a people measure that an adjunct preposition
    (``[syntax] increment_adjuncts``: "with", "after") ties to a running total of the same measure in the sentence."""
    adjuncts = syntax_list(s, "increment_adjuncts")
    if len(mentions) < 2 or adjuncts.isdisjoint(s.word_set):
        return
    clause_openers = syntax_list(s, "increment_clause_adjuncts")  # "after 42 people were detained in Sorel"
    for m in mentions:
        if not m.valid or m.unit is not None or m.measure not in PEOPLE_MEASURES or m.inherit:
            continue
        k = s.before_determiners(m.first - 1)
        if k < 0 or s.words[k] not in adjuncts or not _beside_total(s, m, mentions):
            continue
        if s.words[k] not in clause_openers and place_after(s, m) is not None:
            continue  # "rose to 50, with 30 deaths in Kano state": a part of the total by place (DESIGN 4.1)
        mark_change(m, "increase")


def _beside_total(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """Another figure of ``m``'s measure is a running total (after a change verb: "rose to", "reached"), and no
    other figure of that measure follows ``m`` (items of a list or breakdown)."""
    total = False
    for o in mentions:
        if o is m or not o.valid or o.measure != m.measure:
            continue
        if predicate_figure(s, o.num_first):
            total = True
        elif o.first > m.last:
            return False  # "with 12 deaths in Oregon and 15 in Washington": parts, no increment
    return total


def coordinated_increments(s: SentenceView, mentions: list[Mention], brings: frozenset[str]) -> None:
    """ "reported 5,709 new cases and 121 deaths on Monday, taking the total to 3,49,654 including 6,007 deaths": a
    figure of a people measure joined by a coordinator alone to an increment before it, with a verb that brings the
    running totals after it, is the increment of its own measure too, when a figure after that verb counts by the same
    measure word. ``brings`` is empty when the sentence holds none of those verbs."""
    if not brings or len(mentions) < 3:
        return
    words, coordinators = s.words, s.lex.coordinators
    for before, m in pairwise(mentions):
        if before.subject != "increase" or not m.valid or m.measure not in PEOPLE_MEASURES or m.inherit:
            continue
        if words[max(before.np_end, before.last) : m.first] != [words[m.first - 1]]:
            continue
        if words[m.first - 1] not in coordinators:
            continue
        bring = next((k for k in range(m.last, len(words)) if words[k] in brings), None)
        if bring is not None and any(o.first > bring and _counts_by(s, o, m.measure) for o in mentions):
            mark_change(m, "increase")


def _counts_by(s: SentenceView, o: Mention, measure: str) -> bool:
    """The figure counts by ``measure``: its own or a word of its noun phrase names it ("including 6,007 deaths")."""
    if o.measure == measure:
        return True
    end = min(len(s.words), max(o.np_end, o.num_end + 1))
    return any((found := s.measure_at(k)) is not None and found[1] == measure for k in range(o.num_end, end))


def mark_change(m: Mention, change: str) -> None:
    """Make ``m`` a change (``other``, its subject the direction: "increase", "decrease"), with no class or place;
    also a part of a toll the lexicon labels (:mod:`claims.extraction.death_causes`, ``death_places``)."""
    m.measure, m.subject, m.subject_class, m.place = "other", change, None, None
