"""A count by place in a contrasting clause that leaves its measure out (issue 11, round 9, id_vary11).

Bulletins set one place against another and say the measure once: "Sebanyak 198 jemaah meninggal dunia di Makkah,
sedangkan di Madinah 41 jemaah", "Jemaah yang dirawat di rumah sakit Arab Saudi 96 orang, sedangkan di KKHI 412
orang", "12 people died in Ashford, while in Kent 30", "RSAS Makkah merawat ... 214 jemaah, sementara RSAS Jeddah 12
orang" (round 10, h9covid3). The clause opens with a contrast word (``[syntax] contrast_words``), then a place
preposition, or none, and a capitalised place right before the figure: the figure is the previous count's measure in
that place. Its own noun, if any, must be a classifier or the previous count's kind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import PEOPLE_MEASURES, compatible
from claims.extraction.view import syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_PLACE_WORDS: Final = 5  # the capitalised words of the place ("Rumah Sakit Umum Daerah Kartini")


def contrast_place(f: Figure) -> str | None:
    """The previous count's measure for a figure right after "sedangkan di PLACE" (a rule of ``MEASURE_RULES``,
    through ``relative_measures.comma_aside``); the place goes on the figure."""
    s, m, a = f.s, f.m, f.antecedent
    if a is None or a.measure not in PEOPLE_MEASURES or m.unit is not None or m.first < 4:
        return None
    if f.head is not None and not f.head.generic and not (a.nouns and a.nouns[0].label == f.head.label):
        return None  # a noun of its own kind ("sedangkan di Madinah 41 petugas"): another group
    texts, words = s.texts, s.words
    k = m.first - 1
    while k > 0 and m.first - k <= _PLACE_WORDS and s.kinds[k] == "w" and texts[k][0].isupper():
        k -= 1
    contrast = syntax_list(s, "contrast_words")
    if k == m.first - 1 or k < 2:
        return None
    bare = words[k] in contrast and words[k - 1] == ","  # no preposition: "sementara RSAS Jeddah 12 orang"
    if not bare and (words[k] not in s.lex.place_prepositions or words[k - 1] not in contrast or words[k - 2] != ","):
        return None
    if not compatible(a.measure, f.cls):
        return None
    m.place = s.text[s.starts[k + 1] : s.ends[m.first - 1]]
    return a.measure
