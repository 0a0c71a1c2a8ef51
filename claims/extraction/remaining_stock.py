"""Those who "remain there" after an admission are the stock still in hospital (round 10, gaps13en).

Crash and fire copy restates the hospital of an admission by an adverb of place or a relative "where": "29 were
admitted to hospital and 11 remain there", "five of whom were taken to hospital, where two remain". A figure resolved
``other`` with no noun of its own (or a generic person noun), right followed by a verb of remaining
(``[cues] stock_verbs``) and then by an adverb of place (``stock_place_adverbs``) or, after "where"
(``stock_place_relatives``) before the figure, by the end of its clause, and preceded in its sentence by a
hospitalized figure, is the stock: ``hospitalized``; the earlier figure counts the admissions: ``other``, subject
``admitted`` (DESIGN 4.1, admissions beside those still treated, as ``increments._admissions_beside_stock`` does for
"remained admitted").
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView


def remaining_stock(s: SentenceView, mentions: list[Mention]) -> None:
    """Read "and 11 remain there" after an admission as the stock still in hospital (module docstring)."""
    verbs = s.lex.cue("stock_verbs")
    if len(mentions) < 2 or verbs.isdisjoint(s.word_set):
        return
    earlier: Mention | None = None
    for m in mentions:
        if m.unit is not None:
            continue
        if m.valid and m.measure == "hospitalized" and earlier is None:
            earlier = m
        elif earlier is not None and m.measure == "other" and _remains(s, m, verbs):  # a bare "where two remain" too
            m.measure, m.subject, m.valid = "hospitalized", "people", True
            earlier.measure, earlier.subject, earlier.subject_class = "other", "admitted", None
            return


def _remains(s: SentenceView, m: Mention, verbs: frozenset[str]) -> bool:
    if any(not (noun.generic and noun.subject_class == "people") for noun in m.nouns):
        return False
    words, k = s.words, max(m.np_end, m.last)
    if k >= len(words) or words[k] not in verbs:
        return False
    after = words[k + 1] if k + 1 < len(words) else "."
    if after in s.lex.cue("stock_place_adverbs"):
        return True
    where = m.first >= 1 and words[m.first - 1] in s.lex.cue("stock_place_relatives")
    return where and (after in CLAUSE_PUNCT or after in (",", "."))
