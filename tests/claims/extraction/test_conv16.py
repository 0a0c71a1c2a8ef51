"""Labelling conventions settled in issue 11, round 11 (conv16), each read as a rule of the language.

Every sentence is our own (invented places, people and figures); the wordings are those of the health-office, SAR
and wire reports the corpora hold. Each row: text, then (measure, subject, low, high) for every claim.

- a state that picks a subset of patients names it (DESIGN 4.1, ``other`` with a subject naming the subset):
  recovered, discharged patients, patients under observation (``[cues] status_role_nouns``/``status_role_labels``
  in both lexicons; a tally's "of" is no whole: "A total of 52 patients have recovered"). Controls: patients
  admitted stay hospitalized people; patients with no state stay patients.
- people taken alive off a wreck or out of rubble are survivors (the gold fixtures' label), never "rescued".
- a figure whose noun is passengers counts passengers; "carrying n people", "n people on board" count the people
  on board.
- deaths counted by a noun that names the group that died are that group ("lima kasus kematian anak", "9 kematian
  bayi": killed, children; ``[nouns]`` with ``measure = "killed"``). Control: plain death cases stay people.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

PATIENT_STATES_EN: list[Any] = [
    ("A total of 52 patients have recovered.", [("other", "recovered", 52, 52)]),
    ("Officials said 31 patients have recovered.", [("other", "recovered", 31, 31)]),
    ("In all, 1,204 patients have been released from hospitals.", [("other", "discharged patients", 1204, 1204)]),
    (
        "After first aid, six students were discharged and four were referred to the district hospital.",
        [("other", "discharged patients", 6, 6), ("other", "patients referred to hospital", 4, 4)],
    ),
    (
        "The ministry said 8,150 patients have been discharged from treatment centres.",
        [("other", "discharged patients", 8150, 8150)],
    ),
    # controls: admitted patients; patients with no state
    ("The hospital admitted 17 patients overnight.", [("hospitalized", "people", 17, 17)]),
    ("The clinic treats 40 patients with asthma.", [("other", "patients", 40, 40)]),
]
test_a_state_of_patients_names_the_subset_en = rows_test(PATIENT_STATES_EN, "en")

PATIENT_STATES_ID: list[Any] = [
    (
        "Sebanyak 64 pasien dinyatakan sembuh dan diperbolehkan pulang, sedangkan 12 lainnya masih dirawat.",
        [("other", "recovered", 64, 64), ("hospitalized", "people", 12, 12)],
    ),
    ("Sebanyak 9 siswa sudah diperbolehkan pulang dari puskesmas.", [("other", "discharged patients", 9, 9)]),
    ("Sebanyak 14 pasien telah sembuh.", [("other", "recovered", 14, 14)]),
    # control: patients admitted
    ("RSUD Tanjung Sari merawat 23 pasien demam berdarah.", [("hospitalized", "people", 23, 23)]),
]
test_a_state_of_patients_names_the_subset_id = rows_test(PATIENT_STATES_ID, "id")

SURVIVORS: list[Any] = [
    ("Tim SAR mengevakuasi 37 penumpang speedboat itu ke dermaga terdekat.", [("other", "survivors", 37, 37)]),
    ("Sebanyak 11 penumpang berhasil diselamatkan nelayan.", [("other", "survivors", 11, 11)]),
]
test_people_taken_off_a_wreck_are_survivors = rows_test(SURVIVORS, "id")

ON_BOARD_EN: list[Any] = [
    ("A bus carrying 46 passengers plunged into a ravine.", [("other", "passengers", 46, 46)]),
    ("The boat was carrying 73 people when it capsized.", [("other", "people on board", 73, 73)]),
]
test_passengers_and_people_on_board_en = rows_test(ON_BOARD_EN, "en")

ON_BOARD_ID: list[Any] = [
    ("KM Sinar Teluk yang tenggelam itu membawa 43 penumpang.", [("other", "passengers", 43, 43)]),
    ("Bus pariwisata yang mengangkut 39 orang itu masuk jurang.", [("other", "people on board", 39, 39)]),
]
test_passengers_and_people_on_board_id = rows_test(ON_BOARD_ID, "id")

CHILD_DEATHS: list[Any] = [
    (
        "Sebanyak tujuh kasus kematian anak dilaporkan di Kota Tirta sepanjang tahun ini.",
        [("killed", "children", 7, 7)],
    ),
    (
        "Empat kasus kematian anak terjadi di Kota Bandar, dua di Kabupaten Hulu, dan satu lagi di Kota Lereng.",
        [("killed", "children", 4, 4), ("killed", "children", 2, 2), ("killed", "children", 1, 1)],
    ),
    ("Dinkes mencatat 9 kematian bayi sepanjang 2024.", [("killed", "children", 9, 9)]),
    ("Anak yang meninggal akibat difteri di Kabupaten Lembah mencapai 9 orang.", [("killed", "children", 9, 9)]),
    # control: death cases with no group
    ("Sebanyak 12 kasus kematian dilaporkan.", [("killed", "people", 12, 12)]),
]
test_deaths_counted_by_the_group_that_died = rows_test(CHILD_DEATHS, "id")
