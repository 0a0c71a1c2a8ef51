"""The whole read as a subset, and a subset read under the wrong head (issue 11, round 14: DESIGN 4.1 subsets).

Three checks after resolution, each a rule of the language shown in several reports:

- Injured people a hospital now holds are hospitalized: the injury word is an attribute of the counted noun
  (before it, "19 injured passengers taken to nearby hospitals"; after it, "13 korban luka berat kini dirawat di
  RSUD") and the predicate right after the noun phrase, perhaps after an auxiliary or a time adverb
  (``[cues] care_predicate_skips``), is a hospital stay. The predicate says what the figure counts, as for
  "70 people injured in the crush were admitted" (``clauses.py``) and "38 wounded people were being treated at the
  hospital" (``treated_wounded.py``). Intensive care after it (``[cues] intensive_care_words``) keeps the subset.
- A part "n of them" whose nearest figure counts things (helicopters, boats) but whose own predicate is a people
  measure ("three of them were injured") is a part of the people before: the measure of its predicate, the group
  of the nearest earlier figure of people.
- People sent on for care ("another 76 were sent on for specialist care", ``[cues] care_purposes``) are patients
  referred elsewhere, never a force deployed: ``other``, referred.
- A part "n of them" named by a group outside the subject set ("28 of them migrants from other provinces":
  a noun of class ``people`` that is no generic noun and labels more than people) is ``other`` with that group as
  its subject (DESIGN 4.1: groups narrower than the closed set); closed groups ("five of them women") keep the
  measure.
- Items by site after a subset item of a care list take the list's head (``care_site_items.py``).
- A part picked out by its cause ("11 arrests, eight of them for looting"; a breakdown of the dead by cause) is
  ``other`` (``cause_parts.py``).

A death in hospital with no toll beside it ("Forty-one people have died in hospital after being infected") counts
the dead, as the gold author reads it (round 16, ``care_deaths.py``).
"""

from __future__ import annotations

from typing import Final

from claims.extraction.care_site_items import care_site_items
from claims.extraction.care_sites import first_measure_after
from claims.extraction.cause_parts import cause_parts
from claims.extraction.clause_scans import word_in_clause
from claims.extraction.dead_states import dead_states
from claims.extraction.death_cause_items import death_cause_items
from claims.extraction.injury_instruments import injury_instruments
from claims.extraction.killed_items import name_killed_items
from claims.extraction.mentions import Mention
from claims.extraction.treated_wounded import treated_wounded
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

_ATTRIBUTE_REACH: Final = 3  # tokens after the number where the injury attribute may start ("korban luka berat")
_NOUN_REACH: Final = 2  # noun tokens after the injury attribute ("injured passengers", "injured bus passengers")
# the label of patients sent on elsewhere for care (as [other_verbs] "dirujuk"; round 17: the author's name for it)
REFERRED: Final = "patients referred to hospital"
_PEOPLE_MEASURES: Final = ("killed", "injured", "missing", "hospitalized", "arrested")
_GROUP_MEASURES: Final = ("killed", "injured", "missing", "hospitalized", "arrested", "deployed")  # keep their group


def subset_roles(s: SentenceView, mentions: list[Mention]) -> None:
    """The rules of the module docstring, after the wounded a hospital treats (``treated_wounded``)."""
    treated_wounded(s, mentions)
    if not mentions:
        return
    _injured_in_care(s, mentions)
    _partitive_people(s, mentions)
    _sent_for_care(s, mentions)
    _group_parts(s, mentions)
    care_site_items(s, mentions)
    cause_parts(s, mentions)
    death_cause_items(s, mentions)  # "disusul tertimbun longsor sembilan orang": deaths in landslides
    name_killed_items(s, mentions)  # again, for the parts made other above ("28 of them migrants": migrants killed)
    dead_states(s, mentions)  # "Dari 18 anak yang meninggal, 17 belum pernah diimunisasi": unvaccinated deaths
    injury_instruments(s, mentions)  # "lima di antaranya terkena lemparan batu": injured by stones


def _injury_grades(s: SentenceView) -> frozenset[str]:
    return s.lex.cue("injury_grade_labels")


def _is_injury(s: SentenceView, found: tuple[int, str] | None) -> bool:
    if found is None:
        return False
    measure = found[1]
    return measure == "injured" or (measure.startswith("=") and measure[1:] in _injury_grades(s))


def _injured_in_care(s: SentenceView, mentions: list[Mention]) -> None:
    """Injured people whose predicate is a hospital stay are hospitalized (module docstring)."""
    grades = _injury_grades(s)
    wholes = {o.base_of for o in mentions if o.base_of is not None}
    for i, m in enumerate(mentions):
        if not m.valid or m.partitive or m.anaphoric or m.base_of is not None or i in wholes:
            continue
        if m.measure != "injured" and not (m.measure == "other" and m.subject in grades):
            continue
        if m.first > 0 and s.words[m.first - 1] in s.lex.coordinators:
            continue  # "Twelve people who died and five injured were taken to hospital": a predicate of both
        if m.left_verb is not None or m.from_left:
            continue  # "We have sent 21 injured people to hospital": the object of a verb before it
        end = _attribute_end(s, m)
        if end < 0:
            continue
        k = _predicate_start(s, end, end == m.num_end + 1)
        found = s.measure_at(k) if 0 <= k < len(s.words) else None
        if (
            found is None
            or found[1] != "hospitalized"
            or word_in_clause(s.words, range(k, len(s.words)), s.lex.cue("intensive_care_words"))
        ):
            continue
        m.measure = "hospitalized"
        if m.subject in grades:
            m.subject, m.subject_class = "people", "people"


def _attribute_end(s: SentenceView, m: Mention) -> int:
    """The token after the injury attribute of ``m``'s noun phrase, -1 when none stands there."""
    words, firsts, of_words = s.words, s.mention_firsts, syntax_list(s, "of_words")
    for j in range(m.num_end, min(len(words), m.num_end + _ATTRIBUTE_REACH)):
        if words[j] in CLAUSE_PUNCT or words[j] == "," or (j != m.first and j in firsts) or words[j] in of_words:
            return -1  # "Two of the wounded transported to the district hospital": a part of the injured
        found = s.measure_at(j)
        if _is_injury(s, found):
            assert found is not None
            return j + found[0]
        if found is not None:
            return -1
    return -1


def _predicate_start(s: SentenceView, k: int, noun_needed: bool) -> int:
    """The first token of the predicate after the attribute ending at ``k``: the counted noun's own words (no
    measure, no punctuation, at most ``_NOUN_REACH``; one at least when the attribute comes right after the number,
    "84 wounded were still being treated" names no noun) and the skip words passed; -1 when the language needs a
    word of the present stock (``[cues] care_stock_words``: "kini", "masih") and none is there, or the predicate
    opens with a preposition ("sent 18 injured people to hospital")."""
    words, skips = s.words, s.lex.cue("care_predicate_skips")
    start, nouns = k, 0
    while k < len(words) and words[k] not in skips and s.measure_at(k) is None and nouns < _NOUN_REACH:
        if words[k] in CLAUSE_PUNCT or words[k] == "," or k in s.mention_firsts or not words[k].isalpha():
            return -1
        if words[k] in s.lex.coordinators or words[k] in syntax_list(s, "relative_words"):
            return -1  # "lima korban luka yang sempat dirawat": a relative clause, no predicate of the figure
        k, nouns = k + 1, nouns + 1
    if noun_needed and nouns == 0:
        return -1
    stock, skipped = s.lex.cue("care_stock_words"), False
    while k < len(words) and words[k] in skips:
        skipped = skipped or words[k] in stock
        k += 1
    if stock and not skipped:
        return -1  # "Sebanyak 45 korban luka berat dirawat di RSUD": the injured, treated; "kini dirawat": the stock
    if k == start or (k < len(words) and words[k] in syntax_list(s, "figure_prepositions")):
        return -1
    return k


def _partitive_people(s: SentenceView, mentions: list[Mention]) -> None:
    """ "n of them" after things, with a people predicate, is a part of the people before (module docstring)."""
    skips = s.lex.cue("care_predicate_skips")
    for i, m in enumerate(mentions):
        if not m.valid or not m.partitive or m.subject_class != "thing" or m.measure != "other":
            continue
        k = max(m.np_end, m.num_end)
        while k < len(s.words) and s.words[k] in skips:
            k += 1
        found = s.measure_at(k) if k < len(s.words) else None
        if found is None or found[1] not in _PEOPLE_MEASURES:
            continue
        people = [o for o in mentions[:i] if o.valid and o.subject_class not in (None, "thing", "animal")]
        if not people:
            continue
        m.measure = found[1]
        m.subject_class = people[-1].subject_class
        m.subject = people[-1].subject if people[-1].measure in _GROUP_MEASURES else "people"


def _sent_for_care(s: SentenceView, mentions: list[Mention]) -> None:
    """People sent for care are referred patients, not a force (module docstring)."""
    if s.lex.cue_firsts("care_purposes").isdisjoint(s.word_set):
        return
    phrases = [p.split() for p in s.lex.cue("care_purposes")]
    words = s.words
    for m in mentions:
        if not m.valid or m.measure != "deployed" or m.from_left:  # "sent 40 medics for treatment of ...": a force
            continue
        k = m.last
        while k < len(words) and words[k] not in CLAUSE_PUNCT and words[k] != ",":
            if any(words[k : k + len(p)] == p for p in phrases):
                m.measure, m.subject, m.subject_class = "other", REFERRED, None
                break
            k += 1


def _group_parts(s: SentenceView, mentions: list[Mention]) -> None:
    """A part named by a group outside the subject set is ``other`` (module docstring)."""
    for m in mentions:
        if not m.valid or not m.partitive or m.measure not in _PEOPLE_MEASURES or not m.nouns:
            continue
        noun = m.nouns[0]
        if m.subject_class != "people" or noun.subject_class != "people" or noun.generic or noun.measure is not None:
            continue  # "87 di antaranya pelajar di bawah umur": minors, children, a closed group
        if noun.label == "people" or first_measure_after(s, m.num_end, len(s.words)) is not None:
            continue  # "112 of those patients hospitalized": the part's own predicate, not a group of the whole
        m.measure, m.subject, m.subject_class = "other", noun.label, None
