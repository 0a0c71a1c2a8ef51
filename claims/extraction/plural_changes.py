"""The thing a headline's present-tense change counts (round 9, vary12en).

Headlines give a change in the present tense, and with a plural thing as its subject the verb has no "-s" the
qualifier table could list without taking forecasts too ("Measles Cases Rise to 824", "Recoveries Reach 1,204",
against "cases could rise to 900", "are expected to reach 2,000"). The thing noun right before such a verb
(``[cues] plural_change_verbs`` with a preposition from ``plural_change_prepositions`` before the figure, or
``plural_reach_verbs`` right before it) counts the figure, unless a modal or a projection word
(``plural_change_blockers``, ``projection_words``) stands before the verb: a forecast stays the projection
rules'. People are counted by a measure, so only things are read here (as in :mod:`change_spans`)."""

from __future__ import annotations

from claims.extraction.lexicon import NounInfo
from claims.extraction.modifier_predicates import in_adjunct
from claims.extraction.view import SentenceView


def plural_change_noun(s: SentenceView, first: int) -> NounInfo | None:
    """The thing noun of "NOUNS rise to <figure>" / "NOUNS reach <figure>" for the figure at token ``first``."""
    words = s.words
    v = first - 1
    if v < 2:
        return None
    if words[v] in s.lex.cue("plural_change_prepositions"):
        v -= 1
        if words[v] not in s.lex.cue("plural_change_verbs"):
            return None
    elif words[v] not in s.lex.cue("plural_reach_verbs"):
        return None
    before = words[v - 1]
    if before in s.lex.cue("plural_change_blockers") or before in s.lex.cue("projection_words"):
        return None
    lex = s.lex
    noun = lex.nouns.match_ending(words, v) if before in lex.nouns.lasts else None
    if noun is None or noun[1].generic or noun[1].subject_class != "thing":
        return None
    if in_adjunct(s, v - noun[0]):
        return None  # "the number of people killed in the blasts rose from 30 to 41": the adjunct's noun (a19en)
    return noun[1]
