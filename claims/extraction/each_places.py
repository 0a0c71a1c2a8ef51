"""One claim per place for a figure that each of several places has (issue 11, round 14: r14list).

Rundowns give several places the same figure once, with "each" (``[cues] each_place_words``): "Dari Sulawesi Utara
dan Gorontalo masing-masing dikirim 220 personel", "Korban tewas di Desa A dan Desa B masing-masing tiga orang",
"masing-masing dua kasus di Kutai Barat dan Kutai Timur", "one each in Kent, Essex and Surrey", "two deaths each in
Ohio and Texas". The figure is a count of its measure in every one of those places (DESIGN 4.1: an item of a
breakdown by place), so the extractor gives one claim per place, each with its ``place``.
The places are a list of two or more capitalised names after a place preposition (``[places] prepositions``),
joined by commas and list joiners, that either follows the figure (past its counted noun) with "each" right before
or right after the figure, or ends right at "each" a few words before the figure ("masing-masing mengirim n").
A figure shared out to each person ("masing-masing Rp 10 juta") has no such list and keeps its one claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

_REACH: Final = 3  # words between "each" and the figure it shares out ("masing-masing dikirim 220")


def each_places(s: SentenceView, m: Mention) -> list[str]:
    """The places that each have figure ``m`` (module docstring), or [] when it is no figure of each place."""
    each = s.lex.cue("each_place_words")
    if not each or each.isdisjoint(s.word_set) or m.measure == "other":
        return []
    words, n = s.words, len(s.words)
    after = max(m.last, m.np_end or 0)
    j = after
    while j < min(n, after + 2) and words[j] not in each and s.kinds[j] == "w" and s.texts[j][:1].islower():
        j += 1  # "Two deaths each": the measure noun outside the counted noun phrase
    if (m.first > 0 and words[m.first - 1] in each) or (j < n and words[j] in each):
        places = places_after_each(s, j + 1 if j < n and words[j] in each else after)
        if len(places) > 1:
            return places
    for j in range(m.first - 1, max(-1, m.first - 1 - _REACH), -1):
        if words[j] in each:
            return _places_ending(s, j)
        if s.kinds[j] != "w":
            return []
    return []


def places_after_each(s: SentenceView, k: int) -> list[str]:
    """The places of the list that opens at token ``k``, right after "each" or its figure, past a passive verb
    ("two deaths each were recorded in Kano and Kaduna"): two or more, else []."""
    words, n = s.words, len(s.words)
    for j in range(k, min(n, k + _REACH + 1)):
        if words[j] in s.lex.place_prepositions:
            places = _place_list(s, j)[0]
            return places if len(places) > 1 else []
        if s.kinds[j] != "w" or s.texts[j][:1].isupper():
            return []
    return []


def _places_ending(s: SentenceView, end: int) -> list[str]:
    """The list of places that ends right before token ``end`` (past one adverb: "X and Y also each had"): opened by
    a place preposition, or by the sentence start, a comma, a colon or a list cue when every name holds an
    administrative word ("Polda Jabar dan Polda Banten masing-masing mengirim", "Saline County and Jefferson County
    each had")."""
    words, texts, lex = s.words, s.texts, s.lex
    last = end - 1 if end > 0 and s.kinds[end - 1] == "w" and texts[end - 1][:1].islower() else end
    k = last - 1
    while (
        k >= 0
        and words[k] not in lex.place_prepositions
        and (texts[k][:1].isupper() or words[k] == "," or words[k] in lex.list_joiners or s.kinds[k] == "n")
    ):
        if s.kinds[k] == "n" and not (k > 0 and texts[k - 1][:1].isupper()):
            return []  # a figure inside the run: no list of names ("SD Negeri 2" is a name)
        k -= 1
    opener = k >= 0 and words[k] in lex.place_prepositions
    if not (opener or k < 0 or words[k] == ":" or words[k] in lex.breakdown_cues):
        return []
    places, stop = _place_list(s, k)
    if stop != last or len(places) < 2:
        return []
    return places if opener or all(_administrative(s, place) for place in places) else []


def _administrative(s: SentenceView, place: str) -> bool:
    """A name with an administrative word in it ("Polda Jabar", "Jefferson County", ``[places] admin``)."""
    return any(word.lower() in s.lex.place_admin for word in place.split())


def _place_list(s: SentenceView, k: int) -> tuple[list[str], int]:
    """The capitalised names after the preposition at token ``k``, joined by commas and list joiners, and the token
    after the list."""
    texts, words, kinds, lex, n = s.texts, s.words, s.kinds, s.lex, len(s.words)
    places: list[str] = []
    k += 1
    while k < n:
        start = k
        while k < n and kinds[k] != "p" and (texts[k][:1].isupper() or (kinds[k] == "n" and k > start)):
            k += 1
        if k == start:
            break
        places.append(s.text[s.starts[start] : s.ends[k - 1]])
        if k < n and texts[k] == ",":
            k += 1
        if k < n and words[k] in lex.list_joiners:
            k += 1
    return places, k
