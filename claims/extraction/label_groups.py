"""The group a fact-box label or a tally names by a generic person noun (round 11, subject accuracy on the en corpora).

A fact-box line whose label opens with a person noun counts that group: "officers injured: 4", "Journalists killed
in 2024: 95", "Polisi terluka: 12" (the label opens its line, its measure word is the figure's, the figure stands
right after the colon or dash). A tally noun phrase whose noun is generic takes the class its sentence gives it
("The number of officers injured rose from 11 to 17": police, by ``[context_subjects]``), as a specific noun gives
its own (``subject_rules.tally_noun``); a generic noun that the sentence gives no closed group stays ``people``.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.lexicon import NounInfo
from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES, group_class, lca
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_BOX_MARKS: Final = frozenset({":", "\u2014", "\u2013"})
"""A fact box's colon, or a dash standing for it ("Killed \u2014 23")."""
_LINE_STARTS: Final = frozenset({";", "|", ".", "(", "\u2022", "-"})
"""What ends the item before a fact-box label on its line ("Arrests: 27; officers injured: 4")."""


def boxed(s: SentenceView, first: int) -> bool:
    """The figure at token ``first`` stands right after a fact box's colon or dash."""
    return first > 0 and s.words[first - 1] in _BOX_MARKS


def past_stops(s: SentenceView, k: int) -> int:
    """Token ``k`` moved back past the stop words before it ("yang", "that"), never past clause punctuation."""
    words, stops = s.words, s.lex.stops
    while k > 0 and words[k - 1] in stops and words[k - 1] not in CLAUSE_PUNCT:
        k -= 1
    return k


def box_label_class(s: SentenceView, k: int) -> str | None:
    """The closed group of the person noun that opens the fact-box label whose measure word is at token ``k`` (for a
    figure that :func:`boxed` found after the colon), None when no such noun opens it or it names no closed group."""
    lex, words = s.lex, s.words
    end = past_stops(s, k)
    noun = lex.nouns.match_ending(words, end) if end > 0 else None
    if noun is None:
        return None
    start = end - noun[0]
    if start > 0 and words[start - 1] not in _LINE_STARTS and words[start - 1] not in CLAUSE_PUNCT:
        return None  # "the village's 12 officers injured: ..." is no label that opens its line
    return closed_group(s, noun[1])


def closed_group(s: SentenceView, noun: NounInfo) -> str | None:
    """The closed group a person noun names in its sentence (a generic one by ``[context_subjects]``), None for
    ``people`` or a thing."""
    if noun.subject_class not in PERSON_CLASSES:
        return None
    cls = group_class(noun, s.lex, s.word_set)
    return cls if cls in PERSON_CLASSES and cls != "people" else None


def joined_class(s: SentenceView, m: Mention) -> str | None:
    """The class of a count whose noun phrase joins person nouns of several groups ("48 gendarmes and police
    officers": security_forces; "150 police and district officials": people): their lowest common group, not the
    narrowest a noun and its modifier give ("penumpang pria": men). None when no joiner of ``[syntax] list_joiners``
    stands between two specific person nouns of the figure's noun phrase."""
    words, k = s.words, m.num_end
    first = s.lex.nouns.match(words, k) if k < len(words) and words[k] in s.lex.nouns.firsts else None
    if first is None or first[1].generic:
        return None  # "181 ribu personel gabungan TNI-Polri, Satpol PP dan ...": a joint force (context_subjects)
    persons = [noun for noun in m.nouns if not noun.generic and noun.subject_class in PERSON_CLASSES]
    if len(persons) < 2 or {noun.subject_class for noun in persons} == {persons[0].subject_class}:
        return None
    joiners = s.lex.list_joiners
    phrase = words[k : m.np_end]
    if "," in phrase or not any(w in joiners for w in phrase):
        return None  # a list with commas may name one joint force ("personel gabungan TNI-Polri, Satpol PP dan ...")
    return lca([noun.subject_class for noun in persons])


__all__ = ["box_label_class", "boxed", "closed_group", "joined_class", "past_stops"]
