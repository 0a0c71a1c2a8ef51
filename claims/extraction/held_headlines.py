"""A figure a headline says was "held" is an arrest (round 10, gaps13en; Title Case headlines read as lower case).

"held" alone is a meeting or a capacity in running copy ("300 people held a vigil", "the hall held 40 guests"), so
``[measures] arrested`` lists it only in phrases. Headlines and wire leads drop the auxiliary: "Six held after clashes
in the old town", "63 Held, Including 41 Foreigners, in Casino Raid", "Three Farmers Held as Police Probe Land
Clash". A figure of people (or with no noun) right followed by a hold verb
(``[cues] headline_hold_verbs``) that is followed by the end of the clause or by a word of occasion or reason
(``headline_hold_followers``: "after", "over", "as", "for" ...), is ``arrested``. An object after the verb ("held a
vigil", "held placards") or a state ("held hostage", ``[other_verbs]``) keeps it ``other``. The verb is the figure's
own predicate, so it wins over a measure word in the occasion after it ("Twelve held over killing of trader",
"Fifteen Held Following Protest"), read before as killed or a turnout.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_REACH: Final = 4  # tokens from the number to the verb: "Three Farmers Held", "Two Police Officers Held"


def held_headlines(s: SentenceView, mentions: list[Mention]) -> None:
    """Read a headline's "n held" as arrested (module docstring)."""
    holds = s.lex.cue("headline_hold_verbs")
    if holds.isdisjoint(s.word_set):
        return
    followers, words = s.lex.cue("headline_hold_followers"), s.words
    for m in mentions:
        if m.unit is not None or m.partitive or m.anaphoric:
            continue
        if m.nouns and not all(noun.subject_class in PERSON_CLASSES for noun in m.nouns):
            continue
        k = _hold_at(words, m, holds)  # the noun phrase may have taken the verb as a bare label: "Six held after"
        if k < 0:
            continue
        after = words[k + 1] if k + 1 < len(words) else "."
        if after in followers or after in CLAUSE_PUNCT or after == ",":
            m.measure, m.valid = "arrested", True
            if not m.nouns:
                m.subject = "people"


def _hold_at(words: list[str], m: Mention, holds: frozenset[str]) -> int:
    """The hold verb right after the figure's noun or inside the phrase a Title Case headline ran on to ("Fifteen
    Held Following Protest"), -1 if none."""
    for k in range(m.num_end, min(len(words), max(m.np_end, m.last) + 1, m.num_end + _REACH)):
        if words[k] in holds:
            return k
    return -1
