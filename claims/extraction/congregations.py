"""A congregation turning out (round 13 audit, Kalimantan and Java haul and pengajian reports: "Sekitar lima juta
jamaah hadir dalam Haul", "haul dihadiri oleh 4,1 juta jamaah", "4,1 juta jemaah mengikuti haul"): people counted by
what they are (``civil`` nouns: pilgrims, patients, travellers) never turn out by a verb of crowding or sending ("sent
241,000 pilgrims", "RSUD dipadati 300 pasien"), but a congregation (``[cues] congregation_labels``) that a verb of
attending (``attendance_verbs``: hadir, menghadiri, dihadiri, mengikuti) counts is the turnout of its gathering.
Pilgrims a verb sends off or that arrive ("6.616 jemaah haji tiba di Madinah", "450 jemaah diberangkatkan") stay
``other``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.force_turnouts import force_after_figure
from claims.extraction.reach import is_boundary

if TYPE_CHECKING:
    from claims.extraction.figure_type import Figure

_REACH: Final = 4  # how far after the noun phrase the verb of attending may stand ("jemaah yang hadir", "jemaah itu")


def civil_not_turnout(f: Figure, measure: str) -> bool:
    """``f``'s noun counts people by what they are, and the turnout word is no congregation's attending."""
    head = f.head
    if force_after_figure(f, measure):
        return True  # "demo mahasiswa sebanyak 800 personel": the force, not the crowd
    if head is None or not head.civil:
        return False
    return not (measure == "participants" and _attending(f))


def _attending(f: Figure) -> bool:
    s = f.s
    lex, words = s.lex, s.words
    if f.head is None or f.head.label not in lex.cue("congregation_labels"):
        return False
    verbs = lex.cue("attendance_verbs")
    k = f.named_before
    if k is not None:
        return words[k] in verbs  # "Haul itu dihadiri 15.000 jemaah"
    for i in range(f.m.first - 1, max(f.m.first - _REACH, 0) - 1, -1):
        if is_boundary(s, i):
            break
        if words[i] in verbs:
            return True  # "dihadiri oleh 4,1 juta jamaah"
    start = max(f.m.np_end, f.m.num_end)
    for i in range(start, min(start + _REACH, len(words))):
        if is_boundary(s, i):
            return False
        if words[i] in verbs:
            return True  # "Sekitar lima juta jamaah hadir dalam haul"
    return False
