"""A figure compared with a baseline counts the difference, not the event (round 7): "612 more people died that week
than the usual weekly average", "about 230 more people died in July than in an average July" (heat-wave and
epidemic statistics). "n more" right after the figure and "than" later in its clause (``[cues] comparative_words``,
``comparison_thans``) make a people measure ``other``; a toll compared so is the excess deaths (DESIGN 4.1: a wrong
specific measure is worse than ``other``). "three more bodies, bringing the toll to 64" has no "than": an increment,
which ``increments`` reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_THAN_REACH = 10  # tokens from "more" to "than": "more people died in the city that week than"


def compared_difference(f: Figure, measure: str) -> bool:
    """True when ``f`` counts a difference from a baseline (module docstring); sets the label of a toll."""
    s, m = f.s, f.m
    cues = s.lex.cues
    k = m.num_end
    if k >= len(s.words) or s.words[k] not in cues.get("comparative_words", frozenset()):
        return False
    thans = cues.get("comparison_thans", frozenset())
    for j in range(k + 1, min(len(s.words), k + 1 + _THAN_REACH)):
        w = s.words[j]
        if w in CLAUSE_PUNCT:
            return False
        if w in thans:
            if measure == "killed":
                f.label, f.other_verb = "excess deaths", True
            return True
    return False
