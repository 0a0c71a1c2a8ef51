"""Households restated in persons after a comma (round 11, h16id_b: BPBD DKI fire rundowns, "Total pengungsi ada 600
KK, 1.800 jiwa"): the comma joins the same count twice as "atau" does ("600 KK atau 1.800 jiwa"), so the tally's
measure word before the households reaches the persons after it (``reach_before.measure_left``)."""

from __future__ import annotations

from claims.extraction.view import SentenceView


def households_restated(s: SentenceView, comma: int, end: int) -> bool:
    """The comma at ``comma`` stands between a figure of households (a noun labelled as the lexicon's
    ``[cues] household_labels``) and the figure at ``end`` right after it."""
    words, lex = s.words, s.lex
    if end != comma + 1 or comma < 2 or words[comma - 1] not in lex.nouns.lasts:
        return False
    noun = lex.nouns.match_ending(words, comma)
    if noun is None or noun[1].label not in lex.cue("household_labels"):
        return False
    k = comma - noun[0] - 1
    return k >= 0 and s.kinds[k] == "n"
