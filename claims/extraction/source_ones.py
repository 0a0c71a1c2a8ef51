"""The number word one that picks a source out, no count: "One official said the toll had reached 40", "One news
agency said 61 people had been hospitalised", "One hospital reported 164 patients admitted" (round 9 wire and
Indian copy; NEWS_CONSTRUCTIONS 10: "One diplomat", "one news agency" are determiners). The word one opens its
sentence or clause, a short noun phrase of words follows, then a verb of attribution (``[attribution] after``)."""

from __future__ import annotations

from typing import Final

from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_SOURCE_REACH: Final = 4  # the longest noun phrase of a source ("One senior police officer")


def source_one(s: SentenceView, i: int, end: int) -> bool:
    """The number word one at token ``i`` (its reading ends at ``end``) opens the sentence or a clause, and within
    ``_SOURCE_REACH`` words of plain text after it stands a verb of attribution: the one names who speaks."""
    words, kinds = s.words, s.kinds
    if kinds[i] != "w" or s.lex.number_words.get(words[i]) != 1:
        return False
    if i > 0 and words[i - 1] not in CLAUSE_PUNCT and words[i - 1] != ",":
        return False
    verbs = s.lex.attribution_after
    for k in range(end, min(len(words), end + _SOURCE_REACH + 1)):
        if kinds[k] != "w" or words[k] in CLAUSE_PUNCT:
            return False
        if k > end and words[k] in verbs.firsts and verbs.match(words, k) is not None:
            return True
        if s.measure_at(k) is not None:
            return False  # "One worker killed in the blast said ...": the one is counted by its own verb
    return False
