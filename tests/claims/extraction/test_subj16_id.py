"""Subject classes the Indonesian corpora kept missing (issue 11, round 11, subj16id), each fixed in the language.

Every sentence is our own (invented places, people and figures); the wordings are those of the reports the corpora
hold (Polda crime recaps and Satgas/Dinkes bulletins: "naik 498 kasus atau 12,1 persen dibanding tahun lalu",
"penambahan 1.352 kasus"; BNPB/BPBD flood recaps: "214 rumah yang terdampak banjir", "85 rumah di desa
tersebut terdampak", "Rumah terdampak sebanyak 1.310 unit"). Each row: text, then (measure, subject, low, high)
for every claim.

- a change of a tally of occurrences (``[cues] tallied_occurrences``: kasus, kejadian, perkara): a change word right
  before the figure makes it the change (``other``, ``increase``/``decrease``, DESIGN 4.1) with or without the total
  beside it. Controls: the change of a people tally keeps its measure ("kasus meninggal dunia bertambah 6 kasus");
  cases with no change word stay cases; English new cases with no change word before them stay cases.
- houses in a state (``[composed_labels.thing_states]`` after a thing of ``[cues] stated_things``): affected houses,
  as "heavily damaged houses" (DESIGN 4.1, a subset named by something other than the measure).
  Controls: people affected stay people; houses flooded stay houses (as the older tables read "rumah terendam");
  houses with no state stay houses.
- fighting cocks seized in a gambling raid ("ekor ayam aduan", "ayam jago", "ayam sabung"): roosters, a label of
  their own (``[nouns]``). Control: chickens kept at home stay chickens.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

OCCURRENCE_CHANGES: list[Any] = [
    (
        "Kasus pencurian di wilayah Polres Tanjung Ara tahun ini naik 214 kasus atau 9,4 persen dibanding tahun lalu.",
        [("other", "increase", 214, 214), ("other", "percent", 9.4, 9.4)],
    ),
    (
        "Dinkes mencatat penambahan 1.086 kasus dengan tambahan dua kematian dari lima kecamatan.",
        [("other", "increase", 1086, 1086), ("killed", "people", 2, 2), ("other", "subdistricts", 5, 5)],
    ),
    ("Angka kecelakaan di jalur itu naik 312 kejadian dibanding pekan sebelumnya.", [("other", "increase", 312, 312)]),
    (
        "Kejahatan jalanan yang ditangani turun 87 kasus atau 11%.",
        [("other", "decrease", 87, 87), ("other", "percent", 11, 11)],
    ),
    # controls: a people tally keeps its measure; cases with no change word; English new cases
    ("Dinkes mencatat 1.086 kasus DBD sepanjang tahun ini.", [("other", "cases", 1086, 1086)]),
    ("Kasus meninggal dunia bertambah 6 kasus.", [("killed", "people", 6, 6)]),
]
test_a_change_of_a_tally_of_occurrences_is_an_increase = rows_test(OCCURRENCE_CHANGES, "id")

NEW_CASES_EN: list[Any] = [
    (
        "In Kigoma there were 23 new cases and 4 discharges.",
        [("other", "cases", 23, 23), ("other", "discharged patients", 4, 4)],
    ),
]
test_new_cases_with_no_change_word_stay_cases = rows_test(NEW_CASES_EN, "en")

HOUSE_STATES: list[Any] = [
    ("BPBD mencatat ada 318 rumah yang terdampak banjir di kecamatan itu.", [("other", "affected houses", 318, 318)]),
    ("Sebanyak 90 rumah di Desa Kali Jernih juga ikut terdampak.", [("other", "affected houses", 90, 90)]),
    (
        "Rumah terdampak sebanyak 745 unit, empat di antaranya hanyut.",
        [("other", "affected houses", 745, 745), ("damaged", "houses", 4, 4)],
    ),
    ("Total rumah yang terdampak mencapai 212 unit.", [("other", "affected houses", 212, 212)]),
    # controls: people affected; houses flooded; houses with no state
    ("Sebanyak 1.420 rumah warga terendam banjir rob sejak Senin.", [("other", "houses", 1420, 1420)]),
    ("Sebanyak 640 warga terdampak banjir di desa itu.", [("other", "people", 640, 640)]),
    ("Petugas mendata 12 rumah warga di desa itu.", [("other", "houses", 12, 12)]),
]
test_houses_in_a_state_are_that_subset = rows_test(HOUSE_STATES, "id")

FIGHTING_COCKS: list[Any] = [
    (
        "Polisi menyita uang taruhan Rp 4,2 juta dan 9 ekor ayam aduan dari arena judi itu.",
        [("other", "IDR", 4200000, 4200000), ("other", "roosters", 9, 9)],
    ),
    (
        "Petugas mengamankan 23 penjudi beserta 7 ayam jago dan 15 sepeda motor.",
        [("arrested", "people", 23, 23), ("other", "roosters", 7, 7), ("other", "motorcycles", 15, 15)],
    ),
    # control: hens and broilers kept at home stay chickens
    ("Warga memelihara 40 ekor ayam di belakang rumah.", [("other", "chickens", 40, 40)]),
]
test_fighting_cocks_are_roosters = rows_test(FIGHTING_COCKS, "id")
