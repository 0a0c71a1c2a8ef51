"""A count glued by a slash to the counted noun of a count before it: "47 KK/158 jiwa terpaksa mengungsi" (BPBD
releases write households and persons as one pair), "3 unit/12 orang". The second figure is a count of its own noun,
as it is in "47 KK (158 jiwa)" or "47 KK atau 158 jiwa"; digits after a slash glued to a bare word ("COVID-19",
"KM/30") stay what they are.

>>> from claims.extraction import extract
>>> [(c.low, c.measure, c.subject) for c in extract("Sebanyak 52 KK/172 jiwa terpaksa mengungsi.", "id")]
[(52, 'other', 'households'), (172, 'displaced', 'people')]
"""

from __future__ import annotations

from claims.extraction.view import SentenceView


def slash_pair(s: SentenceView, i: int, end: int) -> bool:
    """Digits ``i`` (ending at ``end``) after a slash, the slash after a counted noun which itself follows a number,
    and a counted noun right after the digits."""
    lex, words, kinds = s.lex, s.words, s.kinds
    if i < 3 or s.texts[i - 1] != "/" or kinds[i - 2] != "w":
        return False
    noun_before = lex.nouns.match_ending(words, i - 1) if words[i - 2] in lex.nouns.lasts else None
    before_noun = i - 2 - noun_before[0] if noun_before is not None else -1
    if before_noun < 0 or kinds[before_noun] != "n":
        return False
    return end < len(words) and words[end] in lex.nouns.firsts and lex.nouns.match(words, end) is not None
