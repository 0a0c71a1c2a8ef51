"""Checks of a figure's specific measure against words of its sentence that say it counts something else (issue 11,
audit_id3: prisons, hajj, livestock-disease and bus reports; DESIGN 4.1: prefer ``other`` to a wrong measure).

- people held or wanted who are sought are fugitives, not missing people ("Dua napi masih dalam pencarian"): the
  noun's ``fled`` label (``[nouns]``);
- people counted by a generic noun whom a verb sends off in a sentence of pilgrimage or homecoming travel
  (``[cues] civil_travel_words``: "diberangkatkan 3.259 orang yang terbagi dalam delapan kloter") are travellers,
  no force deployed, as ``civil`` nouns ("jemaah", "pemudik") are;
- a wound named by a disease (``[cues] disease_words``: "luka dengan ciri khas penyakit antraks", "luka koreng")
  is a lesion of an illness, no injury;
- an active verb of a people measure after the figure whose object is a thing or an animal ("40 relawan
  mengevakuasi ternak warga", "merumahkan 700 karyawan untuk merelokasi pabriknya"; ``[cues] moved_things`` for
  goods no counted noun names) makes the figure its agent: nobody displaced;
- a figure right before a wound of a kind (``[cues] wound_kinds``: "sembilan luka tusuk di tubuh korban", "tujuh luka
  tembak") counts the wounds on a body, no injured people;
- a figure of an average (``averages.py``: "The 10-year average for December road fatalities is 35") is no tally;
- a change named by a noun (``change_nouns.py``: "an increase of 121 deaths") counts no one;
- a ratio (``ratios.py``: "one in three of vehicular fatalities") counts no one;
- inmates a phrase of being held counts (``held_stock.py``: "294 prisoners in custody") are a prison's stock, no
  arrests;
- a verb of sending followed by a vehicle it comes from ("19 pelajar diturunkan dari truk Sabhara": ``[cues]
  vehicles``) unloads people, no force deployed.

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("Dua napi masih dalam pencarian petugas.", "id")]
    [('other', 'escaped prisoners')]
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from claims.extraction.affixes import strip_suffix
from claims.extraction.averages import AVERAGE, averaged
from claims.extraction.buried_machines import buried_machine
from claims.extraction.change_nouns import change_of
from claims.extraction.conditional_figures import conditioned, evacuated_from_wreck, harm_agent, tally_noun_refuses
from claims.extraction.guard_ratios import ratio_label, staffing_ratio
from claims.extraction.held_stock import held_stock
from claims.extraction.held_things import held_things
from claims.extraction.helped_figures import helped_figure
from claims.extraction.household_ellipsis import HOUSEHOLDS, elided_households
from claims.extraction.later_words import next_hit
from claims.extraction.once_missing import found_later, once_missing
from claims.extraction.other_causes import other_cause
from claims.extraction.per_unit import per_unit
from claims.extraction.quantified_wholes import part_whole
from claims.extraction.ratios import SHARE, in_ratio
from claims.extraction.reach import active_verb, is_boundary
from claims.extraction.release_misreads import measure_of_another, onlookers, supposed
from claims.extraction.reported_tallies import reported_only
from claims.extraction.subjects import PEOPLE_MEASURES
from claims.extraction.unit_changes import earlier_of_unit

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_DISEASE_REACH = 10  # words after the figure a disease word may stand in its clause: "luka dengan ciri khas penyakit"


def context_misread(f: Figure, measure: str) -> bool:
    """True when a word of the figure's sentence says ``measure`` is not what the figure counts (sets the label)."""
    if measure in PEOPLE_MEASURES and averaged(f):
        f.label, f.other_verb = AVERAGE, True  # "The 10-year average for December road fatalities is 35"
        return True
    if measure != "other" and part_whole(f.s, f.m, measure):
        return True  # "most of the 620-plus passengers and 121 crew remain missing": a whole, no count of missing
    if measure in PEOPLE_MEASURES and per_unit(f):
        return True  # "Two police officers would be deployed at each centre": a share per unit, no total
    if measure in PEOPLE_MEASURES and (change := change_of(f)) is not None:
        f.label, f.other_verb = change, True  # "an increase of 121 deaths compared with 2022"
        return True
    if measure in PEOPLE_MEASURES and earlier_of_unit(f):
        return True  # "BOR rawat inap naik dari 60 menjadi 80-90 persen": a rate's earlier value, no inpatients
    if measure in PEOPLE_MEASURES and in_ratio(f):
        f.label, f.other_verb = SHARE, True  # "nearly one in three of vehicular fatalities had no safety belt on"
        return True
    if measure in PEOPLE_MEASURES and staffing_ratio(f):
        if (label := ratio_label(f)) is not None:
            f.label, f.other_verb = label, True
        return True  # "one officer for every 50 inmates", "satu sipir mengamankan 100 tahanan": a ratio, no count
    if _held_or_found(f, measure):
        return True
    if measure == "deployed" and _travellers_sent(f):
        f.label, f.other_verb = "travellers", True  # "diberangkatkan 3.259 orang ... delapan kloter": pilgrims
        return True
    if elided_households(f, measure):
        f.label, f.other_verb = HOUSEHOLDS, True  # "2,800 families ... and more than 700 are in evacuation centres"
        return True
    if measure == "deployed" and _off_a_vehicle(f):
        return True  # "19 pelajar diturunkan dari truk Sabhara": unloaded, not sent
    if measure == "deployed" and helped_figure(f):
        return True  # "Evakuasi lima orang korban ... dibantu relawan": the party helped, not the helpers
    if measure == "injured" and _wounds(f):
        f.label, f.other_verb = "wounds", True  # "Hasil visum menunjukkan sembilan luka tusuk": wounds, not people
        return True
    if measure == "injured" and _disease_lesion(f):
        f.label, f.other_verb = "lesions", True  # "enam warga mengalami luka dengan ciri khas penyakit antraks"
        return True
    if (measure in PEOPLE_MEASURES or measure == "damaged") and (supposed(f) or conditioned(f)):
        return True  # a reckoning: "harusnya tidak lebih dari 10.000 jiwa", "Apabila ... meletus, ..."
    if measure in ("injured", "killed") and harm_agent(f):
        return True  # "dua orang yang melukai seorang anggota polisi": the attackers
    if measure in PEOPLE_MEASURES and tally_noun_refuses(f, measure):
        return True  # "Pelanggar lalu lintas yang terjaring ... mencapai 6.214 orang": ticketed, no arrests
    if measure == "displaced" and evacuated_from_wreck(f):
        f.label, f.other_verb = "rescued", True  # "mengevakuasi 41 orang, terdiri dari 38 orang selamat": a rescue
        return True
    if measure == "participants" and onlookers(f):
        return True  # "ratusan warga masih berkerumun menyaksikan puing-puing kebakaran": onlookers
    if measure == "participants" and _ranked_after(f):
        return True  # "didominasi karyawan swasta sebanyak 6 orang, diikuti pelajar sebanyak 2 orang": a ranking
    if measure not in PEOPLE_MEASURES or f.rule_name != "_word_after":
        return False
    # the measure word is a later figure's ("53.075 pasien DBD dan pasien meninggal ... dengan jumlah 344 orang"), or
    # the verb of an agent moving things ("30 warga mengevakuasi barang-barang")
    return measure_of_another(f) or _moves_things(f)


def _held_or_found(f: Figure, measure: str) -> bool:
    """True when things are held or trapped, a death has another cause, people are held or found (sets the label)."""
    if measure == "damaged" and held_things(f):
        return True  # "memusnahkan 2,5 ton daging dan menahan dua truk": trucks seized, no damage
    if measure == "damaged" and buried_machine(f):
        return True  # "Delapan alat berat dan dua truk tertimbun material vulkanik": trapped equipment, no damage
    if measure == "killed" and other_cause(f):
        return True  # "Dua korban lain ... meninggal karena diagnosis lain": no death of the event
    if measure == "killed" and reported_only(f):
        return True  # "received reports of 97 deaths but had confirmed only seven": reported, not confirmed
    if measure == "arrested" and (stock := held_stock(f)) is not None:
        f.label, f.other_verb = stock, True  # "Some 2,400 prisoners are held at the jail": inmates, no arrests
        return True
    if measure == "missing" and f.head is not None and f.head.fled is not None:
        f.label, f.other_verb = f.head.fled, True  # "Dua napi masih dalam pencarian": fugitives, not missing
        return True
    if measure == "missing" and (once_missing(f) or found_later(f)):
        f.label, f.other_verb = "found", True  # "11 orang yang sempat hilang itu ditemukan": missing no longer
        return True
    return False


def _moves_things(f: Figure) -> bool:
    """The measure word after the figure is one active verb whose object is a thing or an animal (a counted noun of
    that class, perhaps with "-nya" or doubled, or ``[cues] moved_things``): the figure is the agent."""
    s = f.s
    k, hit = next_hit(s, f.m, max(f.m.np_end, f.m.num_end))
    if hit is None or hit[0] != 1:
        return False  # a phrase holds its own complement: "melarikan diri ke negara tetangga"
    j = k + 1
    if j >= len(s.words) or not active_verb(s, k):
        return False
    if s.words[k] in s.lex.cue("storming_verbs"):
        return False  # a crowd storming the office it names still counts ("Ratusan massa menggeruduk kantor Bawaslu")
    word = s.words[j]
    stem = found if (found := strip_suffix(word, s.lex.cue("possessed_suffixes"))) is not None else word.split("-")[0]
    if stem in s.lex.cue("moved_things"):
        return True
    if stem not in s.lex.nouns.firsts:
        return False  # most verbs' objects: no counted noun, and no copy of the rest of the sentence to find it out
    noun = s.lex.nouns.match([stem, *s.words[j + 1 :]], 0)
    return noun is not None and noun[1].subject_class in ("thing", "animal")


def _ranked_after(f: Figure) -> bool:
    """A sentence that ranks groups (``[cues] ranking_words``: "didominasi", "terbanyak") and a word of following
    (``ranked_next``: "diikuti") before the figure, after a figure of the group before: the next group of the
    ranking, no turnout."""
    lex, present = f.s.lex, f.s.word_set
    ranking, following = lex.cue("ranking_words"), lex.cue("ranked_next")
    if f.antecedent is None or following.isdisjoint(present):
        return False  # a ranking gives the first group its figure: "Aksi itu didominasi mahasiswa dan diikuti 2.000"
    if ranking.isdisjoint(present) and not _two_word_superlative(f.s.words, lex.cue("superlatives")):
        return False
    return any(w in following for w in f.s.words[max(0, f.m.first - 6) : f.m.first])


def _two_word_superlative(words: list[str], superlatives: frozenset[str]) -> bool:
    """ "KPPS menjadi pihak yang paling banyak dirawat dengan total 7.221 orang, diikuti PPS sebanyak 1.709 orang"
    (Kemenkes on poll workers): a superlative of two words (``[cues] superlatives``) ranks the groups too."""
    return any(f"{a} {b}" in superlatives for a, b in pairwise(words))


def _travellers_sent(f: Figure) -> bool:
    """The figure counts people by a generic noun (or none) and its sentence speaks of pilgrimage or homecoming
    travel (``[cues] civil_travel_words``) with a verb of sending off (``sending_words``): those sent are
    travellers; so are workers sent off (``sent_workers``), in any sentence. A force named by its noun ("petugas",
    "personel"), or sent to guard the travel ("mengerahkan 200 orang untuk mengamankan keberangkatan jemaah"), keeps
    its deployment."""
    lex, present = f.s.lex, f.s.word_set
    travel, sending = lex.cue("civil_travel_words"), lex.cue("sending_words")
    if sending.isdisjoint(present):
        return False
    if f.head is not None and f.head.label in lex.cue("sent_workers"):
        return True  # "Ratusan pekerja itu bakal diberangkatkan ke Timur Tengah": to jobs, no force
    if f.head is not None and not (f.head.generic and f.head.label == "people"):
        return False
    return not travel.isdisjoint(present)


def _off_a_vehicle(f: Figure) -> bool:
    """The measure word after the figure is followed by a word of source and a vehicle (``[cues] vehicles``):
    people taken down from a truck or a bus."""
    s = f.s
    k, hit = next_hit(s, f.m, max(f.m.np_end, f.m.num_end))
    j = k + hit[0] if hit is not None else len(s.words)
    vehicles = s.lex.cue("vehicles")
    return j + 1 < len(s.words) and s.words[j] in s.lex.of_words and s.words[j + 1] in vehicles


def _disease_lesion(f: Figure) -> bool:
    """A word of disease (``[cues] disease_words``) after the figure in its clause names the wound an illness."""
    s = f.s
    diseases = s.lex.cue("disease_words")
    if not diseases or diseases.isdisjoint(s.word_set):
        return False
    start = max(f.m.np_end, f.m.num_end)
    for k in range(start, min(len(s.words), start + _DISEASE_REACH)):
        if is_boundary(s, k) or (k in s.mention_firsts and k != f.m.first):
            return False
        if s.words[k] in diseases and not s.texts[k][0].isupper():  # not a name: "Jalan Penyakit Dalam"
            return True
    return False


def _wounds(f: Figure) -> bool:
    """The figure stands right before a word of wound and a kind of wound, in either order (``[cues] wound_words``,
    ``wound_kinds``: "sembilan luka tusuk", "nine stab wounds")."""
    s, k = f.s, f.m.num_end
    if k + 1 >= len(s.words):
        return False
    wounds, kinds = s.lex.cue("wound_words"), s.lex.cue("wound_kinds")
    first, second = s.words[k], s.words[k + 1]
    return (first in wounds and second in kinds) or (first in kinds and second in wounds)
