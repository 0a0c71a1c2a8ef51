"""Stage 3: the measure and subject of each figure."""

from __future__ import annotations

from typing import Final

from claims.extraction import clauses, misreads, tally_rules, verb_turns
from claims.extraction.arrivals import landed
from claims.extraction.aside_lists import aside_list
from claims.extraction.breakdowns import breakdowns, place_after, verb_over_list, whole_first
from claims.extraction.case_diseases import disease_cases
from claims.extraction.chained import said_in_one_breath
from claims.extraction.company_objects import company_object
from claims.extraction.compared import compared_value
from claims.extraction.complement_objects import same_measure_whole, subject_predicate
from claims.extraction.composed_labels import compose_label, compose_people_labels
from claims.extraction.coordinated import next_names_own_measure
from claims.extraction.coordinated_subjects import noun_of_later_figure, subject_of_later_figure
from claims.extraction.dead_and_injured import dead_and_injured
from claims.extraction.disease_items import disease_item
from claims.extraction.earlier_items import inherits_from_before
from claims.extraction.elided import elided_grades
from claims.extraction.figure_type import Figure as Figure  # where the checks import it from
from claims.extraction.figure_type import MeasureRule
from claims.extraction.fire_nouns import burnt_by_fire
from claims.extraction.gates import evidence_fails
from claims.extraction.group_firsts import outside_first
from claims.extraction.included import included_in_object
from claims.extraction.increments import increments, superseded
from claims.extraction.joined_clauses import other_clause, word_of_joined_clause
from claims.extraction.later_words import participle_after, subset_between
from claims.extraction.measure_objects import another_nouns, object_of_another
from claims.extraction.mentions import FRACTION_UNIT, Mention
from claims.extraction.modifier_predicates import past_whole_participle
from claims.extraction.named_before import in_place_adjunct, noun_named_before
from claims.extraction.noun_phrase import (
    after_whole,
    named_after,
    noun_subject,
    scan_noun_phrase,
    share_coordinated_nouns,
)
from claims.extraction.occasions import thing_counted
from claims.extraction.owned_elsewhere import object_in_relative, possessed_head
from claims.extraction.ranked_place import ranked_places
from claims.extraction.reach import active_verb, search_right
from claims.extraction.reach_before import (
    after_preposition,
    cause_thing,
    heads_subject,
    measure_left,
    np_closed,
    own_predicate,
    part_of_another,
    predicate_figure,
    verb_between,
    verb_object,
)
from claims.extraction.relative_measures import comma_aside
from claims.extraction.searched import searched_for
from claims.extraction.set_off_counts import set_off_count
from claims.extraction.shelter_names import shelter_count
from claims.extraction.source_labels import headline_source
from claims.extraction.status_roles import status_of_role
from claims.extraction.subject_rules import (
    closed_before,
    coordinated_class,
    elliptic_source,
    owned_place_count,
    predicate_noun,
    set_subject,
)
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES, compatible
from claims.extraction.subset_labels import compose_subset_labels
from claims.extraction.tally_nouns import tally_noun_measure
from claims.extraction.thing_states import thing_states
from claims.extraction.time_places import drop_time_places
from claims.extraction.view import CLAUSE_PUNCT, SentenceView
from claims.extraction.wholes import fraction_wholes, own_measure, part_wholes


def _left_adjacent(s: SentenceView, m: Mention) -> tuple[str, bool] | None:
    """The measure word right before the figure (across articles and exact qualifiers), and whether it is a verb
    whose objects may go on after the figure ("deployed a total of 5,000 police and 2,000 soldiers"; not a subject
    before a change verb: "The death toll stood at 12, and 400 residents ...")."""
    j = m.first - 1
    while j >= 0:
        if s.words[j] in s.lex.determiners:
            j -= 1
            continue
        exact = s.lex.qualifiers.match_ending(s.words, j + 1) if s.words[j] in s.lex.qualifiers.lasts else None
        if exact is not None and exact[1] == "exact":  # "peserta aksi mencapai 25.000"
            j -= exact[0]
            continue
        break
    if j < 0:
        return None
    found = s.measure_ending_at(j)  # a measure word or phrase ending at j ("claimed the lives of")
    if found is None:
        return None
    k, measure = found
    if said_in_one_breath(s, k, m.first):
        return None  # "dua meninggal lima selamat": the word is the figure before's
    if j < m.first - 1 and object_of_another(s, k):
        return None  # "Relawan untuk korban luka mencapai 300 orang": the subject is not the measure's noun
    return measure, not (j < m.first - 1 and heads_subject(s, k))


def _forced_noun(f: Figure) -> str | None:
    """A counted noun that is a tally of its own ("87 in intensive care", "pasien rawat jalan")."""
    if f.head is not None and f.head.force:
        return f.head.measure or "other"
    return None


def _verb_before(f: Figure) -> str | None:
    """The measure verb right before the figure: "deployed 5,000", "peserta aksi mencapai 25.000"; when the
    figure is the predicate of a longer subject ("the death toll from the attack on the rally rose to 58"), the
    subject's first measure word is :func:`_word_before`'s. The verb is kept as ``left_verb`` even when it cannot
    count this figure's noun, for the objects after it."""
    adjacent = _left_adjacent(f.s, f.m)
    if adjacent is None:
        return None
    verb, shared = adjacent
    measure = verb if compatible(verb, f.cls) else None
    if (moved := clauses.moved_measure(f.s, f.m, measure)) is not None:
        return moved  # "evacuated 12 bodies": the dead; "sent 30 people to hospital": admissions
    if measure == "displaced" and (after := named_after(f.s, f.m)) not in (None, "displaced"):
        return after  # "mengevakuasi empat jasad", "evakuasi dua korban luka", "tujuh penumpang selamat" (DESIGN 4.1)
    if measure is not None and predicate_figure(f.s, f.m.first):
        found = measure_left(f.s, f.m.first, f.cls, f.owned)
        if found is not None and found[1] != measure:
            return None
    f.m.left_verb = verb if shared else None
    f.m.from_left = measure is not None
    return measure


def _word_after(f: Figure) -> str | None:
    """The nearest measure word after the noun phrase, in its clause; for a part of a whole ("Tiga dari 13 korban
    meninggal ...", "Fourteen of the 52 people admitted to hospital were ..."), after the whole's measure word."""
    start = f.m.np_end
    no_noun = not f.m.nouns and f.m.raw_label is None  # "five of the wounded"; not "12 relatives of the missing"
    if f.m.base_of is None and no_noun and (whole := clauses.named_whole_end(f.s, start)) is not None:
        k = past_whole_participle(f.s, whole[0])  # "three of the injured taken to hospitals were critical"
        found = search_right(f.s, k, f.cls, f.owned)  # "five of the wounded succumbed"
        return found or (f"=part of {whole[1]}" if clauses.own_part_predicate(f.s, k) else whole[1])
    if f.m.base_of is not None:
        base = f.mentions[f.m.base_of]
        start = max(start, base.np_end)
        past = after_whole(f.s, start, own_measure(f.s, base) is not None)
        # "60 of the 400 workers died": with no predicate after it, the word after the whole is the part's own verb
        start = past if f.s.lex.modifiers_follow or clauses.predicate_after(f.s, past) else start
    if subject_predicate(f):
        return None  # "Jumlah pasien yang dirawat mencapai 85 orang dan 2 orang meninggal": the subject's measure
    if possessed_head(f.s, f.m) or next_names_own_measure(f.s, f.m, f.mentions):
        return None  # "12 kerabat korban tewas menghadiri pemakaman"; "1.390 pasien dan tiga kematian baru"
    if object_in_relative(f.s, f.m.first):
        return None  # "Truk yang mengangkut 30 pekerja terguling ... menewaskan sopirnya": the truck's verb
    if subject_of_later_figure(f.s, start) or noun_of_later_figure(f.s, start, f.mentions, f.m):
        return None  # "treated 61,900 patients and the death toll stood at 279", "22 survivors and five deaths"
    return search_right(f.s, start, f.cls, f.owned, f.m.num_end, verb_object(f.s, f.m.first), _whole(f))


def _shared_verb(f: Figure) -> str | None:
    """ "deployed 5,000 police officers and 2,000 soldiers", "mengerahkan dua rumah sakit lapangan dan 45 tenaga
    medis": one verb, two objects (the first may be a thing the verb's measure cannot count)."""
    a = f.antecedent
    if a is not None and a.left_verb is not None and compatible(a.left_verb, f.cls) and _object_of(f):
        f.m.from_left = True
        f.m.left_verb = a.left_verb
        return a.left_verb
    return None


def _coordinated(s: SentenceView, a: Mention, first: int) -> bool:
    """Only joiners lie between the objects ("5,000 police officers and 2,000 soldiers"), and no active verb that
    the noun phrase ran on over ("dua orang itu melibatkan 300 pemuda", "5.000 buruh itu dijaga 800 personel": the
    verb's object is no object of the verb before; "satu batalion Brimob berkekuatan 550 personel" is)."""
    joiners = s.tables.joiners
    joined = all(w in joiners or w == "," for w in s.words[a.np_end : first]) or company_object(s, a, first)
    return joined and not any(active_verb(s, k) or np_closed(s, k) for k in range(a.num_end, first))


def _object_of(f: Figure) -> bool:
    """The figure is one more object of the verb before the previous one: joined to it and with no predicate of its
    own after it ("Polisi menangkap 12 orang, 30 orang lainnya kabur": no)."""
    a = f.antecedent
    return a is not None and _coordinated(f.s, a, f.m.first) and not own_predicate(f.s, f.m.num_end, f.owned)


def _inherited(f: Figure) -> str | None:
    """ "termasuk 3 anak", "of them 12": the figure is a part of the one before."""
    a = f.antecedent
    if a is not None and (f.m.inherit or (f.m.partitive and f.m.base_of is None)):
        if f.cls not in (None, "people") and closed_before(f.s, a, f.m):
            # a closed group of the whole before the parenthesis: "8.400 jiwa (2.100 KK) mengungsi, termasuk 900 balita"
            a = elliptic_source(f.s, f.mentions, f.m) or a
        if part_of_another(f.s, max(a.np_end, a.last), f.m.first, f.owned):
            return None  # "Tiga orang tewas, sementara warga lainnya, termasuk 12 anak, mengungsi"
        return a.measure
    if a is None and f.m.inherit:
        return included_in_object(f.s, f.m, f.cls)  # "menghancurkan seisi pabrik, termasuk 24 motor"
    return None


def _word_before(f: Figure) -> str | None:
    """A measure word before the figure in its clause ("korban tewas bertambah menjadi 11", "the death toll
    rose to 21"), unless a figure between them already took it ("tewas 3 orang dan 5 ...")."""
    s, m = f.s, f.m
    found = None if after_preposition(s, m.first) else measure_left(s, m.first, f.cls, f.owned)
    if found is None:
        return None  # no word, or the figure is a preposition's ("dirawat oleh 40 dokter", "in 3 cemeteries")
    position, measure = found
    if verb_between(s, position + 1, m.first) and not predicate_figure(s, m.first):
        return None  # "Warga yang mengungsi mendapat bantuan 300 relawan": the figure is another verb's
    if word_of_joined_clause(s, position, m, f.owned):
        return None  # "Seorang siswa tewas dan empat siswa lainnya mengalami trauma": the word is the first clause's
    subset = subset_between(s, position + 1, m.first)
    if subset is not None:
        f.named_before = position  # "Jenazah yang sudah teridentifikasi berjumlah 98": the tally names a subset
        if m.raw_label is None and not m.nouns:
            m.raw_label = subset[1:]
        return subset
    for other in f.mentions:
        if other is m:
            break
        if not other.valid or other_clause(s, other, position, m):
            continue  # another clause
        if other.unit is not None:
            continue  # "the magnitude 6.2 earthquake": a measure word never governs a unit
        if other.measure == measure and not superseded(s, other, m):
            return None  # the word is that figure's ("tewas 3 orang dan 5 ..."), not the old value of a change
        after_stop = other.first > 0 and s.words[other.first - 1] in s.lex.stops
        if other.first > position and not after_stop and not superseded(s, other, m):  # "semula 900 menjadi 610"
            if s.after_determiners(position + (s.measure_at(position) or (1, ""))[0]) == other.first:
                return None  # "mengamankan 600 butir pil ... dari tersangka yang berjumlah lima orang": its object
            if other.subject_class is not None and not compatible(measure, other.subject_class):
                continue  # "korban meninggal akibat banjir yang menerjang lima kabupaten menjadi 54 orang"
            if in_place_adjunct(s, other.first) or cause_thing(s, other, position, m.first):
                continue  # "The injured in the two towns numbered 140": an adjunct's figure governs nothing
            return None  # a figure between them that is no adjunct ("di tiga provinsi") could be the one it governs
    f.named_before = position
    return measure


def _fact_box(f: Figure) -> str | None:
    """A label that names the measure, then a colon: "Korban tewas: 12 orang", "Homes destroyed: at least 430"."""
    s, m = f.s, f.m
    k = m.first - 1
    if k < 1 or s.words[k] not in (":", "\u2014", "\u2013"):  # "Killed \u2014 23 | Injured \u2014 140"
        return None
    j = k - 1
    while j >= 0 and s.words[j] not in CLAUSE_PUNCT and s.words[j] not in {",", "."}:
        j -= 1
    figure_before = any(j < x < k for x in s.mention_firsts)  # "Banjir merendam 3.400 rumah: 12 warga hilang"
    for i in range(k - 1, j, -1):
        found = s.measure_at(i) if i not in f.owned else None
        if found is not None and another_nouns(s, i, found[0]):
            return None  # "Relawan untuk korban luka: 300 orang": the label names another noun
        if found is not None and (found[1].startswith("=") or compatible(found[1], f.cls)):
            f.named_before = i
            return found[1]  # "Deaths: 37", "Rescued: 27" (an other-verb labels its figure)
        noun = s.lex.nouns.match(s.words, i) if s.words[i] in s.lex.nouns.firsts else None
        if (
            noun is not None
            and i + noun[0] == k
            and not figure_before
            and compatible(noun[1].measure or "other", f.cls)
            and not headline_source(f, k)  # "BPBD: Tiga rumah alami kerusakan": the source, not a label
        ):
            f.named_before = i  # "Confirmed cases: 1,204": a label noun with no measure counts under other
            return noun[1].measure if noun[1].measure not in (None, "other") else "=" + noun[1].label
    return None


def _noun_measure(f: Figure) -> str | None:
    """What the counted noun implies: "2.000 pengungsi", "5,000 protesters"; for a part, what its whole's participle
    says ("68 of the 109 evacuees killed")."""
    if f.m.base_of is not None and (done := participle_after(f.s, f.mentions[f.m.base_of])) is not None:
        return done
    return f.head.measure if f.head is not None and f.head.measure else None


MEASURE_RULES: Final[tuple[MeasureRule, ...]] = (
    _forced_noun,
    tally_rules.subset_tally,
    shelter_count,
    _verb_before,
    searched_for,
    compared_value,
    burnt_by_fire,
    tally_rules.group_line,
    aside_list,
    _fact_box,
    set_off_count,
    _word_after,
    _shared_verb,
    verb_over_list,
    _inherited,
    _word_before,
    comma_aside,
    tally_rules.named_elsewhere,
    clauses.opening_whole,
    tally_noun_measure,
    landed,
    _noun_measure,
)
"""The measure of a figure: the first rule that names one wins, else ``other``."""


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
            or (measure.endswith(" " + f.head.label) and not _whole(f))
        ):
            f.label = measure[1:]  # or a subset of the noun's kind: "500 rumah rusak berat" (heavily damaged houses)
        f.other_verb = f.rule in (_verb_before, _word_after, _fact_box) or _classified(f)  # its own verb or label
        measure = "other"
    if measure == "injured" and f.rule is _word_after and clauses.fatal_result(f.s, max(f.m.np_end, f.m.num_end)):
        measure = "killed"  # "dua pemuda dibacok hingga tewas": the injury ended in death
    wrong = (measure in PEOPLE_MEASURES and not compatible(measure, f.cls)) or misreads.wrong_measure(f, measure)
    # the word that named it is not the figure's, or its rule's evidence fails here (gates.py)
    if wrong or evidence_fails(f, measure):
        measure = "other"
    elif measure == "deployed" and f.head is not None and f.head.measure in PEOPLE_MEASURES:
        measure = f.head.measure  # "300 pengungsi ditempatkan di GOR": people the noun counts are no force sent
    return measure


def _classified(f: Figure) -> bool:
    """A figure named by a label before it whose item classifier says it counts things ("Rumah rusak berat tersebar 6
    unit di Desa A dan 3 unit di Desa B"): a count, though its label stands before it."""
    words, end = f.s.words, f.m.num_end
    return f.rule is _word_before and end < len(words) and words[end] in f.s.lex.cue("item_classifiers")


STOCK_PARTS: Final = {"hospitalized": "admitted"}
"""A part that is still in a state its whole was admitted to: "23 dilarikan ke rumah sakit, 15 di antaranya masih
dirawat" -> the part is the stock (hospitalized), the whole the admissions (``other``, subject ``admitted``)."""


def _admissions(f: Figure) -> None:
    a, s, m = f.antecedent, f.s, f.m
    label = STOCK_PARTS.get(m.measure)
    still = any(w in s.lex.still_words for w in s.words[m.last : m.last + 5])  # "masih dirawat", "still treated"
    if a is not None and label is not None and still and a.measure == m.measure:
        a.measure, a.subject, a.subject_class = "other", label, None
    elif m.base_of is None and m.measure != "other" and place_after(s, m) is None and same_measure_whole(f):
        # "300 warga dirawat ..., 40 di antaranya dirujuk ke RSUD", "23 unit, enam di antaranya dibakar": a part that
        # its own verb picks out of a whole of the same measure is a subset; as that measure it would contradict it
        m.measure, m.subject_class = "other", None


def _settle_part(f: Figure) -> None:
    """A part of the figure before ("11 di antaranya", "including four foreign nationals", "15 of them children")
    keeps its measure when it names a closed group or a place; a part picked out by anything else would
    contradict the whole ("581 di antaranya orang dewasa", "satu di antaranya alumnus"): ``other``."""
    m = f.m
    place = place_after(f.s, m)
    if place is not None and f.antecedent is not None and m.measure == f.antecedent.measure != "other":
        m.place = place  # "72 polisi luka-luka, 41 di antaranya di Kota X": a part by place beside its total
    if m.measure not in PEOPLE_MEASURES or m.subject_class not in (None, "people"):
        return  # a closed group ("termasuk tiga anak-anak": children), or no people measure
    named = predicate_noun(f) if m.raw_label is None and all(n.generic for n in m.nouns) else None
    named = named if named is not None and not named.generic and named.subject_class == "people" else None
    if (not m.nouns and m.raw_label is None and named is None) or place is not None:
        return  # "41 di antaranya di Kota X": a part by place; "12 of them" alone: the whole's measure
    own = [noun for noun in m.nouns if not noun.generic] or ([named] if named is not None else [])
    m.measure = "other"  # its own noun, or its predicate's ("12 di antaranya merupakan pelajar": students)
    m.subject = m.raw_label or (own[0].label if own else (m.nouns[0].label if m.nouns else None))
    m.subject_class = None


def _whole(f: Figure) -> bool:
    """The figure is the whole a part is taken from ("dua pertiga dari 120 rumah", "a third of the 90 buildings")."""
    k, s = f.m.first, f.s
    before = s.lex.whole_before
    return k > 0 and s.words[k - 1] in before.lasts and before.match_ending(s.words, k) is not None


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
            _settle_part(f)
        elif f.rule is _word_after and m.partitive:
            _admissions(f)
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
    if len(mentions) > 1:
        whole_first(s, mentions)
        elided_grades(s, mentions)
    compose_subset_labels(s, mentions)
    disease_cases(s, mentions)  # "118 kasus DBD di Aceh, Riau 160 kasus": the bare items' disease
    compose_people_labels(s, mentions)
    thing_states(s, mentions)  # "214 rumah yang terdampak banjir": affected houses
