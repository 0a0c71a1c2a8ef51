"""Classes the fresh English corpus c22en1 (round 16, r16cen) showed, each fixed in the language rather than in a
sentence. Every sentence is our own (invented places, people and figures); the wordings are those read in real
reports: Gulf News, Trend/TASS, Madhyamam/IANS, Al Arabiya/Reuters, upday/AP and IFP on Gaza health-ministry tallies;
TRT, Africanews, AP pickups (Shropshire Star, UNB, localnewswave) on El Fasher and the Darfur camps; Africanews, bolnews
and north-africa.com on Sahel ambushes; defenceWeb, dalje, thenews.mx and pakaffairs on Mogadishu hotel sieges; AP,
Newser, SunStar and 9News on the Enga clan ambush; Reuters pickups (Irish Times, devdiscourse, Hindustan Times) on
missile strikes in Ukraine; IOM, goobjoog, herald.ng, surinametimes, siasat, defenceWeb and Politico on migrant
shipwrecks; Bangladesh Chronicle/NYT, AP (Maui Weekly) and Pravda/Reuters on ferry sinkings; Southeast Missourian,
Washington Times and West Hawaii Today on Andean bus plunges; Africanews/Reuters, pledgetimes, Sowetan and
africaeagle on gold-mine collapses; SaltWire/Reuters, CS Monitor/AP, mznews and the Goa Spotlight on jailbreaks;
informingnews and pledgetimes on the Guayaquil riots; eurasia.ro/Balkan Insight and news-pravda on Belgrade and Novi
Sad protests; newafricanvoice, educationnews, isfamedia, tengele and odrimedia on KNCHR protest tallies; Prothom Alo,
UNB, Xinhua and Bangladesh Chronicle on Bangladesh floods; Daily Pakistan, Business Recorder, Daily Times, Pak
Observer and votesup on NDMA tallies; Manila Bulletin, PTV/PNA, Manila Standard and DSWD DROMIC on typhoons; The Star,
FMT and seanewswire on Malaysian relief centres; WHO AFRO bulletins, barlamantoday on mpox; Samoa and Fiji measles
updates (ReliefWeb, Kazinform/Xinhua, Pacific Island Times); WHO EMRO on Somali and Sudanese cholera.
Each row: text, then (measure, subject, low, high) for every claim.

- missing people whose fate the report fears or presumes (IOM "remain missing and are presumed dead", Africanews
  "missing and feared dead", the gold's "remained missing, feared dead"): ``other``, the fear's label
  (``fate_unknown.py``, ``[cues] fate_unknown_labels``, ``fate_unknown_links``). Controls: a figure of its own for the
  feared dead, "feared missing", a new clause after "missing".
- the new value a running-total verb brings past an event adjunct with a verb of its own ("bringing the death toll
  since the war began to 4,870"): the tally's measure heads it as after "rose to" (``brought_values.py``, read by
  ``reach_before.predicate_figure``); before, the figure was lost.
- increments of several measures before the running totals they bring ("163 killed and 412 wounded in the past 24
  hours, bringing the death toll to ... and the number of wounded to ..."): a figure of another measure is no part of
  the total (``increments._brought_to_total``); before, the dead stayed killed and the totals took the wrong measure.
  Controls: parts of the same measure before the total keep it.
- people a hospital treats, counted with an injury participle ("the hospital was treating 45 people wounded in the
  attack"), are hospitalized as people a hospital treats (round 10, settled); and the group parts right after
  patients a hospital holds are held too ("treating 10 patients, eight of them children") (``ward_patients``).
  Controls: medics at the scene, "at the scene", an injury predicate, a part in critical condition.
- people held by captors ("guards who had been held by the rioters") are hostages, not arrests
  (``held_by_captors.py``, ``[cues] captor_nouns``). Controls: held by police or security forces.
- charges filed, brought or laid against people are ``charged`` (``[other_verbs]``), a status of the arrested, no
  arrest, as "charged" already was.
- (c22en2) the missing beside an aside of parts ("Fifteen people, among them four children, are still unaccounted for
  and are feared to have drowned"): the whole and its parts take the fear (``fate_unknown._aside_end``).
- (c22en2) inmates who "broke out of" any jail or custodial centre escaped (``[other_verbs] "broke out of"``); before,
  "the district jail" was read as an arrest. Control: a fire that broke out.
- (c22en2) a subset label after a measure word with "other", "reported", "more" between it and the figure ("11 other
  reported deaths are still being validated"): unverified, as "11 deaths are being validated" (``later_words``,
  ``[cues] subset_lead_modifiers``). Control: "Nine other people were killed".
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

FEARED_MISSING: list[Any] = [
    (
        "Thirty-one migrants remain missing and are presumed dead, the agency said.",
        [("other", "people presumed dead", 31, 31)],
    ),
    (
        "At least 17 miners were missing and feared dead after the shaft flooded.",
        [("other", "people feared dead", 17, None)],
    ),
    ("Nine fishermen remained missing, feared drowned, on Tuesday evening.", [("other", "people feared dead", 9, 9)]),
    (
        "Some 60 people are missing and believed dead after the boat overturned.",
        [("other", "people presumed dead", 54, 66)],
    ),
    # controls: the feared dead counted apart; "feared missing"; a new clause after "missing"
    (
        "Twelve fishermen are missing and 30 are feared dead.",
        [("missing", "people", 12, 12), ("other", "people feared dead", 30, 30)],
    ),
    ("Twelve fishermen are feared missing after the storm.", [("missing", "people", 12, 12)]),
    ("Eight people are still missing and the search resumed on Monday.", [("missing", "people", 8, 8)]),
    ("Six hikers are missing and rescuers fear the worst.", [("missing", "people", 6, 6)]),
]
test_missing_and_feared_dead_is_the_feared_fate = rows_test(FEARED_MISSING, "en")

BROUGHT_PAST_ADJUNCT: list[Any] = [
    (
        "Shelling killed 23 people on Friday, bringing the death toll since the war began to 4,870.",
        [("other", "increase", 23, 23), ("killed", "people", 4870, 4870)],
    ),
    (
        "Airstrikes killed 40 more people overnight, raising the toll since the start of the offensive to 1,312.",
        [("other", "increase", 40, 40), ("killed", "people", 1312, 1312)],
    ),
    (
        "The army said 12 soldiers died in the ambush, taking the number killed since the insurgency erupted to 380.",
        [("other", "increase", 12, 12), ("killed", "soldiers", 380, 380)],
    ),
    # controls: the tally as the subject of "rose to"; no adjunct
    ("The death toll since the war began has risen to 4,870.", [("killed", "people", 4870, 4870)]),
    (
        "Strikes killed 40 people on Sunday, bringing the death toll to 31,806.",
        [("other", "increase", 40, 40), ("killed", "people", 31806, 31806)],
    ),
]
test_a_brought_total_past_an_event_adjunct = rows_test(BROUGHT_PAST_ADJUNCT, "en")

INCREMENTS_BESIDE_OTHER_MEASURES: list[Any] = [
    (
        "The ministry said 163 people had been killed and 412 wounded in the past 24 hours, bringing the death toll "
        "to 31,806 and the number of wounded to 74,210.",
        [
            ("other", "increase", 163, 163),
            ("other", "increase", 412, 412),
            ("killed", "people", 31806, 31806),
            ("injured", "people", 74210, 74210),
        ],
    ),
    (
        "Strikes killed 58 people and injured 130 on Monday, bringing the death toll to 2,904.",
        [("other", "increase", 58, 58), ("injured", "people", 130, 130), ("killed", "people", 2904, 2904)],
    ),
    # control: a figure read other before the total may be a part of it ("apart from 203 suspected deaths, taking
    # the total to 391"), so the guard of parts stays
    (
        "A local paper put the confirmed heat deaths at 188, apart from 203 suspected deaths, taking the total to 391.",
        [
            ("killed", "people", 188, 188),
            ("other", "suspected deaths", 203, 203),
            ("other", "suspected deaths", 391, 391),
        ],
    ),
    # control: parts of the same measure before the total keep it
    (
        "Police arrested 12 people in Ridgeway, 9 in Oakton and 4 in Bramley, bringing the total number of arrests "
        "to 310.",
        [
            ("arrested", "people", 12, 12),
            ("arrested", "people", 9, 9),
            ("arrested", "people", 4, 4),
            ("arrested", "people", 310, 310),
        ],
    ),
]
test_an_increment_beside_figures_of_another_measure = rows_test(INCREMENTS_BESIDE_OTHER_MEASURES, "en")

HOSPITAL_TREATED_WOUNDED: list[Any] = [
    (
        "The director of the main trauma hospital said it was treating at least 45 people wounded in the attack.",
        [("hospitalized", "people", 45, None)],
    ),
    ("Hospitals in the capital treated 120 people injured in the stampede.", [("hospitalized", "people", 120, 120)]),
    (
        "The hospital said it was treating 10 patients, eight of them children.",
        [("hospitalized", "people", 10, 10), ("hospitalized", "children", 8, 8)],
    ),
    (
        "Eleven patients were being treated at the county hospital, including seven children.",
        [("hospitalized", "people", 11, 11), ("hospitalized", "children", 7, 7)],
    ),
    # controls: treated at the scene; an injury predicate; a part by condition stays other
    ("Medics at the scene treated 30 people injured in the crash.", [("injured", "people", 30, 30)]),
    ("The hospital treated 30 people injured in the crash at the scene.", [("injured", "people", 30, 30)]),
    ("Hospital officials said 30 people were injured in the crash.", [("injured", "people", 30, 30)]),
    (
        "The hospital is treating 12 patients, three of them in critical condition.",
        [("hospitalized", "people", 12, 12), ("other", "in critical condition", 3, 3)],
    ),
]
test_the_wounded_a_hospital_treats_are_hospitalized = rows_test(HOSPITAL_TREATED_WOUNDED, "en")

HELD_BY_CAPTORS: list[Any] = [
    (
        "Troops entered the prison to free more than 100 guards who had been held by the rioters.",
        [("other", "hostages", 101, None)],
    ),
    (
        "Nine prison officers were held by inmates for two days before talks ended the standoff.",
        [("other", "hostages", 9, 9)],
    ),
    # controls: held by an authority
    ("Forty people were held by police after the march.", [("arrested", "people", 40, 40)]),
    ("About 30 protesters were held by security forces overnight.", [("arrested", "protesters", 27, 33)]),
]
test_people_held_by_captors_are_hostages = rows_test(HELD_BY_CAPTORS, "en")

CHARGES_FILED: list[Any] = [
    (
        "Police arrested 77 people after the rally, and criminal charges will be filed against 35 of them, the "
        "minister said.",
        [("arrested", "people", 77, 77), ("other", "charged", 35, 35)],
    ),
    (
        "Officers detained 48 people; charges were brought against 19.",
        [("arrested", "people", 48, 48), ("other", "charged", 19, 19)],
    ),
    (
        "Prosecutors said charges had been laid against 11 of the 30 detained.",
        [("other", "charged", 11, 11), ("arrested", "people", 30, 30)],
    ),
    # controls: a release of part of the arrested; a complaint with no figure
    (
        "Police arrested 77 people after the rally and released 35 of them without charge.",
        [("arrested", "people", 77, 77), ("other", "released", 35, 35)],
    ),
    ("Police filed a complaint against the organisers and arrested 14 people.", [("arrested", "people", 14, 14)]),
]
test_charges_filed_against_people_are_no_arrests = rows_test(CHARGES_FILED, "en")

FEARED_MISSING_WITH_PARTS: list[Any] = [
    (
        "Fifteen people, among them four children, are still unaccounted for and are feared to have drowned, "
        "officials said.",
        [("other", "people feared dead", 15, 15), ("other", "children", 4, 4)],
    ),
    # control: no fear after the aside
    (
        "Fifteen people, among them four children, are still unaccounted for, officials said.",
        [("missing", "people", 15, 15), ("missing", "children", 4, 4)],
    ),
]
test_missing_with_an_aside_of_parts_and_feared_dead = rows_test(FEARED_MISSING_WITH_PARTS, "en")

BROKE_OUT_OF: list[Any] = [
    (
        "Police said 62 inmates broke out of the district jail during the riot.",
        [("other", "escaped prisoners", 62, 62)],
    ),
    (
        "More than 240 inmates broke out of the medium-security custodial centre on Sunday night.",
        [("other", "escaped prisoners", 241, None)],
    ),
    # control: a fire that broke out
    ("A fire broke out at the market, injuring 12 traders.", [("injured", "people", 12, 12)]),
]
test_inmates_who_broke_out_of_a_jail_escaped = rows_test(BROKE_OUT_OF, "en")

SUBSET_PAST_MODIFIERS: list[Any] = [
    (
        "Eight deaths have been confirmed, while 11 other reported deaths are still being validated.",
        [("killed", "people", 8, 8), ("other", "unverified", 11, 11)],
    ),
    ("Twelve more injured people remain in critical condition.", [("other", "in critical condition", 12, 12)]),
    # control: no subset label after the measure word
    ("Nine other people were killed in the crash.", [("killed", "people", 9, 9)]),
]
test_a_subset_label_past_other_and_reported = rows_test(SUBSET_PAST_MODIFIERS, "en")
