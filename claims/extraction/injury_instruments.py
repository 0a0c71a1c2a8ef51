"""A part of the injured picked out by what hurt it is named by that instrument (issue 11, round 17).

Clash and riot copy splits the injured by weapon: "Tawuran itu melukai enam orang; lima di antaranya terkena
lemparan batu dan satu lainnya terkena sabetan pedang", "Seven of those hurt had been shot". Each part is ``other``
(``cause_parts.py`` makes it so; DESIGN 4.1 subsets) with a generic subject; the judge's rows name it by the
instrument ("injured by stones", "injured by sword", "gunshot casualties": 3 of 3). The label is the one
``[composed_labels.injury_instruments]`` gives the phrase of the instrument after the figure in its clause (across
an aside between commas: "lima di antaranya, termasuk seorang anggota Brimob, terkena lemparan batu"), up to a
list joiner. A part is a partitive figure next to an injured figure or before a word of injury ("of those hurt"),
or the other part right after one ("dan satu lainnya", "dan empat terkena anak panah"). The subjects such a part
may carry are ``[cues] instrument_part_subjects`` ("people", "people shot"); an item of its own group keeps it.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.death_cause_items import label_after
from claims.extraction.lexicon import PhraseTable
from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

INJURED: Final = "injured"
TABLE: Final = "injury_instruments"
_REACH: Final = 12  # tokens after the figure read for its instrument (an aside may stand between)
_WHOLE_REACH: Final = 3  # tokens after a partitive figure read for a word of injury ("of those hurt")


def injury_instruments(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the parts of the injured that an instrument picks out (module docstring)."""
    table = s.lex.composed_labels.get(TABLE)
    if table is None or table.firsts.isdisjoint(s.word_set):
        return  # most sentences: no first word of an instrument
    subjects = s.lex.cue("instrument_part_subjects")
    previous: Mention | None = None
    for i, m in enumerate(mentions):
        if not m.valid or m.measure != "other" or m.unit is not None or m.subject not in subjects:
            continue
        follows = previous is not None and previous is mentions[i - 1] and (m.anaphoric or _joined(s, m))
        if not follows and not (m.partitive and _of_injured(s, mentions, i)):
            continue
        label = _instrument(s, m, table)
        if label is not None:
            m.subject, previous = label, m


def _joined(s: SentenceView, m: Mention) -> bool:
    """A list joiner alone stands right before ``m`` ("... terkena sabetan parang dan empat terkena anak panah")."""
    return m.first > 0 and s.words[m.first - 1] in s.lex.list_joiners


def _of_injured(s: SentenceView, mentions: list[Mention], i: int) -> bool:
    """The partitive ``mentions[i]`` is a part of the injured: an injured figure next to it, or a word of injury
    right after it ("Seven of those hurt")."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(mentions) and mentions[j].measure == INJURED and mentions[j].valid:
            return True
    m = mentions[i]
    for k in range(m.num_end, min(len(s.words), m.num_end + _WHOLE_REACH)):
        found = s.measure_at(k) if s.kinds[k] == "w" else None
        if found is not None:
            return found[1] == INJURED
    return False


def _instrument(s: SentenceView, m: Mention, table: PhraseTable[str]) -> str | None:
    """The label of the first instrument of ``table`` after ``m`` in its clause (across commas: an aside), before a
    list joiner or figure."""
    return label_after(s, m.num_end, table, _REACH, commas=False)


__all__ = ["injury_instruments"]
