"""A measure word said of another noun than the one a figure counts: the object of a preposition or of a verb
("Relawan untuk korban luka", "yang mengevakuasi korban tewas", "Aid for the displaced", "Volunteers who treated the
injured came from ...")."""

from __future__ import annotations

from claims.extraction.figure_owner_gates import place_object
from claims.extraction.reach import names_another_noun, phrase_start, preposition_object, takes_object
from claims.extraction.view import SentenceView


def object_of_another(s: SentenceView, k: int) -> bool:
    """The measure word at token k is the object of a preposition or of a measure verb ("Relawan untuk korban
    luka", "yang mengevakuasi korban tewas", "Aid for the displaced"), so the figure it stands before (across a
    qualifier: "... mencapai 300 orang") is no count of it."""
    start = phrase_start(s, k) - 1
    j = s.before_determiners(start)
    determiners = start - j
    if j < 0:
        return False
    if preposition_object(s, k, j, determiners):
        return True
    verb = s.measure_at(j)
    return verb is not None and takes_object(s, j, verb[0])


def another_nouns(s: SentenceView, k: int, length: int) -> bool:
    """The measure word at token k (``length`` tokens) is said of another noun than the one a list or a figure
    after it counts: the object of a preposition or a verb, or a verb with its own object ("Relawan yang merawat
    korban luka berasal dari Kabupaten X (52 orang), ...", "Volunteers who treated the injured came from ...")."""
    if place_object(s, k) is not None:
        return True  # "diikuti Provinsi Jawa Barat 1.127 orang, Jawa Tengah 658 orang": a ranking of places
    if said_of_animal(s, k):
        return True  # "sapi mati yang sudah dikubur ..., akibatnya 93 warga ... dan 3 meninggal": the cow died
    return object_of_another(s, k) or takes_object(s, k, length) or names_another_noun(s, phrase_start(s, k))


def said_of_animal(s: SentenceView, k: int) -> bool:
    """The measure word at token k comes right after a counted noun of animals ("sapi mati", "ternak hilang"): it is
    said of the animals, never of the people a list or a figure after it counts (DESIGN 4.1, gate13id)."""
    if k < 1 or s.words[k - 1] not in s.lex.nouns.lasts:
        return False
    noun = s.lex.nouns.match_ending(s.words, k)
    return noun is not None and noun[1].subject_class == "animal"
