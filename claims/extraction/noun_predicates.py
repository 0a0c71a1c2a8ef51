"""A figure whose head noun names one measure and whose own predicate names another takes its predicate's measure
(round 14, r14drop).

"Eleven detainees have died of the disease", "Nine detainees have died of typhoid", "22 detainees were injured when
a wall fell": the noun says who (people held), the predicate says what happened to them, as "Six injured people died
later" is a count of deaths. The gate ``gates.noun_under_other_predicate`` refuses the noun's measure there; the
figure, left with no other noun, was dropped. It now counts its predicate's measure, subject people (labelled so in
h17en_a1 and the retired held-out set). The injured still being treated keep their own reading (the gate lets them
pass), and so does a noun with a predicate of no people measure."""

from __future__ import annotations

from claims.extraction.gates import noun_under_other_predicate
from claims.extraction.mentions import Mention
from claims.extraction.modifier_gates import past_verb_group
from claims.extraction.subjects import PEOPLE_MEASURES
from claims.extraction.view import SentenceView


def predicate_over_noun(s: SentenceView, mentions: list[Mention]) -> None:
    """Give a figure refused its noun's measure its predicate's (module docstring)."""
    for m in mentions:
        if m.valid or m.measure != "other" or m.unit is not None or m.partitive or m.anaphoric:
            continue
        measure = _predicate_measure(s, m)
        if measure is not None:
            m.measure, m.subject, m.subject_class, m.valid = measure, "people", "people", True


def _predicate_measure(s: SentenceView, m: Mention) -> str | None:
    k = m.np_end if m.np_end > m.num_end else m.num_end
    found = s.measure_at(k) if k < len(s.words) else None
    if found is None or found[1] not in PEOPLE_MEASURES or not noun_under_other_predicate(s, m, found[1]):
        return None
    after = s.measure_at(past_verb_group(s, k + found[0]))
    return after[1] if after is not None else None
