"""Deaths and admissions among the cases of an outbreak (DESIGN.md 4.1; NEWS_CONSTRUCTIONS: "n kasus ..., m di
antaranya meninggal" counts persons, killed).

Dinkes, Kemenkes and WHO bulletins give a case count and then the part of it that died or is in hospital: "Dinkes
mencatat 812 kasus DBD, 9 di antaranya meninggal dunia", "74 kasus kolera, 21 di antaranya masih dirawat di ruang
isolasi". A case is a person, so the part takes the measure of the word that follows it (a people measure), with
the subject ``people``; a part that only a status picks out ("empat di antaranya positif") keeps the case label.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.subjects import PEOPLE_MEASURES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_VERB_REACH: Final = 3  # words between the part and its verb: "21 di antaranya masih dirawat", "... dilaporkan telah"


def case_parts(s: SentenceView, mentions: list[Mention]) -> None:
    """Give the parts of a case count the people measure of their verb (module docstring)."""
    leads = s.lex.composed_labels.get("lists") if s.lex.composed_labels else None
    for m in mentions:
        if not (m.valid and m.partitive and m.measure == "other" and m.subject is not None and not m.nouns):
            continue
        if not m.subject.endswith("cases"):
            continue  # a part of people or things is settled by the rules of parts
        k = m.np_end
        while k < len(s.words) and k - m.np_end <= _VERB_REACH:
            w = s.words[k]
            if w in CLAUSE_PUNCT or w == ",":
                break
            found = s.measure_at(k)
            if found is not None:
                if found[1] in PEOPLE_MEASURES:
                    m.measure, m.subject, m.subject_class = found[1], "people", "people"
                break
            lead = leads.match(s.words, k) if leads is not None and w in leads.firsts else None
            if lead is None or lead[1] not in ("state_leads", "status_verbs"):
                break  # only words that lead to a state ("masih", "dilaporkan") stand between
            k += lead[0]
