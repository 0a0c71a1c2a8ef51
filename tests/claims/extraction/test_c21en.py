"""Classes the fresh English corpus c21en1 showed (issue 11, round 15, r15cen), each fixed in the language rather
than in a sentence. The corpus paraphrases reports of beats the corpora read least: layoffs and strikes (KSTP, CBS,
Straits Times and union copy), teachers' strikes (BBC, TES, the Daily Mail), stadium crushes (El Salvador,
Guinea, South Africa), pilgrimages (Shafaq, The New Region, Mehr), airport traffic (Moodie Davitt, Hindu
BusinessLine, aviation24), census and aid copy, wildfire and heat seasons (CNN fast facts, Axios, AP), and casualty
copy from Central Asia (Times of Central Asia, 24.kg, RFE/RL), the Caucasus (AzerNews, Report.az), Central America
(Taipei Times, Copeco and Conred via wire copy), the Caribbean (AP, the Independent, PAHO on Jamaica, Cuba and
Haiti), West Africa (NADMO via Modern Ghana, Ghanadot, IRIN) and Oceania (Fijivillage, Loop, RNZ, NDMO Vanuatu).

Every sentence is our own (invented places, people and figures). Each row: text, then (measure, subject, low,
high) for every claim (the place tables: (surface, place)).

- people counted in shelters after a verb of crowding or staying (AP, the Independent and PAHO on the Caribbean
  hurricanes: "25,000 people crowded into shelters", "735,000 people remained in shelters", "more than 700 people
  packed shelters", "4,250 persons in shelters", "about 200 people at its shelters") are displaced: ``[measures]
  displaced`` (en). Before, "crowded into" made a turnout of them and the rest stayed other. Controls: a crowd
  crowded into a square is still a turnout; shelters counted or built and animals taken to shelters stay other.
- a stoppage named before its strikers (AP on the Tube strike, "a strike by subway workers", "the walkout by
  members of the RMT"; gate16en "the strike by 45,000 teachers") is a turnout: "strike by", "walkout by", "stoppage
  by", "sit-in by" in ``[measures] participants`` (en). No bare "strike": an air strike or a lightning strike has
  victims, no strikers. Controls: a strike by drones, an air strike, a lightning strike, a strike by unions.
- a turnout its own noun carries ("spectators", "protesters", "mourners") with a future or expected predicate right
  after the noun ("only 12,000 fans would be allowed in" at a Johannesburg gate rush; "More than 100,000 members ...
  are expected to walk out" in a teachers' strike; "Authorities expect up to 400 million people to visit" at the
  Kumbh Mela) is a projection, other with the noun's label: ``turnout_projections`` with ``[cues]
  projection_predicates`` (en). Controls: a past turnout, a future clause of other people after it, a relative
  clause set off by commas, a future deployment.
- an English place article before a capitalised name that a place word closes ("in the Northern Region", "in the
  Eastern Division" of Ghanaian and Fijian disaster offices) is no part of the place, as it was not before a
  lower-case place word ("the Ilocos region"): ``common_places.place_name_start``, with "division" in ``[places]
  parts`` (en). Controls: a place word that is no name ("the capital", "the eastern province") keeps its article;
  a hospital is no place word.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import fields_test, rows_test

SHELTER_STAYS: list[Any] = [
    (
        "In Dominica more than 3,400 people crowded into shelters as the storm approached.",
        [("displaced", "people", 3401, None)],
    ),
    (
        "About 52,000 residents remained in shelters on Friday, the civil defence office said.",
        [("displaced", "people", 46800, 57200)],
    ),
    ("Some 61,000 people remained in shelters across the island on Tuesday.", [("displaced", "people", 54900, 67100)]),
    ("Nearly 900 villagers packed shelters in the northern parish overnight.", [("displaced", "people", 810, 899)]),
    ("The Red Cross said about 310 people were at its shelters in Roseau.", [("displaced", "people", 279, 341)]),
    (
        "Twenty-two families, or 96 people, remain in shelters after the flood.",
        [("other", "households", 22, 22), ("displaced", "people", 96, 96)],
    ),
    # controls: a crowd in a square; shelters counted, built, or holding animals
    ("Some 4,000 supporters crowded into the square for the rally.", [("participants", "people", 3600, 4400)]),
    (
        "The town has 18 shelters with room for 2,400 people.",
        [("other", "shelters", 18, 18), ("other", "people", 2400, 2400)],
    ),
    ("The dogs were taken to shelters; 35 animals were rescued.", [("other", "animals", 35, 35)]),
    ("Workers built 120 shelters for the displaced.", [("other", "shelters", 120, 120)]),
]
test_people_in_shelters_are_displaced = rows_test(SHELTER_STAYS, "en")

STOPPAGES_BY: list[Any] = [
    (
        "A strike by 4,200 rail workers halted trains across the north on Monday.",
        [("participants", "people", 4200, 4200)],
    ),
    ("The walkout by about 700 hospital cleaners entered its second week.", [("participants", "people", 630, 770)]),
    (
        "A stoppage by 1,300 miners at the Kalinda pit cost the company $2 million.",
        [("participants", "people", 1300, 1300), ("other", "USD", 2000000, 2000000)],
    ),
    (
        "A sit-in by 350 students closed three campuses.",
        [("participants", "people", 350, 350), ("other", "campuses", 3, 3)],
    ),
    # controls: strikes with victims, no strikers; a strike by organisations
    (
        "A strike by two drones hit a fuel depot, killing four people.",
        [("other", "drones", 2, 2), ("killed", "people", 4, 4)],
    ),
    (
        "An air strike on the village killed 11 people, including three children.",
        [("killed", "people", 11, 11), ("killed", "children", 3, 3)],
    ),
    ("A lightning strike injured 18 hikers on the ridge.", [("injured", "people", 18, 18)]),
    (
        "The strike by three unions grounded 65 flights.",
        [("other", "groups", 3, 3), ("other", "flights", 65, 65)],
    ),
]
test_a_stoppage_by_its_strikers_is_a_turnout = rows_test(STOPPAGES_BY, "en")

ARTICLE_PLACES: list[Any] = [
    (
        "Floods displaced 4,100 people in the Northern Region and 950 in the Upper East Region.",
        [("4,100", "Northern Region"), ("950", "Upper East Region")],
    ),
    (
        "Twelve died in the Central Region and three in the Volta Region.",
        [("Twelve", "Central Region"), ("three", "Volta Region")],
    ),
    (
        "Storm surges killed nine people in the Western Division and two in the Northern Division.",
        [("nine", "Western Division"), ("two", "Northern Division")],
    ),
    # controls: a place word that is no name keeps its article; a hospital is no place word
    (
        "The toll rose to nine, with six in the capital and three in the eastern province.",
        [("nine", None), ("six", "the capital"), ("three", "the eastern province")],
    ),
]
test_an_article_before_a_named_region_is_no_part_of_it = fields_test(ARTICLE_PLACES, "en", ("text", "place"))

PROJECTED_TURNOUTS: list[Any] = [
    ("Only 15,000 spectators will be allowed in.", [("other", "spectators", 15000, 15000)]),
    ("About 50,000 spectators are expected at the final.", [("other", "spectators", 45000, 55000)]),
    ("Some 3,000 protesters are set to march on parliament on Friday.", [("other", "protesters", 2700, 3300)]),
    ("Around 600 mourners are expected to attend the funeral.", [("other", "mourners", 540, 660)]),
    # controls: a past turnout; a future clause of others after it; a relative clause set off; a deployment
    ("Some 40,000 spectators watched the final.", [("participants", "people", 36000, 44000)]),
    (
        "About 2,000 protesters gathered outside parliament, and police said more will come.",
        [("participants", "protesters", 1800, 2200)],
    ),
    (
        "About 8,000 spectators, who will be searched at the gates, filled the stands.",
        [("participants", "people", 7200, 8800)],
    ),
    ("Some 1,500 officers will be deployed for the match.", [("deployed", "police", 1350, 1650)]),
]
test_a_projected_turnout_is_no_count = rows_test(PROJECTED_TURNOUTS, "en")
