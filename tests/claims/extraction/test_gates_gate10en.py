"""Gates on a measure word found after the figure that has another owner, third wave (issue 11, helper gate10en):
a later clause opened by a subordinator, a noun owned through a possessive, a future predicate. A wrong specific
measure is worse than ``other`` (DESIGN.md 4.1).

Every sentence is our own (invented places, people and figures); the constructions are those read in wire, regional
and local English copy on campus sieges, bus crashes, refugee transfers and evacuations. Each gate has rows whose
wrong reading now gives ``other`` and control rows that keep their measure. Each row: text, then (surface, measure)
for the claims checked (None: no claim with a specific measure).
"""

from __future__ import annotations

from tests.claims.extraction.gate_tables import Row, gate_test

# a measure word in a later clause that a subordinator opens after the figure's own predicate is that clause's
SUBORDINATE_CLAUSE: list[Row] = [
    ("Dozens of students are barricaded in the library as demonstrations go on in Velmor.", [("dozens", None)]),
    ("About 40 villagers were sheltering in the chapel when the rebels attacked the market.", [("about 40", None)]),
    ("Some 60 pupils stayed home on Monday because protests blocked the roads to Tarvik.", [("some 60", None)]),
]
SUBORDINATE_CLAUSE_CONTROLS: list[Row] = [
    ("About 200 people were injured when police fired tear gas in Orsana.", [("about 200", "injured")]),
    ("Sixty homes were listed as damaged after the storm hit Beloc.", [("sixty", "damaged")]),
    ("Thirty-one people died after the ferry capsized near Kimbra.", [("thirty-one", "killed")]),
]

# a measure noun owned by the figure's noun phrase through a possessive, with a predicate of its own: a subset
POSSESSED_MEASURE: list[Row] = [
    ("Eighteen of the other riders' injuries were described as severe.", [("eighteen", None)]),
    ("Two of the cyclist's injuries were considered life-threatening.", [("two", None)]),
    ("Nine of the hikers' wounds were treated at the scene.", [("nine", None)]),
    ("Forty of the fans' injuries were minor and three were serious.", [("forty", None), ("three", None)]),
]
POSSESSED_MEASURE_CONTROLS: list[Row] = [
    ("Seven of the wounded were children.", [("seven", "injured")]),
    ("Eleven of the passengers were injured in the crash near Dorval.", [("eleven", "injured")]),
    ("The crash left 14 passengers injured on the Parran road.", [("14", "injured")]),
]

# a figure after a place preposition in the clause of an earlier figure with its own measure is that clause's adjunct
PLACE_ADJUNCT: list[Row] = [
    ("So far, 40 protesters have been detained in five towns for burning and looting shops.", [("five", None)]),
    ("Some 25 men were arrested in three states for torching and destroying ballot boxes.", [("three", None)]),
    ("About 60 traders were detained in six cities for blocking roads and destroying property.", [("six", None)]),
]
PLACE_ADJUNCT_CONTROLS: list[Row] = [
    ("So far, 40 protesters have been detained in five towns for burning and looting shops.", [("40", "arrested")]),
    ("Floods killed 12 people in Darnley and displaced 400 residents of Keld.", [("400", "displaced")]),
    ("At least 19 died in Arbor County and three in Wexham.", [("at least 19", "killed")]),
    ("The march turned violent, leaving six officers hurt and resulting in 21 arrests.", [("21", "arrested")]),
]

# a future auxiliary between the figure and its measure word: a projection, no count
FUTURE_PREDICATE: list[Row] = [
    ("About 90 people will be evacuated from the Lessar valley on Sunday.", [("about 90", None)]),
    ("Officials said 400 residents would be evacuated if the dam at Corva gives way.", [("400", None)]),
    ("Up to 500 people will be relocated from the Sarn flood plain next year.", [("up to 500", None)]),
]
FUTURE_PREDICATE_CONTROLS: list[Row] = [
    ("About 90 people were evacuated from the Lessar valley on Sunday.", [("about 90", "displaced")]),
    ("Some 300 soldiers have been deployed to Ishta, and more will follow.", [("some 300", "deployed")]),
    ("A further 120 soldiers will be deployed to the border town of Ishta next week.", [("120", "deployed")]),
    ("Fifteen people were injured and will stay at Norvik hospital overnight.", [("fifteen", "injured")]),
]

# a sum of money or a measurement is never a count of people or of damaged things
COUNTED_UNIT: list[Row] = [
    (
        "The drought wiped out hundreds of millions of dollars' worth of wheat in Ostra.",
        [("hundreds of millions", None)],
    ),
    ("Looters destroyed thousands of pounds of stock at the Bramley market.", [("thousands", None)]),
    ("The flood damaged millions of dollars of equipment at the Kesh plant.", [("millions", None)]),
    ("Hundreds of metres of embankment collapsed near Tolland after the rains.", [("hundreds", None)]),
]
COUNTED_UNIT_CONTROLS: list[Row] = [
    ("The fire destroyed 40 houses worth 3 million dollars in Lorne.", [("40", "damaged")]),
    ("Police seized 2,000 dollars and arrested 12 people in Hadley.", [("12", "arrested")]),
]

# a measure noun before the figure whose "of" complement is another figure is that figure's; a participle right
# before this figure is its own verb
WORD_OF_EARLIER_FIGURE: list[Row] = [
    (
        "The mudslide forced the evacuation of hundreds of homes and buried as many as 47 people in Carrow.",
        [("as many as 47", None)],
    ),
    (
        "The landslide forced the evacuation of dozens of homes and buried about 30 villagers in Harnby.",
        [("about 30", None)],
    ),
    (
        "The quake prompted the evacuation of two hospitals and buried 11 patients under rubble in Ostrava Hills.",
        [("11", None)],
    ),
]
WORD_OF_EARLIER_FIGURE_CONTROLS: list[Row] = [
    ("The storm prompted the evacuations of 300 families and killed 12 people in Bexley.", [("12", "killed")]),
    ("The storm forced the evacuation of six villages and flattened 120 houses near Corby.", [("120", "damaged")]),
    ("The evacuation of 300 residents from Tamsin was completed on Monday.", [("300", "displaced")]),
]

# a measure verb whose complement is "to be" and the figure: the figure says what the subject is
COPULA_COMPLEMENT: list[Row] = [
    ("The remains turned out to be six men from Wexley.", [("six", None)]),
    ("The callers proved to be four students from Arnby.", [("four", None)]),
    ("The missing hikers turned out to be three teachers from Dunford.", [("three", None)]),
]
COPULA_COMPLEMENT_CONTROLS: list[Row] = [
    ("Turnout was estimated to be 5,000 at the rally in Selby.", [("5,000", "participants")]),
    ("About 3,000 people turned out for the march in Cobham.", [("about 3,000", "participants")]),
]


test_gate = gate_test(
    SUBORDINATE_CLAUSE
    + SUBORDINATE_CLAUSE_CONTROLS
    + POSSESSED_MEASURE
    + POSSESSED_MEASURE_CONTROLS
    + PLACE_ADJUNCT
    + PLACE_ADJUNCT_CONTROLS
    + FUTURE_PREDICATE
    + FUTURE_PREDICATE_CONTROLS
    + COUNTED_UNIT
    + COUNTED_UNIT_CONTROLS
    + WORD_OF_EARLIER_FIGURE
    + WORD_OF_EARLIER_FIGURE_CONTROLS
    + COPULA_COMPLEMENT
    + COPULA_COMPLEMENT_CONTROLS
)
