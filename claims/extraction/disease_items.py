"""A bare figure right after the name of a disease counts its cases (issue 11, round 9, h12id_b2).

Dinkes haze and outbreak recaps list illnesses with their figures and no noun: "Paling banyak warga menderita ISPA
81.836, kemudian iritasi kulit 5.931, iritasi mata 4.700, asma 3.757 dan pneumonia 1.307" (Liputan6 Riau),
"Penderita ISPA tercatat 2.488", "Kasus DBD sebanyak 412". The name (``[composed_labels.diseases]``) ends right before
the figure, perhaps with a filler between (``[places] fillers``: "tercatat", "sebanyak"): the figure is that
disease's cases. A year after the name ("ISPA 2019") is a date, no count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.case_kinds import kind_cases

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure
    from claims.extraction.view import SentenceView

_YEARS: Final = range(1900, 2101)  # a bare year after a disease name is its date ("kasus DBD 2024")


def disease_item(f: Figure) -> str | None:
    """ "<disease> cases" for a bare figure whose word before (a filler aside) ends a disease name."""
    s, m = f.s, f.m
    diseases = s.lex.composed_labels.get("diseases")
    k = m.first
    if diseases is None or k < 1 or m.unit is not None:
        return None
    if m.low is not None and m.low == m.high and m.low in _YEARS and m.qualifier == "exact":
        return None
    k -= 1 if s.words[k - 1] in s.lex.place_fillers else 0  # "Penderita ISPA tercatat 2.488"
    if k < 1 or s.words[k - 1] not in diseases.lasts:
        return None
    found = diseases.match_ending(s.words, k)
    return kind_cases(s.lex, found[1]) if found is not None else None


def disease_ends_before(s: SentenceView, i: int) -> bool:
    """A disease name ends right before token ``i`` ("ISPA 81.836"): the capitalised acronym names the cases counted,
    it is no identifier before a number ("Flight 4417", "KM 12")."""
    diseases = s.lex.composed_labels.get("diseases")
    return diseases is not None and i > 0 and s.words[i - 1] in diseases.lasts
