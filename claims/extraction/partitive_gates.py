"""A gate on a part that reads its measure from its whole (issue 11, round 9 fourth wave, English).

On fresh crime-desk reports the part of a partitive ("N of M ...") took a people measure that was not its own: the
measure word right after the whole's number modifies the whole ("One of 14 detained Pakistani men ... said he felt
abandoned"), so the part, picked out by its own predicate, is a subset of those detained (DESIGN 4.1: ``other``), not
a count of the measure (:func:`part_reads_whole_word`).

It starts from the mention's partitive mark, so most figures cost nothing more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.part_whole_gates import word_after

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView


def _whole(m: Mention, mentions: list[Mention]) -> Mention | None:
    """The whole a partitive part is taken from ("200 of the 1,800": the 1,800)."""
    if not m.partitive or m.base_of is None or not 0 <= m.base_of < len(mentions):
        return None
    return mentions[m.base_of]


def part_reads_whole_word(s: SentenceView, m: Mention, mentions: list[Mention], measure: str) -> bool:
    """The measure word found after the part is the first word after its whole's number, a modifier or the noun of
    the whole ("One of 14 detained Pakistani men"): the whole's, not the part's own predicate."""
    whole = _whole(m, mentions)
    if whole is None or whole.first <= m.first:
        return False
    k = word_after(s, max(m.np_end, m.last), measure)
    return k is not None and k == s.after_determiners(whole.num_end)
