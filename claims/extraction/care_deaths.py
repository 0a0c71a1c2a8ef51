"""Deaths of people in care and parts of them in intensive care (issue 11, round 16: conventions of the gold).

Two readings the gold sets and the held-out sets give, which our corpora had split (``tests/claims/extraction/
corpora/README.md``, "Conventions settled (round 16)"):

- A death picked out by where it happened ("died in hospital", "died shortly after admission", "died while being
  treated": the labels of ``[cues] lone_death_labels``) is a part of the dead, ``other``, only beside a toll or
  another part of the dead in its sentence ("15 victims died after reaching hospital" beside the toll; "one died at
  the scene and two later in hospital"). As the sentence's only figure of the dead it counts the dead: ``killed``,
  ``people`` ("Forty-one people have died in hospital after being infected"; "Up to 18,460 people were taken to
  hospital, and 87 of them died shortly after admission"); so does a part of people in care whose own verb is one
  of death ("176 patients admitted, of whom at least 46 succumbed"). A lead of a part right before it (``[cues]
  toll_part_leads``: "The figure includes 87 people who died in hospital") keeps the part; so do an increment
  ("tiga korban terbaru meninggal di rumah sakit"), "others" ("Dua korban lainnya meninggal di rumah sakit": the rest
  of a toll told before), a breakdown by closed group beside it ("six men and three women") and bare people whose
  measure went unread (a toll the rules missed).
- A part of people in care ("di antaranya", "of them": a partitive figure) read ``hospitalized`` whose own clause
  goes on to intensive care (``[cues] intensive_care_words``: "sekitar 15 di antaranya masih dirawat intensif") is a
  subset by severity: ``other``, intensive care patients, as the gold reads such parts. People who are no part ("11
  lainnya masih dirawat intensif") stay hospitalized. Admissions the part is taken from ("setidaknya 71 siswa
  dilarikan ke RSUD"), read ``other``, admitted, beside what was a figure still in care, are then the sentence's
  hospitalized (DESIGN 4.1: admissions alone are hospitalized).
"""

from __future__ import annotations

from typing import Final

from claims.extraction.care_sites import first_measure_after
from claims.extraction.clause_scans import word_in_clause
from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

_INTENSIVE: Final = "intensive care patients"  # the label of the lexicons' intensive-care nouns ("icu")
_PREDICATE_REACH: Final = 3  # tokens after a part where its verb of death may stand ("46 have since died")
_LEAD_REACH: Final = 4  # tokens before the figure where a lead of a part may stand ("includes 87 people")


def care_deaths(s: SentenceView, mentions: list[Mention]) -> None:
    """The two readings of the module docstring."""
    _lone_deaths(s, mentions)
    _dying_parts(s, mentions)
    _intensive_parts(s, mentions)


def _lone_deaths(s: SentenceView, mentions: list[Mention]) -> None:
    labels = s.lex.cue("lone_death_labels")
    lone = [m for m in mentions if m.valid and m.measure == "other" and m.subject in labels]
    if len(lone) != 1:
        return  # none, or a split of the dead by where they died
    m = lone[0]
    if m.anaphoric or _beside_dead(s, m, mentions, labels) or _led_part(s, m):
        return  # "Dua korban lainnya meninggal di rumah sakit": the others of a toll told before
    m.measure, m.subject, m.subject_class = "killed", "people", "people"


def _beside_dead(s: SentenceView, m: Mention, mentions: list[Mention], labels: frozenset[str]) -> bool:
    """Another figure of the sentence counts the dead or a part of them, an increment, a breakdown item of a closed
    group ("Nine people, six men and three women, have since died in hospital") or bare people whose measure went
    unread (a toll the rules missed)."""
    parts = s.lex.cue("death_part_labels") | labels | s.lex.cue("increment_labels")
    for o in mentions:
        if o is m or not o.valid:
            continue
        if o.measure == "killed" or o.subject in parts:
            return True
        if o.measure == "other" and o.subject is not None and o.subject == o.subject_class:
            return True  # a closed group ("six men") or bare people ("naik menjadi 12 orang" read other)
    return False


def _led_part(s: SentenceView, m: Mention) -> bool:
    """A lead of a part right before the figure ("The figure includes 87 people", "di antaranya tiga orang") or an
    increment word right after its noun ("tiga korban terbaru")."""
    leads = s.lex.cue("toll_part_leads")
    if any(s.words[k] in leads for k in range(max(0, m.first - _LEAD_REACH), m.first)):
        return True
    return any(w in s.lex.increase_after for w in s.words[m.last : max(m.last, m.np_end) + 1])


def _dying_parts(s: SentenceView, mentions: list[Mention]) -> None:
    """A part of people in care ("of whom at least 46 succumbed") whose own predicate is a death, with no figure of
    the dead beside it, counts the dead."""
    if not any(m.valid and m.measure == "hospitalized" for m in mentions):
        return
    if any(m.valid and m.measure == "killed" for m in mentions):
        return
    for m in mentions:
        if not m.valid or m.measure != "other" or not (m.partitive or m.inherit) or m.unit is not None:
            continue
        found = first_measure_after(s, max(m.last, m.np_end), _PREDICATE_REACH)
        if found is not None and found[1][1] == "killed" and not _led_part(s, m):
            m.measure, m.subject, m.subject_class = "killed", "people", "people"


def _intensive_parts(s: SentenceView, mentions: list[Mention]) -> None:
    intensive = s.lex.cue("intensive_care_words")
    if intensive.isdisjoint(s.word_set):
        return
    parted = False
    for m in mentions:
        if not in_care_or_bare(m) or not is_part(s, m):
            continue
        if word_in_clause(s.words, range(max(m.last, m.np_end), len(s.words)), intensive):
            m.measure, m.subject = "other", _INTENSIVE
            parted = True
    if not parted or any(m.valid and m.measure == "hospitalized" for m in mentions):
        return
    for m in mentions:  # admissions with no figure still in care are hospitalized (DESIGN 4.1)
        if m.valid and m.measure == "other" and m.subject in s.lex.cue("admission_labels"):
            m.measure, m.subject, m.subject_class = "hospitalized", "people", "people"


def is_part(s: SentenceView, m: Mention) -> bool:
    """``m`` is a part of a set named before: a partitive figure, or its noun followed by a partitive phrase
    ("sekitar 15 siswa di antaranya")."""
    if m.partitive:
        return True
    k = max(m.last, m.np_end)
    return s.past_partitive(k) > k


def in_care_or_bare(m: Mention) -> bool:
    """``m`` is a valid figure of people in care, or a bare ``other`` figure its own verb picked out as a part."""
    return m.valid and (m.measure == "hospitalized" or (m.measure == "other" and m.subject in (None, "people")))
