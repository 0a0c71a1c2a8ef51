"""Round 9 events in English copy (issue 11): classes shown by fresh corpora of real-news paraphrases
(``corpora/h9events_en1.json`` ..., labelled before any run: toxic liquor, school meals, boiler blasts, Eid road
tolls, temple crushes, migrant boats, drug seizures, poll-worker deaths), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports (the comment names it). Readings follow DESIGN.md 4 and 4.1. Each row:
text, then (measure, subject, low, high) for every claim. The classes:

- a sentence that opens with its measure after "among" and a copula ("Among the dead were 84 drivers, 19 transport
  workers and 45 pedestrians"): a group of its own noun outside the closed set is a part of the toll, ``other``
  named by what it was found among, the first item as the ones after it (``subset_labels._among_group``);
- people admitted to the civil, government, general or taluk hospital or to the local health centre (Indian
  district copy), and "patients admitted" are hospitalized (``[measures] hospitalized``);
- the crowd "at the temple", "at the shrine", "inside the stadium" when a crush began, after a copula, is a turnout
  (``[measures] participants``);
- people "still critical" are in critical condition (``[other_verbs]``);
- road-toll victims by role: drivers, pedestrians and transport workers are nouns of people (``[nouns]``);
- a forecast of harm to come ("412 people may be killed on the roads over the holiday", "could die", "may be
  seriously injured") is no tally: ``other``, projected deaths or injuries (``[other_verbs]``); "may have died"
  estimates the past and keeps the measure;
- a part with no whole in its sentence keeps the label of its own verb ("About 95 of them were discharged")
  (``subject_rules.set_subject``);
- people or workers merely "on duty" or "on shift" when it happened are no force sent, unless their noun may name a
  force (``turnouts._on_duty``, ``[cues] duty_states``);
- the number word one that opens a clause before a short noun phrase and a verb of attribution names a source, no
  count ("One official said the toll had reached 40") (``source_ones.source_one``);
- pounds that convert a weight in brackets ("720 kilograms (1,590 pounds)") or weigh a good after "of" ("16,000
  pounds of cocaine") are a weight, not sterling (``pound_weights.weigh_pounds``, ``[cues] weight_currencies``);
- a bare figure whose group is named by the noun after its copula ("and at least five were teenagers") is a count
  of that group, not dropped (``resolution._set_validity`` asks ``predicate_noun``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # a toll's parts by role after an opening "among"
    (
        "Among those killed were 23 pilgrims and four drivers, the transport ministry said.",
        [("other", "pilgrims among the dead", 23, 23), ("other", "drivers among the dead", 4, 4)],
    ),
    (
        "Among the dead were 61 pedestrians and 12 transport workers.",
        [("other", "pedestrians among the dead", 61, 61), ("other", "workers among the dead", 12, 12)],
    ),
    # control: a closed group keeps the measure
    ("Among the dead were 11 children.", [("killed", "children", 11, 11)]),
    ("Among the injured were 9 police officers.", [("injured", "police", 9, 9)]),
    # Indian hospitals by kind
    ("Nineteen guests were admitted to the civil hospital after the feast.", [("hospitalized", "people", 19, 19)]),
    (
        "At least 26 villagers were taken to the government hospital in the town.",
        [("hospitalized", "people", 26, None)],
    ),
    ("Eight of the workers were moved to a taluk hospital.", [("hospitalized", "people", 8, 8)]),
    (
        "The health office said 212 patients were admitted after the water supply was contaminated.",
        [("hospitalized", "people", 212, 212)],
    ),
    # the crowd present at the venue of a crush
    (
        "Nearly 60,000 devotees were at the shrine when the railing gave way.",
        [("participants", "people", 54000, 59999)],
    ),
    ("About 42,000 fans were inside the stadium when the gates were shut.", [("participants", "people", 37800, 46200)]),
    # control: workers at a plant are no crowd
    ("About 90 workers were at the plant when the furnace exploded.", [("other", "workers", 81, 99)]),
    # still critical
    ("At least 14 people were still critical, doctors said.", [("other", "in critical condition", 14, None)]),
    # a hospital that admitted them
    ("The civil hospital admitted 73 patients overnight.", [("hospitalized", "people", 73, 73)]),
    # holiday road-safety forecasts
    (
        "The council expects that 377 people may be killed on the highways over the long weekend.",
        [("other", "projected deaths", 377, 377)],
    ),
    ("Doctors warned that as many as 600 could die if the heatwave lasts.", [("other", "projected deaths", 0, 600)]),
    ("Some 9,400 people may be seriously injured over the break.", [("other", "projected injuries", 8460, 10340)]),
    # control: an estimate of the past keeps its measure
    ("Up to 31 villagers may have died in the raid.", [("killed", "people", 0, 31)]),
    # a part whose whole is in another sentence, named by its own verb
    ("About 60 of them were discharged the same evening.", [("other", "discharged patients", 54, 66)]),
    ("Twelve of them were sent home after treatment.", [("other", "discharged patients", 12, 12)]),
    # on duty at a plant
    ("Some 140 workers were on duty when the kiln collapsed.", [("other", "workers", 126, 154)]),
    ("About 75 people were on shift at the mill.", [("other", "people", 68, 82)]),
    # control: a force on duty is deployed
    ("About 600 police officers were on duty at the match.", [("deployed", "police", 540, 660)]),
    # one source that speaks
    ("One district official said the toll had reached 27.", [("killed", "people", 27, 27)]),
    ("One local broadcaster reported that 15 homes were destroyed.", [("damaged", "homes", 15, 15)]),
    # control: the word one counted by its own verb
    ("One miner died and four were hurt.", [("killed", "people", 1, 1), ("injured", "people", 4, 4)]),
    # pounds that weigh
    (
        "Customs officers found 410 kilograms (904 pounds) of heroin in the container.",
        [("other", "kg", 410, 410), ("other", "pounds", 904, 904)],
    ),
    ("Agents seized more than 2,300 pounds of marijuana.", [("other", "pounds", 2300, None)]),
    # control: pounds that pay
    ("The court fined the trader 800 pounds.", [("other", "GBP", 800, 800)]),
    # a bare figure named by its predicate noun
    ("At least seven were teenagers, the coroner said.", [("other", "teenagers", 7, None)]),
    ("Three were pupils of the same school.", [("other", "pupils", 3, 3)]),
    # control: a closed group keeps the measure it was read with
    ("The dead were 12 men.", [("killed", "men", 12, 12)]),
]


test_health9_h9events_en = rows_test(ENGLISH, "en")
