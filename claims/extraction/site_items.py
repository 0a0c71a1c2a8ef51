"""A count after a numbered unit's name in a list by site, no identifier (issue 11, round 14: r14list).

Evacuation and deployment rundowns share a total out by the site or command that holds the people, the figure right
after the site's name: "Pengungsi sebanyak 4.100 jiwa tersebar di Kodim 1.500 jiwa, Lanud 1.300 jiwa dan GOR X 1.300
jiwa", "ditampung di Lanud 970 orang". After an identifier word ("Kodim 0801", "Lanud", "SD", ``[exclusions]
identifier_words``) a number is a label; here it is an item of the list: a counted noun follows the number, the
name opens after a list comma, a list joiner, a breakdown cue or a place preposition, and another figure counted by
the same noun stands in the sentence (the total or a sibling item).
"""

from __future__ import annotations

from claims.extraction.view import SentenceView


def _noun_after(s: SentenceView, start: int) -> tuple[int, int] | None:
    """The counted noun right after the number at token ``start``: (its first token, its length), or None."""
    k, n = start + 1, len(s.words)
    while k + 1 < n and s.kinds[k] == "p" and s.texts[k] in ".," and s.glue[k] and s.kinds[k + 1] == "n":
        k += 2  # "1.500": the digits go on
    found = s.noun_at(k)
    return (k, found[0]) if found is not None else None


def counted_site_item(s: SentenceView, start: int) -> bool:
    """The number at token ``start``, after an identifier word, counts the site's share of a list (docstring)."""
    words, kinds, lex = s.words, s.kinds, s.lex
    if kinds[start] != "n":
        return False
    noun = _noun_after(s, start)
    if noun is None:
        return False
    k = start - 1
    while k >= 0 and kinds[k] == "w" and s.texts[k][0].isupper():
        k -= 1  # back over the site's name ("GOR Sukamaju", "Kodim")
    if k < 0 or k == start - 1:
        return False
    before = words[k]
    if not (
        before in (",", ":")
        or before in lex.list_joiners
        or before in lex.breakdown_cues
        or before in lex.place_prepositions
    ):
        return False
    own = words[noun[0] : noun[0] + noun[1]]
    for j in range(len(words)):
        if kinds[j] != "n" or j == start or (j > 0 and s.glue[j] and kinds[j - 1] == "p"):
            continue
        other = _noun_after(s, j)
        if other is not None and other[0] != noun[0] and words[other[0] : other[0] + other[1]] == own:
            return True
    return False
