"""The noun of a superlative tally whose value follows "with" or "at" across the words bulletins put between them
(round 10, gaps15en; DOH, Bernama and WHO recaps): "Selangor recorded the highest number of dengue cases with
40,849", "the most reported cases, with 12,840" (a comma), "the most suspected mpox cases this year with 3,410" (a
modifier before the noun, a time adjunct after it), "The region with the most cases was Central Luzon with 6,412" (a
copula and the place between). The superlative (``[syntax] superlative_words``) after a determiner, at most
``_MODIFIERS`` words before the noun, makes the figure the tally's value, no adjunct; the items that follow
("followed by Equateur with 2,215") are read as its breakdown by place. The place named as the clause's subject
("South Kivu has recorded the most cases with 3,410") is the value's place (DESIGN 4.1 ``place``)."""

from __future__ import annotations

from typing import Final

from claims.extraction.clauses import aux_at
from claims.extraction.lexicon import NounInfo
from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

_MODIFIERS: Final = 2  # words between the superlative and its noun: "the most suspected mpox cases"
_PLACE_WORDS: Final = 6  # capitalised words of a place name
_VERB_WORDS: Final = 2  # words between the subject place and the superlative's determiner: "has recorded"


def superlative_tally(s: SentenceView, preposition: int) -> NounInfo | None:
    """The noun of the superlative tally whose value opens at token ``preposition`` (module docstring); None when
    no superlative after a determiner stands before it within the reach."""
    found = _superlative(s, preposition)
    return found[1] if found is not None else None


def ranked_subject_places(s: SentenceView, mentions: list[Mention]) -> None:
    """The place that opens the sentence as the subject of a superlative tally ("South Kivu has recorded the most
    cases with 3,410", "Eastern Visayas had the most reported cases, with 12,840") is the place of its value."""
    texts, words = s.texts, s.words
    if not texts or not texts[0][:1].isupper() or words[0] in s.lex.determiners:
        return
    prepositions = syntax_list(s, "superlative_prepositions")
    for m in mentions:
        if (
            m.place is not None
            or m.unit is not None
            or not m.valid
            or m.first < 4
            or words[m.first - 1] not in prepositions
        ):
            continue
        found = _superlative(s, m.first - 1)
        end = 0
        while end < _PLACE_WORDS and end < m.first and texts[end][:1].isupper() and s.kinds[end] == "w":
            end += 1
        if found is not None and 0 < found[0] - 1 - end <= _VERB_WORDS and s.measure_at(end) is None:
            m.place = " ".join(texts[:end])


def _superlative(s: SentenceView, preposition: int) -> tuple[int, NounInfo] | None:
    """The superlative's index and the tally's noun (:func:`superlative_tally`)."""
    words, lex = s.words, s.lex
    j = preposition
    if j > 1 and words[j - 1] == ",":
        j -= 1  # "the most reported cases, with 12,840"
    if j > 2 and words[j - 1] in lex.time_units and words[j - 2] in syntax_list(s, "time_deictics"):
        j -= 2  # "the most suspected mpox cases this year with"
    start = j
    while start > 0 and j - start < _PLACE_WORDS and s.texts[start - 1][:1].isupper():
        start -= 1
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
    return (i, noun[1]) if i > 0 and words[i] in superlatives and words[i - 1] in lex.determiners else None
