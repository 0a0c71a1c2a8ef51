"""A part named by "termasuk" after an object with no figure: "Api menghancurkan seisi pabrik, termasuk 24 motor
karyawan dan 17 mobil", "Kebakaran itu menewaskan sejumlah warga, termasuk 3 anak". The figure counts a part of the
verb's object, so it takes the verb's measure (as "termasuk 3 anak" after a counted whole does)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.reach import active_verb
from claims.extraction.subjects import compatible

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

_OBJECT_WORDS = 4  # "seisi pabrik", "sejumlah fasilitas umum milik warga"


def included_in_object(s: SentenceView, m: Mention, cls: str | None) -> str | None:
    """The measure of an active measure verb whose object (a few words, no figure) stands before ", termasuk" right
    before the figure ``m``; None when there is none or it cannot count the figure's noun.

    >>> from claims.extraction import extract
    >>> [(c.text, c.measure, c.subject) for c in extract("Banjir merusak fasilitas umum, termasuk 12 sekolah.", "id")]
    [('12', 'damaged', 'schools')]
    """
    words = s.words
    cue = s.lex.inherit_before.match_ending(words, m.first) if m.first > 0 else None
    comma = m.first - cue[0] - 1 if cue is not None else -1
    if comma < 1 or words[comma] != ",":
        return None
    for k in range(comma - 1, max(-1, comma - 1 - _OBJECT_WORDS - 1), -1):
        if s.kinds[k] != "w" or k in s.mention_firsts:
            return None
        found = s.measure_at(k) if k < comma - 1 or _predicate(s, k) else None  # else the word is the object's
        if found is None:
            continue
        length, measure = found
        if measure.startswith("=") or (k + length < comma) != active_verb(s, k):
            return None  # an active verb with its object, or a predicate right before the comma: "Sejumlah
            # peralatan sekolah rusak, di antaranya 4 proyektor"
        return measure if compatible(measure, cls) else None
    return None


def _predicate(s: SentenceView, k: int) -> bool:
    """Token ``k`` right before the comma is a measure word that is no noun and no active verb: the predicate of a
    subject with no figure ("Sejumlah warga tewas, termasuk 3 anak")."""
    return s.words[k] not in s.lex.nouns.firsts and not active_verb(s, k)
