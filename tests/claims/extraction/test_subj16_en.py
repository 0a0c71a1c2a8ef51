"""Subject classes the English corpora kept missing (issue 11, round 11, subj16en), each fixed in the language.

Every sentence is our own (invented places and figures); the wordings are those of real copy (wire fact boxes
"Arrests: 27 (19 men, 8 women); officers injured: 4", press-freedom tallies "Journalists killed in 2024: 95",
protest follow-ups "the number of officers injured rose from 11 to 17", riot and deployment reports "48 gendarmes
and police officers were hurt", "12,000 police and paramilitary personnel"). Each row: text, then (measure,
subject, low, high) for every claim.

- a fact-box label that opens its line with a person noun counts that noun's group, a generic one by its sentence
  (``[context_subjects]``: bare officers are police), and a tally noun phrase with a generic person noun does the
  same; an item whose label names no group ("Arrests: 212") counts people, not the group of the item before.
  Controls: labels with no noun ("Deaths: 5"), with "people", and tallies of people stay people.
- a count whose noun phrase joins person nouns of several groups takes their lowest common group (security_forces
  for gendarmes and police, people for men and women), while a noun and its modifier keep the narrowest ("male
  passengers": men).
- the others a survivor set out with on a vessel are the people on board ("travelling on the trawler with 26 other
  people", ``voyage_companions.py``), as are the people a road vehicle carries ("a pickup truck carrying 23 people";
  ``[composed_labels.owners] passenger``). Controls: no vessel, or no verb of setting out, leave people.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

LABEL_GROUPS: list[Any] = [
    (
        "Detained: 31 (24 men, 7 women); officers hurt: 6.",
        [
            ("arrested", "people", 31, 31),
            ("arrested", "men", 24, 24),
            ("arrested", "women", 7, 7),
            ("injured", "police", 6, 6),
        ],
    ),
    (
        "Soldiers killed in the ambush: 14; villagers wounded: 22.",
        [("killed", "soldiers", 14, 14), ("injured", "people", 22, 22)],
    ),
    ("Reporters detained in 2023: 48.", [("arrested", "journalists", 48, 48)]),
    ("Police officers injured: 9 | Arrests: 212", [("injured", "police", 9, 9), ("arrested", "people", 212, 212)]),
    (
        "The number of officers wounded in the clashes rose from 8 to 15.",
        [("injured", "police", 8, 8), ("injured", "police", 15, 15)],
    ),
    # controls: no group named; people; a specific noun's tally as before
    ("Deaths: 5; injured: 23.", [("killed", "people", 5, 5), ("injured", "people", 23, 23)]),
    ("People injured: 41.", [("injured", "people", 41, 41)]),
    (
        "The number of people injured rose from 30 to 44.",
        [("injured", "people", 30, 30), ("injured", "people", 44, 44)],
    ),
    ("The number of protesters arrested has climbed to 180.", [("arrested", "protesters", 180, 180)]),
]
test_a_label_or_tally_names_its_group = rows_test(LABEL_GROUPS, "en")

JOINED_GROUPS: list[Any] = [
    ("Thirty-six gendarmes and police officers were injured.", [("injured", "security_forces", 36, 36)]),
    (
        "A total of 9,000 police and paramilitary personnel were deployed for the summit.",
        [("deployed", "security_forces", 9000, 9000)],
    ),
    ("Twenty-one soldiers and police officers were killed in the raid.", [("killed", "security_forces", 21, 21)]),
    # controls: men and women are people; a modifier keeps the narrowest group
    ("Eleven men and women were arrested.", [("arrested", "people", 11, 11)]),
    ("Fourteen male passengers died in the crash.", [("killed", "men", 14, 14)]),
]
test_joined_groups_take_their_common_group = rows_test(JOINED_GROUPS, "en")

ON_BOARD: list[Any] = [
    (
        "The fisherman said he had been travelling on the trawler with 26 other people when it sank.",
        [("other", "people on board", 26, 26)],
    ),
    (
        "One survivor said she left the port with 48 other people before the ferry capsized.",
        [("other", "people on board", 48, 48)],
    ),
    ("A pickup truck carrying 23 people overturned on the highway.", [("other", "people on board", 23, 23)]),
    # controls: no vessel; no verb of setting out
    ("He left the party with 12 other people.", [("other", "people", 12, 12)]),
    ("She had lunch with 30 other people on the boat.", [("other", "people", 30, 30)]),
]
test_people_set_out_with_or_carried_are_on_board = rows_test(ON_BOARD, "en")
