"""Final checks of measure resolution: readings that would give a figure a wrong specific measure (DESIGN 4.1:
prefer ``other`` to a wrong measure)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction import clauses
from claims.extraction.animal_counts import counts_animals
from claims.extraction.believed_bodies import believed_bodies
from claims.extraction.captives import held_captive
from claims.extraction.comparisons import compared_difference
from claims.extraction.congregations import civil_not_turnout
from claims.extraction.context_misreads import context_misread
from claims.extraction.escaped_wholes import label_escaped_whole
from claims.extraction.evacuated_people import taken_off, trapped, victims_recovered
from claims.extraction.later_words import later_subject, possessed, subset_label
from claims.extraction.listed_names import listed_not_sent
from claims.extraction.mentions import Mention
from claims.extraction.not_event_counts import among_crowd, carried_load, learned, size_class
from claims.extraction.parts_by_other import part_by_other_than_measure
from claims.extraction.settled_items import item_of_settled_whole
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES
from claims.extraction.turnouts import (
    force_with_own_predicate,
    involved_not_sent,
    not_a_turnout,
    present_not_sent,
    secures_event,
)
from claims.extraction.view import SentenceView, syntax_list
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
    if measure == "displaced" and (taken := taken_off(f)) is not None:
        f.label, f.other_verb = taken, True  # "Tim SAR mengevakuasi 48 penumpang": taken off a wreck
        return True
    if f.head is not None and measure in f.head.not_measures:
        return True  # "banjir menerjang lima kabupaten", "satu keluarga yang tertimbun": no things damaged
    if measure == "deployed" and force_with_own_predicate(f):
        return True  # "Four firefighters were treated for burns", "three firemen were trapped": no deployment
    if measure == "deployed" and (involved_not_sent(f) or present_not_sent(f)):
        return True  # "bentrokan itu melibatkan 200 warga": people involved, not a force sent; "were at the site"
    if _object_misread(f, measure):
        return True
    if measure == "missing" and found_object(f.s, f.m):
        f.label, f.other_verb = "found", True  # "Tim SAR menemukan 3 nelayan yang hilang", "found 12 missing fishermen"
        return True
    if measure == "arrested" and (captives := held_captive(f)) is not None:
        f.label = captives  # "59 hostages are still held", "Dari 80 sandera, ... 33 orang masih ditahan"
        return True
    if measure == "participants" and not_a_turnout(f):
        return True
    if measure in PEOPLE_MEASURES and part_by_other_than_measure(f, measure):
        return True
    if measure == "damaged" and (_others_of_people(f) or _not_damaged(f) or _part_of_people(f)):
        return True  # "menewaskan 8 penambang dan 4 lainnya tertimbun": people buried, not things damaged
    if measure != "other" and _frequency(f):
        return True  # "massa tiga kali membakar ban", "dua kali ditangkap": how often, not how many
    if measure == "displaced" and victims_recovered(f):
        return True  # "Proses evakuasi ketiga korban": the operation on victims, not people leaving home
    if measure == "displaced" and trapped(f):
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


def _object_misread(f: Figure, measure: str) -> bool:
    """True when what ``f`` counts is no object of ``measure``: bodies not found yet, a list that moves, civilians or
    things where people are meant, a crowd guarded (part of ``wrong_measure``, in its order)."""
    if measure == "killed" and (believed := believed_bodies(f)) is not None:
        f.label, f.other_verb = believed, True  # "about 60 bodies still thought to be buried": not found yet
        return True
    if measure in TURNOUT_MEASURES and f.rule_name == "_word_after" and listed_not_sent(f):
        return True  # "A list of 35 suspects to be arrested was sent to police stations": the list moves
    if measure in TURNOUT_MEASURES and civil_not_turnout(f, measure):
        return True  # "sent 241,000 pilgrims", "dipadati 300 pasien"; not "dihadiri 15.000 jemaah"
    if measure in PEOPLE_MEASURES and (_item_classifier(f) or _charge_counts(f) or counts_animals(f)):
        return True  # "mengamankan empat buah HP", "15 ekor kerbau mati"; "165 counts of murder": charges
    if measure in PEOPLE_MEASURES and f.rule_name == "_word_after" and item_of_settled_whole(f):
        return True  # "19 orang yang selamat terdiri dari 14 pria dan 5 wanita serta satu orang meninggal"
    events = f.s.lex.cue("guarded_events")
    if measure == "deployed" and f.m.first > 0 and f.s.words[f.m.first - 1] in events:
        return True  # "mengawal aksi 10.000 buruh": the crowd of the event guarded, not the force
    # "12.000 personel mengamankan aksi unjuk rasa": the force securing an event, no arrests
    return measure == "arrested" and secures_event(f.s, f.m, events)


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


def _not_damaged(f: Figure) -> bool:
    """ "158 KK ludes terbakar": a noun a damage verb never counts (``[cues] not_damaged``: households)."""
    return f.head is not None and f.head.label in f.s.lex.cue("not_damaged")


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


def _escaped(f: Figure, measure: str) -> bool:
    """ "Nearly 900 inmates fled", "Sebanyak 200 napi kabur dari lapas": people held (a noun with ``fled``) who flee
    (``[subjects] flee_words`` in the figure's clause) escape: ``other`` with the noun's ``fled`` label."""
    return measure in ("displaced", "other") and label_escaped_whole(f)
