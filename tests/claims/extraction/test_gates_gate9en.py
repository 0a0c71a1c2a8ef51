"""Gates on the mechanism that names a figure's measure, second wave (issue 11, helper gate9en): when the evidence a
rule used is weak, the figure is ``other`` (DESIGN.md 4.1: a wrong specific measure is worse than ``other``).

Every sentence is our own (invented places, people and figures); the constructions are those read in wire, regional
and local English copy on floods, prison epidemics, migrant boats and bus crashes. Each gate has rows whose wrong
reading now gives ``other`` and control rows that keep their measure. Each row: text, then (surface, measure) for
the claims checked (None: no claim with a specific measure).
"""

from __future__ import annotations

from tests.claims.extraction.gate_tables import Row, gate_test

# a sentence that opens with a conditional states what would follow: a projection, no count
CONDITIONAL: list[Row] = [
    ('"If the divers do not reach the trapped crew, that is 31 deaths," the governor said.', [("31", None)]),
    ("If the dam gives way, some 4,000 residents would be displaced, engineers warned.", [("some 4,000", None)]),
    ("Unless the rain stops, another 60 families could be evacuated from Lower Pella.", [("60", None)]),
]
CONDITIONAL_CONTROLS: list[Row] = [
    ("Officials said 31 miners died, even if the final toll may change.", [("31", "killed")]),
    ('"We found 12 bodies in the river," the governor told reporters.', [("12", "killed")]),
    ("Eight people were killed when the bridge in Marsten collapsed.", [("eight", "killed")]),
]

# the figure's head noun names one measure, the predicate it is the subject of names another: the noun's measure is
# refused, and the predicate's counts (round 14, r14drop: labelled so in h17en_a1 and the retired held-out set, as
# "Six injured people died later" is a count of deaths; before, the figure was dropped)
NOUN_UNDER_OTHER_PREDICATE: list[Row] = [
    ("Nine detainees have died of typhoid at the Kerrow camp since March.", [("nine", "killed")]),
    ("At least 22 detainees were injured when a dormitory wall fell at Brannock prison.", [("at least 22", "injured")]),
    ("Health officials said 17 detainees had died in the outbreak at the Holm facility.", [("17", "killed")]),
]
NOUN_UNDER_OTHER_PREDICATE_CONTROLS: list[Row] = [
    ("Some 84 wounded were still being treated at the district hospital in Oruma.", [("some 84", "injured")]),
    ("Police said 45 detainees were transferred to the Ketter jail on Sunday.", [("45", "arrested")]),
    ("Six injured people died later at the Saint Orin hospital.", [("six", "killed")]),
    ("Officials said 23 detainees were released on bail in Corvel.", [("23", "arrested")]),
]

# a list item with an other-verb of its own right after it ("affected", "stranded") keeps ``other``, even where it
# names a place like the items of a breakdown by place
OWN_OTHER_VERB: list[Row] = [
    (
        "At least 14 people have died and more than 90,000 affected by the floods in Tamsor province.",
        [("at least 14", "killed"), ("more than 90,000", None)],
    ),
    (
        "Nine villagers were killed and about 2,000 stranded by the landslides in Upper Kaleb.",
        [("nine", "killed"), ("about 2,000", None)],
    ),
    (
        "Twelve people died in the storm and some 30,000 affected in the coastal districts of Varo.",
        [("twelve", "killed"), ("some 30,000", None)],
    ),
]
OWN_OTHER_VERB_CONTROLS: list[Row] = [
    ("Eleven people died in Marrow county, four in Dunley and two in Hask.", [("four", "killed"), ("two", "killed")]),
    ("The storm killed 21 people in Tessa, 6 in Ormond and 3 in Lake Iver.", [("6", "killed"), ("3", "killed")]),
]

# the object of a verb of expectation right before it counts what was expected, not what happened
EXPECTED_OBJECT: list[Row] = [
    ("Organisers had anticipated 20,000 farmers to march on the capital on Tuesday.", [("20,000", None)]),
    ("Police expected 6,000 supporters to join the rally in Dorrow square.", [("6,000", None)]),
    ("Officials had predicted 300 evacuees at the Morne shelter by nightfall.", [("300", None)]),
]
EXPECTED_OBJECT_CONTROLS: list[Row] = [
    ("About 3,500 residents were displaced by the floods in the Lenna valley.", [("about 3,500", "displaced")]),
    (
        "An estimated 9,000 protesters arrived in Orre for the march on Saturday.",
        [("an estimated 9,000", "participants")],
    ),
    ("As many as 25 passengers might still be missing off Cape Orrin, survivors said.", [("as many as 25", "missing")]),
]


# the figure is the whole a part word without a figure is taken from: the predicate measures the part
WHOLE_OF_PART: list[Row] = [
    ("The vast majority of the nearly 300 crew were still missing on Sunday, the navy said.", [("nearly 300", None)]),
    ("Most of the 450 marchers were detained by riot police in Kessin.", [("450", None)]),
    ("The rest of the 27 workers were killed when the boiler exploded at the Dray mill.", [("27", None)]),
]
WHOLE_OF_PART_CONTROLS: list[Row] = [
    ("All of the 18 women on the ferry drowned off Palla island.", [("18", "killed")]),
    ("Officials said 450 marchers were detained by riot police in Kessin.", [("450", "arrested")]),
]


# lexicon gap met on the way: an evacuation order said with "told" counts people ordered to leave, not displaced
TOLD_TO_EVACUATE: list[Row] = [
    ("More than 2,300 Corrin Hills residents have been told to evacuate their homes.", [("more than 2,300", None)]),
    ("About 600 campers were told to leave the Asher valley on Friday night.", [("about 600", None)]),
]
TOLD_TO_EVACUATE_CONTROLS: list[Row] = [
    ("More than 2,300 Corrin Hills residents have evacuated their homes.", [("more than 2,300", "displaced")]),
]


test_gate = gate_test(
    CONDITIONAL
    + CONDITIONAL_CONTROLS
    + NOUN_UNDER_OTHER_PREDICATE
    + NOUN_UNDER_OTHER_PREDICATE_CONTROLS
    + OWN_OTHER_VERB
    + OWN_OTHER_VERB_CONTROLS
    + EXPECTED_OBJECT
    + EXPECTED_OBJECT_CONTROLS
    + WHOLE_OF_PART
    + WHOLE_OF_PART_CONTROLS
    + TOLD_TO_EVACUATE
    + TOLD_TO_EVACUATE_CONTROLS
)
