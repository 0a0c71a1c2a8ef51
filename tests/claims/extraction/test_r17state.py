"""Conventions of the gold author settled in round 17 for people picked out by a state (issue 11, helper r17state).

README "Conventions settled (round 17)": falling ill and abduction name the state before the group's own noun
(``[composed_labels.state_prefixes] sick``, ``[composed_labels.state_verbs] abducted``), "sick people" and "abducted
people" by a generic noun; a predicate figure whose clause opens with "<group> yang <state>" takes both
(``tally_states.py``). Every sentence is our own (invented places, people and figures); the wordings are those of
real outbreak, school-meal and kidnapping reports. Each row: text, then (measure, subject, low, high) per claim.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

STATES_EN: list[Any] = [
    (
        "Contaminated well water sickened 240 people in the district over the weekend, officials said.",
        [("other", "sick people", 240, 240)],
    ),
    ("More than 60 workers fell ill after a gas leak at the plant.", [("other", "sick workers", 61, None)]),
    ("Twenty-three nurses have fallen ill since the outbreak began.", [("other", "sick nurses", 23, 23)]),
    (
        "The fever has sickened 4,100 and killed 37 since June.",
        [("other", "sick people", 4100, 4100), ("killed", "people", 37, 37)],
    ),
    ("Gunmen kidnapped 14 students from a boarding school on Sunday.", [("other", "abducted students", 14, 14)]),
    ("Bandits abducted 31 villagers in a dawn raid.", [("other", "abducted people", 31, 31)]),
    (
        "The group killed six farmers and abducted nine others.",
        [("killed", "people", 6, 6), ("other", "abducted people", 9, 9)],
    ),
    ("Armed men abducted at least 12 people on the highway.", [("other", "abducted people", 12, None)]),
    ("Lifeboat crews rescued 43 people from the sinking ferry overnight.", [("other", "rescued", 43, 43)]),
    ("Soldiers pulled about 200 residents from rooftops as the water rose.", [("other", "rescued", 180, 220)]),
    # a group of its own keeps its noun (the author's "rescued 56 migrants": migrants)
    ("The navy rescued 57 fishermen after the storm.", [("other", "fishermen", 57, 57)]),
    ("About 640 people are believed buried under the mud.", [("other", "buried people", 576, 704)]),
    # controls: the passive after the figure stays survivors, survivors by their own noun stay, a specific measure
    # keeps its closed subject
    (
        "At least 88 people were rescued and 12 remain missing.",
        [("other", "survivors", 88, None), ("missing", "people", 12, 12)],
    ),
    ("Divers pulled 35 survivors from the water.", [("other", "survivors", 35, 35)]),
    ("About 70 students were taken to hospital after the meal.", [("hospitalized", "people", 63, 77)]),
]
test_a_state_names_the_group_en = rows_test(STATES_EN, "en")

STATES_ID: list[Any] = [
    ("Sebanyak 73 warga Desa Sukamulya jatuh sakit setelah minum air sumur.", [("other", "sick people", 73, 73)]),
    ("Sedikitnya 45 petani jatuh sakit usai menyemprot pestisida.", [("other", "sick farmers", 45, None)]),
    ("Jemaah yang jatuh sakit sejauh ini mencapai 230 orang.", [("other", "sick pilgrims", 230, 230)]),
    ("Jemaah yang sakit kini berjumlah 64 orang.", [("other", "sick pilgrims", 64, 64)]),
    ("KKB menculik empat guru di Distrik Wano.", [("other", "abducted teachers", 4, 4)]),
    ("Kelompok bersenjata menculik tiga warga saat pulang dari kebun.", [("other", "abducted people", 3, 3)]),
    ("Sebanyak 12 warga diculik kelompok bersenjata.", [("other", "abducted people", 12, 12)]),
    ("Tim SAR menyelamatkan 14 nelayan di perairan Selat Alas.", [("other", "fishermen", 14, 14)]),
    ("Tim SAR berhasil menyelamatkan 41 orang dari kapal yang tenggelam.", [("other", "rescued", 41, 41)]),
    ("Tim gabungan mengevakuasi belasan pendaki yang terjebak badai.", [("other", "rescued climbers", 11, 19)]),
    (
        "Tim SAR mengevakuasi 7 ABK yang selamat dan 2 jenazah.",
        [("other", "survivors", 7, 7), ("killed", "people", 2, 2)],
    ),
    # controls: a generic noun before the relative clause names no group; a specific measure keeps its subject
    ("Warga yang sakit kini berjumlah 64 orang.", [("other", "people", 64, 64)]),
    ("Sebanyak 58 siswa dibawa ke rumah sakit setelah makan siang.", [("hospitalized", "people", 58, 58)]),
    ("Penumpang yang selamat berjumlah 40 orang.", [("other", "survivors", 40, 40)]),
]
test_a_state_names_the_group_id = rows_test(STATES_ID, "id")
