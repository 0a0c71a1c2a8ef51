"""People held by captors are hostages, not arrests (round 16, r16cen: prison-riot, siege and hijack copy: "free
more than 100 guards who had been held by the rioters", "12 passengers held by the gunmen were released").

"held" is an arrest word ("Police held 40 people overnight"); its agent says who holds: an authority arrests, a
captor takes hostages. A figure resolved ``arrested`` whose arrest word is one of ``[cues] captive_hold_verbs`` and is
followed by a word of ``captive_agent_prepositions`` and (past determiners) a noun of ``captor_nouns`` is ``other``,
hostages (the label of ``[cues] captive_labels``). "held by police" keeps its arrest."""

from __future__ import annotations

from claims.extraction.later_words import next_hit
from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

_REACH = 8  # "more than 100 guards who had been held by": figure to its arrest word


def held_by_captors(s: SentenceView, mentions: list[Mention]) -> None:
    """Read people an arrest word's captor holds as hostages (module docstring)."""
    captors = s.lex.cue("captor_nouns")
    if captors.isdisjoint(s.word_set):
        return
    for m in mentions:
        if m.valid and m.measure == "arrested" and _held_by_captor(s, m, captors):
            m.measure, m.subject, m.subject_class, m.place = "other", "hostages", None, None


def _held_by_captor(s: SentenceView, m: Mention, captors: frozenset[str]) -> bool:
    words, holds = s.words, s.lex.cue("captive_hold_verbs")
    start = max(m.np_end, m.num_end)
    k, hit = next_hit(s, m, start, start + _REACH)  # the first measure word in the figure's clause
    if hit is None or hit[1] != "arrested" or not any(words[i] in holds for i in range(k, k + hit[0])):
        return False  # "held", "had been held"
    j = k + hit[0]
    if j >= len(words) or words[j] not in s.lex.cue("captive_agent_prepositions"):
        return False
    j += 1
    while j < len(words) and words[j] in s.lex.determiners:
        j += 1
    return j < len(words) and words[j] in captors
