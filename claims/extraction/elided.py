"""Elided grades of a breakdown by severity (DESIGN 4.1, subsets as ``other``): "rumah rusak berat 12 unit, rusak
sedang 30, ringan 41", "dua rusak sedang, enam berat", "120 were badly damaged, 90 moderately and 40 slightly". A
bare grade word beside a figure, after a figure that a graded phrase of several words named, stands for that phrase
with the grade swapped: the figure takes the label of the phrase it makes ("rusak ringan": lightly damaged houses)."""

from __future__ import annotations

from itertools import pairwise

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

_PHRASE_REACH = 4  # how far around a figure the graded phrase that named it may stand


def elided_grades(s: SentenceView, mentions: list[Mention]) -> None:
    """Give a figure whose grade phrase is elided to one word the label that the full phrase has."""
    phrase: list[str] | None = None
    for before, m in pairwise(mentions):
        if before.measure != "other" or before.subject is None:
            phrase = None
            continue
        phrase = _graded_phrase(s, before) or phrase
        if phrase is None:
            continue
        for k in (m.num_end, m.first - 1):
            swapped = _swapped(s, phrase, k)
            if swapped is not None and swapped[1] != before.subject and _bare(s, m, before, k):
                phrase, (m.subject, m.subject_class, m.valid, m.measure) = swapped[0], (swapped[1], None, True, "other")
                break
        else:
            phrase = None


def _bare(s: SentenceView, m: Mention, before: Mention, k: int) -> bool:
    """Figure ``m`` names no grade of its own: no label but the figure's before, a generic noun or the grade word
    ("ringan 14 orang", "enam berat"); a measure of its own yields only to a grade right after the number ("14
    lightly")."""
    if m.measure != "other":
        return k == m.num_end
    return m.subject in (None, before.subject, s.words[k]) or (bool(m.nouns) and all(n.generic for n in m.nouns))


def _graded_phrase(s: SentenceView, m: Mention) -> list[str] | None:
    """The words of the other-verb phrase of several words that named figure ``m`` ("rusak sedang")."""
    if m.subject is None:
        return None
    for k in range(max(0, m.first - _PHRASE_REACH), min(len(s.words), m.num_end + _PHRASE_REACH)):
        if m.first <= k < m.num_end:
            continue
        hit = s.measure_at(k)
        if hit is not None and hit[0] > 1 and hit[1] == "=" + m.subject:
            return s.words[k : k + hit[0]]
    return None


def _swapped(s: SentenceView, phrase: list[str], k: int) -> tuple[list[str], str] | None:
    """The words and label of ``phrase`` with one of its words replaced by the bare word at token ``k``, if the
    lexicon knows the phrase that makes (and the word alone is no measure of its own)."""
    if not 0 <= k < len(s.words) or s.kinds[k] != "w" or k in s.mention_firsts or s.measure_at(k) is not None:
        return None
    for j in range(len(phrase)):
        words = [*phrase[:j], s.words[k], *phrase[j + 1 :]]
        found = s.lex.other_verbs.match(words, 0) if words[0] in s.lex.other_verbs.firsts else None
        if found is not None and found[0] == len(words):
            return words, found[1]
    return None
