"""Seats after a capacity word count a capacity (round 17, r17thing: "melebihi kapasitas stadion yang hanya 38.000
kursi" is the stadium's capacity, as "Stadion berkapasitas 36.000 orang" is; the author's labels say `capacity`).

A figure of ``other`` counted by a noun of ``[cues] capacity_seat_labels`` (seats) with a capacity phrase of the
other-verbs (``[other_verbs]`` labelled capacity: *kapasitas*, *daya tampung*, "capacity of") at most a few words
before it in its clause takes the subject ``capacity``. Seats counted alone ("menambah 500 kursi") stay seats.

>>> from claims.extraction import extract
>>> [(c.low, c.subject) for c in extract("Kapasitas stadion itu hanya 28.000 kursi.", "id")]
[(28000, 'capacity')]
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_REACH: Final = 5  # words between the capacity phrase and the figure: "kapasitas stadion yang hanya"


def seat_capacity(s: SentenceView, mentions: list[Mention]) -> None:
    """Give the ``other`` figures of seats after a capacity phrase the subject capacity (module docstring)."""
    seats = s.lex.cue("capacity_seat_labels")
    if not seats:
        return
    words, verbs = s.words, s.lex.other_verbs
    for m in mentions:
        if m.measure != "other" or not m.valid or m.unit is not None or m.subject not in seats:
            continue
        for k in range(m.first - 1, max(-1, m.first - 1 - _REACH), -1):
            if words[k] in CLAUSE_PUNCT or words[k] == ",":
                break
            found = verbs.match_ending(words, k + 1) if words[k] in verbs.lasts else None
            if found is not None and found[1] == "capacity":
                m.subject = "capacity"
                break
