"""Gates on the mechanism that names a figure's measure (issue 11, helper gate8en): when the evidence a rule used is
weak, the figure is ``other`` (DESIGN.md 4.1: a wrong specific measure is worse than ``other``).

Every sentence is our own (invented places, people and figures); the constructions are those read in wire, regional
and local English copy on bombings, mine collapses, landslides, typhoon bulletins and epidemics. Each gate has rows
whose wrong reading now gives ``other`` and control rows that keep their measure. Each row: text, then
(surface, measure) for the claims checked.
"""

from __future__ import annotations

from tests.claims.extraction.gate_tables import Row, gate_test

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
        "The cumulative total since January is 7 412 including 311 associated deaths.",
        [("7 412", None), ("311", "killed")],
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


test_part_with_own_predicate = gate_test(PART_WITH_OWN_PREDICATE, fold_case=False)


test_word_of_later_figure = gate_test(WORD_OF_LATER_FIGURE, fold_case=False)


test_word_before_across_preposition = gate_test(WORD_BEFORE_ACROSS_PREPOSITION, fold_case=False)


# a figure after a preposition that closes another figure's noun phrase is that noun phrase's adjunct: the predicate
# after it is the other figure's
ADJUNCT_OF_FIGURE: list[Row] = [
    ("Rescuers believe about 60 villagers in 25 houses were buried by the slide.", [("25", "other")]),
    ("Officials said 300 people in 14 homes were swept away.", [("14", "other")]),
    ("Some 80 families in 9 hamlets were evacuated overnight.", [("9", "other")]),
    # controls: the figure's own predicate with no figure before the preposition; a part of a whole ("dari")
    ("Floodwaters damaged 25 houses in the village.", [("25", "damaged")]),
    ("About 40 houses were buried by the slide.", [("About 40", "damaged")]),
]

# a figure glued by a hyphen to a noun that another noun follows counts a part of one thing ("an 11-unit building")
COUNT_OF_MODIFIER: list[Row] = [
    ("The 14-unit apartment block was gutted by the blaze.", [("14", "other")]),
    ("A 32-seat minibus was destroyed in the explosion.", [("32", "other")]),
    ("Rioters torched a 40-bed clinic on the edge of town.", [("40", "other")]),
    # controls: things counted without a hyphen; people counted through a team
    ("The blaze gutted 14 apartment blocks.", [("14", "damaged")]),
    ("Rioters torched 40 shops on the edge of town.", [("40", "damaged")]),
]

# "N of these deaths" names its whole as "of the" does: a part with its own predicate is a subset
PART_OF_THESE: list[Row] = [
    ("Only six of these deaths were verified by the provincial office.", [("six", "other")]),
    ("Only three of these injuries were recorded at the district hospital.", [("three", "other")]),
    ("Officials said 41 people died; nine of these deaths were children.", [("41", "killed")]),
]


test_adjunct_of_figure = gate_test(ADJUNCT_OF_FIGURE, fold_case=False)


test_count_of_modifier = gate_test(COUNT_OF_MODIFIER, fold_case=False)


test_part_of_these = gate_test(PART_OF_THESE, fold_case=False)


# a part of a whole named by a measure word whose own predicate names that measure again (with the kind of wound)
# is a subset picked out by that kind, not a count of the measure
PART_RESTATING_WHOLE: list[Row] = [
    ("Four of the wounded have bullet wounds, the hospital said.", [("Four", None)]),
    ("Two of the injured suffered burn injuries in the blast.", [("Two", None)]),
    ("Six of the injured sustained head injuries.", [("Six", None)]),
    # controls: a part whose predicate names another measure
    ("Five of the wounded died on Sunday.", [("Five", "killed")]),
    ("Fifteen of the injured were taken to hospital.", [("Fifteen", "hospitalized")]),
]


test_part_restating_whole = gate_test(PART_RESTATING_WHOLE, fold_case=False)


# one figure for two predicates joined by "or" that name different measures counts them together: no single measure
DISJOINED_MEASURE: list[Row] = [
    ("Dozens of villagers were killed by the mudslide or remain missing.", [("Dozens", None)]),
    ("Scores of fishermen were injured in the storm or taken to hospital.", [("Scores", None)]),
    ("At least 30 soldiers were wounded in the ambush or went missing.", [("At least 30", None)]),
    # controls: two figures, each with its own predicate; "or" that joins no second measure
    ("About 70 migrants drowned off the coast or were never found.", [("About 70", "killed")]),
    ("Nine people were killed and 20 were injured.", [("Nine", "killed"), ("20", "injured")]),
    ("Four people died, or at least that is what police said.", [("Four", "killed")]),
]


test_disjoined_measure = gate_test(DISJOINED_MEASURE, fold_case=False)
