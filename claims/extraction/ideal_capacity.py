"""A verb of filling after an adverb of the ideal counts a capacity (issue 11, round 9, h12id_b1).

Prison reports set what a lapas was built for against what it holds: "Idealnya, Lapas Kelas IIB Sorong menampung 214
orang, namun kini dihuni 532", "Lapas itu sejatinya hanya menampung 323 warga binaan", "lapas dan rutan semestinya
hanya dihuni 112.500 orang"; "a jail that should ideally hold 500 inmates houses 1,200". The adverb (``[cues]
ideal_adverbs``) may open the clause, a comma after it: the figure of the verb of filling is then the capacity,
and the next clause's ("namun kini dihuni 532") stays the inmates.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_REACH: Final = 6  # tokens before the verb the adverb may stand ("Idealnya , Lapas Kelas IIB Sorong menampung")


def ideal_before(s: SentenceView, verb: int) -> bool:
    """An adverb of the ideal stands in the clause before the verb at token ``verb``, no figure between."""
    ideals = s.lex.cue("ideal_adverbs")
    if ideals.isdisjoint(s.word_set):
        return False
    for k in range(verb - 1, max(-1, verb - 1 - _REACH), -1):
        if s.words[k] in ideals:
            return True
        if s.words[k] in CLAUSE_PUNCT or k in s.mention_firsts:
            return False
    return False
