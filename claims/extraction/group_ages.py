"""An age bound after a group noun is no count (round 10, h13en_c).

Heat-wave and outbreak copy describes who died or fell ill by group and age: "most of the victims were women over
50", "all of them men over 65", "children under five". The figure after a person noun and an age bound
(``[cues] age_predicates``: "over", "under", "above", "below") is that group's age, not a count of people; the
count it would give contradicts the toll. Counts keep their reading when the noun follows the figure ("over 20
women"), when the figure names its own noun ("men over 60 villages" does not occur; "over 60 people" is a count),
or when a comma or joiner stands between the noun and the bound ("58 men, over 20 women")."""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView


def drop_group_ages(s: SentenceView, mentions: list[Mention]) -> None:
    """Make no claim of a figure that is the age bound of the person noun before it (module docstring)."""
    ages = s.lex.cue("age_predicates")
    if not ages or ages.isdisjoint(s.word_set):
        return
    words, nouns = s.words, s.lex.nouns
    for m in mentions:
        if not m.valid or m.nouns or m.raw_label is not None:
            continue
        k = m.first if words[m.first] in ages else m.first - 1  # the bound read as the qualifier ("over 50"), or not
        if k < 1 or words[k] not in ages:
            continue
        noun = nouns.match(words, k - 1) if words[k - 1] in nouns.firsts else None
        if noun is not None and noun[0] == 1 and noun[1].subject_class in PERSON_CLASSES:
            m.valid = False  # "women over 50": the group's age
