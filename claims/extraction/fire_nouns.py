"""Things counted right after a word naming a fire are the things it burnt: "Kebakaran sembilan kios pakaian di Pasar
Cibitung mengakibatkan kerugian ...", "tewas dalam kebakaran 17 bangunan di Kecamatan Anggana". The fire noun is no
measure word ("kebakaran" is blocked from the stem "bakar"), so a figure of things after it is damaged; so is a figure
of things a verb of striking takes right after the fire noun ("Kebakaran hebat melanda 95 unit rumah").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def burnt_by_fire(f: Figure) -> str | None:
    """``damaged`` for a count of things right after a fire noun (``[cues] fire_nouns``), else None.

    >>> from claims.extraction import extract
    >>> [(c.text, c.measure, c.subject) for c in extract("Kebakaran 12 kios di Pasar Inpres terjadi Senin.", "id")]
    [('12', 'damaged', 'kiosks')]
    """
    s, m = f.s, f.m
    k = s.before_determiners(m.first - 1)
    if k > 0 and s.words[k] in s.lex.cue("fire_strike_verbs"):
        k -= 1  # "Kebakaran melanda 84 unit rumah": the things a fire strikes are burnt
        while k > 0 and s.words[k] in s.lex.cue("fire_intensifiers"):
            k -= 1  # "Kebakaran hebat melanda 95 unit rumah"
    if k < 0 or s.words[k] not in s.lex.cue("fire_nouns") or f.cls != "thing":
        return None
    return "damaged"
