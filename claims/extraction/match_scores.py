"""Match results written "a-b": a score, never a count (round 12 audit: league and cup reports).

"Sebanyak 28.027 suporter memenuhi stadion untuk menyaksikan kemenangan 2-0 atas tamunya", "Persib menang 3-1 atas
Persija": the figures joined by a hyphen with no space are a score when a word of a match result stands right before
them (``[cues] score_results``) or a word naming the side beaten right after them (``[cues] score_sides``). A range
of people ("2-3 orang") has neither.

>>> from claims.extraction import extract
>>> [(c.text, c.measure) for c in extract("Persib menang 3-1 atas Persija di hadapan 30.000 penonton.", "id")]
[('30.000', 'participants')]
"""

from __future__ import annotations

from typing import Final

from claims.extraction.view import SentenceView

_MAX_GOALS: Final = 2  # digits of one side of a score


def match_score(s: SentenceView, i: int) -> bool:
    """True when the digits at token ``i`` open a score "a-b" that a result word or a beaten side frames."""
    kinds, texts = s.kinds, s.texts
    if kinds[i] != "n" or i + 2 >= len(kinds) or texts[i + 1] not in ("-", "\u2013"):
        return False
    if not (s.glue[i + 1] and s.glue[i + 2] and kinds[i + 2] == "n"):
        return False
    if len(texts[i]) > _MAX_GOALS or len(texts[i + 2]) > _MAX_GOALS:
        return False
    lex = s.lex
    before = i > 0 and s.words[i - 1] in lex.cue("score_results")
    return before or (i + 3 < len(kinds) and s.words[i + 3] in lex.cue("score_sides"))
