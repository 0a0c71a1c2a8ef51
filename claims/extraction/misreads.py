"""Final checks of measure resolution: readings that would give a figure a wrong specific measure (DESIGN 4.1:
prefer ``other`` to a wrong measure)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction import clauses
from claims.extraction.animal_counts import counts_animals
from claims.extraction.comparisons import compared_difference
from claims.extraction.congregations import civil_not_turnout
from claims.extraction.context_misreads import context_misread
from claims.extraction.each_places import places_after_each
from claims.extraction.escaped_wholes import label_escaped_whole
from claims.extraction.later_words import later_subject, possessed, subset_label
from claims.extraction.lexicon import NounInfo
from claims.extraction.mentions import Mention
from claims.extraction.not_event_counts import among_crowd, carried_load, learned, size_class
from claims.extraction.occasions import population_of
from claims.extraction.reach import is_boundary
from claims.extraction.settled_items import item_of_settled_whole
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES
from claims.extraction.turnouts import (
    force_with_own_predicate,
    involved_not_sent,
    not_a_turnout,
    present_not_sent,
    secures_event,
)
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list
from claims.extraction.wholes import own_measure

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


TURNOUT_MEASURES: Final = frozenset({"deployed", "participants"})
"""Measures that count a group turning out or sent on its own: never people counted by what they are ("pilgrims",
"pasien", "pemudik"), whom a verb of sending or crowding moves ("sent 241,000 pilgrims", "RSUD dipadati 300 pasien")."""


def wrong_measure(f: Figure, measure: str) -> bool:
    """True when ``measure`` (named by a rule for ``f``) must yield to ``other``."""
    if clauses.unknown_object(f.m, measure, f.cls):
        return True  # "sent 200 samples"
    if measure in PEOPLE_MEASURES and (carried_load(f) or compared_difference(f, measure)):
        return True  # "a boat carrying nearly 40 people ... a woman reported missing": who was aboard; "612 more
        # people died that week than the usual weekly average": a difference from a baseline
    if measure == "participants" and (among_crowd(f) or learned(f) or size_class(f)):
        return True  # "550 people among the crowds who gathered in Mecca have been confirmed dead": not the turnout
    if measure == "displaced" and (taken := _taken_off(f)) is not None:
        f.label, f.other_verb = taken, True  # "Tim SAR mengevakuasi 48 penumpang": taken off a wreck
        return True
    if f.head is not None and measure in f.head.not_measures:
        return True  # "banjir menerjang lima kabupaten", "satu keluarga yang tertimbun": no things damaged
    if measure == "deployed" and force_with_own_predicate(f):
        return True  # "Four firefighters were treated for burns", "three firemen were trapped": no deployment
    if measure == "deployed" and (involved_not_sent(f) or present_not_sent(f)):
        return True  # "bentrokan itu melibatkan 200 warga": people involved, not a force sent; "were at the site"
    if measure in TURNOUT_MEASURES and civil_not_turnout(f, measure):
        return True  # "sent 241,000 pilgrims", "dipadati 300 pasien"; not "dihadiri 15.000 jemaah"
    if measure in PEOPLE_MEASURES and (_item_classifier(f) or _charge_counts(f) or counts_animals(f)):
        return True  # "mengamankan empat buah HP", "15 ekor kerbau mati"; "165 counts of murder": charges
    if measure in PEOPLE_MEASURES and f.rule_name == "_word_after" and item_of_settled_whole(f):
        return True  # "19 orang yang selamat terdiri dari 14 pria dan 5 wanita serta satu orang meninggal"
    events = f.s.lex.cue("guarded_events")
    if measure == "deployed" and f.m.first > 0 and f.s.words[f.m.first - 1] in events:
        return True  # "mengawal aksi 10.000 buruh": the crowd of the event guarded, not the force
    if measure == "arrested" and secures_event(f.s, f.m, events):
        return True  # "12.000 personel mengamankan aksi unjuk rasa": the force securing an event, no arrests
    if measure == "missing" and found_object(f.s, f.m):
        f.label, f.other_verb = "found", True  # "Tim SAR menemukan 3 nelayan yang hilang", "found 12 missing fishermen"
        return True
    if measure == "arrested" and (captives := held_captive(f)) is not None:
        f.label = captives  # "59 hostages are still held", "Dari 80 sandera, ... 33 orang masih ditahan"
        return True
    if measure == "participants" and not_a_turnout(f):
        return True
    if measure in PEOPLE_MEASURES and _part_by_other_than_measure(f, measure):
        return True
    if measure == "damaged" and (_others_of_people(f) or _not_damaged(f) or _part_of_people(f)):
        return True  # "menewaskan 8 penambang dan 4 lainnya tertimbun": people buried, not things damaged
    if measure != "other" and _frequency(f):
        return True  # "massa tiga kali membakar ban", "dua kali ditangkap": how often, not how many
    if measure == "displaced" and _victims_recovered(f):
        return True  # "Proses evakuasi ketiga korban": the operation on victims, not people leaving home
    if measure == "displaced" and _trapped(f):
        f.label, f.other_verb = "trapped", True  # "mengevakuasi 11 penambang yang tertimbun": recovered, not fled
        return True
    if _escaped(f, measure):
        return True  # "900 inmates fled", "200 napi kabur": a jailbreak, not a displacement
    if context_misread(f, measure):
        return True  # "Dua napi masih dalam pencarian", "diberangkatkan 3.259 orang ... kloter", "luka koreng"
    rule = f.rule_name
    if rule != "_word_after" or measure.startswith("="):
        return False
    subset = subset_label(f.s, f.m, measure) if not _named_whole(f) else None
    if subset is not None:
        f.label, f.other_verb = subset, True  # "45 korban luka masih kritis": in critical condition
        return True
    return later_subject(f, measure) or possessed(f.s, f.m, measure)


def _named_whole(f: Figure) -> bool:
    """ "some of the 70 wounded had critical injuries", "Of the 40 wounded, 12 ...": the figure is the whole a part
    (a figure, a number word or ``[cues] part_quantifiers``) is taken from, or opens the sentence; the subset's grade
    belongs to the part, not to it ("a total of 9 were seriously injured" is no whole)."""
    s, k = f.s, f.m.first
    found = (
        s.lex.whole_before.match_ending(s.words, k) if k > 0 and s.words[k - 1] in s.lex.whole_before.lasts else None
    )
    if found is None:
        return False
    p = k - found[0] - 1
    part = p >= 0 and (s.kinds[p] == "n" or s.words[p] in s.lex.number_words)
    return p < 0 or part or s.words[p] in s.lex.cue("part_quantifiers")


def _frequency(f: Figure) -> bool:
    """The figure stands before a frequency word (``[cues] frequency_words``: "kali") with no counted noun after it:
    it counts occasions ("tiga kali membakar ban", "dua kali ditangkap"), not people or things ("121 kali gempa
    susulan" keeps its noun)."""
    s, end = f.s, f.m.num_end
    if end >= len(s.words) or s.words[end] not in s.lex.cue("frequency_words"):
        return False
    nxt = end + 1
    return nxt >= len(s.words) or s.words[nxt] not in s.lex.nouns.firsts or s.lex.nouns.match(s.words, nxt) is None


def _part_by_other_than_measure(f: Figure, measure: str) -> bool:
    """A figure of people picked out by something else than the people measure named for it (DESIGN 4.1: a subset
    is ``other``), or no count of the event at all; may set the subset's label."""
    if _age_group(f):
        f.label, f.other_verb = "age group", True  # "jemaah wafat berusia 60 tahun ke atas sebanyak 297 orang"
        return True
    return (
        _per_item(f)  # "seven teams of six rescuers each": a size per item, not a count of the event
        or (measure == "participants" and f.m.value == 1)  # "One protester lost three fingers": no crowd
        or _thing_after_participle(f)  # "30 displaced families", "12 injured horses": the noun is no person
        # "five of those killed were students": a part by a group narrower than the closed set
        or (f.m.partitive and f.m.base_of is None and _predicate_group(f))
        or _origin_part(f)  # "As many as 86 of the dead came from Pakistan": one country's share of the toll
        or _age_part(f)  # "nine of the dead were over 65": a share of the toll by age
        or _among_whole(f, measure)  # "Three railway employees were among nine people killed": a part by role
        or _population(f)  # "many of the area's population of 30,000 were left homeless": who lives there
        or _owned_by_people(f)  # "relatives of all five firefighters gathered": the verb is the relatives'
    )


def _owned_by_people(f: Figure) -> bool:
    """A figure after "of" (and determiners: "the", "all") that follows a noun of people who belong to it (``[cues]
    owner_nouns``: "families of 12 miners", "relatives of the 40 victims"): the clause's verb is theirs: ``other``;
    a measure word in the figure's own noun phrase stays ("families of 12 missing fishermen")."""
    s, k = f.s, f.s.before_determiners(f.m.first - 1)
    while k >= 0 and s.words[k] in s.lex.cue("part_quantifiers"):
        k = s.before_determiners(k - 1)  # "of all five"
    owners = s.lex.cue("owner_nouns")
    if k < 1 or s.words[k] not in s.lex.of_words or s.words[k - 1] not in owners:
        return False
    own = (s.measure_at(j) for j in range(f.m.num_end, max(f.m.np_end, f.m.num_end + 1)))
    return not any(hit is not None and not hit[1].startswith("=") for hit in own)  # "of 12 missing fishermen"


def _population(f: Figure) -> bool:
    """A figure right after a population noun and "of" (``[cues] population_nouns``: "a population of 30,000")
    counts who lives in a place, not people of the event's measure: ``other``, labelled ``population``."""
    if population_of(f) is None:
        return False
    f.label, f.other_verb = "population", True
    return True


def _victims_recovered(f: Figure) -> bool:
    """ "Proses evakuasi ketiga korban", "Evakuasi 40 korban longsor": the bare noun of an evacuation (``[cues]
    evacuation_nouns``) before a figure of victims (``casualty_labels``) is the recovery operation."""
    lex, words = f.s.lex, f.s.words
    k = f.s.before_determiners(f.m.first - 1)
    return (
        k >= 0
        and words[k] in lex.cue("evacuation_nouns")
        and (
            (f.head is not None and f.head.label in lex.cue("casualty_labels"))
            or _victim_word_after(f, lex.cue("victim_words"))
        )
    )


def _victim_word_after(f: Figure, victims: frozenset[str]) -> bool:
    """ "evakuasi empat korban pekerja tambang": a victim word (``[cues] victim_words``) right after the figure."""
    k = f.m.num_end + (f.m.num_end < len(f.s.words) and f.s.words[f.m.num_end] in f.s.lex.cue("person_classifiers"))
    return k < len(f.s.words) and f.s.words[k] in victims


def _trapped(f: Figure) -> bool:
    """The figure's noun phrase is followed by a word of being trapped or buried (``[cues] trapped_words``), with or
    without a relative word: "mengevakuasi 11 penambang yang tertimbun longsor", "Proses evakuasi tiga orang korban
    tertimbun" (audit_id5) recover them, nobody leaves home."""
    words, end = f.s.words, max(f.m.np_end, f.m.num_end)
    if end + 1 < len(words) and words[end] in f.s.lex.relative_words and _trapped_at(f.s, end + 1, False):
        return True
    if _trapped_at(f.s, end, False):
        return True
    a = f.antecedent  # "13 pekerja terjebak dalam lubang, delapan di antaranya berhasil dievakuasi" (idf)
    return a is not None and f.m.partitive and _trapped_at(f.s, max(a.np_end, a.num_end), True)


def _trapped_at(s: SentenceView, k: int, whole: bool) -> bool:
    """A word of being trapped at token k (for the whole of a part, ``[cues] trapped_whole_words`` too), not by water
    or traffic ("terjebak banjir": people who leave home)."""
    words, lex = s.words, s.lex
    if k >= len(words):
        return False
    w = words[k]
    if w not in lex.cue("trapped_words") and not (whole and w in lex.cue("trapped_whole_words")):
        return False
    return k + 1 >= len(words) or words[k + 1] not in lex.cue("trapped_not_by")


def _taken_off(f: Figure) -> str | None:
    """The label of people an evacuation takes from a scene, not out of harm's way: the rescued, or the casualties
    ("untuk mengevakuasi 7 korban": the dead and wounded); None for evacuees."""
    if _rescued(f):
        return "survivors"
    return "casualties" if _evacuated_casualties(f) else None


def _rescued(f: Figure) -> bool:
    """People an evacuation verb takes off a wreck (``[cues] rescued_labels``): the figure's own noun, or the noun
    of the tally that names its measure ("jumlah penumpang yang dievakuasi mencapai 296 orang")."""
    labels = f.s.lex.cue("rescued_labels")
    words, end = f.s.words, max(f.m.np_end, f.m.num_end)
    sources = f.s.lex.cue("rescue_sources")
    if end + 1 < len(words) and words[end] in f.s.lex.of_words and words[end + 1] in sources:
        return True  # "mengevakuasi 11 orang dari laut", "dari reruntuhan"
    survivors = f.s.lex.cue("survivor_labels")
    if f.m.base_of is not None and _survivors(f.s, f.mentions[f.m.base_of], survivors):
        return True  # "Tim SAR mengevakuasi satu dari enam orang yang selamat": a part of the survivors
    if f.head is not None and not f.head.generic:
        return f.head.label in labels
    nouns, relative = f.s.lex.nouns, f.s.lex.relative_words
    for end in range(f.m.first - 1, max(0, f.m.first - 6), -1):  # "penumpang yang dievakuasi mencapai 296 orang"
        if words[end] in CLAUSE_PUNCT or words[end] == ",":
            return False
        found = nouns.match_ending(words, end) if words[end] in relative and words[end - 1] in nouns.lasts else None
        if found is not None:
            return found[1].label in labels
    return False


def _evacuated_casualties(f: Figure) -> bool:
    """Casualties an evacuation word (``[cues] evacuation_words``) moves right before or after the figure
    ("mengevakuasi 7 korban", "tiga korban dievakuasi ke puskesmas"): the dead and wounded taken from the scene, no
    evacuees; victims of a disaster named after the noun (``[cues] disaster_words``: "korban banjir") may be."""
    s, head = f.s, f.head
    if head is None or head.label not in s.lex.cue("casualty_labels"):
        return False
    words, end = s.words, max(f.m.np_end, f.m.num_end)
    if not s.lex.cue("disaster_words").isdisjoint(words[f.m.num_end : end + 1]):
        return False
    moves = s.lex.cue("evacuation_words")
    near = words[max(0, f.m.first - 2) : f.m.first] + words[end : end + 2]
    return any(w in moves for w in near)


def _survivors(s: SentenceView, whole: Mention, labels: frozenset[str]) -> bool:
    """The whole of a part is named by an other-verb of rescue right after its noun ("enam orang yang selamat")."""
    k = max(whole.np_end, whole.num_end)
    if k < len(s.words) and s.words[k] in s.lex.relative_words:
        k += 1
    found = s.measure_at(k) if k < len(s.words) else None
    return found is not None and found[1].startswith("=") and found[1][1:] in labels


def _not_damaged(f: Figure) -> bool:
    """ "158 KK ludes terbakar": a noun a damage verb never counts (``[cues] not_damaged``: households)."""
    return f.head is not None and f.head.label in f.s.lex.cue("not_damaged")


def _age_group(f: Figure) -> bool:
    """An age group (``[cues] age_group_words``) between the figure and the measure word or clause break before it:
    "jemaah wafat berusia 60 tahun ke atas sebanyak 297 orang", "usia 50-59 tahun 88 orang": a part by age."""
    s, first = f.s, f.m.first
    ages = s.lex.cue("age_group_words")
    for k in range(first - 1, max(-1, first - 8), -1):
        w = s.words[k]
        if w in ages:
            return True
        if w == "," or w in CLAUSE_PUNCT or w in s.lex.clause_breaks or s.measure_at(k) is not None:
            return False
        if w in s.lex.list_joiners:
            return False  # "17 di antaranya masih usia anak dan 7 anak lainnya ...": the age is the item before's
    return False


def _per_item(f: Figure) -> bool:
    """A distributive word right after the counted noun (``[cues] distributive``: "six rescuers each")."""
    k = f.m.np_end
    return k < len(f.s.words) and f.s.words[k] in f.s.lex.cue("distributive") and not places_after_each(f.s, k + 1)


def _thing_after_participle(f: Figure) -> bool:
    """Where modifiers come first, a measure word right after the figure whose noun phrase stops at it, followed by
    a noun of a thing or an animal ("30 displaced families", "12 injured horses"): that noun is what is counted."""
    s, m = f.s, f.m
    if s.lex.modifiers_follow or f.head is not None or m.np_end != m.num_end:
        return False
    found = s.measure_at(m.np_end) if m.np_end < len(s.words) else None
    k = m.np_end + found[0] if found is not None else len(s.words)
    noun = s.lex.nouns.match(s.words, k) if k < len(s.words) and s.words[k] in s.lex.nouns.firsts else None
    if noun is None or noun[1].subject_class in PERSON_CLASSES:
        return False
    f.label, f.cls, f.head = noun[1].label, noun[1].subject_class, noun[1]
    return True


def _predicate_group(f: Figure) -> bool:
    """A part ("five of those killed") whose predicate after the measure word and a copula is a specific person
    noun of no closed group ("were students"): ``other``, that noun's label."""
    s, k = f.s, f.m.np_end
    hit = s.measure_at(k) if k < len(s.words) else None
    copula = clauses.copula_after(s, k + hit[0]) if hit is not None and not hit[1].startswith("=") else None
    if copula is None or copula + 1 >= len(s.words):
        return False
    j = s.after_determiners(copula + 1)
    noun = s.lex.nouns.match(s.words, j) if j < len(s.words) and s.words[j] in s.lex.nouns.firsts else None
    if noun is None or noun[1].generic or noun[1].subject_class != "people":
        return False
    f.label = noun[1].label
    return True


def _origin_part(f: Figure) -> bool:
    """A part of a measured whole ("86 of the dead", "12 of those injured") whose predicate says where its people
    come from (``[cues] origin_verbs`` + "from" + a name: "came from Pakistan", "were from Jordan"): a share of
    the toll by origin, ``other`` (as the measure it would contradict the whole), labelled by the origin."""
    s, words = f.s, f.s.words
    k, n = f.m.num_end, len(words)
    origin = s.lex.cue("origin_verbs")
    if not origin or k + 1 >= n:
        return False
    if words[k] not in s.lex.of_words:
        return False
    for j in range(k + 1, min(k + 5, n)):
        hit = s.measure_at(j)
        if hit is not None and not hit[1].startswith("="):
            return _from_name(f, j + hit[0], hit[1], origin)
    return False


def _age_part(f: Figure) -> bool:
    """A part of a measured whole ("nine of the dead", "12 of those injured") whose predicate is a copula and an age
    bound (``[cues] existentials`` + ``[cues] age_predicates`` + a number: "were over 65", "were under 18"): a share
    by age, ``other`` (as the measure it would contradict the whole), labelled by the measure and the age."""
    s, words = f.s, f.s.words
    k, n = f.m.num_end, len(words)
    ages = s.lex.cue("age_predicates")
    if not ages or k + 1 >= n or words[k] not in s.lex.of_words:
        return False
    existentials = s.lex.cue("existentials")
    for j in range(k + 1, min(k + 5, n)):
        hit = s.measure_at(j)
        if hit is not None and not hit[1].startswith("="):
            v = j + hit[0]
            if v + 2 < n and words[v] in existentials and words[v + 1] in ages:
                age = words[v + 2]
                if age[:1].isdigit() or age in s.lex.number_words or age in s.lex.teens:
                    f.label, f.other_verb = f"{hit[1]} {words[v + 1]} {s.texts[v + 2]}", True
                    for age_figure in f.mentions:
                        if age_figure.first in (v + 1, v + 2):
                            age_figure.valid = False  # the age itself is no count
                    return True
            return False
    return False


def _from_name(f: Figure, v: int, measure: str, origin: frozenset[str]) -> bool:
    """An origin verb, "from" and a name at token ``v`` ("came from Pakistan"): the figure's label, True."""
    s, words, froms = f.s, f.s.words, f.s.lex.cue("origin_prepositions")
    if v + 2 < len(words) and words[v] in origin and words[v + 1] in froms and s.is_capitalised_name(v + 2):
        f.label, f.other_verb = f"{measure} from {s.texts[v + 2]}", True
        return True
    return False


def _among_whole(f: Figure, measure: str) -> bool:
    """The figure's noun phrase is followed by a copula and ``[syntax] among_words`` ("Three railway employees were
    among nine people killed", "two guards were among the dead"): a part of the measured whole. A closed group keeps
    the measure ("four children were among the dead"); a group narrower than those is ``other`` naming the part."""
    s, k = f.s, f.m.np_end
    if k + 1 >= len(s.words) or s.words[k + 1] not in syntax_list(s, "among_words"):
        return False
    if s.words[k] not in s.lex.cue("existentials"):
        return False
    if f.head is None or f.head.generic or f.cls not in (None, "people"):
        return False
    f.label = f"{f.head.label} among the {measure}"
    return True


def _others_of_people(f: Figure) -> bool:
    """ "Others" with no noun of their own after a count of people: a thing measure cannot count them."""
    a = f.antecedent
    return f.m.anaphoric and not f.m.nouns and a is not None and a.subject_class in PERSON_CLASSES


def _part_of_people(f: Figure) -> bool:
    """A part of a whole that counts people ("Dua dari tiga korban tewas diakibatkan robohnya bangunan"): a damage
    word after it names the cause of their measure, never a count of things."""
    if f.m.base_of is None:
        return False
    base = f.mentions[f.m.base_of]
    if base.subject_class in PERSON_CLASSES or any(noun.subject_class in PERSON_CLASSES for noun in base.nouns):
        return True
    found = own_measure(f.s, base, whole=True)
    return found is not None and found[0] in PEOPLE_MEASURES


def _item_classifier(f: Figure) -> bool:
    """A classifier of things (``[cues] item_classifiers``: *buah*, *unit*, *pucuk*) right after the number."""
    end = f.m.num_end
    return end < len(f.s.words) and f.s.words[end] in f.s.lex.cue("item_classifiers")


def _charge_counts(f: Figure) -> bool:
    """The figure counts charges (``[cues] charge_counts`` right after the number: "165 counts of murder")."""
    end, words = f.m.num_end, f.s.words
    return end < len(words) and words[end] in f.s.lex.cue("charge_counts")


def found_object(s: SentenceView, m: Mention) -> bool:
    """The figure is the object of a verb of finding or rescuing (``[cues] find_verbs``, by word or stem): the missing
    it counts are found, no longer missing."""
    finds = s.lex.cue("find_verbs")
    if not finds or m.first == 0:
        return False
    w, k = s.words[m.first - 1], m.first - 1
    if k > 0 and f"{s.words[k - 1]} {w}" in finds:
        k -= 1  # "volunteers have accounted for 345 people who were reported missing"
    elif not (w in finds or not finds.isdisjoint(s.lex.stems(w))):
        return False
    return not (k > 0 and s.words[k - 1] in syntax_list(s, "negators"))  # "tidak menemukan 8 korban": still missing


def held_captive(f: Figure) -> str | None:
    """The label of captives (``[cues] captive_labels``: hostages) that the figure counts, by its own noun or, when it
    has none of its own, by the whole its sentence opens with ("Of the 80 hostages, 33 are still held"): people held
    by captors, never arrested (DESIGN 4.1: prefer ``other`` to a wrong measure)."""
    labels = f.s.lex.cue("captive_labels")
    if not labels:
        return None
    head = f.head if f.head is not None and not f.head.generic else _opening_whole_head(f)
    if head is not None and head.label in labels:
        return head.label
    return _captive_phrase(f.s, f.m.np_end, labels)


def _captive_phrase(s: SentenceView, start: int, labels: frozenset[str]) -> str | None:
    """An other-verb of captives later in the figure's clause ("were being held as prisoners of war")."""
    for k in range(start, len(s.words)):
        found = s.measure_at(k)
        if found is not None and found[1].startswith("=") and found[1][1:] in labels:
            return found[1][1:]  # before the boundary test: "as prisoners of war" opens with a clause break
        if is_boundary(s, k):
            return None
    return None


def _opening_whole_head(f: Figure) -> NounInfo | None:
    """The counted noun of the whole a sentence opens with ("Dari 80 sandera, ...", "Of the 80 hostages, ...")."""
    words, before = f.s.words, f.s.lex.whole_before
    found = before.match(words, 0) if words and words[0] in before.firsts else None
    whole = next((o for o in f.mentions if found is not None and o.first == found[0] and o is not f.m), None)
    return whole.nouns[0] if whole is not None and whole.nouns and whole.first < f.m.first else None


def _escaped(f: Figure, measure: str) -> bool:
    """ "Nearly 900 inmates fled", "Sebanyak 200 napi kabur dari lapas": people held (a noun with ``fled``) who flee
    (``[subjects] flee_words`` in the figure's clause) escape: ``other`` with the noun's ``fled`` label."""
    return measure in ("displaced", "other") and label_escaped_whole(f)
