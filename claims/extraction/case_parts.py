"""Deaths and admissions among the cases of an outbreak (DESIGN.md 4.1; NEWS_CONSTRUCTIONS: "n kasus ..., m di
antaranya meninggal" counts persons, killed).

Dinkes, Kemenkes and WHO bulletins give a case count and then the part of it that died or is in hospital: "Dinkes
mencatat 812 kasus DBD, 9 di antaranya meninggal dunia", "74 kasus kolera, 21 di antaranya masih dirawat di ruang
isolasi". A case is a person, so the part takes the measure of the word that follows it (a people measure), with
the subject ``people``; a part that only a status picks out ("empat di antaranya positif") keeps the case label.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.animal_counts import animal_part
from claims.extraction.bulletin_care import bulletin_care
from claims.extraction.clause_scans import clause_word_at
from claims.extraction.mentions import Mention
from claims.extraction.opening_groups import count_people
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

_VERB_REACH: Final = 3  # words between the part and its verb: "21 di antaranya masih dirawat", "... dilaporkan telah"
_RELATIVE_REACH: Final = 8  # back from the figure to "yang": "yang masih dirawat di rumah sakit sebanyak 1.836"


def case_parts(s: SentenceView, mentions: list[Mention]) -> None:
    """Give the parts of a case count the people measure of their verb (module docstring), and so the count of
    cases a relative clause puts in a state ("Pasien positif yang masih dirawat sebanyak 1.836 orang": the status
    word before the clause names no predicate; hospitalized), and a tally of deaths among cases counted by the case
    classifier ("Total kasus kematian DBD mencapai 284 kasus": killed)."""
    for m in mentions:
        cases = m.subject is not None and (m.subject.endswith("cases") or m.subject == "patients")
        if not (m.valid and m.measure == "other" and cases):
            continue  # a part of people or things is settled by the rules of parts
        if m.partitive and not m.nouns:
            if animal_part(s, m, mentions):
                continue  # "118 ekor di mana 22 di antaranya positif dan 1 di antaranya mati": livestock
            found = state_at(s, m.np_end)
        elif all(noun.subject_class in PERSON_CLASSES for noun in m.nouns):
            found = _relative_state(s, m)  # "sebanyak 1.902 orang", people or patients
        elif all(noun.label == "cases" for noun in m.nouns):
            found = _death_tally(s, m)  # "Total kasus kematian DBD mencapai 284 kasus": the classifier repeats it
        else:
            continue
        if found is not None:
            count_people(s, m, found)  # "Kematian ibu ... mencapai 17 kasus": women (opening_groups.py)
    bulletin_care(s, mentions)  # "Pasien Covid-19 yang masih menjalani perawatan ...": active cases, no hospital stay


def state_at(s: SentenceView, k: int, end: int | None = None) -> str | None:
    """The people measure of the verb at token ``k``, after words that lead to a state ("masih", "dilaporkan"),
    before token ``end`` when given; None when another word or a measure of no people stands there first."""
    leads = s.lex.composed_labels.get("lists")
    start = k
    while k < len(s.words) and k - start <= _VERB_REACH:
        w = s.words[k]
        if w in CLAUSE_PUNCT or w == ",":
            return None
        found = s.measure_at(k)
        if found is not None:
            inside = end is None or k + found[0] <= end
            return found[1] if found[1] in PEOPLE_MEASURES and inside else None
        lead = leads.match(s.words, k) if leads is not None and w in leads.firsts else None
        if lead is None or lead[1] not in ("state_leads", "status_verbs"):
            return None  # only words that lead to a state stand between
        k += lead[0]
    return None


def _relative_state(s: SentenceView, m: Mention) -> str | None:
    """The people measure of the relative clause ("yang masih dirawat") whose predicate is the figure ``m``; none
    when a source preposition opens the figure ("yang meninggal dari 30 pasien itu ada 8 orang": the whole the dead
    are taken from, gate13id)."""
    if m.first > 0 and s.words[m.first - 1] in syntax_list(s, "source_prepositions"):
        return None
    before = range(m.first - 1, max(-1, m.first - 1 - _RELATIVE_REACH), -1)
    k = clause_word_at(s, before, s.lex.relative_words, figures=True)
    return None if k is None else state_at(s, k + 1, m.first)


def _death_tally(s: SentenceView, m: Mention) -> str | None:
    """``killed`` when the clause of ``m`` opens with a noun of deaths among cases ("kasus kematian", "kasus
    meninggal dunia": ``[nouns]`` with measure killed) and the figure's own noun is only the case classifier."""
    words = s.words
    for k in range(m.first - 1, max(-1, m.first - 1 - _RELATIVE_REACH), -1):
        if words[k] in CLAUSE_PUNCT or words[k] == "," or k in s.mention_firsts:
            return None
        noun = s.noun_at(k)
        if noun is not None and noun[1].measure == "killed" and k + noun[0] <= m.first:
            return None if k > 0 and s.kinds[k - 1] == "n" else "killed"  # "6 kasus kematian dari 104": the 6's
    return None
