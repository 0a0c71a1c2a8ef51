"""A number that is part of a street address is no count.

Local copy places a shooting or a fire by its address: the house number before the street's name ("residents of the
apartment block on 14 Tamar Street were unaccounted for") and, in US police copy, the hundred-block of the street
("gunfire broke out in the 1400 block of Carver Avenue"). Read as counts, these numbers take the measure of the
clause around them. Words from ``[cues] street_words`` and ``[cues] address_blocks``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_NAME_WORDS: Final = 3  # capitalised words of a street's name before its street word ("Martin Luther King Boulevard")


def street_number(s: SentenceView, i: int, end: int) -> bool:
    """The digits at ``i`` (the reading ends at ``end``) are a house number before a street's name, or the
    hundred-block of a street ("the 1400 block of").

    >>> from claims.extraction.lexicon import load_lexicon
    >>> from claims.extraction.view import SentenceView
    >>> def at(text: str, number: str) -> bool:
    ...     s = SentenceView(text, 0, len(text), load_lexicon("en"))
    ...     i = s.texts.index(number)
    ...     return street_number(s, i, i + 1)
    >>> at("A fire gutted 14 Tamar Street.", "14"), at("Shots rang out in the 800 block of Pine Court.", "800")
    (True, True)
    >>> at("Police evacuated 14 Tamar residents.", "14"), at("The storm destroyed 800 blocks of flats.", "800")
    (False, False)
    """
    words, texts, kinds = s.words, s.texts, s.kinds
    n = len(words)
    if end >= n or end != i + 1 or kinds[i] != "n" or kinds[end] != "w" or not texts[i].isdigit():
        return False
    lex = s.lex
    if words[end] in lex.cue("address_blocks"):  # "in the 1400 block of Carver Avenue"
        return (
            i > 0
            and words[i - 1] in lex.cue("address_block_openers")
            and end + 1 < n
            and words[end + 1] in lex.of_words
        )
    if not texts[end][0].isupper():
        return False
    streets = lex.cue("street_words")
    k = end
    while k < n and k <= end + _NAME_WORDS and kinds[k] == "w" and texts[k][0].isupper():
        if k > end and words[k] in streets:
            return True
        k += 1
    return False
