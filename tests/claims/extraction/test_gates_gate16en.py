"""Gates found on fresh English copy of all desks with people figures outside casualty stories (issue 11, helper
gate16en): a jail verb with a term after "for" or a court as its agent hands down a sentence ("jailed for life",
"a judge jailed 14 men"), no arrest; a measure verb with an ordinal as its own object ("and have arrested a third")
does not reach back to the figure before it; people on waiting lists or "waiting for hospital treatment" are no
hospital stay; vehicles of a protest convoy ("2,000 tractors") and procedures ("45 amputations") are things, never
people; "displaced workers" lost their jobs; a modal host verb ("can house 400 evacuees") gives a capacity. A wrong
specific measure is worse than ``other`` (DESIGN.md 4.1).

Every sentence is our own (invented places, people and figures); the constructions are those read in wire, UK,
Indian, US and African copy on courts, manhunts, waiting lists, and farm protests. Each row: text, then
(surface, measure) for the claims checked (None: no claim with a specific measure).
"""

from __future__ import annotations

from tests.claims.extraction.gate_tables import Row, gate_test

# a jail verb that hands down a term, or whose agent is a court: people sentenced, no arrest
PRISON_TERMS: list[Row] = [
    ("A judge in Marrow jailed 11 men for a total of 74 years over the smuggling ring.", [("11", None)]),
    ("Four guards were jailed for life over the deaths of two inmates.", [("four", None)]),
    ("The court jailed 19 people over the riot at the Tarsa stadium.", [("19", None)]),
    ("Six officials were imprisoned for 12 years each for fraud.", [("six", None)]),
]
PRISON_TERMS_CONTROLS: list[Row] = [
    ("Police jailed 40 protesters overnight after the march in Dorva.", [("40", "arrested")]),
    ("Some 310 journalists are jailed worldwide, a press group said.", [("some 310", "arrested")]),
    ("Twenty people were arrested for looting shops in Harrel.", [("twenty", "arrested")]),
    ("Thirteen suspects were detained for questioning in Kesh.", [("thirteen", "arrested")]),
]

# a measure verb with an ordinal as its own object does not reach back to the figure before it
ORDINAL_OBJECT: list[Row] = [
    ("Police are hunting two men who ran from the scene in Bel, and have detained a third.", [("two", None)]),
    ("Police are looking for five suspects in Dorva and have arrested a sixth.", [("five", None)]),
    ("Officers are searching for three suspects and arrested a fourth on Monday.", [("three", None)]),
]
ORDINAL_OBJECT_CONTROLS: list[Row] = [
    ("Two men were arrested in Bel on Friday and police detained a third on Sunday.", [("two", "arrested")]),
    ("Police arrested two men in Ossel and later a third.", [("two", "arrested")]),
    ("Gunmen killed two villagers in Dell and wounded a third.", [("two", "killed")]),
    ("Three people were arrested a second time in Kell.", [("three", "arrested")]),
]

# waiting lists and waits for treatment: no hospital stay
WAITING: list[Row] = [
    ("Some 6.8 million people are waiting for hospital treatment in the country.", [("some 6.8 million", None)]),
    ("About 92,000 patients were on waiting lists at the Varn trust in May.", [("about 92,000", None)]),
    ("The board said 2,140 children were waiting for surgery.", [("2,140", None)]),
]
WAITING_CONTROLS: list[Row] = [
    ("Some 140 people were in hospital on Monday after the gas leak in Ossel.", [("some 140", "hospitalized")]),
    ("Thirty patients were hospitalised with dengue in Kesh.", [("thirty", "hospitalized")]),
]

# vehicles of a protest convoy are things, never a turnout
CONVOY_VEHICLES: list[Row] = [
    ("Farmers drove 1,800 tractors into Marrow on Tuesday to protest against the levy.", [("1,800", None)]),
    ("Hauliers parked 600 lorries along the ring road to protest fuel prices.", [("600", None)]),
]
CONVOY_VEHICLES_CONTROLS: list[Row] = [
    ("Some 5,000 farmers marched on the Marrow ministry to protest the levy.", [("some 5,000", "participants")]),
    ("About 900 truck drivers protested outside the port of Tarsa.", [("about 900", "participants")]),
]

# procedures counted by surgeons are things, whatever people the adjunct names; "displaced workers" lost their jobs
PROCEDURES_AND_LABOUR: list[Row] = [
    ("Surgeons performed 38 amputations on people wounded in the Dorva blast.", [("38", None)]),
    ("Doctors carried out 140 operations on patients injured in the attack on Kell.", [("140", None)]),
    ("Medics in Ossel performed 26 surgeries on the wounded overnight.", [("26", None)]),
    ("The plan would retrain about 250,000 displaced workers in the Varn region.", [("about 250,000", None)]),
]
PROCEDURES_AND_LABOUR_CONTROLS: list[Row] = [
    ("The blast in Dorva wounded 38 people, and 12 lost limbs.", [("38", "injured")]),
    ("Some 4,000 people were displaced by the fighting in Kell.", [("some 4,000", "displaced")]),
    ("About 900 displaced people are sheltering in a school in Ossel.", [("about 900", "displaced")]),
]

# a modal host verb before a measure noun: what the shelter can hold, no people staying there
MODAL_HOSTS: list[Row] = [
    ("The gym in Varn can house 350 evacuees, but only 90 have arrived.", [("350", None)]),
    ("The new camp near Kell could accommodate 2,500 refugees, officials said.", [("2,500", None)]),
    ("Each school in Ossel can shelter 200 displaced people.", [("200", None)]),
]
MODAL_HOSTS_CONTROLS: list[Row] = [
    ("Three centres in Dorva house 84 evacuees.", [("84", "displaced")]),
    ("The camp near Kell houses 5,200 refugees.", [("5,200", "displaced")]),
]

test_gate = gate_test(
    PRISON_TERMS
    + PRISON_TERMS_CONTROLS
    + ORDINAL_OBJECT
    + ORDINAL_OBJECT_CONTROLS
    + WAITING
    + WAITING_CONTROLS
    + CONVOY_VEHICLES
    + CONVOY_VEHICLES_CONTROLS
    + PROCEDURES_AND_LABOUR
    + PROCEDURES_AND_LABOUR_CONTROLS
    + MODAL_HOSTS
    + MODAL_HOSTS_CONTROLS
)
