"""A comma right before the joiner of a list's last item does not end the list.

Regional copy often sets the last item of a list of counted things off with a comma before "serta" or "dan" ("87
rumah, satu mobil pick up, serta empat sepeda motor hangus terbakar"; "260 lapak, 49 kios, dan 50 lapak semi permanen
yang ludes terbakar"; audit18_id_a: Medcom, Kompas and Memorandum riot and market-fire copy): the predicate after the
last item is every item's, as it is without the comma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_ITEM: Final = 10  # tokens of one item of the list, figure to comma


def closes_list(s: SentenceView, comma: int) -> bool:
    """The comma at ``comma`` is followed by a list joiner and a figure, and an item that opens with a figure right
    after an earlier comma stands before it ("A, B, serta C"): the serial comma of a list of three or more items
    ("Api menghanguskan 87 rumah, satu mobil, serta empat sepeda motor": the second comma, once the figures are
    found)."""
    words, n = s.words, len(s.words)
    if comma + 1 >= n or words[comma + 1] not in s.lex.list_joiners:
        return False
    if s.after_determiners(comma + 2) not in s.mention_firsts:
        return False
    k = comma - 1
    while k > 0 and comma - k <= _ITEM and words[k] != ",":
        if s.measure_at(k) is not None:
            return False  # "..., 12 orang tewas, dan 3 luka": a clause of its own before the comma
        k -= 1
    if not (k > 0 and words[k] == "," and s.after_determiners(k + 1) in s.mention_firsts):
        return False
    return not _items_measured(s, k) and not _relative_of_last(s, comma)


def _relative_of_last(s: SentenceView, comma: int) -> bool:
    """A relative clause after the last item names that item only ("menemukan dua bilah celurit, satu stick golf, dan
    dua petasan yang sudah dibakar"), unless an existential verb opens the list ("terdapat 260 lapak, 49 kios, dan 50
    lapak yang ludes terbakar": the things that burnt)."""
    words, n = s.words, len(s.words)
    k = comma + 2
    while k < n and k - comma <= _ITEM and words[k] not in s.lex.relative_words:
        k += 1
    if k >= n or k - comma > _ITEM:
        return False
    j, existentials = comma - 1, s.lex.cue("existentials")
    while j > 0 and words[j] not in {".", ";", ":"} and comma - j <= 4 * _ITEM:
        if words[j] in existentials:
            return False
        j -= 1
    return True


def _items_measured(s: SentenceView, comma: int) -> bool:
    """An earlier item of the list that ends before the comma at ``comma`` carries a measure word of its own ("21
    arrests in Nairobi, 14 in Eldoret and 11 in Mombasa, and 16 people were injured"): the comma before the joiner
    then opens a new clause, not the list's last item; a verb before the list's first figure is no item's."""
    words, measured = s.words, False
    for k in range(comma - 1, max(-1, comma - 4 * _ITEM), -1):
        if words[k] in {";", ":", ".", "(", ")"} or (
            words[k] == "," and s.after_determiners(k + 1) not in s.mention_firsts
        ):
            return False
        measured = measured or s.measure_at(k) is not None
        if measured and k in s.mention_firsts:
            return True
    return False
