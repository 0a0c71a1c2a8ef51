"""A part of damaged things named by its state is the things in that state (round 17, r17thing; DESIGN.md 4.1: a
subset named by something other than the measure is ``other``, as "heavily damaged houses" is).

Riot and clash copy counts the things damaged, then the part of them burnt: "perkantoran 23 unit, enam di antaranya
dibakar", "merusak 34 rumah warga, satu di antaranya dibakar", "18 unit sepeda motor ... dihancurkan, sembilan unit
di antaranya dibakar". A figure of ``other`` whose subject the language lists (``[cues] part_state_things``) followed
by a partitive (past ``[cues] part_state_skips``: "sembilan unit di antaranya") and right after it a state of
``[composed_labels.part_states]`` counts the things in that state: burned office buildings. A whole that names no
partitive keeps its label ("19 dari 24 kios ... ludes terbakar": the 24 are kiosks).

>>> from claims.extraction import extract
>>> [(c.low, c.subject) for c in extract("Massa merusak 45 unit kios, 12 di antaranya hangus terbakar.", "id")]
[(45, 'kiosks'), (12, 'burned kiosks')]
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView


def part_states(s: SentenceView, mentions: list[Mention]) -> None:
    """Give the ``other`` parts of listed things the label of the state after their partitive (module docstring)."""
    table, things = s.lex.composed_labels.get("part_states"), s.lex.cue("part_state_things")
    if table is None or not things or s.lex.partitive_after.firsts.isdisjoint(s.word_set):
        return  # no partitive in the sentence: no part to name
    words, skips = s.words, s.lex.cue("part_state_skips")
    for m in mentions:
        if m.measure != "other" or not m.valid or m.unit is not None or m.subject not in things:
            continue
        j = m.num_end
        while j < len(words) and words[j] in skips:
            j += 1
        k = s.past_partitive(j)
        if k == j:
            continue  # no partitive: a whole, or things counted apart
        while k < len(words) and words[k] in skips:
            k += 1
        found = table.match(words, k)
        if found is not None:
            m.subject = f"{found[1]} {m.subject}"
