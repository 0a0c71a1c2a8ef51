"""English wire and international reports as they come, round 10 wave 2 (issue 11): classes shown by fresh corpora
of real-news paraphrases (``corpora/h14en1.json``, ``h14en2.json``, labelled before any run: Reuters, AP and AFP
reports on floods, quakes, riots and outbreaks), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports. Readings follow DESIGN.md 4 and 4.1. Each row: text, then (measure,
subject, low, high) for every claim. The classes:

- a tally owned through a possessive counts people of its owner's event or place ("The quake raised the city's death
  toll to 40"): the possessive gate for things of an owner ("the riders' injuries") stands back for a tally noun
  (``[cues] owned_tallies``, ``owned_tallies.owned_tally``);
- a running total whose own tally phrase names a thing ("bringing the number of cases to 2,800", "the total number
  of infections") does not take the measure of the deaths before it (``thing_totals``: in ``increments`` and in the
  apposition reading of ``tally_rules._apposed``);
- a hedge before "be" is a guess at the figure, no count ("the final toll could be as high as 50,000": ``[cues]
  projection_verbs``);
- an attempted arrest holds no one ("trying to arrest four people": ``[other_verbs]``, subject ``wanted``);
- "admitted for observation" is a ward stay (``[measures] hospitalized``); "admitted" alone stays unread.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # a possessed tally
    (
        "The quake raised the city's death toll to 40 on Wednesday.",
        [("killed", "people", 40, 40)],
    ),
    (
        "Landslides on Monday took the province's toll to 112, officials said.",
        [("killed", "people", 112, 112)],
    ),
    (
        "Heavy rain over the weekend pushed the region's death toll from the floods to 27.",
        [("killed", "people", 27, 27)],
    ),
    # control: the injuries of an owner are its things
    (
        "Thirty of the cyclists' injuries were minor and four were serious.",
        [("other", "riders", 30, 30), ("other", "riders", 4, 4)],
    ),
    # a running total that names a thing
    (
        "Nine more patients died overnight, bringing the number of cases to 3,150.",
        [("other", "increase", 9, 9), ("other", "people", 3150, 3150)],
    ),
    (
        "Six people died and 410 new cases were recorded on Friday, bringing the total number of infections to 5,020.",
        [("killed", "people", 6, 6), ("other", "increase", 410, 410), ("other", "cases", 5020, 5020)],
    ),
    # controls: a total of the dead keeps the measure of the deaths
    (
        "Nine more bodies were recovered, bringing the number of deaths to 212.",
        [("other", "increase", 9, 9), ("killed", "people", 212, 212)],
    ),
    (
        "Four more people died on Sunday, bringing the total to 58.",
        [("other", "increase", 4, 4), ("killed", "people", 58, 58)],
    ),
    (
        "Five more miners died, raising the number of deaths in the three flooded districts to 77.",
        [("other", "increase", 5, 5), ("other", "districts", 3, 3), ("killed", "people", 77, 77)],
    ),
    # a guessed toll: no count (nothing read is safer than a toll)
    (
        "Local officials fear the final toll could be as high as 3,000.",
        [],
    ),
    (
        "The number of dead may be 600 or more, a senator said.",
        [],
    ),
    # control: a toll that stands
    (
        "The final toll was 3,000, the ministry said.",
        [("killed", "people", 3000, 3000)],
    ),
    # admitted for observation: a ward stay
    (
        "Only eight pupils were admitted for observation, and the others were treated as outpatients.",
        [("hospitalized", "people", 8, 8)],
    ),
    (
        "Three climbers were admitted for overnight observation after the rescue.",
        [("hospitalized", "people", 3, 3)],
    ),
    # control: an admission to a school is no stay
    (
        "The college admitted 60 students for the spring term.",
        [("other", "students", 60, 60)],
    ),
    # an attempted arrest
    (
        "Police said they had been trying to arrest three men who fled into the crowd.",
        [("other", "men", 3, 3)],
    ),
    (
        "Officers attempted to arrest 12 people at the camp before the crowd turned on them.",
        [("other", "wanted", 12, 12)],
    ),
    # control: an arrest made
    (
        "Police arrested seven people who tried to storm the gate.",
        [("arrested", "people", 7, 7)],
    ),
]


test_h14_h14en = rows_test(ENGLISH, "en")
