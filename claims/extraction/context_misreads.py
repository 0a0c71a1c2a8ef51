"""Checks of a figure's specific measure against words of its sentence that say it counts something else (issue 11,
audit_id3: prisons, hajj, livestock-disease and bus reports; DESIGN 4.1: prefer ``other`` to a wrong measure).

- people held or wanted who are sought are fugitives, not missing people ("Dua napi masih dalam pencarian"): the
  noun's ``fled`` label (``[nouns]``);
- people counted by a generic noun whom a verb sends off in a sentence of pilgrimage or homecoming travel
  (``[cues] civil_travel_words``: "diberangkatkan 3.259 orang yang terbagi dalam delapan kloter") are travellers,
  no force deployed, as ``civil`` nouns ("jemaah", "pemudik") are;
- a wound named by a disease (``[cues] disease_words``: "luka dengan ciri khas penyakit antraks", "luka koreng")
  is a lesion of an illness, no injury.

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("Dua napi masih dalam pencarian petugas.", "id")]
    [('other', 'escaped prisoners')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.reach import is_boundary

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_DISEASE_REACH = 10  # words after the figure a disease word may stand in its clause: "luka dengan ciri khas penyakit"


def context_misread(f: Figure, measure: str) -> bool:
    """True when a word of the figure's sentence says ``measure`` is not what the figure counts (sets the label)."""
    if measure == "missing" and f.head is not None and f.head.fled is not None:
        f.label, f.other_verb = f.head.fled, True  # "Dua napi masih dalam pencarian": fugitives, not missing
        return True
    if measure == "deployed" and _travellers_sent(f):
        f.label, f.other_verb = "travellers", True  # "diberangkatkan 3.259 orang ... delapan kloter": pilgrims
        return True
    if measure == "injured" and _disease_lesion(f):
        f.label, f.other_verb = "lesions", True  # "enam warga mengalami luka dengan ciri khas penyakit antraks"
        return True
    return False


def _travellers_sent(f: Figure) -> bool:
    """The figure counts people by a generic noun (or none) and its sentence speaks of pilgrimage or homecoming
    travel (``[cues] civil_travel_words``): those sent are travellers. A force named by its noun ("petugas",
    "personel") keeps its deployment."""
    if f.head is not None and not (f.head.generic and f.head.label == "people"):
        return False
    words = f.s.lex.cues.get("civil_travel_words", frozenset())
    return not words.isdisjoint(f.s.word_set)


def _disease_lesion(f: Figure) -> bool:
    """A word of disease (``[cues] disease_words``) after the figure in its clause names the wound an illness."""
    s = f.s
    diseases = s.lex.cues.get("disease_words", frozenset())
    if not diseases or diseases.isdisjoint(s.word_set):
        return False
    start = max(f.m.np_end, f.m.num_end)
    for k in range(start, min(len(s.words), start + _DISEASE_REACH)):
        if is_boundary(s, k) or (k in s.mention_firsts and k != f.m.first):
            return False
        if s.words[k] in diseases:
            return True
    return False
