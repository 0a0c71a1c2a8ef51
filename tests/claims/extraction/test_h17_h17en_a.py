"""Classes the fresh mixed-desk English batch ``h17en_a1.json`` showed (issue 11, round 11), each fixed in the
language rather than in a sentence.

Outlets read for the batch (broad queries, all three desks, no outlet dominating): AP and Reuters pickups (Texas and
Arizona flash floods, Nepal and Indonesian landslides, Nigerian village attacks), AFP via Business Recorder (Malin
landslide), EFE via La Prensa Latina (Raigad landslide), NNN-Xinhua (Adamawa), TASS (Washington arrests), Irish
Times, WION, DW, Taipei Times and Tuoi Tre (Greek fires), BBC and Daily Mail (Storm Eunice power cuts), Manila Times,
PTV/PNA, Bombo Radyo and ReliefWeb ECHO flashes (NDRRMC and PNP-NOC typhoon and quake rundowns), Eagle News (Nepal
quake), nonstopkhabar (Nepali landslide), CBS, Daily Excelsior and India Weekly (bus plunges into gorges), The
Independent and The National (temple crushes), The Standard, The Star and newafricanvoice (KNCHR protest tallies),
observerstimes and thewhistler (Nigeria), Sunday Tribune, The Herald and NZ Herald (South African tavern shootings),
Newsday (Trinidad cocaine), NDTV via webjosh (Gujarat cocaine), journal-news (Sudanese cholera), Diggers (Zambian
cholera), paptimes (Haiti), ReliefWeb Somali AWD weeklies, The Daily Star and Prothom Alo (DGHS dengue), Sri Lankan
and Malaysian dengue tallies, DOH situation reports, and Ugandan measles investigations.

Each row: text, then (measure, subject, low, high) for every claim. Our own sentences (invented places and figures).

- the object of an infinitive after a verb of expectation (AFP landslide copy): "we expect to find 40 more bodies"
  is a count not yet made, other (``gates.expected_object``, ``[cues] expectation_verbs`` + "expect"). Control: the
  bodies already found keep the toll.
- a place article before a capitalised name in a breakdown by place (PNP-NOC and NDRRMC rundowns): "two in Central
  Luzon and one in the Ilocos region": the article opens the name when a place word closes it
  (``common_places.place_name_start``), and a capitalised word of position ("Central Luzon") belongs to the
  name. Controls: a common-noun place ("12 in the capital") and a lower-case position ("northern Idlib") are
  unchanged.
- groups listed inside "the bodies of ..." share the verb after the list (``body_lists``): "The bodies of four women
  and two children were recovered". Control: a verb of another reading after the last group keeps its own clause.
- a figure after a comma that closes an age ("aged under five, 13 died") opens a clause of its own when a measure
  word follows it (``age_lists.listed_age``). Control: a list of ages stays ages.
- a breakdown by place after a toll with its cause ("three people died of heatstroke, two in Lyari and one in
  Korangi", Pakistani heat copy, batch ``h17en_a2``): the cause after "died of" belongs to the clause of
  the toll, no predicate of the items (``adjunct_measures.in_death_cause``, ``[syntax] death_cause_words``).
  Controls: a toll and a second clause keep their own verbs; "the bodies of four women and ..." is no cause.
- lexicon phrases: patients "still undergoing treatment" (DGHS dailies) are in hospital; people "shifted to the
  local school" or "to safer places" (Nepali and Indian copy) are displaced; personnel "pressed into the search"
  (wire flood copy) are deployed. Control: patients released from hospital stay other.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

EXPECTED_FINDS: list[Any] = [
    (
        '"We have found 64 bodies so far, but we expect to find 40 more bodies," the commandant said.',
        [("killed", "people", 64, 64), ("other", "increase", 40, 40)],
    ),
    ("Rescuers found 40 bodies in the debris.", [("killed", "people", 40, 40)]),
]
test_expected_finds = rows_test(EXPECTED_FINDS, "en")

ARTICLE_PLACES: list[Any] = [
    (
        "Five people died in Central Luzon, two in the Bicol region and one in the Cordillera region.",
        [("killed", "people", 5, 5), ("killed", "people", 2, 2), ("killed", "people", 1, 1)],
    ),
    (
        "Two people were killed in Abra, two in Benguet and three in the Ilocos region.",
        [("killed", "people", 2, 2), ("killed", "people", 2, 2), ("killed", "people", 3, 3)],
    ),
    # controls: a common-noun place, a lower-case position
    (
        "The storm killed 12 in the capital and five in the eastern province.",
        [("killed", "people", 12, 12), ("killed", "people", 5, 5)],
    ),
    (
        "Nine died in northern Idlib and five in southern Aleppo.",
        [("killed", "people", 9, 9), ("killed", "people", 5, 5)],
    ),
]
test_article_places = rows_test(ARTICLE_PLACES, "en")

BODY_LISTS: list[Any] = [
    (
        "The bodies of four women and two children were recovered on Tuesday.",
        [("killed", "women", 4, 4), ("killed", "children", 2, 2)],
    ),
    (
        "The bodies of three men and two women were found, and 12 people were rescued.",
        [("killed", "men", 3, 3), ("killed", "women", 2, 2), ("other", "survivors", 12, 12)],
    ),
    # control: a verb of another reading after the last group
    (
        "The bodies of three men were found and two women were rescued.",
        [("killed", "men", 3, 3), ("other", "women", 2, 2)],
    ),
]
test_body_lists = rows_test(BODY_LISTS, "en")

AGE_COMMAS: list[Any] = [
    (
        "Of the 58 probable measles patients aged under five, 13 died.",
        [("other", "patients", 58, 58), ("killed", "people", 13, 13)],
    ),
    (
        "Of the 40 patients aged over 60, 12 died and 9 were discharged.",
        [("other", "patients", 40, 40), ("killed", "people", 12, 12), ("other", "discharged patients", 9, 9)],
    ),
    # control: a list of ages
    ("The dead were three children aged 4, 7 and 9.", [("killed", "children", 3, 3)]),
]
test_age_commas = rows_test(AGE_COMMAS, "en")

PHRASES: list[Any] = [
    (
        "Some 2,150 dengue patients are still undergoing treatment in hospitals across the country.",
        [("hospitalized", "people", 1935, 2365)],
    ),
    (
        "Around 640 people have been shifted to the local school as the hamlet is at risk of another slide.",
        [("displaced", "people", 576, 704)],
    ),
    (
        "Six people were killed and nine injured, while 40 residents were shifted to safer places.",
        [("killed", "people", 6, 6), ("injured", "people", 9, 9), ("displaced", "people", 40, 40)],
    ),
    (
        "About 450 soldiers and police have been pressed into the search for the missing.",
        [("deployed", "security_forces", 405, 495)],
    ),
    # control: released patients
    ("Some 2,150 dengue patients were released from hospitals.", [("other", "discharged patients", 1935, 2365)]),
]
test_phrases = rows_test(PHRASES, "en")

DEATH_CAUSES: list[Any] = [
    (
        "The police surgeon said three people died of heatstroke, two in Lyari and one in Korangi.",
        [("killed", "people", 3, 3), ("killed", "people", 2, 2), ("killed", "people", 1, 1)],
    ),
    (
        "Five people died of heat stroke, two in Lyari and three in Korangi.",
        [("killed", "people", 5, 5), ("killed", "people", 2, 2), ("killed", "people", 3, 3)],
    ),
    (
        "Seven people died of their injuries, four in Kano and three in Kaduna.",
        [("killed", "people", 7, 7), ("killed", "people", 4, 4), ("killed", "people", 3, 3)],
    ),
    # control: a second clause with its own verb (a body noun before a list of groups: BODY_LISTS)
    (
        "Ten people died of cholera and 40 were hospitalised.",
        [("killed", "people", 10, 10), ("hospitalized", "people", 40, 40)],
    ),
]
test_death_causes = rows_test(DEATH_CAUSES, "en")
