"""A count's share or measure in brackets between the count and its noun (round 10, issue 11): WHO, NCDC and polio
bulletins write "three (15.8%) cases never received a dose", "35 (89.7%) polio cases are younger than two",
"16 (84,2 persen) kasus"; the bracket holds one figure with a unit, a claim of its own, and the count's noun phrase
goes on after it (NEWS_CONSTRUCTIONS 11: a bracketed percent or unit after a count is no minus sign)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView


def past_bracketed_share(s: SentenceView, j: int, mentions: list[Mention]) -> int:
    """The token after the bracket opening at ``j`` when it holds exactly one figure with a unit; ``j`` otherwise."""
    texts = s.texts
    if j + 3 >= len(texts) or texts[j] != "(":
        return j
    for other in mentions:
        if other.first == j + 1 and other.unit is not None and other.last < len(texts) and texts[other.last] == ")":
            return other.last + 1
    return j
