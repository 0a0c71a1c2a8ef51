"""A damage verb whose bare form is also the noun of the event ("collapse"): written as that noun it names the event
a tally counts, no damage done ("The death toll from the hotel collapse rose by four to 27", "Mine collapse death toll
rises to 27"; headline and wire copy, issue 11, round 8 second wave). The words are ``[cues] damage_event_nouns``;
the determiners before the noun ``[cues] event_noun_determiners``.

Read as the noun: after a determiner ("the collapse"), after a determiner and one modifier word ("the mine
collapse"), or right before another measure word it modifies ("collapse death toll"). Never before "of": "the
collapse of 40 houses" counts the houses that collapsed (the nominalised verb keeps its measure).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView


def event_noun_use(s: SentenceView, i: int) -> bool:
    """Whether the word at ``i`` (a word of ``[cues] damage_event_nouns``) is written as the event's noun."""
    words, kinds, n = s.words, s.kinds, len(s.words)
    if i + 1 < n:
        after = words[i + 1]
        if after in s.lex.cue("event_noun_blockers"):
            return False  # "the collapse of 40 houses"
        if kinds[i + 1] == "w" and after not in s.lex.cue("damage_event_nouns"):
            found = s.measure_at(i + 1)
            if found is not None and found[1][0] != "=" and found[1] != "damaged":
                return True  # "collapse death toll": a modifier of the tally word after it
    determiners = s.lex.cue("event_noun_determiners")
    if i >= 1 and words[i - 1] in determiners:
        return True  # "from the collapse"
    return i >= 2 and kinds[i - 1] == "w" and words[i - 2] in determiners and s.measure_at(i - 1) is None
