"""A list of names inside a figure's noun phrase goes on past its commas (round 16, security rundowns).

A comma ends the clause a measure word is looked for in (:mod:`claims.extraction.reach`), but not inside a list of
capitalised names (or words for a police or military force) that a preposition opens: "buruh dari Karawang, Bekasi
dan Tangerang". Rundowns of a joint force name its units so: "1.200 personel gabungan dari TNI, Polri, Satpol PP
dan Dishub dikerahkan", "petugas gabungan dari unsur TNI, Satpol PP, Dishub, serta Dinas Kebakaran", "personel
gabungan TNI, Polri, Satpol PP, Dishub dan BPBD disiagakan"; the verb after the list is the figure's. Past the first
item such a comma goes on only when the list closes ahead with a joiner and one more name before anything else (a
figure, a measure word, a lower-case word), so a clause after a comma is never taken for an item. The words are the
lexicon's: ``[places] prepositions``, ``list_joiners`` and ``[cues] member_words`` (a word of membership between
the preposition and the names: *unsur*).
"""

from __future__ import annotations

from typing import Final

from claims.extraction.subjects import FORCE_CLASSES
from claims.extraction.view import SentenceView

_REACH: Final = 24
"""Tokens a list of names runs over at most on either side of a comma."""


def _name(s: SentenceView, k: int) -> bool:
    return 0 <= k < len(s.words) and s.kinds[k] == "w" and s.texts[k][:1].isupper()


def _item(s: SentenceView, k: int) -> bool:
    """A name, or one word of the lexicon for a police or military force ("dari kepolisian, TNI, ...")."""
    if _name(s, k):
        return True
    noun = s.noun_at(k) if 0 <= k < len(s.words) and s.kinds[k] == "w" else None
    return noun is not None and noun[0] == 1 and noun[1].subject_class in FORCE_CLASSES


def names_go_on(s: SentenceView, comma: int, at_start: bool) -> int:
    """After a comma inside a list of names (module docstring): the token after the comma; else -1. ``at_start``:
    the comma ends the figure's noun phrase, which ends with the list's first names ("personel gabungan TNI,
    Polri, ..."). A serial comma before the joiner ("Satpol PP, Dishub, dan BPBD") closes the list."""
    serial = comma + 1 < len(s.words) and s.words[comma + 1] in s.lex.list_joiners
    if not _item(s, comma + 1 + serial) or not _item(s, comma - 1):
        return -1
    k = comma - 1
    while not serial and k > 0 and _name(s, k) and comma - k <= 4:
        k -= 1
    if k < comma - 1 and _name(s, comma + 1) and s.words[k] in s.lex.place_prepositions:
        return comma + 1  # "dari Karawang, Bekasi dan Tangerang": the list's first comma
    opened = at_start or _opened_before(s, comma)
    return comma + 1 if opened and (serial or _closes_ahead(s, comma + 1)) else -1


def _opened_before(s: SentenceView, comma: int) -> bool:
    """Only names and commas lie between a preposition (and a word of membership: "dari unsur") and the comma."""
    words, k = s.words, comma - 1
    while k >= 0 and comma - k <= _REACH and (_item(s, k) or words[k] == ","):
        k -= 1
    if k < 0 or k == comma - 1 or words[k + 1] == ",":
        return False
    if words[k] in s.lex.cue("member_words"):
        k -= 1
    return k >= 0 and words[k] in s.lex.place_prepositions


def _closes_ahead(s: SentenceView, k: int) -> bool:
    """From token ``k`` on, names and commas run to a list joiner and one more name."""
    words, n = s.words, len(s.words)
    for j in range(k, min(n, k + _REACH)):
        if j in s.mention_firsts:
            return False
        if words[j] in s.lex.list_joiners:
            return j > k and _item(s, j + 1)
        if not (_item(s, j) or words[j] == ","):
            return False
    return False
