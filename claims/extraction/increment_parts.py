"""The parts of an increment are changes too (issue 11, round 10 eighth wave, gate15en; Indian and Kenyan flood copy).

"With the recovery of seven more bodies, including four from Kozhikode and one from Wayanad, the toll has gone up to
67": the increments stage makes "seven more" a change (``other``, ``increase``), but the parts "including" takes out
of it inherited the toll's measure and read as deaths of their places. They are new deaths beside a running total,
so they are changes as well (DESIGN 4.1: the increment is ``other``). The parts: the figure with no measure word of
its own right after an inclusion word (``[cues] inclusion_words``) whose whole, the valid figure before it, is an
increment; then each later figure of the same measure that a list joiner or a comma opens (``[syntax]
list_joiners``), with no clause mark and no total word (``total_cues``) between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.adjunct_increments import mark_change
from claims.extraction.view import CLAUSE_PUNCT, syntax_list

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView


def increment_parts(s: SentenceView, mentions: list[Mention]) -> None:
    """Make the parts an inclusion word takes out of an increment changes too (module docstring)."""
    inclusion, apposition = s.lex.cue("inclusion_words"), s.lex.cue("apposition")
    if len(mentions) < 2 or (inclusion.isdisjoint(s.word_set) and apposition.isdisjoint(s.word_set)):
        return  # the table lookup before any scan
    words = s.words
    for idx, m in enumerate(mentions):
        if idx == 0 or not m.valid or m.measure == "other":
            continue
        named = words[m.first - 1] in apposition  # "yakni dua perempuan": items named by their group
        if not (named or (m.inherit and words[m.first - 1] in inclusion)):
            continue
        if m.num_end < len(words) and s.measure_at(m.num_end) is not None:
            continue  # a part with its own measure word ("290 new cases, including 7 deaths") keeps it
        whole = next((o for o in reversed(mentions[:idx]) if o.valid and o.unit is None), None)
        if whole is None or whole.measure != "other" or whole.subject != "increase":
            continue
        measure, last = m.measure, m
        _part_change(m, named)
        for o in mentions[idx + 1 :]:
            if not (
                o.valid and o.measure == measure and (o.inherit or not o.nouns or named) and _listed_after(s, last, o)
            ):
                break
            _part_change(o, named)
            last = o


def _part_change(m: Mention, named: bool) -> None:
    """A part of an increment is a change; one an apposition names by its group keeps the group as its subject
    ("menemukan empat jenazah lagi, yakni tiga pria dan seorang perempuan": ``other``, men)."""
    if named:
        m.measure, m.place = "other", None
    else:
        mark_change(m, "increase")


def _listed_after(s: SentenceView, last: Mention, o: Mention) -> bool:
    """``o`` is the next item of the list ``last`` is in: a joiner or comma right before it, no clause mark and no
    total word between."""
    between = s.words[last.last : o.first]
    if not between or (between[-1] != "," and between[-1] not in syntax_list(s, "list_joiners")):
        return False
    return not any(w in CLAUSE_PUNCT or w in s.lex.total_cues for w in between)
