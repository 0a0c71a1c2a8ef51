"""Subject labels added as data in round 10 (``claims/subject_names.txt``): the noun the sentence uses.

Guns are labelled ``guns`` (the corpora's readers wrote the noun of the sentence; ``senjata api`` and ``firearms``
keep ``firearms``), hospital beds ``beds`` in both languages (Indonesian copy writes the English "bed" as well
as "tempat tidur"); bank accounts, websites, specimens, tests, fires and camp beds, which Indonesian copy named and
the extractor gave as the raw word ("rekening", "situs").
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ENGLISH: list[Any] = [
    (
        "Officers recovered 22 guns and 1,400 rounds from the farmhouse.",
        [("other", "guns", 22, 22), ("other", "rounds of ammunition", 1400, 1400)],
    ),
    ("The county hospital opened 64 beds in a tent beside the ward.", [("other", "beds", 64, 64)]),
    ("Regulators froze 88 bank accounts linked to the scam compound.", [("other", "accounts", 88, 88)]),
    ("The ministry blocked 300 websites selling fake vaccines.", [("other", "websites", 300, 300)]),
    # control: firearms keep their own label
    ("Troops seized 31 firearms at the checkpoint.", [("other", "firearms", 31, 31)]),
]

INDONESIAN: list[Any] = [
    ("RSUD Sungai Raya menyiapkan 35 bed tambahan untuk pasien DBD.", [("other", "beds", 35, 35)]),
    ("Rumah sakit itu menambah 18 tempat tidur isolasi.", [("other", "beds", 18, 18)]),
    ("Bareskrim memblokir 412 rekening yang dipakai bandar judi daring.", [("other", "accounts", 412, 412)]),
    ("Kominfo menutup 1.250 situs judi sepanjang Oktober.", [("other", "websites", 1250, 1250)]),
    ("Labkesda memeriksa 96 spesimen dari warga Desa Lampeong.", [("other", "specimens", 96, 96)]),
    ("Sepanjang musim kemarau terjadi 37 kebakaran di Kota Palangka.", [("other", "fires", 37, 37)]),
    ("BPBD menyiapkan 60 velbed di posko pengungsian.", [("other", "camp beds", 60, 60)]),
    # control: "senjata api" keeps firearms
    ("Polisi menyita 9 pucuk senjata api dari gudang itu.", [("other", "firearms", 9, 9)]),
]

test_english_labels_round10 = rows_test(ENGLISH, "en")
test_indonesian_labels_round10 = rows_test(INDONESIAN, "id")
