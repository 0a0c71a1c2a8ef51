"""Round 6 in English local and national news (issue 11): classes shown by fresh corpora of real-news paraphrases
(``corpora/eng1.json`` ..., labelled before any run) from US, UK, Australian, Canadian, Irish, South African and New
Zealand desks, fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence; each models a
construction read in real reports (the comment names it). Readings follow DESIGN.md 4 and 4.1. Each row: text, then
(measure, subject, low, high[, place]) for every claim. The classes:

- a heart or breathing that stopped ("nine of those were in cardiac arrest", "in respiratory arrest") is no arrest:
  ``other`` with the state as subject (``[other_verbs]``; round 17: cardiac arrest patients);
- an event and the crowd it draws ("the festival, which drew 40,000 people", "the vigil attracted 600 people") is a
  turnout (``[measures] participants``);
- a list by time ("Ten people were arrested on Friday and four on Saturday", "and 12 more overnight") or by where
  people were taken ("six were taken to the trauma centre and three more to the general site") keeps the measure of
  the list in every item: no part of the head to set apart as ``other``, no increment (``dated_items``,
  ``[cues] item_time_prepositions``, ``item_times``, ``destination_prepositions``);
- a hospital named after "to" ("taken to Groote Schuur Hospital", "airlifted to St Vincent's Hospital", "rushed to the
  provincial hospital") is admission: ``hospitalized`` (``named_hospitals``, ``[cues] hospital_heads``,
  ``hospital_modifiers``);
- a unit written against the figure ("150km/h", "40kg", "10km", as NZ, Australian and UK desks write them) is a unit,
  no identifier (``numbers.read_digits_in``; a glued multiplier such as "m" or "mm" keeps its reading);
- a collapse feared ("60 homes around a tower in danger of collapse", "40 houses at risk of collapsing") is no damage
  done: ``other`` (``[other_verbs]``);
- a long aside with no figure between a figure and its verb (", all believed to be in their 20s,") and an aside that
  counts a narrower group (", three of them teenagers,") do not cut the figure from its verb
  (``clauses.comma_aside_end``, ``_group_count_at``);
- the scale letter written against a temperature ("45C", "-9.2C", "106F") is a unit (``[units] degrees``);
- a turnout noun in an adjunct of the clause before a list item ("detained 40 people at the rally and 15 more
  overnight") names no measure of the item: it keeps the list's verb, never ``participants``
  (``adjunct_measures``, ``[cues] adjunct_prepositions``);
- "level" as a noun ("17 of which reached emergency warning level") is no levelling: ``other`` (``[other_verbs]``),
  and "received injuries" is an injury (``[measures] injured``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    # a heart that stopped is no arrest
    (
        "Four people were in cardiac arrest when paramedics arrived, police said.",
        [("other", "cardiac arrest patients", 4, 4)],
    ),
    # a part of a whole named before: the state names its patients (round 17, r17health)
    ("Paramedics said four of the patients were in cardiac arrest.", [("other", "cardiac arrest patients", 4, 4)]),
    (
        "Eleven revellers were treated for suspected overdoses and two went into cardiac arrest, police said.",
        [("other", "attendees", 11, 11), ("other", "cardiac arrest patients", 2, 2)],
    ),
    # control: an arrest is an arrest
    ("Police arrested four people after the brawl.", [("arrested", "people", 4, 4)]),
    # an event and the crowd it draws
    (
        "The concert drew about 15,000 fans to the showground, organisers said.",
        [("participants", "people", 13500, 16500)],
    ),
    ("The candlelight vigil attracted more than 600 people on Sunday.", [("participants", "people", 601, None)]),
    # a list by time
    (
        "Officers arrested 23 people on Friday night and nine more on Saturday, police said.",
        [("arrested", "people", 23, 23), ("arrested", "people", 9, 9)],
    ),
    (
        "The coroner said 17 people died in the heat on Tuesday and six in July's first heatwave.",
        [("killed", "people", 17, 17), ("killed", "people", 6, 6)],
    ),
    (
        "Riot police detained 40 people outside the stadium and 15 more overnight.",
        [("arrested", "people", 40, 40), ("arrested", "people", 15, 15)],
    ),
    # a list by where people were taken
    (
        "Five patients were flown to the burns unit in Dunmore and two more to the regional hospital.",
        [("hospitalized", "people", 5, 5), ("hospitalized", "people", 2, 2)],
    ),
    # a hospital named after "to"
    (
        "Three hikers were airlifted to Dunedin Public Hospital after the rockfall, police said.",
        [("hospitalized", "people", 3, 3)],
    ),
    ("Two boys were rushed to the provincial hospital in Mthatha.", [("hospitalized", "children", 2, 2)]),
    (
        "Eleven passengers were taken to St Columba's Hospital and four to the county hospital.",
        [("hospitalized", "people", 11, 11), ("hospitalized", "people", 4, 4)],
    ),
    # control: a road named after a hospital is no hospital
    ("The crash closed Hospital Lane for six hours.", []),
    # a unit written against the figure
    ("Gusts of up to 140km/h brought down trees in the gorge.", [("other", "km/h", 0, 140)]),
    (
        "Customs officers found 12kg of methamphetamine in the shipment.",
        [("other", "kg", 12, 12)],
    ),
    # control: a glued multiplier stays a multiplier
    ("The council set aside $4m for the clean-up.", [("other", "USD", 4000000, 4000000)]),
    # a collapse feared is no damage
    (
        "Civil Defence evacuated 35 houses below a slip in danger of collapse.",
        [("other", "houses", 35, 35)],
    ),
    (
        "Engineers said 18 homes on the cliff were at risk of collapsing.",
        [("other", "homes", 18, 18)],
    ),
    # control: a collapse that happened is damage
    ("The storm destroyed 18 homes on the cliff.", [("damaged", "homes", 18, 18)]),
    # an aside before the verb
    (
        "Four men, all thought to be in their late teens, suffered stab wounds outside the pub.",
        [("injured", "men", 4, 4)],
    ),
    (
        "One woman died and at least nine other people, two of them teenagers, were hurt in the crash.",
        [("killed", "people", 1, 1), ("injured", "people", 9, None), ("other", "teenagers", 2, 2)],
    ),
    # a scale letter against a temperature
    # the scale letter names the subject (round 10, unit_names)
    ("Temperatures reached 46C in Marree on Sunday.", [("other", "celsius", 46, 46)]),
    ("Overnight the mercury fell to -11.4C in Braemar.", [("other", "celsius", -11.4, -11.4)]),
    # control: a letter that names a block is no unit
    ("Officers searched 14 flats in Block C.", [("other", "apartments", 14, 14)]),
    # a turnout noun in an adjunct before a list item
    (
        "Officers detained 28 people at the vigil and 11 more overnight, police said.",
        [("arrested", "people", 28, 28), ("arrested", "people", 11, 11)],
    ),
    (
        "Police arrested 33 people during the march and 12 on Sunday.",
        [("arrested", "people", 33, 33), ("arrested", "people", 12, 12)],
    ),
    # control: a turnout verb of the item's own clause
    (
        "About 4,000 people joined the rally and 2,500 marched to parliament.",
        [("participants", "people", 3600, 4400), ("participants", "people", 2500, 2500)],
    ),
    # "level" as a noun
    (
        "Crews battled 85 fires overnight, 12 of which reached emergency warning level.",
        [("other", "fires", 85, 85), ("other", "alert level", 12, 12)],
    ),
    # control: "levelled" is damage
    ("The tornado levelled 22 homes in Marlow.", [("damaged", "homes", 22, 22)]),
    # received injuries
    ("Nine volunteers received injuries while fighting the blaze.", [("injured", "people", 9, 9)]),
    # control: a part of the total picked out by its own predicate stays other
    (
        "Ten people were injured and four of them were taken to hospital.",
        [("injured", "people", 10, 10), ("hospitalized", "people", 4, 4)],
    ),
    # control: an increment beside a running total
    (
        "Nine more arrests were made on Sunday, bringing the total to 52.",
        [("other", "increase", 9, 9), ("arrested", "people", 52, 52)],
    ),
]


test_english_round6_eng = rows_test(ENGLISH, "en")
