"""The naming conventions of ``other`` subjects and units, as the gold author labels them (issue 11, round 12).

``tests/claims/extraction/corpora/README.md`` ("Subject naming") lists the conventions with their gold support:
an infectious disease's case count is ``cases``, its status kept (``claims/extraction/case_kinds.py``, ``[cues]
unnamed_case_diseases``), a condition that is no such disease keeps its name; temperatures name the scale alone
(``celsius``, ``fahrenheit``); tonnes are ``tons``; people poisoned are ``poisoning victims`` when a generic noun
counts them, their own group otherwise; a state that picks people out stands before the noun (``trapped people``);
a nationality among the dead is ``<adjective> dead`` (``claims/extraction/demonym_dead.py``).
Rows are our own sentences, several variants of each construction (verbs, word orders, figures as words or digits).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # an infectious disease's case count: cases
    ("Dinkes Kabupaten Sorong Raya mencatat 1.284 kasus DBD sejak awal tahun.", [("other", "cases", 1284, 1284)]),
    ("Hingga pekan ke-20, kasus demam berdarah di kota itu mencapai 3.410 kasus.", [("other", "cases", 3410, 3410)]),
    (
        "Sebanyak 212 kasus campak dilaporkan puskesmas di tiga kecamatan.",
        [("other", "cases", 212, 212), ("other", "subdistricts", 3, 3)],
    ),
    ("Dinas Kesehatan menemukan 47 kasus leptospirosis selama musim hujan.", [("other", "cases", 47, 47)]),
    ("Dinkes mencatat 64 warga positif antraks setelah menyantap daging sapi mati.", [("other", "cases", 64, 64)]),
    # ... its status kept
    ("Tercatat 1.506 kasus suspek campak di Kabupaten Lembah Hijau.", [("other", "suspected cases", 1506, 1506)]),
    ("Kemenkes melaporkan 318 kasus konfirmasi difteri sepanjang 2024.", [("other", "confirmed cases", 318, 318)]),
    # a condition that is no infectious disease keeps its name
    (
        "Sebanyak 9.420 warga Kota Jambu terserang ISPA akibat kabut asap.",
        [("other", "respiratory infection cases", 9420, 9420)],
    ),
    ("Dinkes mencatat 386 kasus gigitan anjing sepanjang semester pertama.", [("other", "bite cases", 386, 386)]),
    # temperatures name the scale
    ("Suhu udara di Mina sempat menyentuh 47 derajat Celsius pada Senin siang.", [("other", "celsius", 47, 47)]),
    ("Suhu udara di Kota Tepian mencapai 38,6 derajat Celsius pada Rabu.", [("other", "celsius", 38.6, 38.6)]),
    # tonnes are tons
    ("Bea Cukai menggagalkan penyelundupan 2,4 ton sabu di perairan Selat Panjang.", [("other", "tons", 2.4, 2.4)]),
    # people poisoned: a generic noun gives poisoning victims, a group keeps its own label
    (
        "Sebanyak 74 warga Dusun Kalirejo mengalami keracunan usai menyantap hidangan tahlilan.",
        [("other", "poisoning victims", 74, 74)],
    ),
    (
        "Jumlah korban keracunan hidangan syukuran bertambah menjadi 131 orang.",
        [("other", "poisoning victims", 131, 131)],
    ),
    (
        "Sedikitnya 56 orang keracunan setelah menghadiri pesta pernikahan di Desa Sukamaju.",
        [("other", "poisoning victims", 56, None)],
    ),
    ("Sebanyak 203 siswa SMP Negeri 3 diduga keracunan menu makan siang.", [("other", "students", 203, 203)]),
    ("Dinkes menetapkan KLB setelah 167 pelajar keracunan makanan program sekolah.", [("other", "students", 167, 167)]),
    ("Puluhan karyawan pabrik garmen keracunan makanan katering, Kamis (3/10).", [("other", "employees", 20, 99)]),
]

ENGLISH: list[Any] = [
    # an infectious disease's case count: cases
    ("The ministry logged 2,960 dengue cases in the first quarter.", [("other", "cases", 2960, 2960)]),
    ("Officials reported 418 new cholera cases over the weekend.", [("other", "cases", 418, 418)]),
    ("The region has recorded 77 measles cases since January.", [("other", "cases", 77, 77)]),
    ("Authorities confirmed 35 suspected mpox cases in the border district.", [("other", "suspected cases", 35, 35)]),
    (
        "Clinics have seen 12,300 cases of acute respiratory infection this month.",
        [("other", "respiratory infection cases", 12300, 12300)],
    ),
    # temperatures name the scale
    ("The mercury climbed to 48.1 degrees Celsius in the capital on Tuesday.", [("other", "celsius", 48.1, 48.1)]),
    ("Forecasters expect highs to top 44C across the plains.", [("other", "celsius", 44, None)]),
    ("The thermometer in the valley read 119 degrees Fahrenheit.", [("other", "fahrenheit", 119, 119)]),
    # tonnes are tons
    ("Coast guards seized 3.2 tonnes of cocaine from a fishing trawler.", [("other", "tons", 3.2, 3.2)]),
    ("Marines intercepted two tonnes of cannabis off the coast.", [("other", "tons", 2, 2)]),
    # a nationality among the dead: "<adjective> dead"
    (
        "Among the dead were 212 Egyptians, 48 Jordanians and 31 Tunisians, diplomats said.",
        [("other", "Egyptian dead", 212, 212), ("other", "Jordanian dead", 48, 48), ("other", "Tunisian dead", 31, 31)],
    ),
    ("Among those who died were 19 Pakistanis.", [("other", "Pakistani dead", 19, 19)]),
    ("Among the dead were twenty-two Malaysians, the ministry said.", [("other", "Malaysian dead", 22, 22)]),
    ("The 305 Indonesian dead were buried at a cemetery in Mecca.", [("other", "Indonesian dead", 305, 305)]),
    # control: the injured keep their measure
    ("Among the injured were 12 Egyptians.", [("injured", "people", 12, 12)]),
]

test_indonesian_subject_naming = rows_test(INDONESIAN, "id")
test_english_subject_naming = rows_test(ENGLISH, "en")
