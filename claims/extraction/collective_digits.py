"""A collective written in digits: "Ke-20 orang calon PMI ini", "Ke-15 kabupaten itu" (all 20, all 15), as the
number word "Ketiga korban" is (``[collectives]``). Read in trafficking and placement reports ("Ke-38 calon PMI itu
terdiri atas ..."); an ordinal after its noun ("hari ke-10", "HUT ke-80", "pekan ke-16") stays an ordinal.

>>> from claims.extraction import extract
>>> [(c.low, c.measure) for c in extract("Ke-14 calon pekerja migran itu ditangkap di Pelabuhan Tenau.", "id")]
[(14, 'arrested')]
>>> extract("Pencarian memasuki hari ke-10 tanpa hasil.", "id")
[]
"""

from __future__ import annotations

from claims.extraction.view import SentenceView, syntax_list


def collective_digits(s: SentenceView, i: int, end: int) -> bool:
    """Digits ``i`` glued by a dash to the collective prefix, the prefix opening the sentence or a clause (nothing
    or punctuation before it), and a counted noun right after the figure (which ends at ``end``)."""
    lex, words = s.lex, s.words
    k = i - 2
    if k < 0 or not lex.collective_prefix or words[k] != lex.collective_prefix:
        return False
    noun = s.noun_at(end)
    if noun is None:
        return False
    # after a word: "hari ke-10", "korban ke-3" (an ordinal after its noun) unless the collective is an object
    return k == 0 or s.kinds[k - 1] == "p" or _object_collective(s, k, end + noun[0])


def _object_collective(s: SentenceView, k: int, noun_end: int) -> bool:
    """ "Polisi mengamankan ke-18 pelajar tersebut" (audit15_id_a, Polres Jakarta Barat tawuran copy): the collective
    after a verb, its noun closed by a demonstrative (``[syntax] np_closers``); the word before the prefix is no noun
    and no time unit (an ordinal follows its noun: "hari ke-10", "korban ke-3 itu")."""
    lex, words = s.lex, s.words
    before = words[k - 1]
    if s.kinds[k - 1] != "w" or before in lex.nouns or before in lex.time_units or before in lex.nouns.lasts:
        return False
    return noun_end < len(words) and words[noun_end] in syntax_list(s, "np_closers")
