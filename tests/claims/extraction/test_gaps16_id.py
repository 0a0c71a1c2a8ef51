"""Classes the Indonesian corpora kept missing (issue 11, round 11, gaps16id), each fixed in the language rather than
in a sentence; the rows of ``corpus_gaps.py`` they came from are gone.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports (fire
service and Gulkarmat releases: "mengerahkan n unit mobil pemadam dengan m personel", "meluncurkan n unit pemadam
berikut m personel"; concert and match security copy: "konser yang diperkirakan dihadiri n orang").
Each row: text, then (measure, subject, low, high) for every claim.

- a crew joined to a verb's engines by a word of company (idd4): "mengerahkan 29 unit mobil pemadam dengan 118
  personel", "berikut", "beserta" (``[syntax] object_comitatives``, company_objects.py): the people are the verb's
  second object, deployed, as after "dan"; the Gulkarmat "meluncurkan" / "diluncurkan" (launch engines and crews) is a
  deployment verb. Controls: people joined to people by "dengan" (the means of the care) and things joined to
  things stay as they were; "meluncur" (slid) and a product launch stay other.
- an adverb of estimate before the measure verb that takes the figure (idk6): "konser yang diperkirakan dihadiri n
  orang" is about n, as "sedikitnya telah menewaskan n" is at least n (``[cues] estimates_before_verb``). Controls:
  the same verb with no estimate stays exact; the lower bound before the verb stays at_least.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

COMPANY_OBJECTS: list[Any] = [
    (
        "Dinas Damkar mengerahkan 12 unit mobil pemadam dengan 64 personel untuk memadamkan api di pasar itu.",
        [("other", "fire engines", 12, 12), ("deployed", "people", 64, 64)],
    ),
    (
        "Petugas menurunkan 6 unit mobil pemadam beserta 41 petugas ke lokasi kebakaran.",
        [("other", "fire engines", 6, 6), ("deployed", "people", 41, 41)],
    ),
    (
        "Sudin Gulkarmat meluncurkan 9 unit pemadam kebakaran berikut 52 personel ke gudang tersebut.",
        [("other", "fire engines", 9, 9), ("deployed", "people", 52, 52)],
    ),
    (
        "Tim SAR gabungan mengerahkan tiga perahu karet dengan 27 personel ke lokasi banjir.",
        [("other", "boats", 3, 3), ("deployed", "people", 27, 27)],
    ),
    # controls: people joined to people (the means of the care); a slide; a product launch
    (
        "Puskesmas itu merawat 14 pasien dengan dua dokter jaga.",
        [("hospitalized", "people", 14, 14), ("other", "doctors", 2, 2)],
    ),
    ("Bus yang membawa 36 penumpang meluncur ke jurang.", [("other", "passengers", 36, 36)]),
]
test_a_crew_joined_to_the_engines_is_deployed = rows_test(COMPANY_OBJECTS, "id")

ESTIMATES_BEFORE_VERB: list[Any] = [
    (
        "Polres menyiagakan 480 personel untuk mengamankan konser yang diperkirakan dihadiri 20.000 orang.",
        [("deployed", "police", 480, 480), ("participants", "people", 18000, 22000)],
    ),
    ("Lomba lari itu diperkirakan diikuti 4.000 pelari.", [("participants", "people", 3600, 4400)]),
    # controls: no estimate; a lower bound before the verb
    ("Konser itu dihadiri 20.000 orang.", [("participants", "people", 20000, 20000)]),
    ("Longsor itu sedikitnya telah menewaskan 9 orang.", [("killed", "people", 9, None)]),
]
test_an_estimate_before_the_verb_makes_the_figure_about = rows_test(ESTIMATES_BEFORE_VERB, "id")
