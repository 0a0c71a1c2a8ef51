"""The free subjects of ``other`` figures in health copy, composed by the author's conventions (round 17, r17health;
DESIGN.md 4.1: ``other`` with a subject naming the subset by what picks it out):

- people a predicate of their own sends home from care are ``discharged patients`` whatever group counts them
  ("38 teman sekelasnya telah diperbolehkan pulang", "eight of the 23 pupils taken to hospital had been sent home",
  "54 lainnya bergejala ringan sehingga diperbolehkan pulang"): a label of ``[cues] discharge_labels`` of an
  other-verb later in the figure's clause, past other predicates and the whole a part is taken from;
- people whose own predicate is complaints of symptoms only (``[cues] symptom_words``, perhaps after a verb of
  ``symptom_verbs``: "57 orang mengeluh mual, pusing dan muntah", "hanya 47 yang menunjukkan gejala", "Thirty
  pupils showed symptoms") are ``<group> with symptoms``: the group's own noun, else the group of the figure before
  in the sentence, else ``people``; an illness among the complaints ("gatal-gatal dan demam": sick), a grade after
  them ("gejala berat") or a later predicate of care ("sesak napas dirujuk ke RSUD") leaves the figure alone;
- patients counted with the condition they have are ``<condition> patients`` ("298 heatstroke patients",
  "seratusan pasien gangguan pernapasan"): a name of ``[composed_labels.diseases]`` right before the patient noun
  (modifiers before it) or right after it (modifiers after it).

Labels are English whatever the language of the text (like every subject label).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.case_kinds import kind_words
from claims.extraction.state_objects import open_group
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.mention_type import Mention
    from claims.extraction.view import SentenceView

DISCHARGE: Final = "discharge_labels"  # [cues]: labels of other-verbs that send people home from care
SYMPTOMS: Final = "symptom_words"  # [cues]: complaints ("mual", "vomiting", "gejala", "symptoms")
SYMPTOM_VERBS: Final = "symptom_verbs"  # [cues]: verbs of complaint before them ("mengeluh", "showed")
SYMPTOM_SKIPS: Final = "symptom_skips"  # [cues]: words between the figure and its complaint ("yang", "juga")
SYMPTOM_FOLLOWERS: Final = "symptom_followers"  # [cues]: words after a complaint that end it ("setelah", "after")
CONDITIONS_FIRST: Final = "condition_first_labels"  # [cues]: conditions that name people sent home later
STATES: Final = "status_role_labels"  # [cues]: statuses of people in care that name them first ("recovered")
SYMPTOM_GRADES: Final = "symptom_grades"  # [cues]: grades after a complaint ("berat", "mild"): a subset by grade
PATIENT_LABEL: Final = "patients"
PATIENT_NOUNS: Final = "patient_nouns"  # [cues]: the nouns of patients a condition beside them names
_REACH: Final = 12  # tokens from the figure's noun phrase to its predicate of discharge
_LONGEST: Final = 3  # words of the longest cue phrase read here ("menunjukkan gejala", "sakit kepala")
_ENDS: Final = frozenset({",", "."})
_MODIFIERS: Final = 2  # plain words between a group's noun and its complaint ("pekerja pabrik", "warga desa itu")


def care_labels(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the ``other`` figures of people in health copy (module docstring)."""
    for idx, m in enumerate(mentions):
        if m.measure != "other" or not m.valid or m.unit is not None or m.subject is None:
            continue
        if m.nouns and m.nouns[0].subject_class not in PERSON_CLASSES:
            continue  # the head noun counts people ("33 pekerja pabrik": workers of a factory)
        if m.subject == PATIENT_LABEL and (condition := _condition(s, m)) is not None:
            m.subject = f"{condition} patients"  # "Of the 298 heatstroke patients who reached the emergency room"
        elif _whole_of_part(s, m, mentions[:idx]):
            continue  # "Of the 29 pupils taken to the clinic, 18 were sent home": the whole, admitted
        elif _discharged(s, m, mentions):
            m.subject = "discharged patients"
        elif (group := _with_symptoms(s, m, mentions[:idx])) is not None:
            m.subject = f"{group} with symptoms"


def _whole_of_part(s: SentenceView, m: Mention, before: list[Mention]) -> bool:
    """The figure is the whole a part before it is taken from ("eight of the 23 pupils"), or opens the sentence
    as one ("Of the 29 pupils ..., 18 were sent home")."""
    whole = s.lex.whole_before.match_ending(s.words, m.first) if m.first > 0 else None
    if whole is None:
        return False
    start = m.first - whole[0]
    return start == 0 or any(start - 4 <= w.first < start for w in before)


def _start(s: SentenceView, m: Mention, mentions: list[Mention]) -> int:
    """The token after the figure's noun phrase, past the whole a part is taken from ("eight of the 23 pupils")."""
    j = max(m.np_end, m.num_end)
    whole = s.lex.whole_before.match(s.words, j)
    if whole is not None:
        after = next((w for w in mentions if j < w.first <= j + whole[0]), None)
        if after is not None:
            return max(after.np_end, after.num_end)
    return j


def _discharged(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """A predicate of discharge follows the figure in its clause, before any other figure (module docstring)."""
    labels = s.lex.cue(DISCHARGE)
    if not labels or m.subject in labels or any(noun.measure not in (None, "hospitalized") for noun in m.nouns):
        return False  # "70.000 pengungsi diperbolehkan pulang": the displaced go home, no patients
    if any(noun.subject_class != "people" and not noun.generic for noun in m.nouns):
        return False  # "12 polisi diperbolehkan pulang": a closed group keeps its subject
    states, conditions = s.lex.cue(STATES), s.lex.cue(CONDITIONS_FIRST)
    words, n = s.words, len(s.words)
    j = _start(s, m, mentions)
    end = min(n, j + _REACH)
    while j < end:
        w = words[j]
        if w in CLAUSE_PUNCT or w in _ENDS or (j in s.mention_firsts and j > m.first):
            return False
        found = s.measure_at(j) if s.kinds[j] == "w" else None
        label = found[1][1:] if found is not None and found[1][:1] == "=" else None  # an other-verb's label
        if label in labels:
            return True
        if label in states or label in conditions:
            return False  # "71 pasien dinyatakan sembuh dan diperbolehkan pulang": recovered; "keracunan dan kini
            # sudah pulang": poisoning victims
        j += found[0] if found is not None else 1
    return False


def _with_symptoms(s: SentenceView, m: Mention, before: list[Mention]) -> str | None:
    """The group of a figure whose own predicate is complaints of symptoms only, None for none (module docstring)."""
    if s.lex.cue_firsts(SYMPTOMS).isdisjoint(s.word_set):
        return None  # no complaint in the sentence
    n, joiners = len(s.words), s.lex.list_joiners
    start = _past_name(s, _noun_end(s, m))
    reach = _MODIFIERS if s.lex.modifiers_follow else 0
    for j in range(start, min(n, start + reach + 1)):  # "warga desa itu mengeluh mual": past a modifier after it
        if j > start and not _modifier(s, j - 1, joiners):
            return None  # "40 siswa demam dan muntah": an illness, then a joiner
        if _complaint_end(s, s.past_partitive(j)) is not None:
            break
    else:
        return None
    return _group(m, before)


def _modifier(s: SentenceView, k: int, joiners: frozenset[str]) -> bool:
    """Token ``k`` may modify a group's noun before its complaint: a plain word, no measure word, joiner, verb of
    complaint or grade."""
    w = s.words[k]
    if s.kinds[k] != "w" or w in joiners or s.measure_at(k) is not None:
        return False
    return not (s.cue_phrase_at(k, SYMPTOM_VERBS, 1) or s.cue_phrase_at(k, SYMPTOM_GRADES, 1))


def _complaint_end(s: SentenceView, j: int) -> int | None:
    """The token after a complaint of symptoms only that starts at token ``j`` (past skips and a verb of
    complaint: "yang menunjukkan gejala", "mengeluh mual, pusing dan muntah"), None when none does."""
    words, n = s.words, len(s.words)
    while j < n and (skip := s.cue_phrase_at(j, SYMPTOM_SKIPS, _LONGEST)):
        j += skip
    j += s.cue_phrase_at(j, SYMPTOM_VERBS, _LONGEST) if j < n else 0
    items = 0
    while j < n and (size := s.cue_phrase_at(j, SYMPTOMS, _LONGEST)):
        items, j = items + 1, j + size
        joined = j + 1 < n and (words[j] == "," or words[j] in s.lex.list_joiners)
        j += 1 if joined and s.cue_phrase_at(j + 1, SYMPTOMS, _LONGEST) else 0  # "mual, pusing dan muntah"
    return j if items and (j >= n or _ends_complaint(s, j)) else None


def _ends_complaint(s: SentenceView, j: int) -> bool:
    """The complaint ends at token ``j``: punctuation or a word of ``[cues] symptom_followers`` ("setelah makan",
    "after lunch"); not a grade ("gejala berat"), an illness or a poisoning named after it ("gejala diare", "gejala
    keracunan", "symptoms of cholera"), nor a later predicate ("sesak napas dirujuk ke RSUD")."""
    w = s.words[j]
    if w in CLAUSE_PUNCT or w in _ENDS:
        return True
    if s.cue_phrase_at(j, SYMPTOM_GRADES, _LONGEST) or s.words[j - 1] in s.lex.list_joiners:
        return False
    return w in s.lex.cue(SYMPTOM_FOLLOWERS)


def _noun_end(s: SentenceView, m: Mention) -> int:
    """The token after the figure's own counted nouns ("57 orang", "Belasan pelajar"), where its predicate may start
    (the noun phrase may run on over it where modifiers follow: "warga muntah-muntah")."""
    k = s.after_determiners(m.num_end)
    while (noun := s.noun_at(k)) is not None and k < max(m.np_end, m.num_end):
        k += noun[0]
    return k if k > m.num_end else m.num_end


def _past_name(s: SentenceView, j: int) -> int:
    """Past a name right after the group's noun ("Belasan pelajar MIN 3 Batangsari muntah-muntah")."""
    texts, kinds, n = s.texts, s.kinds, len(s.words)
    k = j
    while k < n and (texts[k][:1].isupper() or (kinds[k] == "n" and k > j)) and k not in s.mention_firsts:
        k += 1
    return k


def _group(m: Mention, before: list[Mention]) -> str:
    """The figure's own group (a person noun that is no generic one), else that of the last figure before it that
    names an open group, else ``people``."""
    own = next((n.label for n in m.nouns if n.subject_class in PERSON_CLASSES and not n.generic), None)
    if own is not None:
        return own  # "sekitar 45 anak mengeluh mual": children
    return next((g for figure in reversed(before) if (g := open_group(figure.nouns)) is not None), "people")


def _condition(s: SentenceView, m: Mention) -> str | None:
    """The condition named right beside the patient noun of the figure ("heatstroke patients", "pasien gangguan
    pernapasan"), None for none."""
    diseases = s.lex.composed_labels.get("diseases")
    if diseases is None:
        return None
    words = s.words
    k = s.after_determiners(m.num_end)
    classifier = s.noun_at(k)  # "168 orang pasien ISPA": past a person classifier
    if classifier is not None and classifier[1].generic and classifier[1].label != PATIENT_LABEL:
        k += classifier[0]
    found = diseases.match(words, k)
    if found is not None:  # "298 heatstroke patients": the condition before the noun
        noun = s.noun_at(k + found[0])
        return _named(s, found[1]) if noun is not None and s.words[k + found[0]] in s.lex.cue(PATIENT_NOUNS) else None
    noun = s.noun_at(k)
    if noun is None or s.words[k] not in s.lex.cue(PATIENT_NOUNS):
        return None  # "204 penderita ISPA": sufferers, counted as the cases or the patients of a tally
    k += noun[0]  # "pasien gangguan pernapasan": the condition after it
    found = diseases.match(words, k)
    return _named(s, found[1]) if found is not None else None


def _named(s: SentenceView, kind: str) -> str | None:
    """The condition a patient label names: none for an infectious disease whose cases are plain cases
    (case_kinds.py: "286 pasien DBD" stay patients), the condition itself otherwise."""
    words = kind_words(s.lex, kind)
    return words[0] if words else None


__all__ = ["care_labels"]
