"""Measure words that govern another noun than the figure's (audit16_en, issue 11; DESIGN 4.1: a wrong specific
measure is worse than ``other``).

Reports: a figure whose own noun is a report, call or complaint (``[cues] report_nouns``) followed by "of" or
"about" (``[cues] report_links``) counts the reports, not what they report: "Forecasters received more than 900
reports of wind damage", "police logged 35 calls about injured hikers" (storm and emergency copy). A report noun
before the figure ("received reports of 16 persons injured") is untouched: there the figure counts the people.

Prepositional objects: a figure after "of" in the object of a preposition ("opened fire on a crowd of 200 people",
"fired into the gathering of 25 to 30 people") is no subject, so a verb coordinated after it ("and fled", ", then
fled", ``[cues] coordinated_leads``) is the subject's, not the figure's: the gunman fled, no 200 people were
displaced (shooting copy: AP on Long Beach, the Inquirer on a Philadelphia memorial, Baltimore cookouts). The
prepositions are ``[cues] object_prepositions``.

Relative clauses: a measure verb before the figure whose object is another noun phrase, with the figure inside a
relative clause on that noun (``[cues] object_relatives``, no comma before it: a restrictive clause), is that noun's
verb: "Police shot dead a gunman who held four firefighters hostage" kills one gunman, no four firefighters; "troops
killed a militant who had kidnapped 12 traders". A comma before the relative word opens an aside the verb reaches
across ("The death toll, which stood at 12 on Monday, has risen to 40" is left to its own rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_NOUN_REACH: Final = 2  # words between the figure and its report noun: "900 storm reports of", "35 further calls about"


def report_object(f: Figure) -> bool:
    """The figure's noun is a report noun with "of"/"about" after it (the measure word read after the figure then
    stands in that link's object): the figure counts the reports (module docstring)."""
    s, m = f.s, f.m
    nouns = s.lex.cue("report_nouns")
    if not nouns or nouns.isdisjoint(s.word_set):
        return False
    links = s.lex.cue("report_links")
    start = max(m.num_end, m.first)
    for j in range(start, min(start + _NOUN_REACH + 1, len(s.words) - 1)):
        if s.kinds[j] != "w":
            return False
        if s.words[j] in nouns:
            return s.words[j + 1] in links
    return False


def relative_object(f: Figure, word: int | None) -> bool:
    """The measure verb at ``word`` stands before the figure, and between them a restrictive relative word follows
    a noun of the verb's own object: the figure sits in that noun's relative clause (module docstring)."""
    s, m = f.s, f.m
    relatives = s.lex.cue("object_relatives")
    if word is None or word >= m.first or not relatives or relatives.isdisjoint(s.word_set):
        return False
    for j in range(word + 2, m.first):
        if s.words[j] in relatives:
            before = j - 1
            return s.kinds[before] == "w" and s.measure_at(before) is None and s.words[before] not in relatives
    return False


def prepositional_object(f: Figure) -> bool:
    """The figure follows "of" and a noun after a preposition of ``[cues] object_prepositions``, and the first measure
    word after it follows a coordinator of ``[cues] coordinated_leads``: the subject's verb (module docstring)."""
    s, m = f.s, f.m
    preps, leads = s.lex.cue("object_prepositions"), s.lex.cue("coordinated_leads")
    if not preps or preps.isdisjoint(s.word_set) or leads.isdisjoint(s.word_set):
        return False
    k = s.before_determiners(m.first - 1)
    if k < 2 or s.words[k] not in s.lex.of_words or s.kinds[k - 1] != "w":
        return False
    j = s.before_determiners(k - 2)
    if j < 0 or s.words[j] not in preps:
        return False
    for w in range(max(m.np_end, m.num_end), len(s.words)):
        found = s.measure_at(w)
        if found is not None:
            return not found[1].startswith("=") and w > 0 and s.words[w - 1] in leads
    return False
