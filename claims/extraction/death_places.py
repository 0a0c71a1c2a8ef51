"""Deaths split by where they happened (DESIGN.md 4.1 subsets: "by where they died"; issue 11, round 9 fifth wave).

Regional accident copy splits a toll by place: "2 orang langsung meninggal saat kejadian, 1 orang meninggal setelah
tiba di rumah sakit", "dua meninggal di lokasi kejadian dan satu di RSUD", "empat penumpang tewas di tempat
kejadian, sementara 8 korban lainnya meninggal dalam perjalanan". Each figure is a part of the toll picked out by
where its people died: ``other``, with the subject the lexicon gives the place (``[composed_labels.death_places]``:
"died at the scene", "died in hospital"), so it never contradicts the toll. Only a split is read so: two or more
death figures of the sentence each with a place right after its death word (or right after the figure when it has
none: "satu di RSUD"), or already named by such a place. One death figure with its place ("Satu penumpang tewas di
lokasi") stays the count of the dead. Round 17: two places joined by a coordinator ("12 korban lain meninggal dalam
perjalanan atau saat dirawat") name one part by both (the judge's "died in hospital or en route", 2 rows).
"""

from __future__ import annotations

from typing import Final

from claims.extraction.adjunct_increments import mark_change
from claims.extraction.lexicon import PhraseTable
from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_SPLIT: Final = 2  # death figures with a place that make a split of the toll
PAIRS: Final = "death_place_pairs"


def death_place_parts(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the deaths of the sentence that a split by place picks out of its toll (module docstring)."""
    table = s.lex.composed_labels.get("death_places")
    if table is None or table.lasts.isdisjoint(s.word_set):
        return  # most sentences: no last word of a place of the table ("lokasi", "perjalanan", "rsud")
    placed: list[tuple[Mention, str]] = []
    labelled = 0  # parts the lexicon already names so ("dua lainnya meninggal di rumah sakit": died in hospital)
    for m in mentions:
        if not m.valid or m.measure not in ("killed", "other"):
            continue
        label = _place_after(s, m, table)
        if label is not None and (
            m.measure == "killed" or m.subject in s.lex.cue("increment_labels")
        ):  # "12 korban lain meninggal di"
            placed.append((m, label))
        elif label is not None and m.subject == label:
            labelled += 1
        elif label is not None and m.measure == "other" and m.subject in _part_labels(s):
            placed.append((m, label))  # "meninggal di rumah sakit atau dalam perjalanan": the pair's label
    if len(placed) + labelled < _SPLIT or not placed:
        return
    for m, label in placed:
        mark_change(m, label)  # a part of the toll: other, the place's label


def _part_labels(s: SentenceView) -> frozenset[str]:
    """The labels of parts of the dead by where they died (``[cues] death_part_labels``, ``lone_death_labels``)."""
    return s.lex.cue("death_part_labels") | s.lex.cue("lone_death_labels")


def _place_after(s: SentenceView, m: Mention, table: PhraseTable[str]) -> str | None:
    """The label of the place of ``table`` that follows ``m``'s death word (or ``m`` itself when no word stands
    between), None when none does."""
    words = s.words
    k = max(m.np_end, m.num_end)
    starts = [k]
    while k < len(words) and words[k] not in CLAUSE_PUNCT and words[k] != "," and k not in s.mention_firsts:
        found = s.measure_at(k)
        if found is not None:
            starts = list(range(k + 1, k + found[0] + 1))  # inside "tewas di tempat" or right after the word
            break
        k += 1
    for j in starts:
        if j < len(words) and words[j] in table.firsts:
            hit = table.match(words, j)
            if hit is not None:
                return _paired(s, j + hit[0], hit[1], table)
    return None


def _paired(s: SentenceView, k: int, label: str, table: PhraseTable[str]) -> str:
    """The label of two places joined by a coordinator ("dalam perjalanan atau saat dirawat": the pair's label of
    ``[composed_labels.death_place_pairs]``, its key the two labels in either order), else ``label``."""
    words, pairs = s.words, s.lex.composed_labels.get(PAIRS)
    if pairs is None or k + 1 >= len(words) or words[k] not in s.lex.coordinators or words[k + 1] not in table.firsts:
        return label
    other = table.match(words, k + 1)
    if other is None or other[1] == label:
        return label
    for first, second in ((label, other[1]), (other[1], label)):
        key = f"{first} {second}".split()
        hit = pairs.match(key, 0)
        if hit is not None and hit[0] == len(key):
            return hit[1]
    return label
