"""Item numbers of numbered lists in fast online copy (DESIGN.md 4: identifiers and page furniture are no claims).

"Lima kabupaten tertinggi: 1. Kabupaten Bandung: 27 kematian 2. Kabupaten Jepara: 22 kematian": the sentence
splitter ends a sentence at each "N." before a capitalised item, so an item number closes its sentence, right after
a colon, alone, or right after the counted noun of the item before it.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.lexicon import Lexicon
from claims.extraction.view import SentenceView

_MAX_ITEM: Final = 50  # lists in news copy are short; a larger number before a full stop is a figure


def item_number(s: SentenceView, i: int, end: int) -> bool:
    """The digits at token ``i`` (the reading ends at ``end``) are a list's item number: a small whole number, then
    the full stop that ends the sentence, after nothing, a colon that ends no label (the first item), or a figure
    and its counted noun, perhaps with a semicolon after them."""
    words, kinds, texts = s.words, s.kinds, s.texts
    if kinds[i] != "n" or not texts[i].isdigit() or int(texts[i]) > _MAX_ITEM:
        return False
    if end != len(words) - 1 or words[end] != ".":
        return False
    if i == 0:
        return True
    if words[i - 1] == ":":  # "tertinggi: 1.", not a fact box's "Korban tewas: 3." nor "Hospitalizations: 1."
        return texts[i] == "1" and i >= 2 and not _names_count(s, i - 2)
    if words[i - 1] == ";" and i >= 3:
        i -= 1  # "Puskesmas X 9 orang; 3.": the items set apart by semicolons
    return i >= 2 and kinds[i - 2] == "n" and _names_count(s, i - 1)  # "27 kematian 2.": the next item's number


def _names_count(s: SentenceView, k: int) -> bool:
    """Token ``k`` is a measure word or a counted noun of the lexicon (a label or the noun of an item)."""
    if s.kinds[k] != "w":
        return False
    return s.measure_at(k) is not None or s.noun_at(k) is not None


def listed_identifier(s: SentenceView, i: int, end: int) -> bool:
    """The digits at token ``i`` close a list of numbers that an identifier word opens ("pintu 7 dan 8", "RT 01, 02
    dan 05", ``[exclusions] identifier_words``): each names a gate or a ward like the first, none counts; not when a
    counted noun follows ("pintu 7 dan 8 orang")."""
    words, kinds, lex = s.words, s.kinds, s.lex
    if kinds[i] != "n" or i < 2:
        return False
    if s.noun_at(end) is not None:
        return False
    k = i
    while k >= 2 and _joins_numbers(lex, words[k - 1]) and kinds[k - 2] == "n":
        k -= 2
    if k == i or k == 0 or words[k - 1] not in lex.identifier_words.lasts:
        return False
    if words[i - 1] == "," and not _list_goes_on(s, end):
        return False  # "In week 12, 87 new dengue cases were recorded": a comma after the label, then a count
    return lex.identifier_words.match_ending(words, k) is not None


def _joins_numbers(lex: Lexicon, word: str) -> bool:
    """A word between two numbers of one identifier: a list joiner or a comma ("RT 01, 02 dan 05"), or the joiner of
    a span (round 15: "siswa kelas 1 hingga 3", "RT 02 sampai 05", ``[cues] identifier_span_joiners``)."""
    return word in lex.list_joiners or word == "," or word in lex.cue("identifier_span_joiners")


def _list_goes_on(s: SentenceView, end: int) -> bool:
    """After a number that a comma set after the one before: another number after a comma or a joiner ("RT 01, 02
    dan 05"), or the clause ends ("warga RT 01, 02."): a list of numbers, not a label and a count."""
    words, kinds, n = s.words, s.kinds, len(s.words)
    if end >= n or (kinds[end] != "w" and words[end] != ","):
        return True
    if words[end] == "," or words[end] in s.lex.list_joiners:
        j = end + 1
        if j < n and words[j] in s.lex.list_joiners:
            j += 1
        return j < n and kinds[j] == "n"
    return False
