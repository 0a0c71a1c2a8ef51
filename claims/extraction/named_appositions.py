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
    if _inside_led_names(s, comma, lead):
        return comma + 1
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


def _inside_led_names(s: SentenceView, comma: int, lead: frozenset[str]) -> bool:
    """The comma at ``comma`` parts the names of a list a lead word opened with no comma before it, a name after it:
    "Tiga pelaku yakni AY (30), M (31) dan S (52) diamankan" (audit15_id_a: BNNP Banten, Polres and Polda release
    copy); the list goes on to the figure's verb."""
    texts, kinds = s.texts, s.kinds
    after = comma + 2 if comma + 2 < len(texts) and s.words[comma + 1] in s.lex.list_joiners else comma + 1
    if after >= len(texts) or kinds[after] != "w" or not texts[after][0].isupper():
        return False  # a serial comma before the last name goes on too: ", dan JD (3)"
    k = comma - 1
    for _ in range(_NAMES):
        if k >= 3 and s.words[k] == ")":  # an age: "(30)", "(21 tahun)"
            k = k - 3 if s.words[k - 2] == "(" else k - 4 if k >= 4 and s.words[k - 3] == "(" else k
        start = k
        while k >= 0 and k > start - _NAME_WORDS and kinds[k] == "w" and texts[k][0].isupper():
            k -= 1
        if k == start or k < 0:
            return False
        if s.words[k] in lead:
            return True
        if s.words[k] != "," and s.words[k] not in s.lex.list_joiners:
            return False
        k -= 1
    return False
