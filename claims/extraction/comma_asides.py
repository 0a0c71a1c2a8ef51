"""Asides between commas or dashes that a measure word before a figure reaches across (``reach_before.measure_left``):
a relative clause or a source ("The death toll, which stood at 19 on Friday, rose to 26", "Jumlah korban tewas,
menurut data BNPB, mencapai 31"), and an attribution ("The dead, officials said, numbered 19"; issue 11, round 8
second wave)."""

from __future__ import annotations

from typing import Final

from claims.extraction.clauses import DASHES, aside_start
from claims.extraction.event_adjuncts import event_adjunct
from claims.extraction.lexicon import NO_WORDS
from claims.extraction.reach import is_boundary
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list


def aside_opening(s: SentenceView, j: int, leftmost: bool) -> int | None:
    """The opening mark of the aside token ``j`` closes or is in: an attribution between commas before any figure,
    a relative clause or a source only before a predicate figure (``leftmost``: "... rose to 26"); the event after a
    tally fronted before a copula ("Missing since the flood are six hikers": ``event_adjuncts.event_adjunct``)."""
    if (
        (s.words[j] == "," or s.words[j] in DASHES)
        and j + 1 < len(s.words)
        and s.words[j + 1] in s.lex.cue("count_asides")
    ):
        return j  # "The crowd, estimated at 60,000, filled the square": the figure's own aside after its noun
    if not leftmost and j <= _FRONTED and event_adjunct(s, j):
        return j  # "Still missing after Tuesday's landslide are 11 people": a fronted tally and its event
    return speech_aside_before(s, j) or (relative_aside_before(s, j) if leftmost else None)


_FRONTED: Final = 2  # the word that opens the event stands this close to the sentence's start: "Still missing after"


_ASIDE_REACH: Final = 12  # how long a relative clause between commas may be


def relative_aside_before(s: SentenceView, j: int) -> int | None:
    """The opening comma of a relative clause between commas (``[syntax] aside_relatives``: ", which stood at 19 on
    Friday,"), of a source or a time between commas (``aside_openers``: ", menurut data BNPB,"), or of an aside
    between dashes, that token ``j`` is in."""
    words, relatives, sources = s.words, syntax_list(s, "aside_relatives"), syntax_list(s, "aside_openers")
    if words[j] in relatives or words[j] in sources:
        return j - 1 if j > 0 and words[j - 1] == "," else None
    if words[j] in DASHES:  # "Jumlah korban tewas—menurut data terbaru—mencapai 31", "The toll — which — stood at 52"
        return aside_start(s, j, words[j], NO_WORDS, 2 * _ASIDE_REACH)
    if words[j] != ",":
        return None
    for k in range(j - 1, max(0, j - _ASIDE_REACH), -1):
        if (words[k] in relatives or words[k] in sources) and words[k - 1] == ",":
            return k - 1
        if words[k] == "," or (is_boundary(s, k) and words[k] not in relatives):
            return None
    return None


_SPEECH_REACH: Final = 10  # words an attribution between commas may hold: ", the provincial governor told reporters,"


def speech_aside_before(s: SentenceView, close: int) -> int | None:
    """The opening comma of an attribution between commas that the comma at ``close`` closes (", officials said,",
    ", the ministry said on Sunday,"; issue 11, round 8 second wave): "The dead, officials said, numbered 19" keeps
    the tally's noun before the aside. The aside holds a speech verb (``[syntax] speech_verbs``) or opens with a
    source (``aside_openers``: ", according to the village head,"), and holds no figure."""
    speech, sources = syntax_list(s, "speech_verbs"), syntax_list(s, "aside_openers")
    if s.words[close] != "," or (speech.isdisjoint(s.word_set) and sources.isdisjoint(s.word_set)):
        return None
    words, said = s.words, False
    for k in range(close - 1, max(-1, close - _SPEECH_REACH), -1):
        w = words[k]
        if w == ",":
            return k if (said or words[k + 1] in sources) and k < close - 2 else None
        if w in CLAUSE_PUNCT or w == ";" or s.kinds[k] == "n" or w in s.lex.relative_words:
            return None
        said = said or w in speech
    return None
