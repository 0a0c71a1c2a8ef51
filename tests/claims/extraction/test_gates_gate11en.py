"""Gates found on fresh health- and crime-desk reports, fourth wave (issue 11, helper gate11en): a daily figure tied
by an adjunct preposition (or by "and" to a new-case increment) to the running total of its measure is the increment,
a part that reads the measure word of its whole is a subset, and the object of a verb of fear is no count. A wrong
specific measure is worse than ``other`` (DESIGN.md 4.1).

Every sentence is our own (invented places, people and figures); the constructions are those read in COVID, dengue
and cholera bulletins and in factory-blast copy. Each gate has rows whose wrong reading now gives ``other`` and
control rows that keep their measure. Each row: text, then (surface, measure) for the claims checked (None: no claim
with a specific measure).
"""

from __future__ import annotations

import pytest

from tests.claims.extraction.gate_tables import Row, gate_test, subject_of

# a figure that "with" or "after" ties to a running total of its own measure counts the change: the increment
ADJUNCT_INCREMENT: list[Row] = [
    ("The death toll in Varno province reached 4,312 with 27 fresh fatalities recorded overnight.", [("27", None)]),
    ("The toll from the fever climbed to 218 after 9 deaths were logged on Friday.", [("9", None)]),
    ("With 14 deaths, the toll from the outbreak has risen to 301, the ministry said.", [("14", None)]),
    ("With three deaths, the number of measles deaths this year rose to eleven.", [("three", None)]),
    ("The number of arrests climbed to 870 after 42 people were detained overnight in Sorel.", [("42", None)]),
]
ADJUNCT_INCREMENT_CONTROLS: list[Row] = [
    ("The death toll in Varno reached 4,312 with 27 fresh fatalities recorded overnight.", [("4,312", "killed")]),
    ("With 14 deaths, the toll from the outbreak has risen to 301, the ministry said.", [("301", "killed")]),
    ("The death toll rose to 52 with 16 people still missing near Harlow.", [("52", "killed"), ("16", "missing")]),
    ("The toll reached 33 with 20 deaths in Corrin and 13 in Bayle.", [("20", "killed"), ("13", "killed")]),
    ("After 40 people were arrested, the protest in Tessa ended.", [("40", "arrested")]),
    ("The death toll rose to 64, with 41 deaths in Morwen province.", [("41", "killed")]),
    ("The toll from the floods reached 88, with 52 deaths recorded in Kessa.", [("52", "killed")]),
    ("Nineteen people died after 60 guests fell ill at a wedding in Marlow.", [("nineteen", "killed")]),
]

# a figure joined by "and" to a new-case increment before a verb that brings the totals, one of which counts by the
# figure's measure, is the increment of that measure
COORDINATED_INCREMENT: list[Row] = [
    (
        "Health officials logged 85 new infections and four deaths, taking the tally to 2,310 infections including 61 "
        "deaths.",
        [("four", None)],
    ),
    (
        "The region reported 430 new cases and 12 deaths, bringing the totals to 9,870 cases and 144 deaths.",
        [("12", None)],
    ),
    (
        "Kerrow district recorded 66 new cases and 3 deaths overnight, taking its count to 1,204 cases with 38 deaths.",
        [("3", None)],
    ),
]
COORDINATED_INCREMENT_CONTROLS: list[Row] = [
    (
        "The region reported 430 new cases and 12 deaths, bringing the totals to 9,870 cases and 144 deaths.",
        [("144", "killed")],
    ),
    ("Orvel province reported 2,150 new cases and 31 deaths on Sunday.", [("31", "killed")]),
    ("The ministry counted 900 new cases and 40 deaths, bringing the total to 18,000 cases.", [("40", "killed")]),
]

# the measure word right after the whole's number of a partitive modifies the whole: the part, picked out by its own
# predicate, is a subset of them, no count of the measure
PART_READS_WHOLE: list[Row] = [
    ("One of 22 detained Nepali workers who wanted to go home said he had not eaten for days.", [("one", None)]),
    ("One of 9 injured Kenyan miners who spoke to reporters said the roof gave way.", [("one", None)]),
    ("One of 11 injured Thai fishermen who spoke to the BBC said the boat capsized.", [("one", None)]),
]
PART_READS_WHOLE_CONTROLS: list[Row] = [
    ("One of 22 detained Nepali workers who wanted to go home said he had not eaten for days.", [("22", "arrested")]),
    ("Three of the 15 dead were children, the coroner in Lusk said.", [("three", "killed")]),
    ("Seven of the 30 injured were admitted to hospital in Brenna.", [("seven", "hospitalized")]),
    ("Two of 19 injured climbers died on the way to hospital.", [("19", "injured")]),
]

# a part of the figure before ("five of them") picked out by an agent right after it is a subset, not of its measure
PART_BY_AGENT: list[Row] = [
    ("Police shot dead 14 gang suspects in Marl, six of them by a special unit.", [("six", None)]),
    ("A total of 90 traders were detained, 35 of them by customs officers at the port of Selby.", [("35", None)]),
    ("Nine miners were rescued alive and 12 were injured, four of them by falling rock.", [("four", None)]),
]
PART_BY_AGENT_CONTROLS: list[Row] = [
    ("Police shot dead 14 gang suspects in Marl, six of them by a special unit.", [("14", "killed")]),
    ("Twenty people were injured, eight of them in Dunfield.", [("eight", "injured")]),
    ("Thirty protesters were arrested, 12 of them students.", [("thirty", "arrested")]),
]

# the figure right after a verb of fear (as after one of expectation): what is feared has not been counted
FEARED_OBJECT: list[Row] = [
    ("We fear 23 have died in the blast, the fire chief of Dunmore said.", [("23", None)]),
    ("Rescuers feared 31 workers had been killed when the kiln at Brask collapsed.", [("31", None)]),
    ("Relatives fear dozens drowned when the boat overturned off Kessel.", [("dozens", None)]),
]
FEARED_OBJECT_CONTROLS: list[Row] = [
    ("Eight workers died and 17 are feared dead after the blast at Brask.", [("eight", "killed")]),
    ("The families fear for the 12 miners who are missing at Holt.", [("12", "missing")]),
    ("Police feared trouble and arrested 45 people outside the stadium in Orlen.", [("45", "arrested")]),
]


test_gate = gate_test(
    ADJUNCT_INCREMENT
    + ADJUNCT_INCREMENT_CONTROLS
    + COORDINATED_INCREMENT
    + COORDINATED_INCREMENT_CONTROLS
    + PART_READS_WHOLE
    + PART_READS_WHOLE_CONTROLS
    + PART_BY_AGENT
    + PART_BY_AGENT_CONTROLS
    + FEARED_OBJECT
    + FEARED_OBJECT_CONTROLS
)


@pytest.mark.parametrize(
    ("text", "surface"), [(text, rows[0][0]) for text, rows in ADJUNCT_INCREMENT + COORDINATED_INCREMENT]
)
def test_adjunct_increment_is_an_increase(text: str, surface: str) -> None:
    """The increment keeps its figure as a claim, ``other`` with subject ``increase`` (DESIGN 4.1)."""
    assert subject_of(text, "en", surface) == ("other", "increase")
