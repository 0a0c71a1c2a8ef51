"""Misread classes found by a third audit of English reports (issue 11, helper audit_en3): a figure must not take a
specific measure that is not its own (DESIGN.md 4.1: prefer ``other`` to a wrong measure).

Every sentence is our own (invented places, people and figures); the wordings are those read in English reports of
train and bus crashes, ferry sinkings, mine and factory disasters, jailbreaks, stadium crushes, bushfires, hajj heat,
refugee and hunger statistics (UNHCR, OCHA, WFP) and drug-war tallies. Each row: text, then (measure, subject, low,
high) for every claim. Control rows, where the specific measure is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

ENGLISH: list[Any] = [
    # the hazard itself is neither a damaged thing nor a crowd, labelled by its own noun (round 7); control: the
    # homes a fire destroyed
    ("Crews said more than 90 fires were still burning across the region.", [("other", "fires", 91, None)]),
    ("Dozens of blazes were burning out of control on Monday.", [("other", "blazes", 24, 99)]),
    ("Three wildfires converged near the town overnight.", [("other", "wildfires", 3, 3)]),
    ("The blaze destroyed 40 homes.", [("damaged", "homes", 40, 40)]),
    # records, posts and counted collapses are things
    ("Investigators have so far examined 2,140 death files.", [("other", "reports", 2140, 2140)]),
    ("A total of three hundred thousand more tweets were posted.", [("other", "posts", 300000, 300000)]),
    (
        "There have been at least four fatal mine collapses in the province since 2019.",
        [("other", "accidents", 4, None)],
    ),
    ("At least 12 buildings collapsed in the quake.", [("damaged", "buildings", 12, None)]),
    # a severity grade on an active verb or on the injuries is a subset (other); control: the injured total
    (
        "The blast killed 22 workers, seriously injuring 75 others.",
        [("killed", "people", 22, 22), ("other", "seriously injured", 75, 75)],
    ),
    (
        "The riot left 31 dead and more than 300 major injuries.",
        [("killed", "people", 31, 31), ("other", "seriously injured", 301, None)],
    ),
    (
        "The blast killed 22 workers and injured 75 others.",
        [("killed", "people", 22, 22), ("injured", "people", 75, 75)],
    ),
    # escapees not yet caught are no arrests; control: those recaptured
    (
        "Of the 9,870 escapees, 2,310 are yet to be recaptured.",
        [("other", "fugitives", 9870, 9870), ("other", "fugitives", 2310, 2310)],
    ),
    ("Authorities said 14 inmates remain at large.", [("other", "fugitives", 14, 14)]),
    ("Police have recaptured 61 of the escaped inmates.", [("arrested", "people", 61, 61)]),
    # a death averted counts nobody dead; control: the deaths themselves
    ("The pilot's quick action averted the deaths of 180 passengers.", [("other", "passengers", 180, 180)]),
    ("The crash caused the deaths of 180 passengers.", [("killed", "people", 180, 180)]),
    # a vessel's load after "carrying" is who was aboard, not a measure said later; controls: the figure before the
    # verb keeps its own predicate, and a later figure keeps its measure
    (
        "Three children were found dead on a dinghy carrying about 55 people in the Aegean Sea and a search was "
        "under way for a man reported missing from the boat.",
        [("killed", "children", 3, 3), ("other", "people on board", 50, 60)],
    ),
    ("Five men carrying rifles were arrested at the checkpoint.", [("arrested", "men", 5, 5)]),
    (
        "A ferry carrying 200 passengers sank off the coast and 43 are missing.",
        [("other", "passengers", 200, 200), ("missing", "people", 43, 43)],
    ),
    # people among a crowd to whom something else happened are no turnout; controls: the crowd itself
    (
        "At least 310 people among the crowds who gathered at the shrine were confirmed dead.",
        [("other", "people", 310, None)],
    ),
    ("About 20,000 people among the crowd marched to the palace.", [("participants", "people", 18000, 22000)]),
    ("Some 3,000 people were among the crowd that gathered outside.", [("participants", "people", 2700, 3300)]),
    # "gathered that" is what a reporter learned; control: people who gathered
    (
        "The paper further gathered that a total of 2,905 inmates across the nation regained their freedom.",
        [("other", "inmates", 2905, 2905)],
    ),
    ("About 300 people gathered that evening outside the court.", [("participants", "people", 270, 330)]),
    # "put the number of deaths at" gives the toll, and a gapped clause after it keeps its own measure
    (
        "The ministry put the number of deaths at 430 and the number of wounded at 2,100.",
        [("killed", "people", 430, 430), ("injured", "people", 2100, 2100)],
    ),
    ("The ministry put the death toll at 430.", [("killed", "people", 430, 430)]),
    # deaths of pedestrians are a part of a road toll (a group narrower than the closed set)
    (
        "A total of 1,904 people died on the roads, including 553 pedestrians.",
        [("killed", "people", 1904, 1904), ("other", "pedestrians", 553, 553)],
    ),
    ("There were 553 pedestrian deaths last year.", [("other", "pedestrians", 553, 553)]),
    ("The crash killed 3 pedestrians.", [("killed", "people", 3, 3)]),
    # fresh set 2: sub-districts are places, not people moved; "sent ... to area hospitals" is admission
    (
        "Around 412 residents from six sub-districts were forced to evacuate.",
        [("displaced", "people", 371, 453), ("other", "subdistricts", 6, 6)],
    ),
    (
        "The crash killed 3 people and sent over two dozen to area hospitals.",
        [("killed", "people", 3, 3), ("hospitalized", "people", 25, None)],
    ),
    ("The governor sent 300 soldiers to the flooded area.", [("deployed", "soldiers", 300, 300)]),
    # the escape of inmates is no injury said of others; a figure of speech is no march
    ("The attack led to the escape of 48 inmates and left several guards injured.", [("other", "inmates", 48, 48)]),
    (
        "Aid groups say 41 million people are marching towards famine.",
        [("other", "at risk of hunger", 41_000_000, 41_000_000)],
    ),
    ("Thousands of protesters were marching toward the parliament.", [("participants", "protesters", 2000, 9999)]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_audit_class(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "en"), expected) == expected
