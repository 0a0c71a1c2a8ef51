"""A count of what usually happens is no count of the event (issue 11, round 16: a convention settled).

Reports set an event's figures against a baseline: "Our morgues usually receive between 20 and 30 bodies a day",
"The ambulance service, which normally carries 30 to 40 bodies a day to the city morgue, said it had collected 590
bodies", "Biasanya kamar jenazah menerima lima jenazah sehari". The usual figure counts no one the event killed,
hurt or moved: ``other`` (DESIGN 4.1: an uncertain measure is ``other``; the corpora's "bodies a day", "usual
worshippers", "average daily admissions"). A habitual adverb (``[cues] habitual_words``) in the figure's clause
before it, with no clause break nor other figure between, marks it; a day word right after its noun
(``[cues] day_rate_words``) names the rate ("bodies a day"). An average is read by ``averages.py``.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.clause_scans import clause_word_at
from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

_REACH: Final = 6  # tokens before the figure where the habitual adverb may stand ("usually receive between")
_DEAD_A_DAY: Final = "bodies a day"  # the label of the dead counted by a measure word, by the day
_RATE_REACH: Final = 3  # tokens after the figure's first word where the day word may stand ("bodies a day")


def habitual_counts(s: SentenceView, mentions: list[Mention]) -> None:
    """Read a figure after a habitual adverb as ``other`` (module docstring)."""
    habitual = s.lex.cue("habitual_words")
    if habitual.isdisjoint(s.word_set):
        return
    for m in mentions:
        if not m.valid or m.measure in ("other", "damaged") or m.unit is not None:
            continue
        before = range(m.first - 1, max(-1, m.first - 1 - _REACH), -1)
        if clause_word_at(s, before, habitual, stops=s.lex.clause_breaks, figures=True) is None:
            continue
        m.subject = _label(s, m)
        m.measure = "other"


def _label(s: SentenceView, m: Mention) -> str:
    """The figure's noun label, with the rate when a day word follows it (the dead counted by a measure word:
    "bodies a day")."""
    k = max(m.num_end, m.np_end)
    by_day = any(w in s.lex.cue("day_rate_words") for w in s.words[k : k + _RATE_REACH])
    if m.nouns:
        return f"{m.nouns[0].label} a day" if by_day else m.nouns[0].label
    if by_day and m.measure == "killed":
        return _DEAD_A_DAY
    return m.subject or "people"
