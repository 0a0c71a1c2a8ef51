"""Classes the fresh Indonesian corpus c22id1 showed (issue 11, round 16, r16cid), each fixed in the language rather
than in a sentence. Every sentence is our own (invented places, people and figures); the wordings are those read in
real reports of beats the corpora read least: ship and ferry sinkings in Sulawesi Tenggara, Kepulauan Riau and Maluku
(Antara Sultra, iNews, Kompas regional, Republika, lenteratoday, investigasi.today, riaumandiri, erabaru, padangmedia,
jelajahnews, eksekutor), mine and quarry collapses in Kalimantan Utara and NTT (jpnn, detik Sulsel, wahananews, Tempo,
kutaikartanegara, Sindonews, merdeka), the Morowali smelter blast (Kompas, Tribun Kaltim, Okezone, databoks,
baperanews), fireworks and LPG blasts (detik Jatim, grid, Republika, era.id, Radar Pekalongan, radartasik, Antara,
Poskota, kilasbali, Kompas Pasuruan, Kompas TV), bridge and building collapses (Tribun Bogor/Pontianak, Kompas, VIVA,
fin.co.id, Liputan6), feast and cendol poisoning in Bengkulu (RMOL Bengkulu, Bengkulu Ekspress, Antara Bengkulu,
Radar Utara, portalbengkulu), prison riots and escapes (Tribunnews, Liputan6, satuharapan, IDN Times Sumut,
Republika, Kompas, detik), village clashes in Maluku (Kompas regional, suaraindo, Liputan6, WahanaNews Maluku, Tempo,
merdeka), plantation land conflicts (Antara Riau, mediaterang, eksnews, labirin, beritahukum, iNews Lampung), Densus 88
arrests in Riau (IDN Times, VIVA, Republika, Okezone, riaumandiri, Riau Pos), forest fires and haze in Jambi
(medialintassumatera, aksipost, swaranesia, Tribun Jambi, detik Sumbagsel), eruptions (Sindonews, abchannel, Antara,
alinea, risks.id), rabies in NTT (Kompas.id, iNews, Suara Bali, Tribun Flores, detik Bali), leptospirosis and
diphtheria (detik, Suara Jogja, Tempo, Antara, IDN Times Jatim, Okezone) and the Wamena riot in Papua Pegunungan
(kaltenglima, Pasific Pos, Tribun Papua, wartaplus, beritatimika). Each row: text, then (measure, subject, low, high)
for every claim.

- an amount of a unit right after a measure phrase is no count of that phrase ("dua di antaranya menderita luka bakar
  serius hingga 70 persen": the extent of a burn; ``amount_objects.amount_at`` in ``destinations.takes_later_figure``):
  the grade stays with the people before it. Controls: a count after the verb is still its object.
- one total of the dead and the injured with the bare "luka" or "terluka" ("baik meninggal maupun luka", "korban tewas
  maupun terluka", ``[other_verbs]`` casualties), as with "luka-luka" before. Controls: two figures keep two measures.
- an item joined by "dan" to a part of a whole ("14 di antaranya terkena lemparan batu dan dua terkena panah") is a
  part too when its measure is the whole's and it names no group of its own (``joined_parts.joined_part``, a gate of
  ``gates.evidence_fails``). Controls: a closed group keeps its measure; a new measure stays a count.
- a grade of injury picks people of a group of their own out and names both ("dua petani luka berat": seriously
  injured farmers; ``[composed_labels.state_prefixes]``), as fainting does; by a generic noun the grade alone.
- counted nouns of these beats (``[nouns]``): "buku tabungan" (bank books, as the gold names them).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

AMOUNTS_AFTER_GRADES: list[Any] = [
    (
        "Enam orang mengalami luka bakar, dua di antaranya menderita luka bakar serius hingga 70 persen.",
        [("injured", "people", 6, 6), ("other", "seriously injured", 2, 2), ("other", "percent", 0, 70)],
    ),
    (
        "Empat orang terluka, dua orang luka bakar berat 80 persen dan dirawat di RSUD Sidoarum.",
        [("injured", "people", 4, 4), ("other", "seriously injured", 2, 2), ("other", "percent", 80, 80)],
    ),
    (
        "Dari tujuh korban ledakan, tiga di antaranya luka bakar parah sekitar 60 persen.",
        [("other", "casualties", 7, 7), ("other", "seriously injured", 3, 3), ("other", "percent", 54, 66)],
    ),
    (
        "Tiga warga mengalami luka bakar, satu di antaranya luka bakar serius lebih dari 50 persen tubuhnya.",
        [("injured", "people", 3, 3), ("other", "seriously injured", 1, 1), ("other", "percent", 50, None)],
    ),
    # controls: a count of people after the verb is its object; a thing the verb burns is counted by it
    ("Ledakan tungku itu menewaskan 5 pekerja.", [("killed", "people", 5, 5)]),
    ("Api menghanguskan 12 rumah warga.", [("damaged", "houses", 12, 12)]),
]
test_an_amount_after_a_grade_is_no_count_of_it = rows_test(AMOUNTS_AFTER_GRADES, "id")

CASUALTY_TOTALS: list[Any] = [
    (
        "Total pekerja yang terdampak, baik meninggal maupun luka, mencapai 61 orang.",
        [("other", "people", 61, 61)],
    ),
    (
        "Korban tewas maupun terluka dalam kerusuhan di Sinamba mencapai 45 orang.",
        [("other", "casualties", 45, 45)],
    ),
    (
        "Jumlah korban meninggal maupun luka akibat ledakan gudang itu 38 orang.",
        [("other", "casualties", 38, 38)],
    ),
    (
        "Sebanyak 12 orang meninggal atau luka dalam tabrakan beruntun itu.",
        [("other", "casualties", 12, 12)],
    ),
    # controls: the dead and the injured counted apart keep their measures
    ("Tiga orang meninggal dan lima luka.", [("killed", "people", 3, 3), ("injured", "people", 5, 5)]),
    (
        "Korban tewas mencapai 9 orang dan korban luka 21 orang.",
        [("killed", "people", 9, 9), ("injured", "people", 21, 21)],
    ),
]
test_a_total_of_the_dead_and_the_injured_is_casualties = rows_test(CASUALTY_TOTALS, "id")

JOINED_PARTS: list[Any] = [
    (
        "Sebanyak 18 aparat luka-luka, 16 di antaranya terkena lemparan batu dan dua terkena panah.",
        [
            ("injured", "security_forces", 18, 18),
            ("other", "security_forces", 16, 16),
            ("other", "security_forces", 2, 2),
        ],
    ),
    (
        "Bentrok itu melukai 11 warga, tujuh di antaranya terkena sabetan parang dan empat terkena anak panah.",
        # round 17 (r17dead): a part of the injured picked out by what hurt it is named by the instrument
        [("injured", "people", 11, 11), ("other", "injured by machetes", 7, 7), ("other", "injured by arrows", 4, 4)],
    ),
    (
        "Sebanyak 25 pekerja terluka, 20 di antaranya terkena uap panas dan lima orang tersambar api.",
        [("injured", "people", 25, 25), ("other", "people", 20, 20), ("other", "people", 5, 5)],
    ),
    # controls: a closed group of its own keeps the measure; another measure after the part is a new count
    (
        "Polisi menangkap 1.106 orang, 581 di antaranya orang dewasa dan 525 anak-anak.",
        [("arrested", "people", 1106, 1106), ("other", "adults", 581, 581), ("arrested", "children", 525, 525)],
    ),
    (
        "Sebanyak 20 orang terluka, lima di antaranya anak-anak, dan tiga orang tewas.",
        [("injured", "people", 20, 20), ("injured", "children", 5, 5), ("killed", "people", 3, 3)],
    ),
]
test_an_item_joined_to_a_part_is_a_part = rows_test(JOINED_PARTS, "id")

GRADED_GROUPS: list[Any] = [
    (
        "Lima petani luka ringan dan dua petani luka berat akibat sabetan parang.",
        [("other", "lightly injured farmers", 5, 5), ("other", "seriously injured farmers", 2, 2)],
    ),
    (
        "Tiga nelayan mengalami luka parah setelah perahunya dihantam ombak.",
        [("other", "seriously injured fishermen", 3, 3)],
    ),
    # control: counted by a generic noun, the grade alone
    ("Dua orang mengalami luka berat dalam bentrokan itu.", [("other", "seriously injured", 2, 2)]),
]
test_a_grade_of_a_group_names_both = rows_test(GRADED_GROUPS, "id")

NOUNS: list[Any] = [
    (
        "Petugas menyita tiga telepon genggam dan dua buku tabungan.",
        [("other", "phones", 3, 3), ("other", "bank books", 2, 2)],
    ),
]
test_nouns_of_these_beats = rows_test(NOUNS, "id")

SCALDS: list[Any] = [
    # a scald is an injury ("terkena uap panas"): as a part's own verb it picks a subset of the injured out
    ("Ledakan boiler membuat 7 karyawan terkena uap panas.", [("injured", "people", 7, 7)]),
    (
        "Sebanyak 25 pekerja terluka, 20 di antaranya terkena uap panas.",
        [("injured", "people", 25, 25), ("other", "people", 20, 20)],
    ),
    (
        "Sebanyak 40 warga terluka, 12 di antaranya tersiram uap panas.",
        [("injured", "people", 40, 40), ("other", "people", 12, 12)],
    ),
]
test_scalds_are_injuries = rows_test(SCALDS, "id")

SUSPECTED_POISONING: list[Any] = [
    # the hedge "dugaan"/"diduga" before "keracunan" after the noun is one modifier: the verb after it is the predicate
    (
        "Pada Senin sore tercatat 23 pasien dugaan keracunan dirawat di UGD RSUD Wolio.",
        [("hospitalized", "people", 23, 23)],
    ),
    (
        "Sebanyak 17 pasien yang diduga mengalami keracunan makanan dirawat di Puskesmas Lakudo.",
        [("hospitalized", "people", 17, 17)],
    ),
    ("Sebanyak 30 warga yang diduga keracunan dilarikan ke puskesmas.", [("hospitalized", "people", 30, 30)]),
    # control: the hedge as the predicate itself names the poisoned
    ("Sebanyak 46 warga diduga keracunan usai menyantap hidangan hajatan.", [("other", "poisoning victims", 46, 46)]),
]
test_a_suspected_poisoning_modifies_the_noun = rows_test(SUSPECTED_POISONING, "id")

BARE_RUNNING_TOTALS: list[Any] = [
    # a bare running total after a word of increase counts what the last measured figure before it counts
    (
        "Densus 88 menangkap 10 terduga teroris di Merauke, lalu satu lagi pada Minggu, sehingga totalnya 11 orang.",
        [("arrested", "people", 10, 10), ("other", "increase", 1, 1), ("arrested", "people", 11, 11)],
    ),
    (
        "Pada Senin tercatat 21 pasien dirawat di RSUD Wolio, namun keesokan harinya bertambah menjadi 58 orang.",
        [("hospitalized", "people", 21, 21), ("hospitalized", "people", 58, 58)],
    ),
    (
        "Sebanyak 40 warga mengungsi ke balai desa, lalu bertambah 25 jiwa, sehingga totalnya 65 jiwa.",
        [("displaced", "people", 40, 40), ("other", "increase", 25, 25), ("displaced", "people", 65, 65)],
    ),
    # controls: a total of two measures stays a total of casualties; a total with no word of increase takes nothing
    (
        "Sebanyak 12 orang tewas dan 30 luka, sehingga total korban 42 orang.",
        [("killed", "people", 12, 12), ("injured", "people", 30, 30), ("other", "casualties", 42, 42)],
    ),
    (
        "Sebanyak 12 orang ditangkap di Pasar Lama, dan total pengunjung pasar hari itu 900 orang.",
        [("arrested", "people", 12, 12), ("other", "people", 900, 900)],
    ),
]
test_a_bare_running_total_takes_the_measure_before = rows_test(BARE_RUNNING_TOTALS, "id")
