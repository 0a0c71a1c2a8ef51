"""The rules that name a figure's measure from the words around it (split from ``resolution``): ``MEASURE_RULES``, in
order, the first that names a measure wins (the verb right before the figure, a fact-box label, the nearest measure
word after its noun phrase, a verb shared with the figure before, a part of the figure before, a measure word before
it in its clause, what its noun implies), else ``other``."""

from __future__ import annotations

from typing import Final

from claims.extraction import clauses, tally_rules
from claims.extraction.arrivals import landed
from claims.extraction.aside_lists import aside_list
from claims.extraction.breakdowns import verb_over_list
from claims.extraction.chained import said_in_one_breath
from claims.extraction.company_objects import company_object
from claims.extraction.compared import compared_value
from claims.extraction.complement_objects import subject_predicate
from claims.extraction.coordinated import next_names_own_measure
from claims.extraction.coordinated_subjects import noun_of_later_figure, subject_of_later_figure
from claims.extraction.figure_type import Figure, MeasureRule
from claims.extraction.fire_nouns import burnt_by_fire
from claims.extraction.included import included_in_object
from claims.extraction.increments import superseded
from claims.extraction.joined_clauses import other_clause, word_of_joined_clause
from claims.extraction.later_words import participle_after, subset_between
from claims.extraction.measure_objects import another_nouns, object_of_another
from claims.extraction.mentions import Mention
from claims.extraction.modifier_predicates import past_whole_participle
from claims.extraction.named_before import in_place_adjunct
from claims.extraction.noun_phrase import after_whole, named_after
from claims.extraction.owned_elsewhere import object_in_relative, possessed_head
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
from claims.extraction.reported_tallies import confirmed_part
from claims.extraction.searched import searched_for
from claims.extraction.set_off_counts import set_off_count
from claims.extraction.shelter_names import shelter_count
from claims.extraction.source_labels import headline_source
from claims.extraction.subject_rules import closed_before, elliptic_source
from claims.extraction.subjects import compatible
from claims.extraction.tally_nouns import tally_noun_measure
from claims.extraction.view import CLAUSE_PUNCT, SentenceView
from claims.extraction.wholes import own_measure

# The rules keep their leading underscores: Figure.rule_name is how the gates and checks of other modules tell which
# rule named a measure ("_word_after"), and a rule's name is its function's.


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
    return search_right(f.s, start, f.cls, f.owned, f.m.num_end, verb_object(f.s, f.m.first), whole_of_a_part(f))


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


def whole_of_a_part(f: Figure) -> bool:
    """The figure is the whole a part is taken from ("dua pertiga dari 120 rumah", "a third of the 90 buildings")."""
    k, s = f.m.first, f.s
    before = s.lex.whole_before
    return k > 0 and s.words[k - 1] in before.lasts and before.match_ending(s.words, k) is not None


MEASURE_RULES: Final[tuple[MeasureRule, ...]] = (
    _forced_noun,
    confirmed_part,
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
