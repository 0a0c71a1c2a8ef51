"""Machines and vehicles buried by a landslide or volcanic material are no damaged property (issue 11, round 10;
ida, idk4; DESIGN 4.1: prefer ``other`` to a wrong measure).

Disaster reports count the houses a landslide buries among the damaged ("longsor menimbun 12 rumah"), but the
excavators and trucks caught in a mine or a quarry ("Delapan alat berat dan dua truk tertimbun material vulkanik",
"longsor menimbun dua ekskavator") are equipment trapped at a work site, counted as ``other``. A figure whose noun
phrase holds a machine or a vehicle word (``[cues] buried_machines``) and whose measure word, right before it or the
first after its noun phrase (past a coordinated item), is a burial word (``[cues] burial_words``) is no damage.

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("Longsor menimbun tiga ekskavator di lokasi tambang.", "id")]
    [('other', 'excavators')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_REACH: Final = 3  # words between the burial word and the figure: "menimbun dua ekskavator"
_AFTER_REACH: Final = (
    6  # words after the noun phrase to the predicate, past a coordinated item: "dan dua truk tertimbun"
)


def buried_machine(f: Figure) -> bool:
    """The figure counts machines or vehicles that a burial word names (module docstring)."""
    s, m = f.s, f.m
    burial = s.lex.cue("burial_words")
    if burial.isdisjoint(s.word_set):
        return False
    machines = s.lex.cue("buried_machines")
    if not any(w in machines for w in s.words[m.num_end : max(m.np_end, m.num_end + 1)]):
        return False
    words, n = s.words, len(s.words)
    for k in range(max(0, m.first - _REACH), m.first):
        if words[k] in burial:
            return True  # "longsor menimbun dua ekskavator"
    end = max(m.np_end, m.num_end)
    for k in range(end, min(n, end + _AFTER_REACH)):
        if words[k] == ",":
            return False
        found = s.measure_at(k)
        if found is not None:
            return any(w in burial for w in words[k : k + found[0]])
    return False
