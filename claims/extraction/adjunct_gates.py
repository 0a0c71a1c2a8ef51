"""A measure word inside an adjunct of place that surrounds the figure (issue 11, round 9 fifth wave, Indonesian).

On fresh regional reports (rallies at DPRD buildings, floods, clashes between villages; traced with
:mod:`claims.extraction.measure_trace`) a crowd noun read after the figure named people who only stood amid it: "polisi
menjemput ketiga anggota dewan di tengah kerumunan massa" (three councillors fetched out of the crowd, not three
protesters). The noun is the object of a place preposition and a word of surrounding (``[syntax] amid_words``: "di
tengah"): it says where the figure's people were, not what they did, and its owner is the crowd. The figure is
``other`` (DESIGN 4.1: prefer ``other`` to a wrong measure). A sentence without such a word costs one set lookup.

The same sets showed a verb carried over a "list" that was no list: "satu warga meregang nyawa dan satu lainnya, kini
mendapatkan perawatan" read the second figure as killed, the last word of the measure phrase "meregang nyawa" being
taken for a list item. A figure after a coordinator right after a measure phrase is the next clause's subject, not an
item of the phrase's object (:func:`clause_not_list`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.part_whole_gates import word_after
from claims.extraction.view import syntax_list

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_HEAD_WORDS: Final = 1  # nouns the crowd's phrase may hold before the measure word ("di tengah massa aksi")


def amid_adjunct(f: Figure, measure: str) -> bool:
    """The first word after the figure that names ``measure`` (the one ``_word_after`` read) stands right after a
    place preposition and a word of surrounding ("di tengah kerumunan"): the figure is ``other``."""
    s = f.s
    amid = syntax_list(s, "amid_words")
    if f.rule_name != "_word_after" or amid.isdisjoint(s.word_set):
        return False
    words, m = s.words, f.m
    k = word_after(s, max(m.np_end, m.num_end), measure)
    return k is not None and any(words[j - 1] in amid and words[j - 2] in s.lex.place_prepositions for j in _heads(k))


def _heads(k: int) -> range:
    """Where the noun phrase holding the measure word at ``k`` may start: at it, or one noun before ("di tengah
    massa aksi", the word being "aksi")."""
    return range(max(2, k - _HEAD_WORDS), k + 1)


def clause_not_list(f: Figure, measure: str) -> bool:
    """``verb_over_list`` named ``measure`` for a figure whose coordinator (past a comma) follows a measure phrase
    that ends in a noun ("meregang nyawa dan satu lainnya, kini ..."): that noun is the phrase's, no list item, and
    the figure starts a clause of its own: ``other``."""
    if f.rule_name != "verb_over_list":
        return False
    s, k = f.s, f.m.first - 2  # the token before the coordinator
    if k >= 0 and s.words[k] == ",":
        k -= 1
    found = s.measure_ending_at(k) if k >= 0 else None
    return found is not None and found[1] == measure and found[0] < k
