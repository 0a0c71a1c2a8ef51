"""Shelters counted inside the destination of a displacement (DESIGN.md 4 ``displaced``): "moved 412,300 people to
10,950 cyclone shelters", "5,310 people were sheltering at 24 relief centres", "huddled in about 5,100 shelters".
The lexicon reads "moved to temporary shelters" and "in relief camps" as displacement; a figure of the shelters
between the preposition and the shelter noun splits those phrases, so the people before lose their measure. Read
here: a word of ``[cues] shelter_destinations``, an optional qualifier ("about"), number tokens, up to three words of
``[cues] shelter_modifiers`` and a word of ``[cues] shelter_heads`` (or two of ``shelter_head_pairs``: "relief
centres"; "centres" alone may be vaccination centres) make one measure phrase of displacement (the
shelters' own figure keeps its thing noun, ``other``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.numbers import is_numberish

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_MAX_MODIFIERS: Final = 3  # "to 530 temporary government relief shelters"


def counted_shelter(s: SentenceView, i: int) -> tuple[int, str] | None:
    """``(length, "displaced")`` for shelters counted after the preposition at token i, else None."""
    lex, words, kinds = s.lex, s.words, s.kinds
    if words[i] not in lex.cue("shelter_destinations"):
        return None
    k = i + 1
    if k < len(words):
        hedge = lex.qualifiers.match(words, k)
        k += hedge[0] if hedge is not None else 0
    start = k
    while k < len(words) and (kinds[k] == "n" or is_numberish(words[k], lex)):
        k += 1
    if k == start:
        return None
    heads, pairs, modifiers = lex.cue("shelter_heads"), lex.cue("shelter_head_pairs"), lex.cue("shelter_modifiers")
    for _ in range(_MAX_MODIFIERS + 1):
        if k >= len(words):
            return None
        if words[k] in heads:
            return k + 1 - i, "displaced"
        if k + 1 < len(words) and f"{words[k]} {words[k + 1]}" in pairs:
            return k + 2 - i, "displaced"
        if words[k] not in modifiers:
            return None
        k += 1
    return None
