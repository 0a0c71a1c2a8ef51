"""Gates found on fresh disaster-desk reports, eighth wave (issue 11, helper gate15en): a shelter verb that is the
infinitive of a purpose or follows a modal ("camps to accommodate 6,000 people", "could house 1,400") says what the
shelters can hold, no people staying there; a singular person noun right after a plural figure modifies the plural
noun the figure counts ("in 4 refugee points"), so it is no measure word of that figure; the parts "including" takes
out of an increment ("seven more bodies, including four from Kozhikode") are changes too. A wrong specific measure
is worse than ``other`` (DESIGN.md 4.1).

Every sentence is our own (invented places, people and figures); the constructions are those read in NDMA, NDRRMC,
BNPB and ECHO flood, typhoon and landslide rundowns. Each row: text, then (surface, measure) for the claims checked
(None: no claim with a specific measure).
"""

from __future__ import annotations

from tests.claims.extraction.gate_tables import Row, gate_test

# a host verb after "to" or a modal: the shelters' capacity, not a count of people sheltered
HOST_CAPACITY: list[Row] = [
    ("The district set up 12 relief camps in Varnel to accommodate around 6,000 people.", [("around 6,000", None)]),
    ("Officials prepared 40 shelters to accommodate 3,500 residents, the mayor of Oskan said.", [("3,500", None)]),
    ("Three school halls in Dravi could house 1,400 people if the river rose again.", [("1,400", None)]),
    ("The province has readied 9 evacuation centres to house up to 2,700 villagers.", [("up to 2,700", None)]),
]
HOST_CAPACITY_CONTROLS: list[Row] = [
    ("Some 31 evacuation centres had been opened across Kelso, housing 8,240 people.", [("8,240", "displaced")]),
    ("Two centres in Marrow house 211 people, the agency said.", [("211", "displaced")]),
    ("About 4,100 people were staying in 27 evacuation centres in Tarsa province.", [("about 4,100", "displaced")]),
    ("The authorities evacuated 600 residents of Lenne to two schools.", [("600", "displaced")]),
]

# a singular person noun between a plural figure and the plural head it modifies: the head's count, not people
NOUN_MODIFIES_HEAD: list[Row] = [
    ("In Dorva district, 520 people were evacuated to 6 refugee points.", [("6", None), ("520", "displaced")]),
    ("Some 650 evacuees stayed at 7 refugee points along the Kesh river.", [("7", None)]),
    ("The agency counted 8 refugee settlements near Hollin after the storm.", [("8", None)]),
    ("Aid convoys reached 4 refugee zones east of Marra on Friday.", [("4", None)]),
]
NOUN_MODIFIES_HEAD_CONTROLS: list[Row] = [
    ("Four refugees drowned when their boat capsized off Telmar.", [("four", "killed")]),
    ("The floods left 35 people injured and 12 missing in Borrow county.", [("35", "injured"), ("12", "missing")]),
    ("At least 210 evacuees were sheltering in a stadium in Quell.", [("at least 210", "displaced")]),
    ("A landslide in Harrel buried 14 houses and killed 9 residents.", [("9", "killed")]),
    ("Rescuers recovered the bodies of four missing climbers above Vask on Monday.", [("four", "killed")]),
    ("Two injured porters were carried down to the Lenn clinic.", [("two", "injured")]),
]

# the parts "including" takes out of an increment beside a running total are changes too, not deaths of their places
INCREMENT_PARTS: list[Row] = [
    (
        "With eight more bodies recovered, including five from Morra and three from Essel, the toll rose to 71.",
        [("five", None), ("three", None), ("71", "killed")],
    ),
    (
        "Nine more bodies were dug out on Monday, including six in Sarne and two in Bel, bringing the toll to 88.",
        [("six", None), ("two", None), ("88", "killed")],
    ),
    (
        "Four more deaths were reported, including two children, taking the toll in Varn to 35.",
        [("two", None), ("35", "killed")],
    ),
]
INCREMENT_PARTS_CONTROLS: list[Row] = [
    ("At least 40 people died in the floods, including 12 in Sarne and 9 in Bel.", [("12", "killed"), ("9", "killed")]),
    ("The storm killed 23 people, including 15 in Dorva, officials said.", [("23", "killed"), ("15", "killed")]),
    ("Rescuers found 14 bodies in Pell, including three children.", [("14", "killed"), ("three", "killed")]),
]

# lexicon data: people only suspected or believed buried (landslide copy) are presumed dead, no confirmed deaths
PRESUMED_BURIED: list[Row] = [
    ("At least 65 villagers are suspected to have been buried alive in Tarn.", [("at least 65", None)]),
    ("Nearly 40 people are suspected to have been killed in the blast at Ovar.", [("nearly 40", None)]),
    ("Some 25 people are believed to be buried under the debris in Kell.", [("some 25", None)]),
]
PRESUMED_BURIED_CONTROLS: list[Row] = [
    ("Rescuers found 14 bodies buried under the mud in Kessa.", [("14", "killed")]),
    ("Police in Dorn suspected 3 men of looting shops after the flood.", [("3", None)]),
]

test_gate = gate_test(
    PRESUMED_BURIED
    + PRESUMED_BURIED_CONTROLS
    + HOST_CAPACITY
    + HOST_CAPACITY_CONTROLS
    + NOUN_MODIFIES_HEAD
    + NOUN_MODIFIES_HEAD_CONTROLS
    + INCREMENT_PARTS
    + INCREMENT_PARTS_CONTROLS
)
