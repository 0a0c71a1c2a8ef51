"""Figures whose measure a noun or a purpose around them turns (audit en4 of South Asian and African reports, issue
11; DESIGN 4.1: prefer ``other`` to a wrong measure).

- The dead after "death of": "the hospital confirmed the death of at least 17 injured in the blast" counts 17 dead
  (of the injured), not 17 injured (``[cues] death_nouns``).
- Lives: "the fire claimed 31 lives and left many others injured" counts lives lost; the injury word later in the
  sentence is the others' (``[cues] lives_nouns``).
- People "sent" for care or to their deaths are no force sent: "three people have been sent to Gorakhpur and 11 to
  Patna for treatment" are referrals (other, ``patients referred to hospital``), "sending dozens of people
  plummeting to their deaths" counts the dead, "sending 81,925 people in all to relief centres" the displaced
  (``[cues] care_words``, ``fatal_ends``, ``shelter_words``).

- People a case is registered against are charged: "an FIR was registered on Saturday against 12,000 people ... during
  a rally" counts no turnout (``[cues] charge_nouns``; "booked" and "FIR against" are other-verbs).

- A projection is no count yet: "the number of the dead is expected to exceed 3,000", "the toll could rise to 100"
  (``[cues] projection_words`` before ``projection_verbs`` right before the figure): other, ``projected``.

Word lists are lexicon data (``[cues]``); a language without them keeps the other rules' readings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.care_after_state import admitted_after
from claims.extraction.reach import is_boundary

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

__all__ = ["admitted_after", "charged_against", "death_of", "lives_lost", "projected", "sent_for"]

LIVING_MEASURES: Final = frozenset({"injured", "hospitalized", "missing", "displaced", "deployed"})
"""People measures a word of death or of lives lost overrides."""

SENT_REACH: Final = 16
"""How many words after the figure a purpose ("for treatment", "to their deaths") is looked for, in its clause."""

_ATTRIBUTIVE_MEASURES: Final = frozenset({"injured", "killed"})
"""Measures a participle before the figure's noun names, over a verb of sending ("sent 21 injured people")."""


def death_of(f: Figure, measure: str) -> str | None:
    """``killed`` for a figure right after a noun of death and "of" that another people measure word read
    ("confirmed the death of at least 17 injured"); None otherwise ("averted the deaths of 180 passengers" keeps
    the other rules' reading)."""
    k = f.m.first
    words = f.s.words
    if measure not in LIVING_MEASURES or k < 2 or words[k - 1] not in f.s.lex.of_words:
        return None
    return "killed" if words[k - 2] in f.s.lex.cue("death_nouns") else None


def lives_lost(f: Figure, later: str | None) -> str | None:
    """``killed`` for "31 lives" when the measure word after it (``later``) is another people measure ("claimed 31
    lives and left many others injured"); None otherwise (the other rules decide: "31 lives were saved")."""
    k = f.m.num_end
    if k >= len(f.s.words) or f.s.words[k] not in f.s.lex.cue("lives_nouns"):
        return None
    return "killed" if later in LIVING_MEASURES else None


def sent_for(f: Figure) -> str | None:
    """What a figure read as ``deployed`` counts when its clause sends people for care (a referral) or to their
    deaths ("killed"); None when neither follows."""
    own = _attributive_measure(f)
    if own is not None:
        return own  # "We've sent 21 injured people to hospital": the injured, named by their own participle
    stop = _clause_stop(f)
    if _sent_to_hospital(f, stop):
        return "hospitalized"  # "sending nine students and the driver to hospitals"
    if f.head is not None and not (f.head.generic or f.head.civil):
        return None  # "200 doctors were sent for treatment of the injured" keeps the doctors' own reading
    lex = f.s.lex
    care, fatal, shelter = lex.cue("care_words"), lex.cue("fatal_ends"), lex.cue("shelter_words")
    destinations, purposes = lex.cue("destination_prepositions"), lex.cue("purpose_prepositions")
    possessives = lex.cue("possessive_determiners")
    words = f.s.words
    sent_to = False
    for j in range(f.m.num_end, stop):
        sent_to = sent_to or words[j] in destinations
        if words[j] in care and words[j - 1] in purposes:
            return "=patients referred to hospital"  # round 17: the author's name for a referral
        if words[j] in fatal and words[j - 1] in possessives:
            return "killed"
        if sent_to and words[j] in lex.cue("custody_centre_nouns") and words[j - 1] in lex.cue("custody_centres"):
            return "=" + " ".join(words[j - 1 : j + 1])  # "62 addicts sent to rehabilitation centres": no shelter
        if words[j] in shelter and sent_to:
            return "displaced"  # "sending 81,925 people in all to relief centres"
    return None


def _attributive_measure(f: Figure) -> str | None:
    """The measure of a participle of harm right after the figure ("21 injured people", "five dead bodies"):
    ``injured`` or ``killed``; None otherwise."""
    k = f.m.num_end
    if k >= len(f.s.words):
        return None
    own = f.s.lex.measure_of_word(f.s.words[k])
    return own if own in _ATTRIBUTIVE_MEASURES else None


def _clause_stop(f: Figure) -> int:
    """Where the figure's clause ends after it (a boundary or a full stop), at most ``SENT_REACH`` words on: the span
    both ``sent_for`` and ``_sent_to_hospital`` look for a purpose in."""
    words = f.s.words
    end = min(len(words), f.m.num_end + SENT_REACH)
    for j in range(f.m.num_end, end):
        if is_boundary(f.s, j) or words[j] == ".":
            return j
    return end


def _sent_to_hospital(f: Figure, stop: int) -> bool:
    """People named by a noun, neither a force nor carers (``[cues] care_staff``), sent "to" a hospital
    (``hospital_words``) later in the clause (before token ``stop``) are admitted: "sending nine students and the
    driver to hospitals"."""
    lex = f.s.lex
    hospitals = lex.cue("hospital_words")
    if hospitals.isdisjoint(f.s.word_set):
        return False
    head = f.head
    if head is None or head.subject_class in FORCES or head.label in lex.cue("care_staff"):
        return False  # "200 doctors were sent to hospitals in the north": a deployment
    words, sent_to, prepositions = f.s.words, False, lex.cue("destination_prepositions")
    for j in range(f.m.num_end, stop):
        sent_to = sent_to or words[j] in prepositions
        if sent_to and words[j] in hospitals:
            return True
    return False


FORCES: Final = frozenset({"police", "soldiers", "security_forces", "thing", "animal"})
"""Classes of a force (deployed at a hospital) or of no people ("sent 500 blood bags to the hospital")."""


CHARGEABLE: Final = frozenset({"participants", "arrested", "deployed", "other"})
"""Measures a registered case against the figure's people overrides (a turnout word or an arrest later in the
sentence is the event's, not theirs)."""


def charged_against(f: Figure, measure: str) -> str | None:
    """``=charged`` for a figure right after "against" in a sentence that names a case (``[cues] charge_nouns``:
    "FIR", "case", "complaint"); None otherwise."""
    k = f.m.first
    if measure not in CHARGEABLE or k < 1 or f.s.words[k - 1] not in f.s.lex.cue("charge_prepositions"):
        return None
    if f.head is not None and not f.head.generic:
        return None  # "a case against 40 policemen" is read by the noun's own rules
    nouns = f.s.lex.cue("charge_nouns")
    return "=charged" if not nouns.isdisjoint(f.s.word_set) else None


PROJECTION_REACH: Final = 6
"""How many words before the figure a projection word ("expected", "could") is looked for."""


def projected(f: Figure, measure: str) -> str | None:
    """``=projected`` for a figure of a specific measure that a projection governs ("is expected to exceed 3,000",
    "could rise to 100"); None otherwise ("rose to 100")."""
    if measure in ("other", "deployed") or measure.startswith("="):
        return None  # a force is announced before it moves: "akan ada 6.840 personel yang ditempatkan" is deployed
    lex, words = f.s.lex, f.s.words
    hedges, verbs = lex.cue("projection_words"), lex.cue("projection_verbs")
    if hedges.isdisjoint(f.s.word_set):
        return None  # most sentences: no projection word at all
    seen_verb = False
    for k in range(f.m.first - 1, max(-1, f.m.first - 1 - PROJECTION_REACH), -1):
        if is_boundary(f.s, k) or words[k] in (",", ".") or k in f.s.mention_firsts:
            return None
        if not seen_verb and f.s.measure_at(k) is not None:
            return None  # "could be missing and 19 have been taken to hospital": the hedge is another predicate's
        seen_verb = seen_verb or (words[k] in verbs and f.m.first - k <= 3)  # "rise to", "go up to" the figure
        if seen_verb and words[k] not in verbs and f.s.measure_at(k) is not None:
            return None  # "buruh yang akan berunjuk rasa mencapai 25.000": the hedge is the verb's, not the tally's
        if words[k] in hedges:
            return "=projected" if seen_verb else None
    return None
