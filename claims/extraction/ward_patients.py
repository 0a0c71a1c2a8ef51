"""Patients a hospital holds are hospitalized (round 9, vary12en).

Epidemic copy names the patients in care by the place that holds them rather than by an admission verb: "58 patients
with the virus on our wards", "Hospitals in the district are now treating 640 dengue patients", "The hospital now has
58 virus patients". A figure of patients (``[cues] patient_labels``) read as ``other`` is hospitalized when a ward
word (``ward_words``) follows it in its clause, or when a verb of holding or care (``care_verbs``, perhaps with an
auxiliary or a particle, ``care_verb_particles``: "caring for") stands right before it and a hospital or ward word
(``hospital_words``, ``ward_words``) opens its clause ("The dengue ward is treating 212 patients", round 12). Staff
and beds are no patients, so they never qualify. People a hospital "treated" (``hospital_treat_verbs`` right before
the figure, a hospital word opening its clause) are hospitalized whatever their noun, as settled in round 10: treated
AT a hospital is a hospital stay ("Hospitals treated 2,300 people for respiratory infections", "Local hospitals have
treated dozens of residents"), unless a word of the scene (``treat_scene_words``) follows in the clause ("... treated
40 people at the scene"). People or wounded "received" (``admission_receipt_verbs`` right before the figure) in a
sentence that names a hospital or a ward are admissions too: "A hospital source said: 'We have just received 28
wounded'", "'We received 312 heatstroke patients,' said the head of the emergency ward"."""

from __future__ import annotations

from typing import Final

from claims.extraction.clause_scans import clause_word_at, word_in_clause
from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_REACH: Final = 8  # tokens after the noun phrase to a ward word: "patients with the virus on our wards"
_PAIRS: Final = "hospital_head_pairs"  # [cues] key: two-word care sites ("treatment centre", "medical center")


def ward_patients(s: SentenceView, mentions: list[Mention]) -> None:
    """Make the patients a hospital or ward holds hospitalized (module docstring)."""
    cue = s.lex.cue
    wards, hospitals = cue("ward_words"), cue("hospital_words")
    if wards.isdisjoint(s.word_set) and hospitals.isdisjoint(s.word_set) and not _care_pair(s):
        return
    labels, treats = cue("patient_labels"), cue("hospital_treat_verbs")
    holders, receipts = cue("care_verbs") | treats, cue("admission_receipt_verbs")
    places = hospitals | wards  # who holds patients: a hospital or a ward
    for m in mentions:
        if _received(s, m, receipts):
            m.measure = "hospitalized"
            if any(noun.label in labels for noun in m.nouns):
                m.subject = "people"  # the label the admission verbs give patients
        if (
            m.valid
            and m.measure == "injured"
            and _injured_modifier(s, m)
            and _treated_by_hospital(s, m, hospitals, treats)
        ):
            m.measure = "hospitalized"  # "the hospital was treating 45 people wounded in the attack" (round 16)
            continue
        if not m.valid or m.measure != "other" or m.unit is not None or m.partitive or m.anaphoric:
            continue
        if any(noun.label in labels for noun in m.nouns):
            if _ward_after(s, m, wards) or _held_by_hospital(s, m, places, holders):
                m.measure, m.subject = "hospitalized", "people"  # the label the admission verbs give patients
                _held_parts(mentions, m)
        elif _treated_by_hospital(s, m, hospitals, treats):  # people, pupils ... a hospital treated keep their noun
            m.measure = "hospitalized"
            _held_parts(mentions, m)


def _held_parts(mentions: list[Mention], whole: Mention) -> None:
    """The parts right after patients a hospital holds are held too ("treating 10 patients, eight of them children",
    "including eight children"; round 16): a part of a group of people, read ``other`` with the whole before."""
    for part in mentions[mentions.index(whole) + 1 :]:
        if not (part.partitive or part.inherit) or part.measure != "other" or part.subject_class not in PERSON_CLASSES:
            return
        if part.subject != part.subject_class:
            return  # "212 patients, 19 of them in intensive care": a subset by condition stays other
        part.measure = "hospitalized"


def _injured_modifier(s: SentenceView, m: Mention) -> bool:
    """The figure's injury word modifies its noun (before it, or a participle right after it: "45 people wounded in
    the attack", "120 injured people"), no predicate of its own; a hospital treating them holds them (round 16)."""
    if m.unit is not None or m.partitive or m.anaphoric:
        return False
    for k in range(m.num_end, max(m.np_end, m.num_end) + 1):
        hit = s.measure_at(k) if k < len(s.words) else None
        if hit is not None:
            return hit[1] == "injured"
    return False


def _care_pair(s: SentenceView) -> bool:
    """A two-word care site of ``hospital_head_pairs`` stands in the sentence ("the treatment centre"); its head
    alone ("the unit", "the centre") names none."""
    firsts = s.lex.cue_firsts(_PAIRS)
    if firsts.isdisjoint(s.word_set):
        return False
    pairs, words = s.lex.cue(_PAIRS), s.words
    # a pair's string is built only after a first word of a pair, not for every word pair of the sentence
    return any(words[k - 1] in firsts and f"{words[k - 1]} {words[k]}" in pairs for k in range(1, len(words)))


def _ward_after(s: SentenceView, m: Mention, wards: frozenset[str]) -> bool:
    after = range(max(m.np_end, m.last), min(len(s.words), m.last + _REACH))
    return clause_word_at(s, after, wards, numbers=True) is not None


def _held_by_hospital(s: SentenceView, m: Mention, hospitals: frozenset[str], verbs: frozenset[str]) -> bool:
    words = s.words
    verb = m.first - 1
    if verb > 1 and words[verb] in s.lex.cue("care_verb_particles") and words[verb - 1] in verbs:
        verb -= 1  # "the centre was caring for 140 patients"
    if verb < 1 or words[verb] not in verbs:
        return False
    pairs = s.lex.cue(_PAIRS)
    for k in range(verb - 1, -1, -1):
        if words[k] in CLAUSE_PUNCT or words[k] == "," or s.kinds[k] == "n":
            return False
        if words[k] in hospitals or (k > 0 and f"{words[k - 1]} {words[k]}" in pairs):
            return True  # "The treatment centre ... was caring for 140 patients", "The medical center has treated"
    return False


def _treated_by_hospital(s: SentenceView, m: Mention, hospitals: frozenset[str], treats: frozenset[str]) -> bool:
    if not any(noun.subject_class in PERSON_CLASSES for noun in m.nouns):
        return False
    if not _held_by_hospital(s, m, hospitals, treats):
        return False
    # "the hospital's team treated 40 people at the scene": not a hospital stay
    return not word_in_clause(s.words, range(max(m.np_end, m.last), len(s.words)), s.lex.cue("treat_scene_words"))


def _received(s: SentenceView, m: Mention, receipts: frozenset[str]) -> bool:
    """People or wounded a hospital received: the verb right before the figure (the sentence names a hospital)."""
    if not m.valid or m.measure not in ("other", "injured") or m.unit is not None or m.partitive or m.first < 1:
        return False
    if s.words[m.first - 1] not in receipts:
        return False
    return m.measure == "injured" or any(noun.subject_class in PERSON_CLASSES for noun in m.nouns)
