"""Misreads of measure words near figures they do not govern (gate17en, issue 11 round 11): English wire copy, court
and inquiry reports, anniversaries and statistics releases (road safety, crime, water safety, WHO and agency
reports), each class fixed in the language rather than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports
(AP and Reuters quake and tornado rundowns, Grenfell and Marchioness inquiry copy, DfT road-casualty releases, ITF
road-safety country profiles, WHO World Health Statistics stories). Each row: text, then (measure, subject, low,
high) for every claim.

- death forecasts with the verb after a modal (agency warnings): "could kill between 50 and 80 million": ``other``,
  ``projected deaths``. Controls: the same verbs in the past keep their measure; "may have died" keeps it; a
  displacement forecast keeps its measure as the project's convention has it (test_newsroom: "could be displaced").
- the dead still buried, counted by belief (quake copy): "officials believe another 4,000 dead are still buried":
  ``people presumed dead``.
- a figure with a fraction is no count of people (``fractional_counts.py``): British clock times ("held at
  11.02"), averages: ``other``. Controls: "2.5 million people fled" stays displaced.
- crashes graded by casualty (road-casualty releases): "151,000 injury collisions", "1,580 fatal collisions": a
  count of crashes; a target ("a target of no more than 150 road deaths a year by 2030") is no tally.
- drownings are deaths (water-safety statistics): "Drownings rose to 283, up from 226".
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

FORECASTS: list[Any] = [
    (
        "A new flu pandemic could kill between 30 and 60 million people, the panel warned.",
        [("other", "projected deaths", 30000000, 60000000)],
    ),
    (
        "The storm could kill hundreds, forecasters said, after it killed 12 in Cuba.",
        [("other", "projected deaths", 200, 999), ("killed", "people", 12, 12)],
    ),
    # controls: the same verbs in the past; a hedged past estimate keeps its measure
    (
        "The floods killed 40 people and forced 2,000 from their homes.",
        [("killed", "people", 40, 40), ("displaced", "people", 2000, 2000)],
    ),
    ("Some 300 people lost their homes in the fire.", [("displaced", "people", 270, 330)]),
    ("Aid agencies say 9,000 people may have died in the siege.", [("killed", "people", 9000, 9000)]),
    ("Up to 3,000 people could be forced from their homes if the levee fails.", [("displaced", "people", 0, 3000)]),
]
test_forecasts_after_a_modal_are_no_tally = rows_test(FORECASTS, "en")

BURIED_DEAD: list[Any] = [
    (
        "Officials believe another 2,500 dead are still buried under collapsed homes.",
        [("other", "people presumed dead", 2500, 2500)],
    ),
    # control: bodies dug out are the dead
    ("Soldiers dug 37 bodies out of the rubble on Friday.", [("killed", "people", 37, 37)]),
]
test_dead_still_buried_are_presumed_dead = rows_test(BURIED_DEAD, "en")

FRACTIONS: list[Any] = [
    (
        "A minute's silence was held at 11.02 for the 48 people who lost their lives.",
        [("other", "people", 11.02, 11.02), ("killed", "people", 48, 48)],
    ),
    ("The hearing was held at 10.30 on Monday.", [("other", "people", 10.3, 10.3)]),
    # controls: a scale word makes the figure whole
    ("About 2.5 million people fled the fighting.", [("displaced", "people", 2250000, 2750000)]),
]
test_a_figure_with_a_fraction_counts_no_people = rows_test(FRACTIONS, "en")

ROAD_STATISTICS: list[Any] = [
    ("There were 142,000 injury collisions reported to police last year.", [("other", "accidents", 142000, 142000)]),
    ("The force recorded 96 fatal collisions in the county.", [("other", "accidents", 96, 96)]),
    (
        "The council has set a target of no more than 120 road deaths a year by 2030.",
        [("other", "target", 0, 120)],
    ),
    ("The strategy sets a goal of fewer than 80 deaths on the roads.", [("other", "target", 0, 79)]),
    (
        "Drownings rose to 312 last summer, up from 245.",
        [("killed", "people", 312, 312), ("killed", "people", 245, 245)],
    ),
    ("Seven drownings were recorded on the lake this year.", [("killed", "people", 7, 7)]),
    # controls: deaths on the roads stay deaths; a collision that killed people
    ("Road deaths fell to 1,640, down 3 per cent.", [("killed", "people", 1640, 1640), ("other", "percent", 3, 3)]),
    ("Two people died in a collision on the motorway.", [("killed", "people", 2, 2)]),
]
test_road_statistics_count_crashes_targets_and_drownings = rows_test(ROAD_STATISTICS, "en")
