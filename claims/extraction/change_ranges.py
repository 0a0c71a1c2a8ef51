"""Two figures around a range joiner that are a change, not a range (issue 11).

"bertambah dari 5 menjadi 9", "Deaths rose 12 percent, from 410 to 459": a change word a few tokens before "from"
makes the figures the earlier and the new value (round 10 widened the reach past the change's size, read in
health statistics copy: "visits jumped 24 percent, from 91.2 million to 113 million"). "Arrests rose 30 percent to
1,300", "cases fell 8% to 4,120": a change word right before a figure with a unit (the change's size) and a
figure with none after the joiner (the new total) are no range from 30 to 1,300 either; "rose 5 to 8 percent"
(the unit after the second figure) stays a range of the change's size."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_FROM_REACH: Final = 6  # tokens from the change word to the figure: "jumped 24 percent , from 91.2"


def change_not_range(s: SentenceView, first: int, from_word: bool, unit: str | None, unit2: str | None) -> bool:
    """The figure at token ``first`` and the one after its joiner are a change's values (module docstring)."""
    words, changes = s.words, s.lex.change_words
    if from_word and first >= 2 and any(w in changes for w in words[max(0, first - _FROM_REACH) : first - 1]):
        return True
    return unit is not None and unit2 is None and first > 0 and words[first - 1] in changes
