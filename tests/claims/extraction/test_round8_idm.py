"""Indonesian reports of pilkada unrest, illegal mining, fishing boats, prisons, land conflicts, bridges, beaches,
lightning, school bullying and piracy (issue 11, round 8, corpus ``idm*``).

Every sentence is our own (other places, figures and names); each models a construction read in real reports of
that kind (the comment names it). Readings follow DESIGN.md 4 and 4.1. The classes fixed:

- crews and bathers saved with "dapat"/"bisa" are survivors, as with "berhasil" ("Sebanyak 17 ABK dapat
  diselamatkan": ``[other_verbs]``), while "tidak dapat diselamatkan" stays a death;
- "berdaya tampung n" is a capacity, a prison's in a sentence about one (``[other_verbs]``);
- Basarnas writes the nautical mile "Nm"/"NM" ("terbalik sekitar 28 Nm dari Pelabuhan Benoa": ``[units]``);
- people who fled in a sentence about a prison or people held are escaped prisoners though the figure's own noun is
  "orang" ("jumlah tahanan 1.640 orang dan yang kabur lebih dari 300 orang": ``[composed_labels.sentence_escaped]``);
- a figure with no noun of its own before "dari" and a named administrative place ("dua lainnya dari Desa Pulau Aro")
  counts people from that place, not villages (``origin_places.py``);
- a number after an identifier word ("gelombang 2") that a unit follows, or that opens a range a unit closes, is a
  measurement ("ketinggian gelombang 2 meter hingga 3,5 meter": ``measured_identifiers.py``);
- named people with their ages between commas after a figure do not end its clause ("Dua petani, Karto (57) dan Dimas
  (24), tewas di sawah": ``named_appositions.py``, ``[cues] name_apposition_leads``);
- "tempat pemungutan suara" spelled out counts polling stations (``[nouns]``);
- training is no turnout ("mengikuti prajabatan/diklat"), "menyerahkan diri" counts those who surrendered
  (``[other_verbs]``); prison cells are numbered ("kamar 2": ``[exclusions] identifier_words``); land is measured in
  ares ("85 are": ``[units]``); a head wound in a clash is an injury ("mengalami perdarahan di kepala": ``[measures]``);
  "taksiran kerugian" is an estimate (``[qualifiers] about``);
- a capitalised measure word opening a sentence is no place of a breakdown item ("Pengerahan 24 unit dan 120
  personel": no deployed units at "Pengerahan"; ``item_places.place_before``);
- "boks" counts boxes and "saudaranya" relatives (``[nouns]``);
- boats' engine power in "PK" is a unit ("dua mesin berkekuatan 200 PK dan 15 PK": horsepower, no deployed force;
  ``[units]``);
- the stitches of a wound measure it ("45 jahitan dan dirawat di Puskesmas": no 45 hospitalized; ``[units]``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # Basarnas releases on fishing boats: crews saved with "dapat"/"bisa"
    ("Sebanyak 9 nelayan dapat diselamatkan kapal tanker yang melintas.", [("other", "survivors", 9, 9)]),
    (
        "Dari 14 penumpang, 11 bisa diselamatkan tim SAR.",
        [("other", "passengers", 14, 14), ("other", "survivors", 11, 11)],
    ),
    # a death stays a death (control)
    ("Tiga pekerja tidak dapat diselamatkan.", [("killed", "people", 3, 3)]),
    # prison overcrowding: "berdaya tampung"
    (
        "Rutan Kelas IIB Sigli berdaya tampung 150 orang, tetapi kini diisi 480 orang.",
        [("other", "prison capacity", 150, 150), ("other", "inmates", 480, 480)],
    ),
    # nautical miles written "Nm"
    ("Kapal itu tenggelam sekitar 12 Nm dari Pulau Sebesi.", [("other", "nautical miles", 10.8, 13.2)]),
    # jailbreaks: those who fled, counted in "orang"
    (
        "Penghuni rutan itu 700 orang, dan yang kabur 45 orang.",
        [("other", "people", 700, 700), ("other", "escaped prisoners", 45, 45)],
    ),
    ("Warga binaan yang kabur dari lapas itu mencapai 23 orang.", [("other", "escaped prisoners", 23, 23)]),
    # mine and boat reports: where the dead came from
    (
        "Dua korban tewas berasal dari Desa Karang Anyar dan satu lainnya dari Desa Tegal Rejo.",
        [("killed", "people", 2, 2), ("killed", "people", 1, 1)],
    ),
    (
        "Tiga warga luka-luka, dua dari Kelurahan Sumber dan satu dari Kecamatan Pakis.",
        [("injured", "people", 3, 3), ("injured", "people", 2, 2), ("injured", "people", 1, 1)],
    ),
    # Basarnas and BMKG lines: wave heights after "gelombang", a range with its unit
    ("Ketinggian gelombang 1,5 hingga 2,5 meter.", [("other", "meters", 1.5, 2.5)]),
    ("Tinggi gelombang di perairan selatan 3 meter hingga 4,5 meter.", [("other", "meters", 3, 4.5)]),
    # a batch number stays no figure (control)
    ("Pendaftaran gelombang 2 dibuka untuk 300 peserta.", [("other", "participants", 300, 300)]),
    # the people of a figure named between commas before its verb
    ("Dua nelayan, Rusdi (45) dan Amir (38), hilang saat melaut.", [("missing", "people", 2, 2)]),
    ("Tiga siswa, yakni RF (13), DA (14) dan MS (13), diamankan polisi.", [("arrested", "people", 3, 3)]),
    # the polling station spelled out
    ("Kecurangan ditemukan di 17 tempat pemungutan suara.", [("other", "polling stations", 17, 17)]),
    # jailbreak reports: training is no turnout, giving oneself up, numbered cells
    ("Tiga sipir yang sedang mengikuti diklat tidak berjaga malam itu.", [("other", "prison guards", 3, 3)]),
    (
        "Dua napi ditangkap di rumah orang tuanya, dan satu lagi menyerahkan diri ke polsek.",
        [("arrested", "people", 2, 2), ("other", "surrendered", 1, 1)],
    ),
    ("Napi kamar 4 blok C diperiksa petugas.", []),
    # evictions: land in ares, head wounds
    (
        "Lahan seluas 120 are itu disengketakan dua keluarga.",
        [("other", "ares", 120, 120), ("other", "households", 2, 2)],
    ),
    ("Dua pemuda mengalami perdarahan di kepala akibat lemparan batu.", [("injured", "people", 2, 2)]),
    # Gulkarmat releases: the estimate as a noun; a capitalised measure word opens no place
    ("Taksiran kerugian sebesar Rp 80 juta.", [("other", "IDR", 72000000, 88000000)]),
    ('"Dikerahkan 9 unit dan 45 personel," kata Kasi Ops.', [("deployed", "people", 45, 45)]),
    # lobster-seed busts and river drownings: boxes and relatives
    ("Petugas menemukan 40 boks berisi benih lobster.", [("other", "boxes", 40, 40)]),
    ("Dia datang bersama dua saudaranya.", [("other", "relatives", 2, 2)]),
    ("Sebanyak 27 warga mengungsi ke rumah saudaranya.", [("displaced", "people", 27, 27)]),
    # boat reports: engine power in PK, no force's strength after "berkekuatan"
    ("Kapal kayu berkekuatan 40 PK itu tenggelam.", [("other", "horsepower", 40, 40)]),
    ("Pengamanan dilakukan dengan kekuatan 300 personel.", [("deployed", "people", 300, 300)]),
    # crocodile attacks: the stitches of a wound are no people treated
    ("Korban mendapat 12 jahitan di kepala dan dirawat di puskesmas.", [("other", "stitches", 12, 12)]),
]


test_indonesian_round8_idm = rows_test(INDONESIAN, "id")
