"""Items of a toll broken down by cause are "deaths <by the cause>" (issue 11, round 17: the author's convention).

BNPB and BPBD rundowns split a toll by what killed each part: "Korban meninggal karena terseret arus, yakni 21 orang,
disusul tertimbun longsor sembilan orang dan tersengat listrik empat orang", "warga yang meninggal karena hanyut
sebanyak 14 orang, tertimpa pohon tiga orang". ``cause_parts.py`` already makes each item ``other`` (a part must not
be set against the toll) with the generic subject ``people``; the judge's rows name each by its cause ("deaths by
drowning", "deaths in landslides", "deaths by electrocution", "deaths from falling trees": 6 of 6 such rows, as the
existing "heatstroke deaths"). The label is the one ``[composed_labels.breakdown_causes]`` gives the cause phrase that
stands in the item: right after the figure and its noun (to the next comma, list joiner or figure: "dua orang
tersengat listrik") or else right before it (back to the previous figure or the end of the clause, across the lead
"yakni"/"sebanyak": "tertimpa pohon tiga orang"). Only a generic ``other`` item (or a part of a killed figure,
whatever label its cause's verb gave it) after a death word of its sentence is read so: "30 orang terseret arus"
alone keeps its own label. The table is apart from ``death_causes`` (``death_causes.py``), where a cause word names
the event as often ("satu jasad dari tiga santri yang meninggal akibat tenggelam").
"""

from __future__ import annotations

from typing import Final

from claims.extraction.lexicon import PhraseTable
from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

KILLED: Final = "killed"
TABLE: Final = "breakdown_causes"
GENERIC: Final = "people"
_BACK_REACH: Final = 8  # tokens back from the figure to its cause ("karena terseret arus , yakni 21")
_AHEAD_REACH: Final = 5  # tokens after the figure's noun to its cause ("sembilan orang tertimbun longsor")


def death_cause_items(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the generic items of a toll's breakdown by cause (module docstring)."""
    table = s.lex.composed_labels.get(TABLE)
    if table is None or table.firsts.isdisjoint(s.word_set):
        return  # most sentences: no first word of a cause of the table
    for i, m in enumerate(mentions):
        if not m.valid or m.measure != "other" or m.unit is not None:
            continue
        if m.subject != GENERIC and not (m.partitive and i > 0 and mentions[i - 1].measure == KILLED):
            continue  # a part of the dead keeps no other-verb's label ("sepuluh di antaranya karena terseret arus")
        if not _death_before(s, m.first):
            continue
        floor = max(mentions[i - 1].last, mentions[i - 1].np_end - 1) + 1 if i > 0 else 0
        label = _cause_after(s, m, table) or _cause_before(s, m, table, floor)
        if label is not None:
            m.subject = label


def _death_before(s: SentenceView, first: int) -> bool:
    """A word of death (a ``killed`` measure word) stands before token ``first`` in the sentence."""
    for k in range(first):
        found = s.measure_at(k) if s.kinds[k] == "w" else None
        if found is not None and found[1] == KILLED:
            return True
    return False


def _cause_before(s: SentenceView, m: Mention, table: PhraseTable[str], floor: int) -> str | None:
    """The label of the nearest cause of ``table`` ending before ``m`` in its clause, after token ``floor``."""
    words = s.words
    for k in range(m.first - 1, max(floor, m.first - _BACK_REACH) - 1, -1):
        if words[k] in CLAUSE_PUNCT:
            return None
        if words[k] in table.firsts:
            hit = table.match(words, k)
            if hit is not None and k + hit[0] <= m.first:
                return hit[1]
    return None


def _cause_after(s: SentenceView, m: Mention, table: PhraseTable[str]) -> str | None:
    """The label of a cause of ``table`` right after ``m`` and its noun, before a comma, joiner or figure."""
    # the noun phrase may run over the cause ("dua orang tersengat listrik")
    return label_after(s, m.num_end, table, _AHEAD_REACH, commas=True)


def label_after(s: SentenceView, start: int, table: PhraseTable[str], reach: int, *, commas: bool) -> str | None:
    """The label of the first phrase of ``table`` within ``reach`` tokens from token ``start``, before clause
    punctuation, a list joiner, a figure after ``start`` or (with ``commas``) a comma; None for none."""
    words = s.words
    for k in range(start, min(len(words), start + reach)):
        w = words[k]
        if w in CLAUSE_PUNCT or (commas and w == ",") or w in s.lex.list_joiners:
            return None
        if k > start and k in s.mention_firsts:
            return None
        if w in table.firsts:
            hit = table.match(words, k)
            if hit is not None:
                return hit[1]
    return None


__all__ = ["death_cause_items", "label_after"]
