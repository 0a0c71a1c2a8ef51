"""Gates on a part that takes a measure that is not its own (issue 11, round 9 fourth wave, English).

On fresh crime-desk reports the part of a partitive took the people measure of its whole:

- the measure word right after the whole's number modifies the whole ("One of 14 detained Pakistani men ... said he
  felt abandoned"), so the part, picked out by its own predicate, is a subset of those detained (DESIGN 4.1:
  ``other``), not a count of the measure (:func:`part_reads_whole_word`);
- a part of the figure before picked out by an agent ("11 suspects were killed, five of them by the drug unit") is a
  subset too (:func:`part_by_agent`);
- a part that is the object of a place preposition ("76 buildings collapsed, with people trapped in 35 of them") is
  where something else happened, no count of the whole's measure (:func:`part_as_place`; round 10, disaster desk).

Both start from the mention's partitive mark, so most figures cost nothing more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.affixes import strip_suffix
from claims.extraction.clause_owner_gates import place_preposition_before
from claims.extraction.part_whole_gates import word_after
from claims.extraction.view import syntax_list

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

_NAMES: Final = 2  # capitalised modifiers between a whole's number and its measure word ("627 Egyptian dead")


def _whole(m: Mention, mentions: list[Mention]) -> Mention | None:
    """The whole a partitive part is taken from ("200 of the 1,800": the 1,800)."""
    if not m.partitive or m.base_of is None or not 0 <= m.base_of < len(mentions):
        return None
    return mentions[m.base_of]


def part_reads_whole_word(s: SentenceView, m: Mention, mentions: list[Mention], measure: str) -> bool:
    """The measure word found after the part is the first word after its whole's number, a modifier or the noun of
    the whole ("One of 14 detained Pakistani men"), or the first past a capitalised modifier ("596 of the 627 Egyptian
    dead had no permit"): the whole's, not the part's own predicate."""
    whole = _whole(m, mentions)
    if whole is None or whole.first <= m.first:
        return False
    k = word_after(s, max(m.np_end, m.last), measure)
    if k is None:
        return False
    first = s.after_determiners(whole.num_end)
    # or past a capitalised modifier of the whole ("596 of the 627 Egyptian dead had no permit": the dead's word); a
    # plural name is the whole's noun, its participle the whole's predicate ("four of the 19 Palestinians killed
    # were children": a part by group keeps the measure)
    names = s.texts[first:k]
    plural = s.lex.cue("plural_suffixes")
    return k == first or (
        0 < len(names) <= _NAMES and all(w[:1].isupper() and strip_suffix(w, plural) is None for w in names)
    )


def part_by_agent(s: SentenceView, m: Mention) -> bool:
    """A part of the figure before picked out by who acted on it ("11 suspects were killed, five of them by the
    drug unit"; ``[syntax] part_agents``): a subset, not a count of the whole's measure."""
    if not m.partitive or m.base_of is not None or m.np_end >= len(s.words):
        return False
    return s.words[m.np_end] in syntax_list(s, "part_agents")


def part_as_place(s: SentenceView, m: Mention) -> bool:
    """A part of the figure before that a place preposition governs ("76 buildings had collapsed, with people trapped
    in 35 of them"; "40 homes burned, with residents still inside 12 of them"): the place of another event, not a
    count of the whole's measure."""
    return m.partitive and m.base_of is None and place_preposition_before(s, m) is not None
