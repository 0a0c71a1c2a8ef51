"""Deaths put down to another cause are no toll of the event (issue 11, round 10; ide1, ide2, h9covid3; DESIGN 4.1:
prefer ``other`` to a wrong measure).

Dinkes and hospital reports set apart the patients first counted among an outbreak's dead whom the doctors then put
down to another cause: "tiga pasien ... lalu meninggal, namun dokter menyatakan kematiannya karena penyakit
penyerta", "Dua korban lain ... meninggal karena diagnosis lain", "satu anak dinyatakan meninggal bukan karena
campak". A phrase of another cause (``[cues] other_causes``) after the figure in its sentence makes the death
figure ``other``.

    >>> from claims.extraction import extract
    >>> [c.measure for c in extract("Dua pasien lain meninggal karena penyakit lain, bukan antraks.", "id")]
    ['other']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_LONGEST: Final = 3  # words of the longest phrase: "bukan disebabkan oleh"


def other_cause(f: Figure) -> bool:
    """A phrase of another cause follows the figure in its sentence, before any other figure ("tujuh kematian, tetapi
    satu anak ... bukan karena campak": the later figure's)."""
    s = f.s
    firsts = s.lex.cue_firsts("other_causes")
    if firsts.isdisjoint(s.word_set):
        return False
    for k in range(f.m.last + 1, len(s.words)):
        if k in s.mention_firsts:
            return False
        if s.words[k] in firsts and s.cue_phrase_at(k, "other_causes", _LONGEST) > 0:
            return True
    return False
