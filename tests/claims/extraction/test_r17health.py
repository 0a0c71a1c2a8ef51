"""Free subjects of ``other`` figures in health copy, by the conventions of the gold author settled in round 17
(issue 11, helper r17health; ``tests/claims/extraction/corpora/README.md``, "Conventions settled (round 17)";
``scripts/relabel17_r17health.py`` relabels the corpora; the core: ``claims/extraction/care_labels.py`` and the
lexicons' labels).

Every sentence is our own (invented places, people and figures); the wordings are those of real reports (school-meal
and feast poisoning copy in detik, Kompas and Tribun: "n siswa mengeluh mual, pusing dan muntah", "hanya n yang
menunjukkan gejala", "n siswa diperbolehkan pulang", "dirujuk ke RSUD"; Indian and Pakistani heat-wave copy: "n
heatstroke patients", "treated for heat exhaustion"; haze copy: "pasien gangguan pernapasan", "asthma patients";
festival crush copy: "n of them in cardiac arrest"). Each row: text, then (measure, subject, low, high) for every
claim.

- people a predicate of their own sends home from care are ``discharged patients`` whatever group counts them,
  after other predicates and past the whole a part is taken from; a status of its own before it (recovered,
  outpatients) keeps the status, people with a measure of their own (the displaced) keep their noun;
- people whose own predicate is complaints of symptoms only are ``<group> with symptoms`` (their own noun, else
  the group of the figure before, else people); an illness among the complaints, a grade after them, a disease
  named after them or a later predicate leaves the figure alone;
- patients named with a condition that is no infectious disease are ``<condition> patients``; a disease whose cases
  are plain cases names none (``case_kinds.py``);
- a referral is ``patients referred to hospital``; people treated for a condition, or who received treatment, are
  ``treated people``; a part in cardiac arrest is ``cardiac arrest patients``.
"""

from __future__ import annotations

from typing import Any

from claims.extraction import extract
from tests.claims.extraction.gate_tables import rows_test
from tests.claims.extraction.news_tables import summary

DISCHARGED_ID: list[Any] = [
    (
        "Seorang murid meninggal, sedangkan 27 teman sekelasnya sudah diizinkan pulang.",
        [("other", "discharged patients", 27, 27)],
    ),
    (
        "Dari 60 santri yang dirawat, 41 di antaranya telah diperbolehkan pulang pada Senin sore.",
        [("hospitalized", "people", 60, 60), ("other", "discharged patients", 41, 41)],
    ),
    (
        "Sebanyak 19 siswa menunjukkan gejala ringan sehingga diperbolehkan pulang.",
        [("other", "discharged patients", 19, 19)],
    ),
    (
        "Usai mendapat perawatan, tiga puluh pekerja diperbolehkan pulang.",
        [("other", "discharged patients", 30, 30)],
    ),
    # controls: a status of its own first; the displaced going home
    (
        "Sebanyak 71 pasien dinyatakan sembuh dan diperbolehkan pulang.",
        [("other", "recovered", 71, 71)],
    ),
    ("Sebanyak 70.000 pengungsi diperbolehkan pulang.", [("other", "refugees", 70000, 70000)]),
]
test_people_sent_home_are_discharged_patients_id = rows_test(DISCHARGED_ID, "id")

DISCHARGED_EN: list[Any] = [
    (
        "By Sunday, 12 of the 30 students taken to the clinic had been discharged.",
        [("other", "discharged patients", 12, 12), ("other", "students", 30, 30)],
    ),
    ("Nineteen workers were sent home from hospital on Friday.", [("other", "discharged patients", 19, 19)]),
    (
        "Officials said 14 of them were sent home while 6 remained under observation.",
        [("other", "discharged patients", 14, 14), ("other", "patients under observation", 6, 6)],
    ),
    # control: outpatient treatment first is the status named
    (
        "Fifty pupils had mild symptoms, while eight received outpatient treatment and were allowed to go home.",
        [("other", "pupils", 50, 50), ("other", "outpatients", 8, 8)],
    ),
]
test_people_sent_home_are_discharged_patients_en = rows_test(DISCHARGED_EN, "en")

SYMPTOMS_ID: list[Any] = [
    (
        "Sebanyak 33 pekerja pabrik mengeluh mual dan pusing setelah menghirup gas.",
        [("other", "workers with symptoms", 33, 33)],
    ),
    (
        "Dinas kesehatan mendata 150 siswa berisiko, namun hanya dua puluh yang menunjukkan gejala.",
        [("other", "students", 150, 150), ("other", "students with symptoms", 20, 20)],
    ),
    (
        "Tiga puluh warga Dusun Krajan mengalami gatal-gatal usai mandi di sungai.",
        [("other", "people with symptoms", 30, 30)],
    ),
    (
        "Belasan pelajar SD Negeri Sukamaju muntah-muntah usai jajan di kantin.",
        [("other", "students with symptoms", 11, 19)],
    ),
    (
        "Sebanyak 25 siswa mengeluh mual, tiga di antaranya dirujuk ke RSUD.",
        [("other", "students with symptoms", 25, 25), ("hospitalized", "people", 3, 3)],
    ),
    # controls: an illness among the complaints, a grade, a poisoning named, a later predicate of care
    ("Sebanyak 40 santri mengalami gatal-gatal dan demam.", [("other", "sick students", 40, 40)]),
    ("Sebanyak 40 siswa demam dan muntah.", [("other", "students", 40, 40)]),
    ("Dua siswa menunjukkan gejala berat.", [("other", "students", 2, 2)]),
    ("Sebanyak 14 warga mengalami gejala keracunan usai kenduri.", [("other", "poisoning victims", 14, 14)]),
    ("Empat siswa yang masih sesak napas dirujuk ke RSUD Mentari.", [("hospitalized", "people", 4, 4)]),
]
test_complaints_of_symptoms_name_the_group_id = rows_test(SYMPTOMS_ID, "id")

SYMPTOMS_EN: list[Any] = [
    ("Thirty pupils showed symptoms after lunch.", [("other", "pupils with symptoms", 30, 30)]),
    (
        "At least 45 workers complained of nausea and dizziness after the gas leak.",
        [("other", "workers with symptoms", 45, None)],
    ),
    # controls: a grade, a disease named after the symptoms, an illness among the complaints
    ("Around 40 children showed severe symptoms.", [("other", "children", 36, 44)]),
    ("Some 60 guests developed symptoms of cholera.", [("other", "sick", 54, 66)]),
    (
        "Of 26 guests who replied, 15 reported vomiting or diarrhoea.",
        [("other", "guests", 26, 26), ("other", "guests", 15, 15)],
    ),
]
test_complaints_of_symptoms_name_the_group_en = rows_test(SYMPTOMS_EN, "en")

CONDITIONS: list[Any] = [
    (
        "RSUD itu menerima seratus pasien gangguan pernapasan dalam sepekan.",
        [("other", "respiratory patients", 100, 100)],
        "id",
    ),
    ("Tercatat 18 orang pasien ISPA di puskesmas itu.", [("other", "respiratory infection patients", 18, 18)], "id"),
    ("The clinic received 130 asthma patients last week.", [("other", "asthma patients", 130, 130)], "en"),
    ("The ward took in 64 heatstroke patients overnight.", [("other", "heatstroke patients", 64, 64)], "en"),
    ("Hospitals saw 96 respiratory patients on Monday.", [("other", "respiratory patients", 96, 96)], "en"),
    # controls: a disease whose cases are plain cases names no patients
    ("Ada 286 pasien DBD di kota itu.", [("other", "patients", 286, 286)], "id"),
    ("About 200 dengue patients were seen last week.", [("other", "patients", 180, 220)], "en"),
]


def test_patients_name_their_condition() -> None:
    for text, expected, lang in CONDITIONS:
        assert summary(extract(text, lang), expected) == expected, text


LABELS_ID: list[Any] = [
    ("Sebanyak 96 orang mendapat perawatan karena kelelahan.", [("other", "treated people", 96, 96)]),
    (
        "Sebanyak 45 warga mendapatkan penanganan medis di posko.",
        [("other", "treated people", 45, 45)],
    ),
    (
        "Dari 50 warga yang dirawat di puskesmas, 12 di antaranya dirujuk ke RSUD.",
        [("hospitalized", "people", 50, 50), ("other", "patients referred to hospital", 12, 12)],
    ),
]
test_treated_and_referred_labels_id = rows_test(LABELS_ID, "id")

LABELS_EN: list[Any] = [
    (
        "About 80 runners were treated for heat exhaustion at the finish line.",
        [("other", "treated people", 72, 88)],
    ),
    ("More than 2,100 were treated for heat stress at field clinics.", [("other", "treated people", 2101, None)]),
    (
        "Of the 48 people rushed to hospital, seven were in cardiac arrest.",
        [("hospitalized", "people", 48, 48), ("other", "cardiac arrest patients", 7, 7)],
    ),
    (
        "After first aid, nine pupils were discharged and three were referred to the district hospital.",
        [("other", "discharged patients", 9, 9), ("other", "patients referred to hospital", 3, 3)],
    ),
]
test_treated_and_referred_labels_en = rows_test(LABELS_EN, "en")
