"""The group behind a state word between a figure and its noun (issue 11, round 17, r17place): "Two of the hurt
officers needed hospital treatment", "Five injured children were taken to hospital", "four wounded soldiers": the
state word (a measure word of harm, "hurt", "injured", "wounded") ends the figure's noun phrase for the measure
rules, but the noun after it still names the group counted (the author's row: police). A generic noun takes its
class from its sentence (``[context_subjects]``: "officers" alone are police); a noun of no closed group
("injured passengers") leaves people."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import PERSON_CLASSES, group_class

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

HARM_MEASURES: Final = frozenset({"injured", "killed"})
"""The states of harm the rule reads (the evidence: hurt, injured, wounded officers); "40 arrested protesters were
released" keeps the reading of round 7 (people)."""


def state_group(s: SentenceView, m: Mention) -> str | None:
    """The closed group of the person noun right after a state word after the figure (or after its "of the"),
    None when there is none."""
    words, n = s.words, len(s.words)
    k = m.num_end
    if k < n and words[k] in s.lex.of_words:
        k = s.after_determiners(k + 1)  # "Two of the hurt officers"
    state = s.measure_at(k) if k < n else None
    if state is None or state[1] not in HARM_MEASURES:
        return None
    k += state[0]
    noun = s.noun_at(k)
    if noun is None or noun[1].subject_class not in PERSON_CLASSES:
        return None
    cls = group_class(noun[1], s.lex, s.word_set)
    return cls if cls != "people" else None
