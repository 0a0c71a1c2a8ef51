"""Lists of places with a bracketed count after each (wire and ReliefWeb copy, issue 11, round 6): "The districts hit
were Rusera (5 deaths), Kimbo (2) and Gatare (1)", "deaths were reported in Rusera (5), Kimbo (2) and Gatare (3)".
A bracketed number after a capitalised name is an age ("Zahra (11)") unless the list shows it counts places."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.place_tallies import name_start

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_ITEMS = 8  # list items walked back
_BRACKET = 4  # tokens inside an earlier item's brackets ("5 deaths", "7 fatalities")


def places_in_brackets(s: SentenceView, bracket: int) -> bool:
    """The name before the bracket at token ``bracket`` is an item of a list of names with bracketed counts whose
    first item follows a place preposition or a ranking's "followed by" ("in Rusera (5)", "followed by Kelantan
    (11)") or whose earlier bracket names a measure ("Rusera (5 deaths)")."""
    texts, words, lex = s.texts, s.words, s.lex
    k = bracket
    for _ in range(_ITEMS):
        end = k
        k = name_start(s, k)
        if _admin_place(s, k, end):
            return True  # "disusul Kecamatan Malangsari (52), Cikeusik (77), Warungbanten (21)": a list of places
        if k == 0:
            return False
        if words[k - 1] in lex.place_prepositions or _after_rank(s, k):
            return _bracket_after(s, k) is not None  # the list's first item, after "in" or "followed by"
        j = k - 1
        if words[j] not in lex.list_joiners and texts[j] != ",":
            return False
        if texts[j] == "," and j > 0 and words[j - 1] in lex.list_joiners:
            j -= 1
        j -= 1
        if j < 1 or texts[j] != ")":
            return False
        opening = next((o for o in range(j - 1, max(-1, j - _BRACKET - 1), -1) if texts[o] == "("), None)
        if opening is None:
            return False
        if any(s.measure_at(o) is not None or words[o] in lex.nouns.firsts for o in range(opening + 1, j)):
            return True  # "Rusera (5 deaths), Kimbo (2)", "Jatinegara (195 kasus), Cakung (147)"
        k = opening
    return False


def _after_rank(s: SentenceView, k: int) -> bool:
    """ "followed by" (``[cues] rank_verbs``, ``rank_prepositions``) right before token ``k``."""
    cues, words = s.lex.cues, s.words
    return k > 1 and words[k - 1] in cues.get("rank_prepositions", ()) and words[k - 2] in cues.get("rank_verbs", ())


def _admin_place(s: SentenceView, k: int, end: int) -> bool:
    """The capitalised run from token ``k`` to ``end`` holds an administrative word with a name on its side
    ("Kecamatan Malangsari", "Kaduna State"); a bare one is no place ("RS (19)": initials)."""
    lex, words = s.lex, s.words
    for m in range(k, end):
        if words[m] in lex.place_admin:
            return m < end - 1 if lex.modifiers_follow else m > k
    return False


def _bracket_after(s: SentenceView, k: int) -> int | None:
    """The bracket right after the capitalised run that starts at token ``k``."""
    while k < len(s.texts) and s.kinds[k] == "w" and s.texts[k][0].isupper():
        k += 1
    return k if k < len(s.texts) and s.texts[k] == "(" else None
