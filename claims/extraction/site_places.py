"""Places named by a site noun (issue 11, round 17; DESIGN 4.1 ``place``): a breakdown by site writes its places as
a lower-case kind of site, with or without a name after it ("3.880 personel disiagakan di kompleks parlemen dan 380
personel di kantor KPU", "87 jemaah dirawat di klinik X dan 23 lainnya di rumah sakit Arab Saudi", "420 jiwa di SDN
A, 385 jiwa di balai desa Ciherang"). The place is the site noun (``[cues] site_nouns``) with the name after it, or
with one lower-case word that ends the phrase and is no counted noun ("kompleks parlemen", not "gedung sekolah"); a
bare site noun ("dirawat di puskesmas"), one followed by a clause ("di rumah sakit yang sama") or by more words names
no place of a breakdown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_SITE_WORDS: Final = 3  # site nouns in a row: "halaman kantor bupati", "rumah sakit"


def site_end(s: SentenceView, k: int) -> int:
    """The token after the site nouns that start at token ``k`` (``k`` itself when none does); a two-word site noun
    ("rumah sakit", "ibu kota") is one entry of the list."""
    words, sites, n = s.words, s.lex.cue("site_nouns"), len(s.words)
    j = k
    while j < n and j - k < _SITE_WORDS and s.kinds[j] == "w" and s.texts[j][0].islower():
        if j + 1 < n and f"{words[j]} {words[j + 1]}" in sites:
            j += 2
        elif words[j] in sites:
            j += 1
        else:
            break
    return j


def site_place(s: SentenceView, k: int, j: int, name_end: int | None) -> tuple[str, int] | None:
    """The place that the site nouns from token ``k`` to ``j`` (:func:`site_end`, past ``k``) open, and the token
    after it; ``name_end`` is the end of the capitalised name right after them (None when none follows)."""
    words, kinds, texts, lex = s.words, s.kinds, s.texts, s.lex
    if name_end is not None:
        end = name_end
    elif (
        not _boundary(s, j)
        and kinds[j] == "w"
        and texts[j][0].islower()
        and words[j] not in lex.stops
        and words[j] not in lex.determiners
        and words[j] not in lex.cue("deictic_places")
        and words[j] not in lex.place_prepositions
        and s.measure_at(j) is None
        and s.noun_at(j) is None  # "187 di gedung sekolah": a kind of site, no site of its own
        and _boundary(s, j + 1)
    ):
        end = j + 1
    else:
        return None
    return s.text[s.starts[k] : s.ends[end - 1]], end


def _boundary(s: SentenceView, k: int) -> bool:
    """Token ``k`` ends a place phrase: the end, punctuation or a list joiner."""
    return k >= len(s.words) or s.kinds[k] == "p" or s.words[k] in s.lex.list_joiners
