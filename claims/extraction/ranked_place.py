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

from claims.extraction.mentions import Mention
from claims.extraction.ranked_tallies import ranked_subject_places
from claims.extraction.view import SentenceView

_PLACE_REACH: Final = 6  # capitalised words a place name may hold ("Kabupaten Tapanuli Tengah")


def place_start(s: SentenceView, end: int) -> int:
    """Where the capitalised place name (at most ``_PLACE_REACH`` words) that ends right before token ``end``
    starts; ``end`` when no capitalised word stands there."""
    j = end - 1
    while j >= 0 and end - j <= _PLACE_REACH and s.texts[j][:1].isupper():
        j -= 1
    return j + 1


def ranked_place(s: SentenceView, comma: int) -> tuple[int, str] | None:
    """``(index of the superlative, the place)`` when "<superlative> [filler] <preposition> <Place>" ends right
    before ``comma``."""
    words, texts, lex = s.words, s.texts, s.lex
    start = place_start(s, comma)
    j = start - 1
    if start == comma or j < 2 or words[j] not in lex.place_prepositions:
        return None
    place = " ".join(texts[start:comma])
    j -= 1
    if words[j] in lex.place_fillers or words[j] in lex.cue("ranked_place_verbs"):
        j -= 1  # "terbanyak tercatat di Jawa Tengah", "terbanyak ditemukan di Kota Ternate"
    superlatives = lex.cue("superlatives")
    if words[j] in superlatives:
        return j, place
    return (j - 1, place) if j > 0 and f"{words[j - 1]} {words[j]}" in superlatives else None


def unmarked_ranked_place(s: SentenceView, apposition: int) -> bool:
    """A ranked place ends right before the apposition word ``apposition`` with no comma between ("Korban meninggal
    terbanyak ditemukan di Kota Ternate yakni 28 orang", "paling banyak terdapat di Bantul yakni 27 orang": Dinkes
    and Satgas recaps often drop it)."""
    return apposition > 0 and s.texts[apposition - 1][:1].isupper() and ranked_place(s, apposition) is not None


def ranked_places(s: SentenceView, mentions: list[Mention]) -> None:
    """The place of a count that stands in apposition to a ranked place, whatever rule named its measure ("Korban tewas
    paling banyak di Kabupaten Garut yaitu 12 orang", "Pengungsi terbanyak berada di Desa Sukamaju, yakni 812 jiwa"):
    the worst-hit place's part of the event (DESIGN 4.1 ``place``); and the subject place of an English superlative
    tally ("South Kivu has recorded the most cases with 3,410", ``ranked_tallies``)."""
    ranked_subject_places(s, mentions)
    appositions = s.lex.cue("apposition")
    if appositions.isdisjoint(s.word_set):
        return
    words = s.words
    for m in mentions:
        if m.place is not None or m.unit is not None or not m.valid or m.first < 4:
            continue
        k = m.first
        q = s.lex.qualifiers.match_ending(words, k) if words[k - 1] in s.lex.qualifiers.lasts else None
        k -= q[0] if q is not None and q[1] == "exact" else 0  # "yakni sebanyak 27 orang"
        if words[k - 1] not in appositions:
            continue
        ranked = ranked_place(s, k - 2 if words[k - 2] == "," else k - 1)
        m.place = ranked[1] if ranked is not None else None
