"""Gates found on fresh crime, court, conflict and accident reports, seventh wave (issue 11, helper gate14en): the
part of a whole named by a measure word and its own counted noun ("three of the wounded inmates") picked out by a verb
of its own is a subset, not a count of the whole's measure; a force noun's implied measure ("firemen": deployed)
yields to a later people measure or other-verb that the sentence says of the figure ("... when rescued"); a relative
clause between commas does not name the measure when the predicate after it names one further on ("who sustained
cuts, had to be hospitalised"). A wrong specific measure is worse than ``other`` (DESIGN.md 4.1).

Every sentence is our own (invented places, people and figures); the constructions are those read in prison-riot,
mine cave-in and warehouse-fire copy from the US, India and Australia. Each row: text, then (surface, measure) for the
claims checked (None: no claim with a specific measure).
"""

from __future__ import annotations

from tests.claims.extraction.gate_tables import Row, gate_test

# a part of a whole named by a measure word before the whole's counted noun, then a past verb of its own: a subset
PART_OF_NOUN_WHOLE: list[Row] = [
    (
        "At least four of the wounded guards required surgery at Dunmore General, a spokesman said.",
        [("at least four", None)],
    ),
    ("Two of the injured miners needed skin grafts after the blast at the Haldon pit.", [("two", None)]),
    ("Five of the injured passengers received blood transfusions overnight in Rellis, doctors said.", [("five", None)]),
    ("Three of the dead inmates remained unclaimed at the Corvan county morgue.", [("three", None)]),
]
PART_OF_NOUN_WHOLE_CONTROLS: list[Row] = [
    ("Two of the injured passengers died later at the Rellis district hospital.", [("two", "killed")]),
    ("Six of the wounded guards were taken to Dunmore General Hospital.", [("six", "hospitalized")]),
    ("Seven of the injured miners were flown to the Haldon trauma centre.", [("seven", "hospitalized")]),
    ("The riot at the Corvan jail left 14 inmates injured, the warden said.", [("14", "injured")]),
]

# a force noun's implied measure, the figure's only evidence, yields to a later word of another people measure
FORCE_NOUN_PREDICATE: list[Row] = [
    (
        "Four firemen were crawling through the smoke on the third floor, gasping for air, when rescued.",
        [("four", None)],
    ),
    ("Two firefighters lay pinned under a fallen beam for an hour before they were rescued.", [("two", None)]),
    (
        "Three firefighters were clinging to the ladder as the wall gave way, before being rescued by a crane crew.",
        [("three", None)],
    ),
    (
        "About 60 marchers tried to break through the cordon at Lenby, but riot police fired water cannon and a number "
        "were detained.",
        [("about 60", None)],
    ),
]
FORCE_NOUN_CONTROLS: list[Row] = [
    ("About 250 firefighters battled the blaze at the Tamsin depot overnight.", [("about 250", "deployed")]),
    ("Some 120 firefighters rescued 30 residents from the Orlow tower block.", [("some 120", "deployed")]),
    ("More than 400 police officers were sent to the Belmar estate on Sunday.", [("more than 400", "deployed")]),
    ("Three firefighters were injured when the roof of the Tamsin warehouse collapsed.", [("three", "injured")]),
    (
        "There were about 700 marchers but no arrests were made, a Lenby police spokesman said.",
        [("about 700", "participants")],
    ),
    (
        "Nearly 2,000 refugees crossed into Varo over the weekend, the aid agency said in a statement released "
        "on Monday.",
        [("nearly 2,000", "displaced")],
    ),
]

# a relative clause between commas names one measure, the predicate after it another further on: the relative only
# describes the figure, the rule that reads it stands back
RELATIVE_BEFORE_PREDICATE: list[Row] = [
    ("One of the wardens, who sustained cuts, had to be hospitalised in Tarsk.", [("one", None)]),
    (
        "Three guards, who were injured in the brawl, later had to be hospitalised at the Orvo clinic.",
        [("three", None)],
    ),
    ("Two of the miners, who were trapped for a day, would later be hospitalised in Kelby.", [("two", None)]),
]
RELATIVE_BEFORE_PREDICATE_CONTROLS: list[Row] = [
    ("Nine porters, who were trapped for two days under the rubble, were hospitalized.", [("nine", "hospitalized")]),
    (
        "The 14 suspects, who were arrested at a depot on the Marle road, face up to 15 years in prison.",
        [("14", "arrested")],
    ),
]
# "n among the injured" with the part's own predicate is a subset, as "n of the injured ..." is
AMONG_THE_WHOLE: list[Row] = [
    ("Twelve among the injured were treated as out-patients, the Nirvan police said.", [("twelve", None)]),
    ("Four among the wounded were discharged by the evening, a Kessa doctor said.", [("four", None)]),
    ("Three among the dead were buried by relatives near Orlo on Sunday.", [("three", None)]),
]
AMONG_THE_CONTROLS: list[Row] = [
    ("Two among the dead were children, the Nirvan police said.", [("two", "killed")]),
    ("Nine among the 31 deaths occurred in the Kessa district.", [("nine", "killed"), ("31", "killed")]),
    ("Twenty people were injured among the crowd at the Orlo stadium.", [("twenty", "injured")]),
]


test_gate = gate_test(
    PART_OF_NOUN_WHOLE
    + PART_OF_NOUN_WHOLE_CONTROLS
    + FORCE_NOUN_PREDICATE
    + FORCE_NOUN_CONTROLS
    + RELATIVE_BEFORE_PREDICATE
    + RELATIVE_BEFORE_PREDICATE_CONTROLS
    + AMONG_THE_WHOLE
    + AMONG_THE_CONTROLS
)

# the gate is the language's: a people measure word in the relative clause of another noun is not the figure's
FORCE_NOUN_CONTROLS_ID: list[Row] = [
    ("Massa berjumlah 450 orang menuntut pembebasan kawan mereka yang ditangkap.", [("450", "participants")]),
]

test_gate_id = gate_test(FORCE_NOUN_CONTROLS_ID, "id")
