"""People held by captors (split from ``misreads``): hostages still held are never arrested (DESIGN 4.1: prefer
``other`` to a wrong measure)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.lexicon import NounInfo
from claims.extraction.reach import is_boundary
from claims.extraction.view import SentenceView

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def held_captive(f: Figure) -> str | None:
    """The label of captives (``[cues] captive_labels``: hostages) that the figure counts, by its own noun or, when it
    has none of its own, by the whole its sentence opens with ("Of the 80 hostages, 33 are still held"): people held
    by captors, never arrested (DESIGN 4.1: prefer ``other`` to a wrong measure)."""
    labels = f.s.lex.cue("captive_labels")
    if not labels:
        return None
    head = f.head if f.head is not None and not f.head.generic else _opening_whole_head(f)
    if head is not None and head.label in labels:
        return head.label
    return _captive_phrase(f.s, f.m.np_end, labels)


def _captive_phrase(s: SentenceView, start: int, labels: frozenset[str]) -> str | None:
    """An other-verb of captives later in the figure's clause ("were being held as prisoners of war")."""
    for k in range(start, len(s.words)):
        found = s.measure_at(k)
        if found is not None and found[1].startswith("=") and found[1][1:] in labels:
            return found[1][1:]  # before the boundary test: "as prisoners of war" opens with a clause break
        if is_boundary(s, k):
            return None
    return None


def _opening_whole_head(f: Figure) -> NounInfo | None:
    """The counted noun of the whole a sentence opens with ("Dari 80 sandera, ...", "Of the 80 hostages, ...")."""
    words, before = f.s.words, f.s.lex.whole_before
    found = before.match(words, 0) if words and words[0] in before.firsts else None
    whole = next((o for o in f.mentions if found is not None and o.first == found[0] and o is not f.m), None)
    return whole.nouns[0] if whole is not None and whole.nouns and whole.first < f.m.first else None
