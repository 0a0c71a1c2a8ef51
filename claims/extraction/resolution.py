"""Stage 3: the measure and subject of each figure."""

from __future__ import annotations

from claims.extraction import clauses, misreads, verb_turns
from claims.extraction.breakdowns import breakdowns, whole_first
from claims.extraction.case_diseases import disease_cases
from claims.extraction.company_objects import company_object
from claims.extraction.composed_labels import compose_label, compose_people_labels
from claims.extraction.dead_and_injured import dead_and_injured
from claims.extraction.dead_wounds import dead_with_wounds
from claims.extraction.disease_items import disease_item
from claims.extraction.earlier_items import inherits_from_before
from claims.extraction.elided import elided_grades
from claims.extraction.figure_type import Figure as Figure  # where the checks import it from
from claims.extraction.gates import evidence_fails
from claims.extraction.group_firsts import outside_first
from claims.extraction.increments import increments
from claims.extraction.measure_rules import (  # the rules keep their names: Figure.rule_name
    MEASURE_RULES,
    _fact_box,
    _inherited,
    _shared_verb,
    _verb_before,
    _word_after,
    _word_before,
    whole_of_a_part,
)
from claims.extraction.mentions import FRACTION_UNIT, Mention
from claims.extraction.named_before import noun_named_before
from claims.extraction.noun_phrase import noun_subject, scan_noun_phrase, share_coordinated_nouns
from claims.extraction.occasions import thing_counted
from claims.extraction.part_settling import admissions, settle_part
from claims.extraction.period_increments import period_increments
from claims.extraction.ranked_place import ranked_places
from claims.extraction.status_roles import status_of_role
from claims.extraction.subject_rules import coordinated_class, owned_place_count, predicate_noun, set_subject
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES, compatible
from claims.extraction.subset_labels import compose_subset_labels
from claims.extraction.thing_states import thing_states
from claims.extraction.time_places import drop_time_places
from claims.extraction.view import SentenceView
from claims.extraction.wholes import fraction_wholes, part_wholes


def _unit_figure(s: SentenceView, m: Mention) -> bool:
    """Figures with a unit measure nothing but ``other`` (the unit is the subject); True when ``m`` is one."""
    if m.unit is None:
        return False
    m.measure, m.subject = "other", m.unit
    if m.unit == FRACTION_UNIT and m.qualifier != "vague":
        # a share of something counted ("dua pertiga dari 2.000 pengungsi", "two thirds of them"); a bare one: no claim
        of_follows = m.num_end < len(s.words) and s.words[m.num_end] in s.lex.whole_before.firsts
        counted = bool(m.nouns or m.partitive or m.base_of is not None)
        m.valid = counted or (m.raw_label is not None and of_follows)
    return True


def _figure(
    s: SentenceView, m: Mention, mentions: list[Mention], owned: set[int], antecedent: Mention | None
) -> Figure:
    """The counted noun of ``m`` (or the noun named before it, or its whole's) and whether it inherits."""
    lex = s.lex
    cls, label, head = noun_subject(m)
    if head is None or head.generic:
        named = noun_named_before(s, m)
        if named is not None:
            cls, label, head = named.subject_class, named.label, named
    if m.base_of is not None:
        base_cls, base_label, base_head = noun_subject(mentions[m.base_of])
        cls, label, head = cls or base_cls, label or base_label, head or base_head
    of_people = not m.nouns or antecedent is None or antecedent.subject_class in PERSON_CLASSES  # not of things
    if m.partitive and of_people and antecedent is not None and all(n.generic for n in m.nouns) and m.base_of is None:
        # "12 di antaranya" and "tujuh di antaranya warga Desa X": the group of the whole
        cls, label = antecedent.subject_class, antecedent.subject
        whole = coordinated_class(s, mentions, antecedent)  # "15 laki-laki dan enam perempuan, satu di antaranya"
        if whole is not None:
            cls = label = whole
    m.inherit = (
        m.first > 0
        and s.words[m.first - 1] in lex.inherit_before.lasts
        and lex.inherit_before.match_ending(s.words, m.first) is not None
    ) or inherits_from_before(s, m, antecedent)
    return Figure(s, m, mentions, owned, antecedent, cls, label, head)


def _measure_of(f: Figure) -> str:
    for rule in MEASURE_RULES:
        measure = rule(f)
        if measure is not None:
            f.rule = rule
            break
    else:
        measure = "other"
    if f.rule is _word_after:
        measure = verb_turns.lives_lost(f, measure) or measure  # "claimed 31 lives and left many others injured"
    measure = verb_turns.death_of(f, measure) or dead_and_injured(f, measure) or measure  # "death of 17 injured"
    if measure == "deployed":
        measure = verb_turns.sent_for(f) or measure  # "sent to Gorakhpur for treatment", "to their deaths"
    measure = verb_turns.charged_against(f, measure) or measure  # "an FIR was registered ... against 12,000 people"
    measure = verb_turns.projected(f, measure) or verb_turns.admitted_after(f, measure) or measure  # "keracunan dan"
    if measure.startswith("="):  # an other-verb: its label names the figure when the noun does not
        if (
            f.head is None
            or f.head.generic
            or status_of_role(f, _word_after, measure)
            or (measure.endswith(" " + f.head.label) and not whole_of_a_part(f))
            or (
                f.head.subject_class == "people"
                and not (f.m.partitive or f.m.base_of is not None or _of_after(f))
                and measure[1:] in f.s.lex.cue("lone_death_labels")
            )
            # "14 pasien meninggal di rumah sakit": a lone death (care_deaths), not a closed group ("satu WNA")
        ):
            f.label = measure[1:]  # or a subset of the noun's kind: "500 rumah rusak berat" (heavily damaged houses)
        f.other_verb = f.rule in (_verb_before, _word_after, _fact_box) or _classified(f)  # its own verb or label
        measure = "other"
    if measure == "injured" and f.rule is _word_after and clauses.fatal_result(f.s, max(f.m.np_end, f.m.num_end)):
        measure = "killed"  # "dua pemuda dibacok hingga tewas": the injury ended in death
    measure = dead_with_wounds(f, measure) or measure  # "lima korban yang meninggal mengalami luka bakar"
    wrong = (measure in PEOPLE_MEASURES and not compatible(measure, f.cls)) or misreads.wrong_measure(f, measure)
    # the word that named it is not the figure's, or its rule's evidence fails here (gates.py)
    if wrong or evidence_fails(f, measure):
        measure = "other"
    elif measure == "deployed" and f.head is not None and f.head.measure in PEOPLE_MEASURES:
        measure = f.head.measure  # "300 pengungsi ditempatkan di GOR": people the noun counts are no force sent
    return measure


def _of_after(f: Figure) -> bool:
    """ "Four of the labourers": a part of a group named after the figure (a lone death of a part stays its noun's)."""
    end = f.m.num_end
    return end < len(f.s.words) and f.s.words[end] in f.s.lex.of_words


def _classified(f: Figure) -> bool:
    """A figure named by a label before it whose item classifier says it counts things ("Rumah rusak berat tersebar 6
    unit di Desa A dan 3 unit di Desa B"): a count, though its label stands before it."""
    words, end = f.s.words, f.m.num_end
    return f.rule is _word_before and end < len(words) and words[end] in f.s.lex.cue("item_classifiers")


def _set_validity(f: Figure) -> None:
    """A bare number needs something that makes it a count."""
    m, a = f.m, f.antecedent
    if m.qualifier == "vague":
        return
    if m.high == 0 and m.qualifier == "exact":
        m.valid = False  # "Deaths: 0", "0 people died": a zero statement, no claim (DESIGN 4.1)
        return
    has_noun = bool(m.nouns) or m.raw_label is not None or f.head is not None  # "suspected cases stand at 88"
    has_noun = has_noun or m.subject_class in PERSON_CLASSES - {"people"} or predicate_noun(f) is not None  # were teens
    if not (has_noun or m.measure != "other" or m.partitive or m.inherit or m.anaphoric or f.other_verb):
        m.valid = a is not None and a.measure == "other" and f.label is not None
        if (thing := disease_item(f) or (None if m.valid else thing_counted(f))) is not None:
            m.valid, m.subject = True, thing  # "Jumlah suara sah 2.598.310": the tally's thing; "ISPA 81.836"


def resolve(s: SentenceView, mentions: list[Mention]) -> None:
    """Noun phrase, measure, subject and validity of every figure of the sentence, in order."""
    owned: set[int] = set()
    s.mention_firsts = frozenset([m.first for m in mentions])
    for idx, m in enumerate(mentions):
        owned.update(range(m.first, m.last))
        scan_noun_phrase(s, m, idx, mentions, owned)
    share_coordinated_nouns(s, mentions)
    previous_count: Mention | None = None
    for m in mentions:
        if m.unit is not None and _unit_figure(s, m):
            continue
        f = _figure(s, m, mentions, owned, previous_count)
        m.measure = _measure_of(f)
        set_subject(f)
        compose_label(s, m)
        if m.measure == "damaged" and (m.subject is None or m.subject_class in PERSON_CLASSES):
            m.measure = "other"  # "ban besar ada enam yang siap dibakar": no thing named, no damage to count;
            # "eight were passengers on a minibus swept away": people are never damaged
        part = m.partitive or (
            m.inherit
            and not (f.rule is _shared_verb and f.antecedent is not None and company_object(s, f.antecedent, m.first))
        )
        if f.rule is _inherited or (f.rule in (_shared_verb, _word_before) and part):
            settle_part(f)
        elif f.rule is _word_after and m.partitive:
            admissions(f)
        _set_validity(f)
        if m.valid and not owned_place_count(s, mentions, m):  # "31 warga dua desa": the residents stay the whole
            previous_count = m
    fraction_wholes(s, mentions)
    if len(mentions) > 1:  # parts, lists and wholes need two figures
        part_wholes(s, mentions)
        breakdowns(s, mentions)
        outside_first(s, mentions)
        drop_time_places(s, mentions)
    ranked_places(s, mentions)  # "terbanyak di Kabupaten Garut yaitu 12 orang"
    increments(s, mentions)  # most need two figures too; a fall ("penurunan ... sebanyak 906 jiwa") counts no one alone
    period_increments(s, mentions)  # "12 died in the past week, and 410 have died since the outbreak began"
    if len(mentions) > 1:
        whole_first(s, mentions)
        elided_grades(s, mentions)
    compose_subset_labels(s, mentions)
    disease_cases(s, mentions)  # "118 kasus DBD di Aceh, Riau 160 kasus": the bare items' disease
    compose_people_labels(s, mentions)
    thing_states(s, mentions)  # "214 rumah yang terdampak banjir": affected houses
