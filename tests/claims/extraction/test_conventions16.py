"""Conventions of the gold author settled in round 16 (issue 11, helper r16conv), read by the core.

Our corpora had labelled these constructions both ways; the reading of the author of the gold and held-out sets
decides (``tests/claims/extraction/corpora/README.md``, "Conventions settled (round 16)";
``scripts/relabel_conventions16.py`` relabels the corpora). Every sentence is our own (invented places, people and
figures); the wordings are those of real reports (Karachi and Tokyo heat-wave copy: "taken to hospital with
heatstroke ..., and n of them died"; hooch and outbreak copy: "n people had died in hospital after ..."; school-meal
poisoning copy in Tribun, detik and Suara: "setelah mendapat perawatan, n siswa diperbolehkan pulang, sedangkan m
siswa dirujuk ke RSUD", "n di antaranya masih dirawat intensif"; Edhi and Chhipa morgue copy in Dawn and Daily
Times: "we usually receive 10 or 11 bodies every day"). Each row: text, then (measure, subject, low, high) for
every claim.

- a death by where it happened that is the sentence's only figure of the dead counts the dead (``care_deaths.py``);
  beside a toll, another part of the dead, an increment or after a lead of a part it stays ``other``;
- a part of people in care that dies ("of whom n succumbed", "n of them have since died") counts the dead;
- a part of people in care that is in intensive care is ``other``, intensive care patients; people who are no part
  stay hospitalized;
- a figure after a habitual adverb ("usually", "normally", "biasanya") counts a baseline: ``other``
  (``habitual_counts.py``); the event's own figure keeps its measure;
- a referral of people already in care (after a discharge, or a part of a hospitalized whole) is ``other``,
  referred; a referral of people not yet in care is hospitalized (``onward_referrals.py``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

CARE_DEATHS_EN: list[Any] = [
    (
        "The health office said 27 people had died in hospital after drinking the tainted liquor.",
        [("killed", "people", 27, 27)],
    ),
    (
        "Some 2,400 people have been taken to hospital with heat exhaustion since Monday, and 58 of them died "
        "shortly after admission.",
        [("hospitalized", "people", 2160, 2640), ("killed", "people", 58, 58)],
    ),
    (
        "One clinic reported 212 patients admitted, of whom at least 19 succumbed.",
        [("hospitalized", "people", 212, 212), ("killed", "people", 19, None)],
    ),
    (
        "Thirty-four miners were rushed to hospital after the gas leak and nine of them have since died.",
        [("hospitalized", "people", 34, 34), ("killed", "people", 9, 9)],
    ),
    # controls: beside a toll, another part of the dead, an increment, a lead of a part
    (
        "Of the 64 deaths confirmed so far, 12 victims died in hospital.",
        [("killed", "people", 64, 64), ("other", "died in hospital", 12, 12)],
    ),
    (
        "Two passengers died at the scene and three others died in hospital.",
        [("killed", "people", 2, 2), ("other", "died in hospital", 3, 3)],
    ),
    (
        "The blast killed 31 people, and another eight died in hospital on Tuesday.",
        [("killed", "people", 31, 31), ("other", "died in hospital", 8, 8)],
    ),
    (
        "The total includes 40 people who died in hospital after the blast.",
        [("other", "died in hospital", 40, 40)],
    ),
]
test_a_lone_death_in_care_counts_the_dead_en = rows_test(CARE_DEATHS_EN, "en")

CARE_DEATHS_ID: list[Any] = [
    (
        "Dari 61 warga yang dirawat karena keracunan, tujuh di antaranya meninggal dunia.",
        [("hospitalized", "people", 61, 61), ("killed", "people", 7, 7)],
    ),
]
test_a_lone_death_in_care_counts_the_dead_id = rows_test(CARE_DEATHS_ID, "id")

INTENSIVE_PARTS_ID: list[Any] = [
    (
        "Hingga Minggu pagi, 54 warga dilarikan ke RSUD Kota Baru, dan 9 di antaranya masih dirawat intensif.",
        [("hospitalized", "people", 54, 54), ("other", "intensive care patients", 9, 9)],
    ),
    (
        "Sebanyak 38 pasien masih dirawat di RSUD, tujuh orang di antaranya dirawat intensif di ruang ICU.",
        [("hospitalized", "people", 38, 38), ("other", "intensive care patients", 7, 7)],
    ),
    # control: others, no part, in intensive care stay hospitalized
    (
        "Tiga orang meninggal dan 12 lainnya masih dirawat intensif di RSUD.",
        [("killed", "people", 3, 3), ("hospitalized", "people", 12, 12)],
    ),
]
test_a_part_in_intensive_care_is_a_subset_id = rows_test(INTENSIVE_PARTS_ID, "id")

INTENSIVE_PARTS_EN: list[Any] = [
    (
        "The hospital is treating 96 patients, 11 of them in intensive care.",
        [("hospitalized", "people", 96, 96), ("other", "intensive care patients", 11, 11)],
    ),
]
test_a_part_in_intensive_care_is_a_subset_en = rows_test(INTENSIVE_PARTS_EN, "en")

HABITUAL_EN: list[Any] = [
    (
        "The city's morgues normally take in 15 to 20 bodies a day, the official said.",
        [("other", "bodies a day", 15, 20)],
    ),
    (
        "Our mortuary typically receives 12 bodies every day, but since Saturday it has received 140 bodies.",
        [("other", "bodies a day", 12, 12), ("killed", "people", 140, 140)],
    ),
    ("Usually about 300 people attend the weekly market.", [("other", "people", 270, 330)]),
    # control: the event's own intake
    ("The morgue received 85 bodies on Monday alone.", [("killed", "people", 85, 85)]),
]
test_a_habitual_count_is_a_baseline_en = rows_test(HABITUAL_EN, "en")

HABITUAL_ID: list[Any] = [
    ("Kamar jenazah rumah sakit itu biasanya menerima lima jenazah sehari.", [("other", "bodies a day", 5, 5)]),
]
test_a_habitual_count_is_a_baseline_id = rows_test(HABITUAL_ID, "id")

REFERRALS_ID: list[Any] = [
    (
        "Setelah mendapat penanganan di puskesmas, 20 siswa diizinkan pulang, sedangkan empat siswa dirujuk ke "
        "RSUD Sidomulyo.",
        [("other", "discharged patients", 20, 20), ("other", "patients referred to hospital", 4, 4)],
    ),
    (
        "Sebanyak 120 warga sempat dirawat di puskesmas, dan 15 di antaranya dirujuk ke RSUD karena sesak napas.",
        [("hospitalized", "people", 120, 120), ("other", "patients referred to hospital", 15, 15)],
    ),
    (
        "Usai mendapat perawatan, 31 pekerja diperbolehkan pulang, sementara tiga pekerja yang masih lemas "
        "dirujuk ke RSUD Cilacap.",
        [("other", "discharged patients", 31, 31), ("other", "patients referred to hospital", 3, 3)],
    ),
    # controls: a referral of people not yet in care is a hospital stay; outcomes side by side with no treatment
    (
        "Lima sudah pulang, dua masih diobservasi, dan 14 dirujuk ke RSUD Mentari.",
        [
            ("other", "discharged patients", 5, 5),
            ("other", "patients under observation", 2, 2),
            ("hospitalized", "people", 14, 14),
        ],
    ),
    ("Sebanyak 18 pekerja dirujuk ke RSUD Bhakti setelah menghirup gas.", [("hospitalized", "people", 18, 18)]),
    (
        "Posko kesehatan menangani 210 pemudik, dan enam di antaranya dirujuk ke rumah sakit.",
        [("other", "travellers", 210, 210), ("hospitalized", "people", 6, 6)],
    ),
]
test_a_referral_of_people_in_care_is_a_part_id = rows_test(REFERRALS_ID, "id")
