"""A toll split by a verb of injury after "dead and" (audit18_en of wire copy on shootings and crashes, issue 11).

"dead and injured" is one noun phrase of both tolls ("the 13 dead and injured": ``casualties``), but after a verb of
leaving ("the shooting left at least four people dead and injured multiple people", "the crash left three people dead
and injured 11 others") "injured" is a second verb with an object of its own: the figure before "dead" counts the
dead, the figure right after the injury verb the injured. The words are the lexicon's: ``[cues] dead_adjectives``
(the word of death after the figure) and ``injury_objects`` (quantifiers and determiners that open the injury verb's
object when it has no figure: "several others", "multiple people"); the coordinator and the injury verb are the
lexicon's joiners and measure words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure
    from claims.extraction.view import SentenceView

_BOTH: Final = "=casualties"  # the label the phrase "dead and injured" names


def dead_and_injured(f: Figure, measure: str) -> str | None:
    """``killed`` for the figure before "dead and <injury verb> <object>", ``injured`` for the figure right after
    "<figure> dead and <injury verb>"; None otherwise (module docstring)."""
    s, m = f.s, f.m
    k = max(m.np_end, m.num_end)
    if _split_at(s, k) and _object_at(s, k + 3):
        return "killed"  # right after its noun phrase, "dead" is the figure's own (whatever read it before)
    if measure != _BOTH:
        return None
    j = m.first - 3
    if j > 0 and _split_at(s, j) and any(o.np_end == j or o.num_end == j for o in f.mentions if o is not m):
        return "injured"
    return None


def _split_at(s: SentenceView, k: int) -> bool:
    """Tokens k..k+2 are a word of death, a coordinator and a single injury verb ("dead and injured")."""
    words = s.words
    if k < 0 or k + 2 >= len(words) or words[k] not in s.lex.cue("dead_adjectives"):
        return False
    return words[k + 1] in s.lex.coordinators and s.measure_at(k + 2) == (1, "injured")


def _object_at(s: SentenceView, k: int) -> bool:
    """Token k opens the injury verb's own object: a figure or an object word ("several", "multiple", "the")."""
    return k < len(s.words) and (k in s.mention_firsts or s.words[k] in s.lex.cue("injury_objects"))
