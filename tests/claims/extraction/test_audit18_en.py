"""Misreads and misses an audit of 419 sentences of real English copy (round 12, audit18en) found in classes, each
fixed in the language rather than in a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports (UK
court copy of gang trials in the Evening Standard and the Express & Star; Home Office asylum statistics as the Daily
Mail and PA print them; factory-fire copy from India and Bangladesh; AP and Reuters crash and shooting copy).
Each row: text, then (measure, subject, low, high) for every claim.

- a court's sentence read as an arrest: "n gang members ... have been jailed for a total of more than 100 years",
  "n people ... were handed jail terms totalling 70 years" name people sentenced (``prison_terms``: a term noun right
  after the jail word, ``[cues] term_nouns``; the term after "for" further off; the jail verb past a relative clause).
  Controls: "were jailed after the raid" and "jailed two of them" stay arrests.
- a status an asylum office grants read as flight: "n people were granted refugee status" (``[other_verbs]``
  "refugee status"). Controls: people who fled, refugees arriving in a camp stay displaced.
- a nominalised injury verb and "of" before the figure, as "the deaths of": "caused the injury of nine people and at
  least 13 were killed" (``[measures] injured`` "injury of", "injuries of", "wounding of").
- a clause with a pronoun subject after a death verb read as a modifier's predicate: "two people died when the bus
  they were on board crashed" (``[cues] subject_pronouns`` stop ``modifier_before_predicate``). Controls: "five
  injured workers were admitted", "26 people who were also injured have left the hospital".
- "dead and injured" split by a leaving verb: "left at least four people dead and injured several others", "left
  three dead and injured 11 others" (``dead_and_injured``, ``[cues] dead_adjectives``, ``injury_objects``).
  Controls: "the 13 dead and injured" and "left 40 people dead and injured" stay casualties (a toll of both).
- an other-verb between an article and its noun read as the figure's predicate: "19 children from the camp in the
  flooded county were still missing" (``attributive_labels``). Controls: "300 homes were flooded", "rescued 14 people
  from the flooded basement" keep their readings.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

PRISON_TERMS: list[Any] = [
    (
        "Eight members of the Northgate crew were jailed for a total of more than 90 years at Brayford Crown Court.",
        [("other", "crew members", 8, 8)],
    ),
    (
        "Six men who ran the county lines network from a flat in Eastmoor have been jailed for a combined 58 years.",
        [("other", "men", 6, 6)],
    ),
    (
        "Twelve people linked to the Riverside gang were handed jail terms totalling 85 years.",
        [("other", "people", 12, 12)],
    ),
    (
        "Nine people in three months tied to the Hollins firm were handed jail terms totalling over 60 years.",
        [("other", "people", 9, 9)],
    ),
    ("Four smugglers were given jail sentences of up to 14 years on Tuesday.", [("other", "smugglers", 4, 4)]),
    # controls: an arrest stays an arrest
    ("Three men were jailed after the raid on Mill Lane.", [("arrested", "men", 3, 3)]),
    ("Police arrested 11 men and jailed two of them.", [("arrested", "men", 11, 11), ("arrested", "men", 2, 2)]),
]
test_a_prison_term_is_no_arrest = rows_test(PRISON_TERMS, "en")

REFUGEE_STATUS: list[Any] = [
    (
        "A total of 52,310 people were granted refugee status or other leave to remain in the year to March.",
        [("other", "granted refugee status", 52310, 52310)],
    ),
    ("Some 3,400 Eritreans were granted refugee status last year.", [("other", "granted refugee status", 3060, 3740)]),
    # controls: people who fled, refugees arriving in a camp
    (
        "More than 6,000 people fled across the border to Lorema, where they were registered as refugees.",
        [("displaced", "people", 6001, None)],
    ),
    ("About 2,500 refugees arrived at the Kanyi camp on Monday.", [("displaced", "people", 2250, 2750)]),
]
test_a_granted_refugee_status_is_no_flight = rows_test(REFUGEE_STATUS, "en")

INJURY_OF: list[Any] = [
    (
        "The blaze caused the injury of seven people and at least eleven were killed.",
        [("injured", "people", 7, 7), ("killed", "people", 11, None)],
    ),
    (
        "The explosion led to the injury of 16 workers and the death of three.",
        [("injured", "people", 16, 16), ("killed", "people", 3, 3)],
    ),
    (
        "The clash resulted in the wounding of 27 protesters and five police officers.",
        [("injured", "protesters", 27, 27), ("injured", "police", 5, 5)],
    ),
    # control: the deaths of stay deaths
    (
        "The collapse caused the deaths of 14 people and the injury of 40 others.",
        [("killed", "people", 14, 14), ("injured", "people", 40, 40)],
    ),
]
test_the_injury_of_people_counts_the_injured = rows_test(INJURY_OF, "en")

PRONOUN_CLAUSES: list[Any] = [
    ("Two people died on Friday when the van they were on board crashed.", [("killed", "people", 2, 2)]),
    ("Three people died when the boat they were travelling in capsized.", [("killed", "people", 3, 3)]),
    ("Five passengers died when the minibus they were riding in overturned.", [("killed", "people", 5, 5)]),
    ("Two men drowned after the canoe they were paddling was swept over a weir.", [("killed", "men", 2, 2)]),
    # controls: a modifier's own predicate still picks the figure out, or keeps it
    # admitted to a hospital is a hospital stay, like "treated at" (treated_wounded, round 10)
    ("Six injured workers were admitted to the district hospital.", [("hospitalized", "people", 6, 6)]),
    ("Six injured workers were taken to the district hospital.", [("injured", "people", 6, 6)]),
    ("Twenty people who were also injured have left the hospital.", [("other", "people", 20, 20)]),
]
test_a_pronoun_opens_a_clause_of_its_own = rows_test(PRONOUN_CLAUSES, "en")

DEAD_AND_INJURED: list[Any] = [
    (
        "A shooting at the mall on Sunday left at least five people dead and injured several others.",
        [("killed", "people", 5, None)],
    ),
    (
        "The crash left three people dead and injured 14 others.",
        [("killed", "people", 3, 3), ("injured", "people", 14, 14)],
    ),
    (
        "The clashes left two protesters dead and injured at least 40, medics said.",
        [("killed", "protesters", 2, 2), ("injured", "protesters", 40, None)],
    ),
    # controls: a toll of both stays casualties; both predicates with figures keep theirs
    ("Of the 13 dead and injured, 9 were children.", [("other", "casualties", 13, 13), ("other", "children", 9, 9)]),
    ("The attack left 40 people dead and injured.", [("other", "casualties", 40, 40)]),
    ("The storm left five people dead and 30 injured.", [("killed", "people", 5, 5), ("injured", "people", 30, 30)]),
]
test_dead_and_a_verb_of_injury_split_the_toll = rows_test(DEAD_AND_INJURED, "en")

ATTRIBUTIVE_LABELS: list[Any] = [
    (
        "The sheriff said 23 children from the river camp in the flooded valley were still missing.",
        [("missing", "children", 23, 23)],
    ),
    (
        "Officials said 45 residents of the flooded district had been evacuated to schools.",
        [("displaced", "people", 45, 45)],
    ),
    (
        "Nine hikers from the group on the burned ridge were still unaccounted for on Monday.",
        [("missing", "people", 9, 9)],
    ),
    # controls: the other-verb is the figure's own, or names another noun
    ("Some 300 homes in the village were flooded.", [("other", "homes", 270, 330)]),
    ("Crews rescued 14 people from the flooded basement.", [("other", "rescued", 14, 14)]),
]
test_an_attributive_other_verb_is_no_predicate = rows_test(ATTRIBUTIVE_LABELS, "en")
