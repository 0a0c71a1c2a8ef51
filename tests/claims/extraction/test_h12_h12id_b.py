"""Round 9 wave 2, reports as they come (issue 11): classes shown by ``corpora/h12id_b*.json`` (paraphrases of
regional health and crime reports, labelled before any run), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence. Each row: text,
then (measure, subject, low, high[, place]) for every claim. The classes:

- a ranked place with no comma before its apposed figure ("Korban meninggal terbanyak ditemukan di Kota Ternate yakni
  28 orang"), perhaps with a verb between the superlative and the place (``[cues] ranked_place_verbs``): the figure
  takes the tally's measure and the place, whatever rule named the measure (``ranked_place``, ``tally_rules``);
- an adverb of the ideal before a verb of filling ("Idealnya, lapas itu menampung 214 orang") counts the prison's
  capacity, the next clause's filling its inmates (``ideal_capacity``, ``[cues] ideal_adverbs``);
- people who test positive for a named disease, or "mengalami" it, are its cases ("sembilan warga positif
  leptospirosis", "112 warga yang mengalami diare"; ``[composed_labels.lists] infection_verbs``);
- people bitten by an animal are the bitten ("anjing itu menggigit enam warga", ``[other_verbs]``);
- a bare figure right after a disease or illness name counts its cases ("menderita ISPA 81.836, kemudian iritasi
  kulit 5.931, asma 3.757"; ``disease_items``, ``[composed_labels.diseases]``), and the acronym before it is no
  identifier; "PSI" is a unit (``[units]``);
- drums and jerrycans of seized liquor are things, and bottles destroyed as evidence are never damaged ("memusnahkan
  9.874 botol miras"; ``[nouns]`` ``not_measures``); "masuk RSUD/puskesmas" is an admission (``[measures]``);
- a figure right after a measure phrase that ends with "ke" ("dilarikan ke 4 rumah sakit") counts the places, and
  the admission stays with the people before (``destinations``, ``[cues] destination_ends``);
- packets and cases in bust reports ("empat plastik berisi sabu", "dalam dua pengungkapan itu") are things with an
  English label, never a raw word (``[nouns]``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # a ranked place with no comma before the apposed figure
    (
        "Korban meninggal terbanyak ditemukan di Kota Bitung yakni 17 orang, disusul Kabupaten Minahasa sembilan.",
        [("killed", "people", 17, 17, "Kota Bitung"), ("killed", "people", 9, 9, "Kabupaten Minahasa")],
    ),
    ("Korban luka paling banyak di Desa Lasem yaitu 23 orang.", [("injured", "people", 23, 23, "Desa Lasem")]),
    (
        "Pengungsi terbanyak berada di Desa Karangsari, yakni sebanyak 640 jiwa.",
        [("displaced", "people", 640, 640, "Desa Karangsari")],
    ),
    # controls: an apposition with no ranking names no place; a superlative before the comma keeps null
    ("Warga yang mengungsi ke rumah kerabat yakni 52 orang.", [("displaced", "people", 52, 52)]),
    ("Korban jiwa tertinggi, yakni 318 orang, tercatat di Donggala.", [("killed", "people", 318, 318)]),
    # an adverb of the ideal before a verb of filling counts a capacity
    (
        "Idealnya, Rutan Kelas IIB Manokwari menampung 180 orang, namun kini dihuni 466 tahanan.",
        [("other", "prison capacity", 180, 180), ("other", "detainees", 466, 466)],
    ),
    (
        "Lapas itu sejatinya hanya menampung 275 warga binaan, tetapi kini diisi 902 orang.",
        [("other", "prison capacity", 275, 275), ("other", "inmates", 902, 902)],
    ),
    ("Rutan Kelas IIB Bangkinang semestinya dihuni 210 orang.", [("other", "prison capacity", 210, 210)]),
    # control: a verb of filling alone gives the inmates
    ("Lapas Kelas IIA Ambon kini dihuni 1.045 warga binaan.", [("other", "inmates", 1045, 1045)]),
    # people who test positive for, or suffer, a named disease are its cases
    (
        "Dinkes mencatat 14 warga Kabupaten Demak positif leptospirosis, tiga di antaranya meninggal dunia.",
        [("other", "cases", 14, 14), ("killed", "people", 3, 3)],
    ),
    ("Sebanyak 27 warga Desa Wonorejo dinyatakan positif DBD.", [("other", "cases", 27, 27)]),
    ("Hingga Kamis sudah ada 86 orang yang mengalami diare di desa itu.", [("other", "cases", 86, 86)]),
    # controls: no disease named keeps the earlier reading
    (
        "Dari 41 pengunjung yang diperiksa, 18 dinyatakan positif narkoba.",
        [("other", "visitors", 41, 41), ("other", "tested positive", 18, 18)],
    ),
    ("Sebanyak 12 warga diduga terjangkit campak.", [("other", "cases", 12, 12)]),
    # people bitten by an animal
    ("Seekor anjing liar menggigit 11 warga Kelurahan Liliba dalam sehari.", [("other", "bitten", 11, 11)]),
    ("Sedikitnya tujuh warga Desa Oenesu digigit anjing yang diduga rabies.", [("other", "bitten", 7, None)]),
    # control: the bitten who died are killed
    ("Tiga warga Desa Oelbiteno tewas setelah digigit anjing rabies.", [("killed", "people", 3, 3)]),
    # a bare figure after a disease name counts its cases, the acronym is no identifier
    (
        "Dinkes Kampar mencatat penderita ISPA tercatat 3.904, iritasi mata 612 dan asma 240.",
        [
            ("other", "respiratory infection cases", 3904, 3904),
            ("other", "eye irritation cases", 612, 612),
            ("other", "asthma cases", 240, 240),
        ],
    ),
    (
        "Sepekan terakhir, kasus DBD sebanyak 318 dan pneumonia 41.",
        [("other", "cases", 318, 318), ("other", "pneumonia cases", 41, 41)],
    ),
    # controls: a year after a disease name is its date; an identifier keeps its number
    ("Kasus DBD 2024 di Kota Depok melonjak tajam.", []),
    ("Pesawat Lion Air JT 904 tergelincir di landasan.", []),
    # air quality in PSI is a unit, no count of people
    ("Kualitas udara di Kota Pekanbaru sempat mencapai 388 PSI.", [("other", "PSI", 388, 388)]),
    # seized liquor containers are things, destroyed as evidence, never damaged or arrested
    (
        "Polsek Tobelo mengamankan dua drum cap tikus dan 14 jeriken saguer dari rumah seorang warga.",
        [("other", "items", 2, 2), ("other", "items", 14, 14)],
    ),
    ("Polres Garut memusnahkan 6.210 botol miras hasil razia selama Ramadan.", [("other", "bottles", 6210, 6210)]),
    # control: a fire's houses stay damaged
    ("Kebakaran itu memusnahkan 14 rumah warga di Desa Cikole.", [("damaged", "houses", 14, 14)]),
    # admission into a named hospital
    ("Sebanyak 57 pasien DBD masuk RSUD Majalengka sepanjang pekan lalu.", [("hospitalized", "people", 57, 57)]),
    # a figure after "dilarikan ke" counts the places the people went to, the admission stays theirs
    (
        "Sebanyak 19 buruh pabrik es dilarikan ke tiga rumah sakit di Kota Bekasi.",
        [("hospitalized", "people", 19, 19), ("other", "hospitals", 3, 3)],
    ),
    # control: a verb before a figure of people still takes it
    ("Banjir bandang itu menewaskan 6 orang di Desa Sukamulya.", [("killed", "people", 6, 6)]),
    # things in bust reports
    (
        "Polisi menemukan tiga plastik berisi sabu dengan berat bruto 812 gram.",
        [("other", "packets", 3, 3), ("other", "grams", 812, 812)],
    ),
]


test_indonesian_h12_h12id_b = rows_test(INDONESIAN, "id")
