"""Pounds that weigh, not pay: "police seized 720 kilograms (1,590 pounds) of cocaine", "more than 300 pounds of
methamphetamine" (round 9 drug-seizure copy; earlier corpora label these pounds too). The currency table reads the
word after a figure as money first; a word of ``[cues] weight_currencies`` is a weight (the unit ``[cues]
pound_weight_unit``) when the figure converts a weight in brackets right after it (a unit of ``[cues]
weight_units``), or when "of" and a weighed good (``[cues] weighed_goods``) follow."""

from __future__ import annotations

from claims.extraction.mention_type import Mention
from claims.extraction.view import SentenceView


def weigh_pounds(s: SentenceView, mentions: list[Mention]) -> None:
    """Give the unit of weight to every figure whose currency word is a weight in its context."""
    names = s.lex.cue("weight_currencies")
    if names.isdisjoint(s.word_set):
        return  # no pound word in the sentence: most sentences leave here, before any mention is read
    unit = min(s.lex.cue("pound_weight_unit"), default=None)
    if unit is None:
        return  # a lexicon with pound words but no unit of weight to give them
    words = s.words
    for index, m in enumerate(mentions):
        if m.unit is None or m.num_end < 1 or words[m.num_end - 1] not in names:
            continue
        if _goods_after(s, m.num_end) or (index > 0 and _converts_weight(s, mentions[index - 1], m)):
            m.unit = unit


def _goods_after(s: SentenceView, k: int) -> bool:
    """ "of" (perhaps "the") and a weighed good after the unit: "pounds of cocaine", "pounds of the drug"."""
    words, lex = s.words, s.lex
    if k >= len(words) or words[k] not in lex.of_words:
        return False
    j = k + 1
    if j < len(words) and words[j] in lex.determiners:
        j += 1
    return j < len(words) and words[j] in lex.cue("weighed_goods")


def _converts_weight(s: SentenceView, before: Mention, m: Mention) -> bool:
    """The figure stands in brackets right after a figure with a unit of weight: "720 kilograms (1,590 pounds)"."""
    return (
        before.unit is not None
        and before.unit in s.lex.cue("weight_units")
        and before.num_end < len(s.words)
        and s.words[before.num_end] == "("
        and m.first == before.num_end + 1
    )
