"""The main verb after a modifier of the counted noun, where the modifier holds a figure of its own or the verb
a perfect passive (round 13, audit a19en: mine and tunnel copy of AP, UPI and Newser).

"All 33 coal miners trapped in the pit have been found dead", "The remaining 10 miners who became trapped
following two explosions were confirmed dead": the state of the modifier ("trapped") describes the noun, the
predicate after it names the figure's measure (``clauses.main_verb``). Two things kept the predicate from the
figure:

- a perfect passive: "have been found dead" puts "been" (``[cues] passive_auxiliaries``) before the verb, where
  the copula check looked for "were" or "was" only (:func:`passive_before`);
- a figure inside the modifier's prepositional adjunct ("following two explosions", "after three blasts", "in two
  shafts"): it counts the adjunct's noun, not a second subject, so it stands between the modifier and the predicate
  without closing the clause (:func:`own_figures_between`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.affixes import has_suffix
from claims.extraction.clause_scans import clause_word_at
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def passive_before(s: SentenceView, k: int) -> bool:
    """Token ``k`` follows a passive auxiliary ("been", "were", "was": ``[cues] passive_auxiliaries``)."""
    return k > 0 and s.words[k - 1] in s.lex.cue("passive_auxiliaries")


def in_adjunct(s: SentenceView, first: int) -> bool:
    """The figure or noun at token ``first`` is the object of a preposition of a place, a time or an occasion (``[cues]
    adjunct_prepositions``, ``modifier_adjunct_prepositions``, the lexicon's place prepositions), past articles."""
    k = s.before_determiners(first - 1)
    if k < 0:
        return False
    return s.words[k] in s.lex.place_prepositions or adjunct_word(s, s.words[k])


def adjunct_word(s: SentenceView, w: str) -> bool:
    """``w`` opens an adjunct of time or occasion (``[cues] adjunct_prepositions``, ``modifier_adjuncts``)."""
    return w in s.lex.cue("adjunct_prepositions") or w in s.lex.cue("modifier_adjuncts")


def own_figures_between(s: SentenceView, position: int, k: int) -> bool:
    """A figure stands between the modifier's word at ``position`` and the predicate at ``k`` that is no object of
    an adjunct's preposition (:func:`in_adjunct`): it may be a subject of its own ("12 who died and 5 injured")."""
    return any(position < f < k and not in_adjunct(s, f) for f in s.mention_firsts)


_WHOLE_PARTICIPLE_REACH: Final = (
    8  # tokens of a participle phrase of a named whole: "taken to three district hospitals"
)


def past_whole_participle(s: SentenceView, k: int) -> int:
    """A participle right after a named whole ("three of the injured taken to hospitals were in critical condition"),
    then a copula within a few tokens, with no comma, figure or clause break before it: the copula's token, where the
    part's own predicate starts (the participle describes the whole, it names no measure of the part); else ``k``."""
    words, lex = s.words, s.lex
    if k >= len(words) or not (
        has_suffix(words[k], lex.cue("participle_suffixes")) or words[k] in lex.cue("participles")
    ):
        return k
    copulas = s.lex.subject_cues.get("copulas")
    if copulas is None:
        return k
    after = range(k + 1, min(len(words), k + _WHOLE_PARTICIPLE_REACH))
    j = clause_word_at(s, after, copulas.firsts, stops=lex.coordinators, figures=True)
    return k if j is None else j


def occasion_object(f: Figure) -> bool:
    """ "14 people who were hurt during three clashes were admitted": a figure that counts no person (no person
    class) right after a preposition of occasion (``[cues] occasion_objects``: "during", "following", "amid") is
    that preposition's object, never the subject of the predicate after it: no measure of its own."""
    s, m = f.s, f.m
    if f.cls in PERSON_CLASSES or m.first < 1:
        return False
    k = s.before_determiners(m.first - 1)
    return k >= 0 and s.words[k] in s.lex.cue("occasion_objects")
