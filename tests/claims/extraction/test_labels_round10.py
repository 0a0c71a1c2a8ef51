"""Subject labels added as data in round 10 (``claims/subject_names.txt``): the noun the sentence uses.

Guns are labelled ``guns`` (the corpora's readers wrote the noun of the sentence; ``senjata api`` and ``firearms``
keep ``firearms``), hospital beds ``beds`` in both languages (Indonesian copy writes the English "bed" as well
as "tempat tidur").
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
    # control: firearms keep their own label
    ("Troops seized 31 firearms at the checkpoint.", [("other", "firearms", 31, 31)]),
]

INDONESIAN: list[Any] = [
    ("RSUD Sungai Raya menyiapkan 35 bed tambahan untuk pasien DBD.", [("other", "beds", 35, 35)]),
    ("Rumah sakit itu menambah 18 tempat tidur isolasi.", [("other", "beds", 18, 18)]),
    # control: "senjata api" keeps firearms
    ("Polisi menyita 9 pucuk senjata api dari gudang itu.", [("other", "firearms", 9, 9)]),
]

test_english_labels_round10 = rows_test(ENGLISH, "en")
test_indonesian_labels_round10 = rows_test(INDONESIAN, "id")
