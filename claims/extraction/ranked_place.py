"""The worst-hit place named between a ranked tally and its figure: "Kematian terbanyak tercatat di Jawa Tengah,
yakni tujuh petugas", "korban meninggal paling banyak di Kabupaten Garut, yaitu 12 orang" (KPU and BNPB recaps,
which go on "disusul Jawa Timur lima petugas ..."). ``tally_rules._apposed`` reads the tally when the superlative
stands right before the comma; this skips the place phrase (a preposition, a filler verb perhaps, capitalised
words) between them, and the figure is that place's part of the event (DESIGN 4.1, as "terbanyak di X dengan n").

>>> from claims.extraction import extract
>>> [(c.low, c.measure, c.place) for c in extract("Korban tewas terbanyak di Kabupaten Garut, yakni 12 orang.", "id")]
[(12, 'killed', 'Kabupaten Garut')]
"""

from __future__ import annotations

from typing import Final

from claims.extraction.view import SentenceView

_PLACE_REACH: Final = 6  # capitalised words a place name may hold ("Kabupaten Tapanuli Tengah")


def ranked_place(s: SentenceView, comma: int) -> tuple[int, str] | None:
    """``(index of the superlative, the place)`` when "<superlative> [filler] <preposition> <Place>" ends right
    before ``comma``."""
    words, texts, lex = s.words, s.texts, s.lex
    j = comma - 1
    while j > 0 and comma - j <= _PLACE_REACH and texts[j][:1].isupper():
        j -= 1
    if j == comma - 1 or j < 2 or words[j] not in lex.place_prepositions:
        return None
    place = " ".join(texts[j + 1 : comma])
    j -= 1
    if words[j] in lex.place_fillers:
        j -= 1  # "terbanyak tercatat di Jawa Tengah"
    superlatives = lex.cue("superlatives")
    if words[j] in superlatives:
        return j, place
    return (j - 1, place) if j > 0 and f"{words[j - 1]} {words[j]}" in superlatives else None
