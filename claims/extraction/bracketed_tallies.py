"""A thing tally split by place in brackets (round 9, vary12en).

"Suspected mpox cases were concentrated in South Kivu (3,410), Equateur (2,215) and Sankuru (980)": the list's
head is a thing noun, not a measure word, so no list rule reads it and every bracketed figure, with no noun of its
own, would be dropped as bare. When every figure of the sentence is such a bracket after a capitalised place name
and none was read otherwise, the thing noun that opens the clause before the first place counts them all
(``other``, the noun's label, the place). People are counted by a measure word, which the list rules read.

A rate beside the brackets is a figure of its own and leaves them alone, and a month before a bracket is a period, no
place (h15en_b, WHO cholera copy: "Cases in January (16,210) were 139% higher than in December (6,840)")."""

from __future__ import annotations

from typing import Final

from claims.extraction.lexicon import NounInfo
from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_OPEN: Final = "("
_CLOSE: Final = ")"


def thing_place_brackets(s: SentenceView, mentions: list[Mention]) -> None:
    """Give the bracketed figures after places of a thing tally their noun and their place (module docstring)."""
    counts = [m for m in mentions if m.unit is None]  # a rate beside them ("were 139% higher") is a claim of its own
    if len(counts) < 2 or _OPEN not in s.word_set or any(m.valid for m in counts):
        return
    places = [_place(s, m) for m in counts]
    if any(p is None for p in places):
        return
    head = _thing_noun(s, counts[0].first - 1)
    if head is None:
        return
    months = s.lex.months
    for m, place in zip(counts, places, strict=True):
        m.valid, m.measure, m.subject, m.subject_class = True, "other", head.label, "thing"
        m.place = None if place is None or place.lower() in months else place  # "in January (16,210)": a period


def _place(s: SentenceView, m: Mention) -> str | None:
    """The capitalised name right before the bracket that holds the figure alone ("Equateur (2,215)")."""
    words, texts = s.words, s.texts
    bracket = m.first - 1
    if bracket < 1 or words[bracket] != _OPEN or m.num_end >= len(words) or words[m.num_end] != _CLOSE:
        return None
    start = bracket
    while start > 0 and s.kinds[start - 1] == "w" and texts[start - 1][:1].isupper():
        start -= 1
    if start == bracket:
        return None
    return s.text[s.starts[start] : s.ends[bracket - 1]]


def _thing_noun(s: SentenceView, end: int) -> NounInfo | None:
    """The first specific thing noun of the clause that ends before token ``end``."""
    words, nouns = s.words, s.lex.nouns
    start = end
    while start > 0 and words[start - 1] not in CLAUSE_PUNCT and s.kinds[start - 1] != "n":
        start -= 1
    for k in range(start, end):
        found = nouns.match(words, k) if words[k] in nouns.firsts else None
        if found is not None and not found[1].generic:
            return found[1] if found[1].subject_class == "thing" else None
    return None
