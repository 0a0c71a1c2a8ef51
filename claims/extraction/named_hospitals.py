"""A hospital named after "to" (local news, DESIGN.md 4 ``hospitalized``): "were taken to Groote Schuur Hospital",
"airlifted to St Vincent's Hospital", "rushed to the provincial hospital", "flown to Wellington Regional Hospital".
The lexicon lists the common wordings ("to a nearby hospital", "to the district hospital"); the name of a hospital is
open, so it is read here: a word of ``[cues] destination_prepositions``, an optional article, up to five words of a
name (capitalised, or a word of ``[cues] hospital_modifiers``) and a word of ``[cues] hospital_heads`` (or two
words of ``hospital_head_pairs``: "the university medical centre", "the national burn institute") make one measure
phrase of admission."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_MAX_NAME = 5  # words of a hospital's name before its head word ("Chris Hani Baragwanath Academic Hospital")
_NAME_GLUE = frozenset({"'", "\u2019", "-", "."})  # and a possessor's clitic (``[cues] possessor_clitics``)


def named_hospital(s: SentenceView, i: int) -> tuple[int, str] | None:
    """``(length, "hospitalized")`` for a hospital named after the preposition at token i, else None."""
    lex, words, texts = s.lex, s.words, s.texts
    if words[i] not in lex.cue("destination_prepositions"):
        return None
    heads, pairs = lex.cue("hospital_heads"), lex.cue("hospital_head_pairs")
    modifiers, clitics = lex.cue("hospital_modifiers"), lex.cue("possessor_clitics")
    k = i + 1
    if k < len(words) and words[k] in lex.determiners:
        k += 1
    named = 0
    while k < len(words) and named <= _MAX_NAME:
        if words[k] in heads and named > 0:
            return k + 1 - i, "hospitalized"
        if k + 1 < len(words) and f"{words[k]} {words[k + 1]}" in pairs:
            return k + 2 - i, "hospitalized"
        if not (texts[k][:1].isupper() or words[k] in modifiers or texts[k] in _NAME_GLUE or texts[k] in clitics):
            return None
        named += 1
        k += 1
    return None
