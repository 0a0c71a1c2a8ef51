"""Misreads and misses a round-13 audit of 372 sentences of real English copy (a19en) found in classes, each fixed in
the language rather than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports (AP,
UPI and Newser mine-disaster copy from China; the Guardian's Welsh mine live blog; UK court copy of drug gangs in the
Northern Echo, Echo News, Sunrise Radio and the EADT; Pakistani search-and-combing rundowns in the Nation, the News
and UrduPoint; Malaysian and Indian school food-poisoning copy in the Star, NST and FoodHACCP pickups; AP crash and
bombing copy). Each row: text, then (measure, subject, low, high) for every claim.

- a state of the noun ("trapped", "buried") before a perfect passive of death: "All 33 miners trapped underground
  have been found dead" (``modifier_predicates.passive_before``: "been" before the main verb after a modifier), and
  a figure inside the modifier's adjunct: "miners who became trapped following two explosions were confirmed dead"
  (``own_figures_between``, ``[cues] modifier_adjuncts``; reach: an adjunct's figure of things is no figure in the
  way). Controls: miners trapped and rescued stay other; "12 who died and five injured" keeps two subjects.
- blasts counted are events, no people (``[nouns] explosions``, ``blasts``): "two explosions" read "killed" from the
  predicate of the miners. A thing noun in a place adjunct before a change verb names no figure of the change
  ("the number of people killed in the blasts rose from 30 to 41": ``change_spans``, ``plural_changes`` with
  ``modifier_predicates.in_adjunct``). Controls: "road accidents in the state rose to 412" keeps its noun.
- a preposition of occasion before a figure of no person ("people who were hurt during three clashes were
  admitted": ``occasion_object``, ``[cues] occasion_objects``): the figure is its object, no subject. Control: "during
  the clashes, 40 were injured".
- a participle of a named whole before the part's copula: "at least two of the injured transported to hospitals were
  in critical condition" (``past_whole_participle``: the part's predicate starts at the copula). Controls: "five of
  the wounded succumbed", "four of the dead found in the river were children".
- a sentence read as an arrest: "six people have been jailed for their part in an international drug operation",
  "four were jailed in May for firearms offences" (``prison_terms._reason_after``, ``[cues] term_reasons``).
  Controls: "jailed after the raid" and "arrested for their part in" stay arrests.
- a search word that only opens the sentence: "during door-to-door search at least 656 people were checked": the
  figure has its own auxiliary, no one searched for (``searched.searched_for``). Control: "still searching for 11
  miners" stays missing.
- a list by place that leaves out the verb: "ten ... were admitted to the X hospital and 50 at the hospital here",
  "killed all 128 people on the two airplanes, and six on the ground" (``parallel_gaps``, ``[cues] gap_places``).
  Controls: a second clause with its own verb keeps its own reading.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

TRAPPED_FOUND_DEAD: list[Any] = [
    ("All 21 miners trapped in the Kestrel pit have been found dead.", [("killed", "people", 21, 21)]),
    (
        "The last eight workers trapped under the collapsed tunnel have been confirmed dead.",
        [("killed", "people", 8, 8)],
    ),
    (
        "Fourteen miners who became trapped following two gas blasts were found dead on Sunday.",
        [("killed", "people", 14, 14), ("other", "explosions", 2, 2)],
    ),
    ("Nine quarry workers buried by a landslide have been found dead.", [("killed", "people", 9, 9)]),
    ("Six divers trapped in the flooded cave have been found dead.", [("killed", "people", 6, 6)]),
    # controls: trapped and rescued, brought out alive; a second subject between
    ("Twelve miners trapped in the shaft have been rescued.", [("other", "miners", 12, 12)]),
    ("Eleven workers trapped in the mine were brought out alive.", [("other", "workers", 11, 11)]),
    (
        "Twelve people who died and five injured were taken to hospital.",
        [("killed", "people", 12, 12), ("injured", "people", 5, 5)],
    ),
]
test_a_trapped_noun_found_dead = rows_test(TRAPPED_FOUND_DEAD, "en")

EVENT_NOUNS: list[Any] = [
    ("Two explosions killed 11 miners.", [("other", "explosions", 2, 2), ("killed", "people", 11, 11)]),
    (
        "Three blasts injured 40 people at the market.",
        [("other", "explosions", 3, 3), ("injured", "people", 40, 40)],
    ),
    # controls: a thing noun in the adjunct of a tally's change names none of its figures
    (
        "The number of people killed in the blasts rose from 30 to 41.",
        [("killed", "people", 30, 30), ("killed", "people", 41, 41)],
    ),
    (
        "The number of people killed in the accidents rose from 12 to 19.",
        [("killed", "people", 12, 12), ("killed", "people", 19, 19)],
    ),
    ("Road accidents in the state rose to 412.", [("other", "accidents", 412, 412)]),
]
test_blasts_count_no_people = rows_test(EVENT_NOUNS, "en")

OCCASION_OBJECTS: list[Any] = [
    (
        "Police said 14 people who were hurt during three clashes outside the stadium were admitted to hospital.",
        [("hospitalized", "people", 14, 14), ("other", "clashes", 3, 3)],
    ),
    (
        "Nine fans who were hurt following two stampedes were taken to hospital.",
        [("hospitalized", "people", 9, 9), ("other", "stampedes", 2, 2)],
    ),
    # controls: a figure of people after the preposition's object
    ("During the clashes, 40 were injured.", [("injured", "people", 40, 40)]),
]
test_an_occasion_object_is_no_subject = rows_test(OCCASION_OBJECTS, "en")

WHOLE_PARTICIPLES: list[Any] = [
    (
        "At least three of the injured taken to hospitals were in critical condition, police said.",
        [("other", "in critical condition", 3, None)],
    ),
    (
        "Two of the wounded transported to the district hospital were in critical condition.",
        [("other", "in critical condition", 2, 2)],
    ),
    ("Five of the injured admitted to hospital were discharged on Monday.", [("other", "discharged patients", 5, 5)]),
    # controls: the part's own verb, or its group
    ("Five of the wounded succumbed.", [("killed", "people", 5, 5)]),
    ("Four of the dead found in the river were children.", [("killed", "children", 4, 4)]),
    ("Fifteen of the injured were taken to Parkland Memorial Hospital.", [("hospitalized", "people", 15, 15)]),
]
test_a_participle_of_the_whole_names_no_part = rows_test(WHOLE_PARTICIPLES, "en")

JAILED_FOR_REASON: list[Any] = [
    ("Five men have been jailed for their part in a cocaine ring.", [("other", "men", 5, 5)]),
    ("Three women were jailed for their roles in the fraud.", [("other", "women", 3, 3)]),
    ("Seven gang members were jailed in March for firearms offences.", [("other", "members", 7, 7)]),
    # controls: an arrest stays an arrest
    ("Two men were arrested for their part in the riot.", [("arrested", "men", 2, 2)]),
    ("Police arrested 14 people for their role in the protest.", [("arrested", "people", 14, 14)]),
    ("Three men were jailed after the raid on Mill Lane.", [("arrested", "men", 3, 3)]),
]
test_jailed_for_a_reason_is_a_sentence = rows_test(JAILED_FOR_REASON, "en")

SEARCH_OPENS_CLAUSE: list[Any] = [
    ("During a door-to-door search at least 300 people were checked.", [("other", "people", 300, None)]),
    ("During the house-to-house search 420 residents were questioned.", [("other", "questioned", 420, 420)]),
    # controls: the people searched for
    ("Rescuers are still searching for 11 miners.", [("missing", "people", 11, 11)]),
    ("Divers resumed the search for 14 fishermen who were swept away.", [("missing", "people", 14, 14)]),
]
test_a_search_before_a_subject = rows_test(SEARCH_OPENS_CLAUSE, "en")

LISTS_BY_PLACE: list[Any] = [
    (
        "Ten of the pupils were admitted to the Serdang hospital and 45 at the district clinic.",
        [("hospitalized", "people", 10, 10), ("hospitalized", "people", 45, 45)],
    ),
    (
        "The bomb killed 30 people inside the market and eight on the road outside.",
        [("killed", "people", 30, 30), ("killed", "people", 8, 8)],
    ),
    (
        "Four workers were injured at the plant and two at the depot.",
        [("injured", "people", 4, 4), ("injured", "people", 2, 2)],
    ),
    (
        "Police deployed 300 officers at the stadium and 120 near the station.",
        [("deployed", "police", 300, 300), ("deployed", "police", 120, 120)],
    ),
    # controls: a second figure with a verb of its own
    (
        "Twelve people were admitted to hospital and 40 were treated as outpatients.",
        [("hospitalized", "people", 12, 12), ("other", "outpatients", 40, 40)],
    ),
    (
        "Officials said 200 people were evacuated and 12 in the village refused to leave.",
        [("displaced", "people", 200, 200), ("other", "people", 12, 12)],
    ),
]
test_a_list_by_place_keeps_the_measure = rows_test(LISTS_BY_PLACE, "en")
