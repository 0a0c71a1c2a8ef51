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
- a kind of house or vehicle that runs on in the noun (h12id_a2, idb): "61 rumah permanen", "rumah petak kontrakan",
  "mobil bak terbuka" are lexicon nouns (houses, pickup trucks), so the kind is no predicate of the item: the items
  of "84 rumah terbakar, terdiri atas ..." take the damage, and a list before a late "hangus terbakar" shares it
  (later_words: a word inside a figure's noun is no verb of a new clause; breakdowns: "unit rumah" + "rumah
  permanen" overlap). Controls: severity grades stay subsets; "300 warga terserang diare dan 2 meninggal" keeps
  the second clause's verb.
- a part after a predicate whose subject has no figure (included.py): "Sejumlah peralatan rusak, di antaranya 4
  proyektor", "Sejumlah penumpang tewas, termasuk 4 anak" take the predicate's measure, as the parts of an active
  verb's object did. Controls: a verb that is no measure leaves the part other.
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

HOUSE_KINDS: list[Any] = [
    (
        "Sebanyak 57 rumah terbakar, terdiri atas 40 rumah petak kontrakan dan 17 rumah hunian.",
        [("damaged", "houses", 57, 57), ("damaged", "houses", 40, 40), ("damaged", "houses", 17, 17)],
    ),
    (
        "Sebanyak 73 unit rumah rusak, terdiri atas 52 unit rumah permanen dan 21 unit rumah semipermanen.",
        [("damaged", "houses", 73, 73), ("damaged", "houses", 52, 52), ("damaged", "houses", 21, 21)],
    ),
    (
        "Sebanyak 19 rumah, dua mobil bak terbuka dan enam sepeda motor hangus terbakar.",
        [("damaged", "houses", 19, 19), ("damaged", "pickup trucks", 2, 2), ("damaged", "motorcycles", 6, 6)],
    ),
    # controls: a severity grade stays a subset; a clause of its own before the joiner keeps its verb
    (
        "Sebanyak 73 rumah rusak, terdiri atas 52 rumah rusak ringan dan 21 rumah rusak berat.",
        [
            ("damaged", "houses", 73, 73),
            ("other", "lightly damaged houses", 52, 52),
            ("other", "heavily damaged houses", 21, 21),
        ],
    ),
    (
        "Sebanyak 260 warga terserang diare dan 3 orang meninggal dunia.",
        [("other", "cases", 260, 260), ("killed", "people", 3, 3)],
    ),
]
test_a_kind_of_house_or_vehicle_runs_on_in_the_noun = rows_test(HOUSE_KINDS, "id")

PREDICATE_BEFORE_PARTS: list[Any] = [
    (
        "Sejumlah peralatan kantor desa rusak, di antaranya 5 komputer dan 2 printer.",
        [("damaged", "computers", 5, 5), ("damaged", "printers", 2, 2)],
    ),
    ("Sejumlah penumpang tewas, termasuk 4 anak.", [("killed", "children", 4, 4)]),
    # controls: the verb with its object keeps working; a verb that is no measure leaves the part other
    ("Angin kencang merusak fasilitas umum, termasuk 7 sekolah.", [("damaged", "schools", 7, 7)]),
    ("Petugas memeriksa penumpang, termasuk 4 anak.", [("other", "children", 4, 4)]),
]
test_a_part_after_a_predicate_with_no_figure_takes_it = rows_test(PREDICATE_BEFORE_PARTS, "id")
