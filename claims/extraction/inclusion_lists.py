"""A list of groups after "including" with no comma before it ("Nearly 45 people including police, commandos and
journalists were hospitalised"): its commas join the list's items, they do not end the figure's clause."""

from __future__ import annotations

from typing import Final

from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_BACK: Final = 6  # how far before the comma the inclusion word may stand ("including police officers, ...")
_AHEAD: Final = 6  # how far after the comma the list's joiner may stand ("..., commandos and journalists were")


def inside_inclusion_list(s: SentenceView, comma: int) -> bool:
    """The comma at ``comma`` separates items of a list an inclusion word (``[cues] inclusion_words``) opens with no
    punctuation or figure between them, and the list goes on to a joiner with words only ("and journalists")."""
    words, kinds, n = s.words, s.kinds, len(s.words)
    inclusion = s.lex.cue("inclusion_words")
    if not inclusion or comma + 1 >= n or kinds[comma + 1] != "w" or comma + 1 in s.mention_firsts:
        return False
    k = comma - 1
    while k >= max(0, comma - _BACK) and kinds[k] == "w" and k not in s.mention_firsts:
        if words[k] in inclusion:
            return k < comma - 1 and _joiner_ahead(s, comma + 1)
        k -= 1
    return False


def _joiner_ahead(s: SentenceView, start: int) -> bool:
    """A list joiner ("and", "or") within a few words after ``start``, with no punctuation or figure before it."""
    words, kinds = s.words, s.kinds
    for t in range(start, min(len(words), start + _AHEAD)):
        if kinds[t] != "w" or t in s.mention_firsts or words[t] in CLAUSE_PUNCT:
            return False
        if words[t] in s.lex.list_joiners and t > start:
            return True
    return False
