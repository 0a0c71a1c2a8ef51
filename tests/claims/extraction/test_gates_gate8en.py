"""Gates on the mechanism that names a figure's measure (issue 11, helper gate8en): when the evidence a rule used is
weak, the figure is ``other`` (DESIGN.md 4.1: a wrong specific measure is worse than ``other``).

Every sentence is our own (invented places, people and figures); the constructions are those read in wire, regional
and local English copy on bombings, mine collapses, landslides, typhoon bulletins and epidemics. Each gate has rows
whose wrong reading now gives ``other`` and control rows that keep their measure. Each row: text, then
(surface, measure) for the claims checked.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract

Row = tuple[str, list[tuple[str, str]]]


def _measures(text: str) -> dict[str, str]:
    return {c.text: c.measure for c in extract(text, "en")}


def _check(text: str, expected: list[tuple[str, str]]) -> None:
    got = _measures(text)
    for surface, measure in expected:
        assert got.get(surface) == measure, (surface, got)


# a part of the figure before ("nine of whom", "four of them") whose own predicate names no measure is a subset
# picked out by that predicate (discharged, verified, serious), not a count of the whole's measure
PART_WITH_OWN_PREDICATE: list[Row] = [
    (
        "Police said 23 people were hurt in the blast, nine of whom have since been discharged.",
        [("23", "injured"), ("nine", "other")],
    ),
    (
        "Officials reported 40 deaths, 31 of which have been verified by the health office.",
        [("40", "killed"), ("31", "other")],
    ),
    ("Seventeen people were wounded, four of them were serious.", [("Seventeen", "injured"), ("four", "other")]),
    (
        "A total of 52 persons were reported injured -- 19 of whom were confirmed, while 6 persons were missing.",
        [("52", "injured"), ("19", "other"), ("6", "missing")],
    ),
    # controls: a predicate that is a measure, a group noun, a part with no predicate
    (
        "Thirty people were injured, 12 of whom were still in hospital.",
        [("Thirty", "injured"), ("12", "hospitalized")],
    ),
    ("Fifteen people died, six of whom were children.", [("Fifteen", "killed"), ("six", "killed")]),
    ("Officials counted 40 injured, including 12 children.", [("40", "injured"), ("12", "injured")]),
    ("Police detained 14 people, five of them on Sunday.", [("14", "arrested"), ("five", "arrested")]),
]

# the first measure word after a figure that stands in a later figure's noun phrase (right after its number, or as
# the head of a noun phrase with no other noun) is that figure's word
WORD_OF_LATER_FIGURE: list[Row] = [
    ("One guide and one injured climber were flown off the mountain.", [("One", "other"), ("one", "injured")]),
    (
        "The outbreak has caused 5,210 cases including 88 associated deaths.",
        [("5,210", "other"), ("88", "killed")],
    ),
    (
        "In the three storms, 310, 212 and 97 deaths were recorded.",
        [("three", "other"), ("310", "killed"), ("212", "killed"), ("97", "killed")],
    ),
    ("A nurse and two wounded guards were airlifted to the capital.", [("two", "injured")]),
    # controls: co-subjects of one predicate, a part out of the later figure, a list sharing its noun
    ("Eight women and six men were killed.", [("Eight", "killed"), ("six", "killed")]),
    ("Eleven among the 24 deaths occurred in June.", [("Eleven", "killed"), ("24", "killed")]),
    ("In the floods of 1998, 2004 and 2011, 820, 410 and 96 deaths were recorded.", [("820", "killed")]),
    ("Twenty people were hurt and 12 died.", [("Twenty", "injured"), ("12", "killed")]),
    ("Medics took one adult and one child to a hospital.", [("one", "hospitalized")]),
]

# a measure word before the figure reaches it across a preposition only when the preposition opens the measure's
# value: "from" after a tally opens its source; an estimate verb gives its value to the first figure after it
WORD_BEFORE_ACROSS_PREPOSITION: list[Row] = [
    ("The death toll from two separate blasts has risen to 31.", [("two", "other"), ("31", "killed")]),
    ("The death toll from five attacks on the villages rose to 43.", [("five", "other"), ("43", "killed")]),
    (
        "Rescuers estimated that about 90 people were buried in 30 houses.",
        [("about 90", "other"), ("30", "other")],
    ),
    ("Officials estimated some 200 residents were stranded in 12 villages.", [("12", "other")]),
    # controls: the value after an estimate, a tally's value after "at", a change from an earlier value
    ("Police put the crowd at 45,000.", [("45,000", "participants")]),
    ("Officials estimated the turnout at 12,000.", [("12,000", "participants")]),
    ("The death toll stood at 19 on Monday.", [("19", "killed")]),
    ("The death toll has climbed from 61 to 70.", [("70", "killed")]),
]


@pytest.mark.parametrize(("text", "expected"), PART_WITH_OWN_PREDICATE)
def test_part_with_own_predicate(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), WORD_OF_LATER_FIGURE)
def test_word_of_later_figure(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), WORD_BEFORE_ACROSS_PREPOSITION)
def test_word_before_across_preposition(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)
