"""Deaths split by where they died (DESIGN.md 4.1 subsets; NEWS_CONSTRUCTIONS: parts of a toll are ``other``).

Accident, fire and mine reports split a toll by where each victim died: "Dua korban meninggal di lokasi kejadian,
sedangkan dua lainnya meninggal dalam perjalanan menuju rumah sakit", "Ada dua meninggal di lokasi kejadian dan
satu di RSUD", "empat penumpang tewas di tempat kejadian, sementara 8 korban lainnya meninggal dalam perawatan".
Each figure is a part of a toll the sentence does not give (or gives beside it): a subset by place of death,
``other``, with the label the lexicon gives the place (``[composed_labels.death_places]``: "died at the scene"),
so that no part is ever checked as the whole toll. A single death with its place ("Satu penumpang tewas di lokasi")
is the toll itself and stays killed: only two or more such parts in one sentence make a split.

>>> from claims.extraction import extract
>>> text = "Tiga pemotor tewas di tempat kejadian, sedangkan satu lainnya meninggal dalam perjalanan ke puskesmas."
>>> [(c.low, c.measure, c.subject) for c in extract(text, "id")]
[(3, 'other', 'died at the scene'), (1, 'other', 'died on the way to hospital')]
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.phrase_table import PhraseTable
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_PLACE_REACH: Final = 5  # tokens from the noun phrase to the place: "orang wafat di", "lainnya meninggal dunia di"


def death_place_parts(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the deaths of the sentence when two or more of them are picked out by where they died."""
    table = s.lex.composed_labels.get("death_places") if s.lex.composed_labels else None
    if table is None or table.firsts.isdisjoint(s.word_set):
        return  # most sentences: no place of death of the table
    parts: list[tuple[Mention, str]] = []
    for m in mentions:
        if m.valid and m.measure == "killed":
            label = _place_after(s, m, table)
            if label is not None:
                parts.append((m, label))
    if len(parts) < 2:
        return  # one death and its place: the toll itself
    for m, label in parts:
        m.measure, m.subject, m.subject_class, m.place = "other", label, None, None


def _place_after(s: SentenceView, m: Mention, table: PhraseTable[str]) -> str | None:
    """The label of the place of death named after ``m`` in its clause, before any other figure."""
    words = s.words
    start = max(m.last, m.np_end or 0)
    for k in range(start, min(len(words), start + _PLACE_REACH)):
        w = words[k]
        if w in CLAUSE_PUNCT or w == "," or k in s.mention_firsts:
            return None
        if w in table.firsts:
            found = table.match(words, k)
            if found is not None:
                return found[1]
    return None
