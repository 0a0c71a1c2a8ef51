"""Round 8 in English copy as it comes (issue 11): classes shown by fresh corpora of real-news paraphrases
(``corpora/enm1.json`` ..., labelled before any run: gang and prison violence, camp fires, refinery blasts,
turbulence, village raids, typhoons), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real English reports (the comment names it). Readings follow DESIGN.md 4 and 4.1. Each row:
text, then (measure, subject, low, high) for every claim. The classes:

- "as far away as n", "as far as n" bound a distance from above, as "as high as" does (``[qualifiers] at_most``);
- a force that "worked to bring the riot under control", "tried to maintain order", "worked to contain" the unrest
  was sent (``[measures] deployed``);
- people "treated at the site" are injured, as those treated at the scene are (``[measures] injured``);
- an aside after the counted noun that names who lives in it ("700 shanties, home to 6,100 refugees, were gutted",
  "housing 400 families") holds its own figure, and the predicate after it is the noun's
  (``[cues] occupant_asides``, ``clauses.comma_aside_end``);
- another source's figure for the same tally ("though the agency put the number above 25,000", "activists put the
  figure at 650") takes the measure of the figure before it (``[anaphora] inherit_before``);
- an adverb in -ly and a participle before the counted noun modify it, also where the figure opens its clause
  ("and 31 locally made guns": no noun "locally") (``adverb_modifiers.adverb_participle``);
- "RM" before a figure is Malaysian ringgit, as "Rs" is rupees (``[currencies] MYR``); taka, naira, baht and kyat are
  currencies (``[currencies]``);
- a bracketed amount right after a figure and its word is a conversion, never accounting's negative ("400 dinars
  ($1,300)", "35,000 taka ($318)") (``mentions._signed``);
- "dozen" scales a fraction or a number before it as "million" does ("half a dozen" is 6, "three dozen" 36)
  (``[numbers] scales``);
- the commas of a list of groups that "including" opens with no comma before it ("45 people including police,
  commandos and journalists were hospitalised") join its items, they do not end the figure's clause
  (``inclusion_lists.inside_inclusion_list``);
- "homeless people" are displaced as "displaced people" are, so a verb after them gives its own measure ("eight
  homeless people died from the cold") (``[nouns]``);
- people who "remained behind bars" are a stock of detainees, no arrest, as those "still behind bars"
  (``[other_verbs]``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # a distance bounded from above, in blast and quake copy
    ("The explosion was heard as far away as 15 miles.", [("other", "miles", 0, 15)]),
    ("Ash from the plant fire drifted as far as 40 kilometres.", [("other", "km", 0, 40)]),
    # control: "as far as" with no figure after it names nothing
    ("As far as we know, 3 workers were hurt.", [("injured", "people", 3, 3)]),
    # a force working to end a riot
    (
        "Roughly 1,200 police and troops worked to bring the riot under control.",
        [("deployed", "security_forces", 1080, 1320)],
    ),
    ("Some 4,500 officers tried to maintain order in the port city overnight.", [("deployed", "police", 4050, 4950)]),
    ("About 70 guards worked to contain the unrest in the cell blocks.", [("deployed", "security_forces", 63, 77)]),
    # treated at the site of a blast
    (
        "Six welders were hurt; four went to hospital and two were treated at the site.",
        [("injured", "people", 6, 6), ("hospitalized", "people", 4, 4), ("injured", "people", 2, 2)],
    ),
    # an aside naming who lives in the counted noun
    (
        "Nearly 420 huts, home to some 3,000 migrants, were gutted by the blaze.",
        [("damaged", "huts", 378, 419), ("other", "migrants", 2700, 3300)],
    ),
    (
        "Two tower blocks, housing 250 families, collapsed.",
        [("damaged", "tower blocks", 2, 2), ("other", "households", 250, 250)],
    ),
    # control: an aside with a figure and no occupant word still ends the clause
    (
        "Some 90 houses, 12 of them in Lamar, were flooded.",
        [("other", "houses", 81, 99), ("other", "houses", 12, 12)],
    ),
    # another source's figure for the same tally
    (
        "Officials said 85 people were detained, but lawyers put the figure at 140.",
        [("arrested", "people", 85, 85), ("arrested", "people", 140, 140)],
    ),
    (
        "About 3,000 residents fled, though the Red Cross put the number above 7,000.",
        [("displaced", "people", 2700, 3300), ("displaced", "people", 7001, None)],
    ),
    # an adverb and a participle before the noun of a list item
    (
        "Troops recovered 40 rifles and 17 locally made shotguns.",
        [("other", "rifles", 40, 40), ("other", "shotguns", 17, 17)],
    ),
    ("The squad defused nine crudely assembled bombs.", [("other", "bombs", 9, 9)]),
    # control: a noun in -ly with a verb after it keeps its predicate
    ("One family fled the town.", [("displaced", "people", 1, 1)]),
    # ringgit written "RM"
    (
        "Police seized 14 vehicles and cash worth RM48,000.",
        [("other", "vehicles", 14, 14), ("other", "MYR", 48000, 48000)],
    ),
    ("The damage was put at RM 3.5 million.", [("other", "MYR", 3500000, 3500000)]),
    # a conversion in brackets after an amount, in a known or an unknown currency
    (
        "Each family was given 15,000 naira ($10) by the state.",
        [("other", "NGN", 15000, 15000), ("other", "USD", 10, 10)],
    ),
    (
        "The smugglers asked 600 dinars ($1,950) a seat.",
        [("other", "dinars", 600, 600), ("other", "USD", 1950, 1950)],
    ),
    # control: accounting brackets alone stay negative
    ("The fund closed the year at ($45.50).", [("other", "USD", -45.5, -45.5)]),
    # "half a dozen", "dozen" after a number
    ("About half a dozen homes were swept away.", [("damaged", "homes", 6, 6)]),
    ("Police detained half a dozen youths.", [("arrested", "people", 6, 6)]),
    ("Some four dozen firefighters fought the blaze.", [("deployed", "people", 44, 52)]),
    # control: a dozen alone and dozens are unchanged
    ("More than a dozen people were hurt.", [("injured", "people", 13, None)]),
    # a list of groups after "including" between the figure and its verb
    (
        "Some 60 people including students, teachers and reporters were detained overnight.",
        [("arrested", "people", 54, 66)],
    ),
    (
        "About 1,200 residents including farmers, fishermen and their families were evacuated.",
        [("displaced", "people", 1080, 1320)],
    ),
    # control: a comma closing an "including" list after its verb still ends the clause
    (
        "Some 40 people were hurt including women, and police said 12 were detained.",
        [("injured", "people", 36, 44), ("arrested", "people", 12, 12)],
    ),
    ("Some 20 officers, including the chief, were hurt.", [("injured", "police", 18, 22)]),
    # homeless people and the verb after them
    ("Nine homeless people froze to death in the city last week.", [("killed", "people", 9, 9)]),
    ("Two homeless persons were hurt when the shelter caught fire.", [("injured", "people", 2, 2)]),
    # control: alone they are displaced
    ("The blaze left some 400 homeless people.", [("displaced", "people", 360, 440)]),
    # a stock of detainees after a jailbreak
    (
        "Only 60 of the 2,100 prisoners remained behind bars.",
        [("other", "prisoners", 60, 60), ("other", "prisoners", 2100, 2100)],
    ),
]


test_round8_enm_english = rows_test(ENGLISH, "en")
