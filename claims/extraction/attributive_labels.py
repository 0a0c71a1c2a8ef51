"""An other-verb that modifies a later noun is no predicate of a figure (audit18_en of US flood copy, issue 11).

"27 children from the summer camp in the flooded county were still missing": "flooded" between an article and its
noun is an adjective of "county", not what the children are; the figure's own predicate comes later ("were still
missing"). Only a single participle of an other-verb (``=label``; ``[cues] participle_suffixes``) is passed over
this way: a state's phrase ("the intensive care unit") keeps its label, and a measure word in the same place ("the
injured man") is left to the rules that read it. The other words are the lexicon's determiners, place prepositions,
coordinators and clause breaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.affixes import has_suffix

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView


def attributive_label(s: SentenceView, start: int, position: int, measure: str) -> bool:
    """The other-verb ``measure`` read at token ``position`` (after the figure's noun phrase, which ends at ``start``)
    stands between a determiner and a word of a noun phrase: an attribute of that noun (module docstring)."""
    words, lex = s.words, s.lex
    if not measure.startswith("=") or position <= start or position + 1 >= len(words):
        return False
    found = s.measure_at(position)
    if found is None or found[0] != 1 or not has_suffix(words[position], lex.cue("participle_suffixes")):
        return False  # a participle alone ("the flooded county"); not a state's phrase ("the intensive care unit")
    after = words[position + 1]
    if words[position - 1] not in lex.determiners or s.kinds[position + 1] != "w":
        return False  # a word token follows (never clause punctuation)
    if (
        after in lex.determiners
        or after in lex.place_prepositions
        or after in lex.coordinators
        or after in lex.clause_breaks
    ):
        return False  # a closed word follows: no noun of the participle
    return s.measure_at(position + 1) is None and position + 1 not in s.mention_firsts
