"""The change verb of a tally's earlier and new values read past the size of the change in percent (round 10,
gaps15en; health bulletins and road-safety releases): "Visits jumped 24 percent, from 91.2 million to 113 million",
"ILI cases fell 46 percent year-on-year, from 19,870 in 2024 to 10,730 in 2025", "Leptospirosis cases climbed by 9
percent, to 431 from 395 last year", "Cholera cases rose 20 percent to 1,900". The size ("[by] n percent", ``[cues]
change_size_prepositions``, ``change_size_units``; perhaps a comparison adverb such as "year-on-year",
``change_size_adverbs``, and a comma after it) stands between the verb and the "from" or "to" that opens a value;
:mod:`change_spans` then reads the thing noun before the verb."""

from __future__ import annotations

from typing import Final

from claims.extraction.view import SentenceView, syntax_list

_VALUE_WORDS: Final = 3  # tokens of a value between "to" and "from": "to 113 million from"


def change_verb_before(s: SentenceView, k: int, sized: bool = False) -> int:
    """The index of the change verb (``[syntax] change_from_verbs``) whose value opens at the "from" or "to" at
    token ``k``: right before it, or before the change's size in percent (module docstring); -1 when none. With
    ``sized``, only a verb before such a size counts."""
    words = s.words
    j = k - 1
    if j < 1:
        return -1
    if not sized and words[j] in syntax_list(s, "change_from_verbs"):
        return j
    if words[j] == ",":
        j -= 1
    if j > 0 and words[j] in s.lex.cue("change_size_adverbs"):
        j -= 1  # "fell 46 percent year-on-year, from"
    unit = s.lex.units.match_ending(words, j + 1) if j > 1 else None
    if unit is None or unit[1] not in s.lex.cue("change_size_units") or s.kinds[j - unit[0]] != "n":
        return -1
    j -= unit[0] + 1
    if j > 0 and words[j] in s.lex.cue("change_size_prepositions"):
        j -= 1  # "climbed by 9 percent"
    return j if j >= 0 and words[j] in syntax_list(s, "change_from_verbs") else -1


def earlier_after_new(s: SentenceView, k: int) -> int:
    """The change verb of "to <new value> from <earlier value>" for the "from" at token ``k`` ("climbed by 9 percent,
    to 431 from 395"), read past the size in percent; -1 when none."""
    words, kinds = s.words, s.kinds
    j = k - 1
    while j > max(0, k - _VALUE_WORDS) and kinds[j] != "n":
        j -= 1  # a scale word: "to 113 million from"
    if kinds[j] != "n" or j < 2 or words[j - 1] not in s.lex.range_joiners:
        return -1
    return change_verb_before(s, j - 1, sized=True)
