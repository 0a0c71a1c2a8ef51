"""The noun of a superlative tally whose value follows "with" or "at" across the words bulletins put between them
(round 10, gaps15en; DOH, Bernama and WHO recaps): "Selangor recorded the highest number of dengue cases with
40,849", "the most reported cases, with 12,840" (a comma), "the most suspected mpox cases this year with 3,410" (a
modifier before the noun, a time adjunct after it), "The region with the most cases was Central Luzon with 6,412" (a
copula and the place between). The superlative (``[syntax] superlative_words``) after a determiner, at most
``_MODIFIERS`` words before the noun, makes the figure the tally's value, no adjunct; the items that follow
("followed by Equateur with 2,215") are read as its breakdown by place."""

from __future__ import annotations

from typing import Final

from claims.extraction.clauses import aux_at
from claims.extraction.lexicon import NounInfo
from claims.extraction.ranked_place import place_start
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

_MODIFIERS: Final = 2  # words between the superlative and its noun: "the most suspected mpox cases"


def superlative_tally(s: SentenceView, preposition: int) -> NounInfo | None:
    """The noun of the superlative tally whose value opens at token ``preposition`` (module docstring); None when
    no superlative after a determiner stands before it within the reach."""
    words, lex = s.words, s.lex
    j = preposition
    if j > 1 and words[j - 1] == ",":
        j -= 1  # "the most reported cases, with 12,840"
    if j > 2 and words[j - 1] in lex.time_units and words[j - 2] in syntax_list(s, "time_deictics"):
        j -= 2  # "the most suspected mpox cases this year with"
    start = place_start(s, j)
    if start < j and start > 1 and aux_at(s, start - 1):
        j = start - 1  # "the most cases was Central Luzon with 6,412"
    noun = lex.nouns.match_ending(words, j) if j > 0 and words[j - 1] in lex.nouns.lasts else None
    if noun is None or noun[1].generic:
        return None
    i = j - noun[0] - 1
    superlatives = syntax_list(s, "superlative_words")
    for _ in range(_MODIFIERS):
        if i < 1 or words[i] in superlatives or s.kinds[i] != "w" or words[i] in CLAUSE_PUNCT:
            break
        i -= 1  # "reported", "suspected mpox"
    return noun[1] if i > 0 and words[i] in superlatives and words[i - 1] in lex.determiners else None
