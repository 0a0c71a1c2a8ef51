"""How many times a gang struck: a bare figure before a frequency word ("kali") in a clause about robbery counts the
robberies ("komplotan itu sudah beraksi sebanyak tujuh kali", "telah melakukan kejahatan 58 kali", "pelaku mengaku
sudah lima kali merampok"): a valid ``other`` figure labelled "robberies", where a bare figure would be dropped
(crime desks, issue 11, corpus ``idk``). The words of robbery are ``[cues] robbery_words``; a counted noun right after
the frequency word keeps its own count ("tujuh kali tembakan": shots)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.case_tallies import case_head_label
from claims.extraction.clause_scans import word_in_clause
from claims.extraction.tally_nouns import tally_thing_before

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

ROBBERIES = "robberies"
POPULATION = "population"  # the subject of who lives in a place (any population noun)
_BEFORE = 6  # "komplotan itu diketahui sudah beraksi sebanyak": the verb and its adverbs before the figure
_AFTER = 4  # "lima kali melakukan aksi begal": the verb after the frequency word


def thing_counted(f: Figure) -> str | None:
    """The label of what a bare figure counts: the robberies of a gang, else a tally's thing before it, else the
    cases that open its sentence."""
    return robberies(f) or tally_thing_before(f) or case_head_label(f) or population_of(f)


def population_of(f: Figure) -> str | None:
    """ "population" for a bare figure right after a population noun and "of" (``[cues] population_nouns``: "a town
    with a population of 4,000", "has a population of more than 600,000"): who lives in a place, ``other``."""
    s, k = f.s, f.m.first
    if k < 2 or s.words[k - 1] not in s.lex.of_words or s.words[k - 2] not in s.lex.cue("population_nouns"):
        return None
    return POPULATION  # "a population of 4,000", "a village of 900 people" (audit16_en): who lives there


def robberies(f: Figure) -> str | None:
    """ "robberies" for a bare figure right before a frequency word, with a word of robbery in its clause."""
    s, m = f.s, f.m
    end = m.num_end
    if end >= len(s.words) or s.words[end] not in s.lex.cue("frequency_words"):
        return None
    crime = s.lex.cue("robbery_words")
    if crime.isdisjoint(s.word_set):
        return None
    nxt = end + 1
    if nxt < len(s.words) and s.words[nxt] in s.lex.nouns.firsts and s.lex.nouns.match(s.words, nxt) is not None:
        return None  # "tujuh kali tembakan": the noun is counted
    return ROBBERIES if _in_clause(f, crime, end) else None


def _in_clause(f: Figure, words: frozenset[str], end: int) -> bool:
    """One of ``words`` stands in the figure's clause: among the words before it, or after its frequency word."""
    first, n = f.m.first, len(f.s.words)
    before = range(first - 1, max(-1, first - 1 - _BEFORE), -1)
    after = range(end + 1, min(n, end + 1 + _AFTER))
    return word_in_clause(f.s.words, before, words) or word_in_clause(f.s.words, after, words)
