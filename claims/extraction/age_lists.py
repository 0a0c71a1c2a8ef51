"""Ages listed after one age word (issue 11, round 7): "four children aged three, eight and ten", "victims aged
19, 24 and 31": every number of the list is an age, as the first one is."""

from __future__ import annotations

from claims.extraction.view import SentenceView

_LONGEST = 8  # numbers a list of ages runs back over


def listed_age(s: SentenceView, start: int) -> bool:
    """True when the number at ``start`` ends or continues a list of numbers that an age word opens."""
    lex, words, kinds = s.lex, s.words, s.kinds
    if start > 0 and words[start - 1] == "," and start + 1 < len(words) and s.measure_at(start + 1) is not None:
        return False  # "Of the 58 patients aged under five, 13 died": a comma and a measure verb, a clause of its own
    sep = start - 1
    for _ in range(_LONGEST):
        number = sep - 1
        if number < 1 or not (kinds[number] == "n" or words[number] in lex.number_words):
            return False
        before = words[number - 1]
        if before in lex.age_words.lasts and lex.age_words.match_ending(words, number) is not None:
            return True
        if not (before == "," or before in lex.connectors):
            return False
        sep = number - 1
    return False
