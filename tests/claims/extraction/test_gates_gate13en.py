"""Gates found on fresh health-desk and casualty reports, sixth wave (issue 11, helper gate13en): a measure word
that describes the counted noun (an attributive participle, a reduced or full relative clause, the relative or
infinitive clause of a whole, the whole a part is taken from) is not the predicate that picks the figure out; a
measure noun before a rate word counts per period; the whole of "none of" takes no predicate; a verb of damage does
not count the people noun of its object. A wrong specific measure
is worse than ``other`` (DESIGN.md 4.1).

Every sentence is our own (invented places, people and figures); the constructions are those read in bus-crash and
factory-fire copy from India and Hong Kong and in methanol-poisoning bulletins. Each row: text, then (surface,
measure) for the claims checked (None: no claim with a specific measure).
"""

from __future__ import annotations

from tests.claims.extraction.gate_tables import Row, gate_test

# a part of a whole named by a measure word, followed by a past verb of its own: a subset
PART_VERB: list[Row] = [
    ("By noon the condition of one of the injured deteriorated at Varna General Hospital.", [("one", None)]),
    ("Two of the wounded slipped into a coma overnight at the Ostrel clinic, doctors said.", [("two", None)]),
    ("Three of the dead remained unclaimed at the Kelso mortuary on Friday.", [("three", None)]),
]
PART_VERB_CONTROLS: list[Row] = [
    ("Two of the injured died later at the Brenna district hospital.", [("two", "killed")]),
    ("Thirty patients were injured in the blast at the Marlow depot.", [("thirty", "injured")]),
    ("The crash at Pell junction injured 14 people, officials said.", [("14", "injured")]),
]

# the measure word opens the relative or infinitive clause of the part's whole, and the part has no predicate
WHOLE_RELATIVE: list[Row] = [
    (
        "The farmer was found unconscious in his shed; he is one of 17 people in Tarvo province to have died after "
        "drinking the spirit.",
        [("one", None), ("17", "killed")],
    ),
    ("She was one of the 23 patients in the ward who died of the fever last week.", [("one", None)]),
    ("The boy is one of 40 pupils at the Ronda school who were poisoned by the lunch.", [("one", None)]),
]
WHOLE_RELATIVE_CONTROLS: list[Row] = [
    ("Four of the 30 miners who were trapped have died, the Kessel mine operator said.", [("four", "killed")]),
    ("Nine of the 52 people on the ferry drowned off Orlan island.", [("nine", "killed")]),
    ("Officials said 17 people in Tarvo province have died after drinking the spirit.", [("17", "killed")]),
]

# the measure word modifies the counted noun; the noun's predicate after it names something else
MODIFIER_PREDICATE: list[Row] = [
    ("Two injured climbers died later at the Brenna base camp.", [("two", None)]),
    ("Another 19 commuters who were also injured in the collision have left the hospital.", [("19", None)]),
    (
        "Eleven passengers injured in the pile-up near Arlo on Monday were still in intensive care by Tuesday.",
        [("eleven", None)],
    ),
    ("Five villagers bitten by the stray dog have since recovered, the Tanor health office said.", [("five", None)]),
    ("Nine people killed in the stampede at Orsi were identified by their families.", [("nine", None)]),
]
MODIFIER_PREDICATE_CONTROLS: list[Row] = [
    ("The 12 people injured in the blast at Orvo were children, police said.", [("12", "injured")]),
    ("Eight people were injured when the bus overturned near Calder.", [("eight", "injured")]),
    ("There were 15 people injured in the crash at the Marle crossing.", [("15", "injured")]),
    ("Four wounded rangers were airlifted to Delmar on Sunday.", [("four", "injured")]),
    ("Officials in Banto said 45 people died and several others were hurt in the crush.", [("45", "killed")]),
    ("The fire at the Tesco depot left 21 workers injured and two dead.", [("21", "injured"), ("two", "killed")]),
]
# a known group (a definite determiner, or the complement of another noun) restates the measure in its modifier
MODIFIER_RESTATED: list[Row] = [
    ("The 16 people killed in the raid were all buried on Sunday in Morra.", [("16", "killed")]),
    ("All nine drowning victims had been taken to the Kessel mortuary.", [("nine", "killed")]),
    ("The bodies of four fishermen who drowned off Lanto have been recovered.", [("four", "killed")]),
]

# a measure noun followed by a rate word counts per period, not people
RATE: list[Row] = [
    ("Records at the Vesta clinic show 12 to 15 deaths per month from the fever.", [("12 to 15", None)]),
    ("The ward now sees 30 admissions per day, the Lorne hospital director said.", [("30", None)]),
    ("Doctors in Perth county logged about 50 infections per week in June.", [("about 50", None)]),
]
RATE_CONTROLS: list[Row] = [
    ("The fever has killed 14 people in Vesta this month.", [("14", "killed")]),
    ("About 50 people were admitted to the Lorne hospital on Tuesday.", [("about 50", "hospitalized")]),
    ("The Lorne hospital admitted 30 people per the district's count.", [("30", "hospitalized")]),
]

# "none of" a counted whole: the predicate is the zero part's
NONE_OF: list[Row] = [
    ("Of the 12 cases in Marl county, none of the 12 has been hospitalized.", [("12", None)]),
    ("None of the 30 passengers was injured when the ferry ran aground at Tolo.", [("30", None)]),
    ("None of the 9 miners rescued from the Oxley pit were hurt.", [("9", None)]),
]
NONE_OF_CONTROLS: list[Row] = [
    ("Some 30 passengers were injured when the ferry ran aground at Tolo.", [("some 30", "injured")]),
    ("Most of the 52 dead were children, the Orla police said.", [("52", "killed")]),
]

# a verb of damage before a figure whose own noun is a people measure word counts no things
THING_VERB_PEOPLE_NOUN: list[Row] = [
    ("The council decided to bury at least 40 unclaimed corpses at the Marsh cemetery.", [("at least 40", None)]),
    ("Volunteers will bury 18 unidentified bodies in Kessan on Friday.", [("18", None)]),
    ("The trust has buried 25 abandoned corpses since Monday, its spokesman said.", [("25", None)]),
]
THING_VERB_CONTROLS: list[Row] = [
    ("The landslide buried 40 houses in the Tarvo valley.", [("40", "damaged")]),
    ("The mudslide destroyed 120 homes near Kesso.", [("120", "damaged")]),
]


test_gate = gate_test(
    PART_VERB
    + PART_VERB_CONTROLS
    + WHOLE_RELATIVE
    + WHOLE_RELATIVE_CONTROLS
    + MODIFIER_PREDICATE
    + MODIFIER_PREDICATE_CONTROLS
    + MODIFIER_RESTATED
    + RATE
    + RATE_CONTROLS
    + NONE_OF
    + NONE_OF_CONTROLS
    + THING_VERB_PEOPLE_NOUN
    + THING_VERB_CONTROLS
)
