"""People said to stay in evacuation centres are displaced (issue 11, round 9 wave 2, h12en).

Situational reports of the Philippine NDRRMC and DSWD, Malaysian and South Asian flood copy give the people in
shelters with the number of shelters between the verb and the shelter noun: "11,204 families or 41,380 individuals
were staying in 612 evacuation centres", "25,222 persons are taking temporary shelter in 405 evacuation centers",
"5,310 people from 1,980 families were sheltering at 24 relief centres". The lexicon's phrases ("sheltering in
evacuation centres") cannot span the figure, and the words read after it ("affected") named another measure. The
verb is ``[cues] shelter_stays`` (up to three words), after the figure's noun phrase and at most
``_BEFORE_VERB`` words (auxiliaries, adverbs, a restated group "from 1,980 families") that name no measure; then a
preposition of ``[cues] shelter_prepositions`` and, within ``_TO_PLACE`` words (the count of shelters), a shelter
noun of ``[cues] shelter_places``. Households and things keep their reading: only a count of people is displaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import PERSON_CLASSES, compatible
from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.figure_type import Figure
    from claims.extraction.view import SentenceView

_BEFORE_VERB: Final = 5  # "were currently", "from 1,980 families were"
_PHRASE: Final = 3  # "taking temporary shelter", "evacuation centres": the longest phrase of the cues
_TO_PLACE: Final = 3  # "612 evacuation centres", "the 31 relief centres"
_TO_HOST: Final = 9  # "centres had been opened across the island, housing"
_DISPLACED: Final = "displaced"


def _verb_after(s: SentenceView, end: int) -> int | None:
    """The preposition after the shelter verb that follows the noun phrase ending at ``end``, or None ("remain
    housed at": a verb not followed by the preposition lets the next one be read)."""
    prepositions = s.lex.cue("shelter_prepositions")
    for k in range(end, min(len(s.words), end + _BEFORE_VERB + 1)):
        n = s.cue_phrase_at(k, "shelter_stays", _PHRASE)
        if n and k + n < len(s.words) and s.words[k + n] in prepositions:
            return k + n
        if not n and k == end and s.words[k] == ",":
            continue  # "812 jiwa, terbagi di tiga pengungsian": the verb set off by a comma
        if not n and (s.words[k] in CLAUSE_PUNCT or s.words[k] == "," or s.measure_at(k) is not None):
            return None
    return None


def sheltered(f: Figure) -> str | None:
    """``displaced`` for a count of people staying in evacuation centres (module docstring), else None."""
    s, m = f.s, f.m
    if m.unit is not None or f.cls not in PERSON_CLASSES or not compatible(_DISPLACED, f.cls):
        return None
    if s.lex.cue_firsts("shelter_stays").isdisjoint(s.word_set):
        return None  # the table lookup before any scan
    end = max(m.np_end, m.num_end)
    if end > m.first + 1 and s.words[end - 1] in s.lex.cue_firsts("shelter_stays"):
        end -= 1  # "1.430 warga tersebar di 12 titik pengungsian": the verb read as the noun's participle
    preposition = _verb_after(s, end)
    if preposition is None or (_moved(s, preposition) and not any(n.subject_class in PERSON_CLASSES for n in m.nouns)):
        return None  # "300 food packs were taken to relief centres": a move names people only by their noun
    start = preposition + 1
    for k in range(start, min(len(s.words), start + _TO_PLACE + 1)):
        if s.cue_phrase_at(k, "shelter_places", _PHRASE):
            return _DISPLACED
        if s.words[k] in CLAUSE_PUNCT or s.words[k] == ",":
            return None
    return None


def _moved(s: SentenceView, preposition: int) -> bool:
    """The shelter verb before ``preposition`` moves anything, people or goods (``[cues] shelter_moves``: "taken",
    "placed"), no stay of people ("staying", "sheltering")."""
    return preposition > 0 and s.words[preposition - 1] in s.lex.cue("shelter_moves")


def hosted(f: Figure) -> str | None:
    """``displaced`` for a count of people that shelters take in, the shelter the subject and the people the object
    of a verb of ``[cues] shelter_hosts`` right before the figure ("84 evacuation centres had been opened across the
    island, housing 15,930 people", "three centres in Savusavu house 111 people"; Sri Lankan DMC and Fijian NDMO
    copy, h13en_b): a shelter noun of ``[cues] shelter_hosts_nouns`` within ``_TO_HOST`` words before the verb, no
    clause between. Households and things keep their reading."""
    s, m = f.s, f.m
    if m.unit is not None or f.cls not in PERSON_CLASSES or not compatible(_DISPLACED, f.cls):
        return None
    hosts = s.lex.cue("shelter_hosts")
    if hosts.isdisjoint(s.word_set):
        return None  # the table lookup before any scan
    k = s.before_determiners(m.first - 1)
    if k < 1 or s.words[k] not in hosts or s.words[k - 1] in s.lex.cue("shelter_host_blockers"):
        return None  # "17 relief camps to accommodate 180,000 people", "can house": a capacity (gate15en)
    nouns = s.lex.cue("shelter_hosts_nouns")
    for j in range(k - 1, max(-1, k - 1 - _TO_HOST), -1):
        if s.words[j] in nouns:
            return _DISPLACED if _shelter_noun(s, j) else None
        if s.words[j] in CLAUSE_PUNCT or s.measure_at(j) is not None:
            return None
    return None


def _shelter_noun(s: SentenceView, j: int) -> bool:
    """The host noun at ``j`` names a shelter: it ends a shelter phrase of two words or more ("evacuation centres",
    "relief camps"), or a figure or a determiner stands right before it ("three centres", "the camps"); not a
    centre of another kind ("The detention centre holds 1,200 people")."""
    places, words = s.lex.cue("shelter_places"), s.words
    if any(" ".join(words[j - n : j + 1]) in places for n in range(1, min(_PHRASE, j + 1))):
        return True
    before = s.words[j - 1] if j > 0 else ""
    return s.kinds[j - 1] == "n" or before in s.lex.number_words or before in s.lex.determiners
