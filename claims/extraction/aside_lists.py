"""A list of figures set off by dashes or brackets right after the noun phrase it breaks down (issue 11, round 8).

Wire and local copy break a group down in an aside: "The evacuees — 212 men, 240 women and 181 children — were moved
to a school", "The dead (12 men and 9 women) were buried", "Those arrested (14 men and three women) will appear in
court". The figures take the measure the noun phrase before the opening mark names ("evacuees", "the dead", "those
arrested"), else the predicate after the closing mark ("The victims — 12 men and 9 women — died at the scene"), as
the same list does after a colon ("The dead: 12 men and 9 women").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.clauses import ASIDES, aside_end
from claims.extraction.reach import search_right
from claims.extraction.subjects import PERSON_CLASSES, compatible
from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure
    from claims.extraction.view import SentenceView

_OPENERS: Final = frozenset(ASIDES)  # brackets and dashes: the marks clauses.aside_end closes
_NOUN_REACH: Final = 3  # the words of the noun phrase before the mark that may name the measure ("the people arrested")


def _opening_mark(s: SentenceView, first: int, owned: set[int]) -> int:
    """The opening mark of the aside whose list the figure at ``first`` is an item of (the first item right after
    the mark, a later one after items, commas and joiners only), when the aside closes after the figure; else -1."""
    words, lex = s.words, s.lex
    k = first - 1
    while k > 0 and first - k < 16:
        w = words[k]
        if w in _OPENERS:
            spaced = w != "-" or not (s.glue[k] or s.glue[k + 1])  # "-" as a dash, not inside "Thirty-eight"
            close = aside_end(s, k) if spaced else None
            return k if close is not None and close > first else -1
        if not (w == "," or w in lex.list_joiners or k in owned):
            return -1
        k -= 1
    return -1


def aside_list(f: Figure) -> str | None:
    """The measure of a figure listed in an aside after the noun phrase it breaks down (module docstring)."""
    s, m = f.s, f.m
    if m.partitive or m.first < 2 or _OPENERS.isdisjoint(s.word_set):
        return None  # most figures: no dash nor bracket in the sentence; "3 tersangka (2 di antaranya ...)": a part
    mark = _opening_mark(s, m.first, f.owned)
    if mark < 1 or s.kinds[mark - 1] != "w" or mark - 1 in f.owned or (mark > 1 and s.texts[mark - 1][0].isupper()):
        return None  # "Kabupaten Klaten (29)": a count by place; "3 suspects (2 ...)": a figure's own noun
    close = aside_end(s, mark)
    if close is not None and any(s.measure_at(k) is not None for k in range(m.last, close) if k not in f.owned):
        return None  # "— and more than 120 fell ill in all —": a predicate of its own inside the aside (vary12en)
    lex, words = s.lex, s.words
    for i in range(mark - 1, max(-1, mark - 1 - _NOUN_REACH), -1):
        if words[i] in CLAUSE_PUNCT or words[i] in {",", "."}:
            break
        found = s.measure_at(i) if i not in f.owned else None
        if found is not None and i + found[0] == mark and compatible(found[1], f.cls):
            return found[1]  # "The dead —", "Those arrested —"
        noun = lex.nouns.match(words, i) if words[i] in lex.nouns.firsts else None
        if noun is not None and i + noun[0] == mark:
            measure = noun[1].measure
            if measure not in (None, "other") and compatible(measure, f.cls):
                return measure  # "The evacuees —"
            if noun[1].subject_class in PERSON_CLASSES:
                close = aside_end(s, mark)
                return search_right(s, close, f.cls, f.owned) if close is not None and close < len(words) else None
            return None
    return None
