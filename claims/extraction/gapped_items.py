"""A second item that leaves out the verb of the first (gapping; DESIGN.md 4.1 lists that inherit the measure).

Casualty reports send victims to several places with one verb: "24 orang dilarikan ke RSUD X dan 9 orang ke RS Y",
"11 orang dirujuk ke Puskesmas A dan 8 orang ke Puskesmas B", "enam dirawat di Gedung B, sedangkan lima di HCU".
The second figure keeps only its preposition and place: it takes the measure of the first when the first's own
measure word stands right before the same preposition (``[syntax] gapping_prepositions``) and a coordinator or a
word of contrast joins the two. Anything else between them (another verb, a clause break) leaves the figure alone.

>>> from claims.extraction import extract
>>> text = "Sebanyak 17 siswa dilarikan ke RSUD Tanjung dan 6 siswa ke Klinik Harapan."
>>> [(c.low, c.measure) for c in extract(text, "id")]
[(17, 'hospitalized'), (6, 'hospitalized')]
"""

from __future__ import annotations

from itertools import pairwise

from claims.extraction.mentions import Mention
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list


def gapped_items(s: SentenceView, mentions: list[Mention]) -> None:
    """Give a figure whose verb is left out the people measure of the figure before it (module docstring)."""
    preps = syntax_list(s, "gapping_prepositions")
    if len(mentions) < 2 or preps.isdisjoint(s.word_set):
        return
    words = s.words
    joins = s.lex.coordinators | syntax_list(s, "contrast_words")
    # "ke Puskesmas Karangrayung 1 dan 8 orang": a name's number is none; a bare figure between a joining word and a
    # preposition is a gapped item ("enam dirawat di Gedung B, sedangkan lima di HCU": idl3)
    valid = [m for m in mentions if m.valid or _bare_gap(s, m, joins, preps)]
    for prev, m in pairwise(valid):
        if not (m.measure == "other" and prev.measure in PEOPLE_MEASURES):
            continue
        if any(noun.subject_class not in PERSON_CLASSES for noun in m.nouns):
            continue  # "dan 3 unit ke bengkel": things never take a people measure
        k = max(m.last, m.np_end or 0)
        if k >= len(words) or words[k] not in preps or m.first == 0 or words[m.first - 1] not in joins:
            continue
        if _verb_before(s, prev, m.first - 1, words[k]):
            m.measure, m.valid = prev.measure, True


def _bare_gap(s: SentenceView, m: Mention, joins: frozenset[str], preps: frozenset[str]) -> bool:
    """``m`` is a bare figure (no noun, label or unit) right after a joining word and right before a preposition."""
    if m.unit is not None or m.nouns or m.raw_label is not None or m.first == 0 or m.last >= len(s.words):
        return False
    return s.words[m.first - 1] in joins and s.words[m.last] in preps


def _verb_before(s: SentenceView, prev: Mention, end: int, prep: str) -> bool:
    """Whether the measure word of ``prev`` ends with ``prep`` or stands right before it, before token ``end``."""
    words = s.words
    for q in range(prev.last, end):
        if words[q] in CLAUSE_PUNCT:
            return False
        found = s.measure_at(q)
        if found is not None:
            after = range(q + 1, min(end, q + found[0] + 1))  # inside the phrase too: "dirujuk ke puskesmas"
            return found[1] == prev.measure and any(words[x] == prep for x in after)
    return False
