"""Things a verb of holding takes are seized, never damaged by an earlier verb of the sentence (gate16id: raids and
quarantine reports, "Petugas memusnahkan 2,5 ton daging ilegal dan menahan dua truk pengangkutnya"; DESIGN 4.1:
prefer ``other`` to a wrong measure).

A verb of the arrest measure right before the figure ("menahan", "mengamankan"), perhaps with a word of
``[cues] held_skips`` between ("sebanyak"), is the figure's own verb: when the figure counts things, the damage
verb of the clause before does not reach past it (a damage word after the figure, "yang dirusak massa", still
counts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.later_words import next_hit

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_REACH: Final = 2  # words that may stand between the verb and the figure: "juga sebanyak"


def held_things(f: Figure) -> bool:
    """A verb of holding stands right before the figure of things whose measure came from another verb.

    >>> from claims.extraction import extract
    >>> [c.measure for c in extract("Api memusnahkan gudang itu dan polisi menahan dua truk.", "id")]
    ['other']
    """
    s, m = f.s, f.m
    if m.subject_class in ("people", "police", "soldiers") or m.first == 0:
        return False
    j = m.first - 1
    skips = s.lex.cue("held_skips")
    while j > 0 and m.first - 1 - j < _REACH and s.words[j] in skips:
        j -= 1
    hit = s.measure_ending_at(j)
    if hit is None or hit[1] != "arrested":
        return False
    _, later = next_hit(s, m, max(m.np_end, m.num_end))
    return later is None or later[1] != "damaged"  # "mengamankan tiga motor yang dirusak massa": damaged
