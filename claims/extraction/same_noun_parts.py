"""A part that repeats the whole's noun: "lima siswa dari 47 siswa SMPN 4 Petang yang terpaksa dilarikan ke RSUD"
(issue 11, round 11: school poisoning reports of Bali Post and merdeka).

"tiga dari 13 siswa" is a part of the next figure (:func:`claims.extraction.noun_phrase._np_start`); real copy often
repeats the noun after the part's figure ("lima siswa dari 47 siswa", "12 orang dari 40 orang yang diperiksa"). The
part is the same: the figure, its noun, a whole word (``[syntax] whole_before``: *dari*) and a figure with the same
noun right after it. The predicate after the whole (a relative clause in Indonesian) is the part's, as it is for the
part without a noun.
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView


def same_noun_whole(s: SentenceView, m: Mention, mentions: list[Mention]) -> tuple[int, int] | None:
    """The index of the whole ``m`` is a part of, and where the part's noun ends; None when it is no such part."""
    lex, words, n = s.lex, s.words, len(s.words)
    j = m.num_end
    noun = lex.nouns.match(words, j) if j < n and words[j] in lex.nouns.firsts else None
    if noun is None:
        return None
    k = j + noun[0]
    whole = lex.whole_before.match(words, k) if k < n and words[k] in lex.whole_before.firsts else None
    if whole is None:
        return None
    at = k + whole[0]
    for index, other in enumerate(mentions):
        if other.num_first == at and other.first == at and words[other.num_end : other.num_end + noun[0]] == words[j:k]:
            return index, k
    return None
