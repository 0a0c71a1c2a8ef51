"""Those left after recoveries or discharges are the stock still treated (round 10 wave 2, h15id_b1).

Indonesian ward copy counts the admissions, then those who went home, then what is left: "pasien campak yang dirawat
tercatat 13 anak; empat di antaranya sudah sembuh sehingga tersisa 9 pasien", "jumlah pasien dirawat sebelas anak,
tiga di antaranya sudah sembuh dan tersisa 8 pasien". A figure resolved ``other`` right after a word of what is left
(``[cues] remaining_words``: *tersisa*, *tinggal*), with no noun of its own or a person noun, that follows a
hospitalized figure and, after it, a figure of those recovered or discharged, is the stock: ``hospitalized``; the
earlier figure counts the admissions: ``other``, subject ``admitted`` (DESIGN 4.1, admissions beside those still
treated, as ``remaining_stock`` does for "and 11 remain there").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import PERSON_CLASSES

if TYPE_CHECKING:
    from claims.extraction.mention_type import Mention
    from claims.extraction.view import SentenceView

# the subjects of those who left care between the admissions and what is left
_LEFT_CARE: Final = frozenset({"recovered", "discharged patients"})


def remaining_patients(s: SentenceView, mentions: list[Mention]) -> None:
    """Read "sehingga tersisa 9 pasien" after admissions and recoveries as the stock still treated (module
    docstring)."""
    cues = s.lex.cue("remaining_words")
    if len(mentions) < 3 or cues.isdisjoint(s.word_set):
        return
    admitted: Mention | None = None
    left = False
    for m in mentions:
        if m.unit is not None or not m.valid:
            continue
        if admitted is None:
            admitted = m if m.measure == "hospitalized" else None
        elif left and m.measure == "other" and _remaining(s, m, cues):
            m.measure = "hospitalized"
            if m.subject in _LEFT_CARE and m.nouns:  # "... diperbolehkan pulang dan kini tinggal 7 pasien"
                m.subject = m.nouns[-1].label
            admitted.measure, admitted.subject, admitted.subject_class = "other", "admitted", None
            return
        elif m.measure == "other" and m.subject in _LEFT_CARE:
            left = True


def _remaining(s: SentenceView, m: Mention, cues: frozenset[str]) -> bool:
    """The figure follows a word of what is left and counts people, if anything."""
    if m.num_first < 1 or s.words[m.num_first - 1] not in cues:
        return False
    return all(noun.subject_class in PERSON_CLASSES for noun in m.nouns)
