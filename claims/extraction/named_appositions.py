"""The people of a figure named between commas before its verb: "Dua petani, Karto (57) dan Dimas (24), tewas di
sawah", "Dua di antara korban, yakni AS (19) dan RN (22), meninggal di lokasi" (idm: lightning, mine and bullying
reports). The names, each with the person's age in brackets or after a word that opens them (``[cues]
name_apposition_leads``: "yakni", "berinisial"), do not end the clause: the verb after the closing comma is the
figure's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_NAME_WORDS: Final = 4  # "Muhammad Rizki Ramadhan", "La Ode Hamid"
_NAMES: Final = 6  # names in one aside


def _name_end(s: SentenceView, k: int) -> int:
    """The token after a capitalised name of at most a few words from token ``k``; ``k`` when none starts there."""
    end = k
    while end < len(s.words) and end - k < _NAME_WORDS and s.kinds[end] == "w" and s.texts[end][0].isupper():
        end += 1
    return end


def _after_age(s: SentenceView, k: int) -> int:
    """The token after a bracketed number at token ``k`` ("(57)"), also with its unit of time ("(21 tahun)", h16id_c2:
    Tandaseru and Disway drug-bust copy); ``k`` when none is there."""
    words = s.words
    if k + 2 < len(words) and words[k] == "(" and s.kinds[k + 1] == "n":
        close = k + 3 if k + 3 < len(words) and words[k + 2] in s.lex.time_units else k + 2
        if words[close] == ")":
            return close + 1
    return k


def apposition_end(s: SentenceView, comma: int) -> int:
    """After the comma at token ``comma``: the token after the comma that closes an aside of named people, else -1.

    >>> from claims.extraction import extract
    >>> [(c.measure, c.low) for c in extract("Dua petani, Karto (57) dan Dimas (24), tewas di sawah.", "id")]
    [('killed', 2)]
    """
    words, n = s.words, len(s.words)
    k, aged = comma + 1, False
    lead = s.lex.cue("name_apposition_leads")
    while k < n and words[k] in lead:
        k += 1
    led = k > comma + 1
    for _ in range(_NAMES):
        end = _name_end(s, k)
        if end == k:
            return -1
        k = _after_age(s, end)
        aged = aged or k > end
        if k + 1 < n and words[k] == "," and not s.texts[k + 1][0].isupper():
            return k + 1 if (aged or led) and s.kinds[k + 1] == "w" else -1
        if k >= n or not (words[k] == "," or words[k] in s.lex.list_joiners):
            return -1
        k += 1
    return -1
