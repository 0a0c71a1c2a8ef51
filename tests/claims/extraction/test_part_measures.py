"""A part of the patients in care that its own predicate measures otherwise is ``other`` (round 15, misreads by
structure: ``claims/extraction/part_measures.py``).

Every sentence is our own (invented places and figures); the construction is the one of hospital follow-ups in our
corpora (h9events_en1, h13en_a5: "a total of N patients admitted, of whom at least M died"; h9covid1: "N jemaah
dirawat di RS, termasuk satu jemaah yang mengalami patah tulang"). The part, marked before it ("of whom",
"including", "termasuk", "di antaranya"), counts the patients who died in care or were hurt: a subset by where they
were (DESIGN 4.1), never the death toll or the injured. Each row: text, then (measure, subject, low, high).

Controls: a part of a whole of another measure keeps its own measure (the injured who were admitted, the wounded
who died, the infected who died), and a part by group inherits the whole's measure ("including 12 children").
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

PARTS_IN_CARE_EN: list[Any] = [
    (
        "Some 95 miners were hospitalised after the gas leak, including four who died on the way.",
        [("hospitalized", "people", 86, 104), ("other", "people", 4, 4)],
    ),
    (
        "Eighty pupils were taken to hospital, of whom three succumbed overnight.",
        [("hospitalized", "people", 80, 80), ("killed", "people", 3, 3)],  # round 16: a dying part counts the dead
    ),
    # controls: a whole of another measure, or one the rules leave other; a part by group
    (
        "Clinics in the valley treated 340 people for smoke inhalation, of whom 12 later died.",
        [("other", "people", 340, 340), ("killed", "people", 12, 12)],
    ),
    (
        "Fourteen people were injured, including three who were taken to hospital.",
        [("injured", "people", 14, 14), ("hospitalized", "people", 3, 3)],
    ),
    (
        "At least 17 health workers were infected, of whom six died.",
        [("other", "health workers", 17, None), ("killed", "people", 6, 6)],
    ),
    (
        "Some 120 people were hurt, and 14 of them were admitted to hospital.",
        [("injured", "people", 108, 132), ("hospitalized", "people", 14, 14)],
    ),
    (
        "The floods killed 31 people, including 12 children.",
        [("killed", "people", 31, 31), ("killed", "children", 12, 12)],
    ),
]
test_a_part_of_patients_with_its_own_measure_is_other_en = rows_test(PARTS_IN_CARE_EN, "en")

PARTS_IN_CARE_ID: list[Any] = [
    (
        "Sebanyak 64 warga dirawat di RSUD Tanjung Mas, termasuk dua warga yang meninggal dunia pada Senin malam.",
        [("hospitalized", "people", 64, 64), ("other", "people", 2, 2)],
    ),
    (
        "Hingga kini 14 jemaah dirawat di rumah sakit, termasuk satu jemaah yang mengalami patah kaki.",
        [("hospitalized", "people", 14, 14), ("other", "pilgrims", 1, 1)],
    ),
    (
        "Sebanyak 37 pasien dirawat di puskesmas, di antaranya tiga orang yang meninggal dunia.",
        [("hospitalized", "people", 37, 37), ("other", "people", 3, 3)],
    ),
    # controls: a part by group inherits the whole's measure
    ("Sebanyak 12 orang tewas, termasuk tiga anak-anak.", [("killed", "people", 12, 12), ("killed", "children", 3, 3)]),
    (
        "Sebanyak 25 orang dirawat, 4 di antaranya anak-anak.",
        [("hospitalized", "people", 25, 25), ("hospitalized", "children", 4, 4)],
    ),
]
test_a_part_of_patients_with_its_own_measure_is_other_id = rows_test(PARTS_IN_CARE_ID, "id")
