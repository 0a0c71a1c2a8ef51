"""Floods, quakes, outbreaks and poisoning, Operasi Ketupat recaps, terror arrests and land clashes in Indonesian news
(issue 11, round 7, corpus ``idj*``).

Every sentence is our own (other places, figures and names); each models a construction read in real reports of
that kind (the comment names it). Readings follow DESIGN.md 4 and 4.1. The classes fixed:

- the people a boat "carries" in the passive are the people on board ("perahu yang ditumpangi enam orang",
  "speedboat yang dinaiki 14 orang": ``[composed_labels.lists] carry_verbs``);
- a change noun after "mengalami" before the comma of a "dari A menjadi B" keeps the tally's clause going ("Jumlah
  korban tewas mengalami penurunan dibanding tahun lalu, dari 26 orang menjadi 19 orang": ``[syntax] change_nouns``);
- a figure right after the compared period is that period's value of the tally before it, as after "yakni"
  ("turun 38 persen dari tahun sebelumnya 239 jiwa": ``compared.compared_value``);
- a lower bound stays one past an auxiliary or a verb of occurring or recording ("setidaknya sudah terjadi lima kali
  bentrokan", "sedikitnya tercatat 300 rumah": ``[qualifiers] at_least``);
- a part of those treated picked out by an injury is a subset, not a count of the injured ("enam warga dirawat,
  satu di antaranya mengalami patah tulang": ``resolution._same_measure_whole``);
- a word of loss after a verb of suffering is the predicate of the figure before it, no inventory of losses for the
  figures after it ("9 rumah mengalami kerusakan dan 13 rumah lainnya terancam": ``[cues] loss_predicates``);
- casualties an evacuation word moves are the dead and wounded taken from the scene, no evacuees ("untuk
  mengevakuasi 7 korban"), unless a disaster names them ("500 korban banjir dievakuasi": ``[cues] casualty_labels``,
  ``evacuation_words``, ``disaster_words``);
- a closed group with a relative clause that opens the clause names the tally's subject, as after "jumlah"
  ("Polisi yang terluka sebanyak 12 orang": police; ``subject_rules.tally_noun``);
- "misalkan" after no word of condition says "for example", no supposition ("Di Kabupaten Tasikmalaya misalkan ada
  287 rumah rusak": ``[cues] example_suppositions``, ``condition_words``);
- "n orang di antaranya" (a generic noun before the partitive) is a part of the whole before, as "n di antaranya";
  a part named by its predicate noun takes that noun ("3 orang di antaranya merupakan ABK": crew members; "12
  orang di antaranya adalah anak-anak": killed children), and a narrower group than the closed set is ``other``
  ("12 di antaranya merupakan pelajar": students); a part of people is never taken from a whole of things
  ("dirawat di tujuh rumah sakit, dan 33 orang di antaranya ...");
- things made to be burnt are never damaged when lit ("dua petasan yang sudah dibakar", "menyalakan 30 flare":
  ``not_measures`` of the nouns).
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

INDONESIAN: list[Any] = [
    # the people a boat carries, in the passive
    (
        "Longboat yang ditumpangi 11 orang itu terbalik di muara sungai, dua di antaranya belum ditemukan.",
        [("other", "people on board", 11, 11), ("missing", "people", 2, 2)],
    ),
    (
        "Kapal motor yang dinaiki 27 orang itu karam dihantam gelombang tinggi.",
        [("other", "people on board", 27, 27)],
    ),
    # Operasi Ketupat recaps: a change noun before the comma of "dari A menjadi B"
    (
        "Korban luka berat mengalami penurunan dibandingkan tahun lalu, dari 64 orang menjadi 41 orang.",
        [("other", "seriously injured", 64, 64), ("other", "seriously injured", 41, 41)],
    ),
    (
        "Jumlah korban meninggal mengalami kenaikan dibanding tahun lalu, dari 12 orang menjadi 17 orang.",
        [("killed", "people", 12, 12), ("killed", "people", 17, 17)],
    ),
    # the compared period's value right after the period
    (
        "Korban meninggal dunia selama sepekan operasi sebanyak 203 jiwa, turun 22 persen dari tahun sebelumnya "
        "260 jiwa.",
        [("killed", "people", 203, 203), ("other", "percent", 22, 22), ("killed", "people", 260, 260)],
    ),
    (
        "Korban luka ringan tercatat 412 orang, naik dibandingkan tahun lalu 380 orang.",
        [("other", "lightly injured", 412, 412), ("other", "lightly injured", 380, 380)],
    ),
    # a period at the sentence's start opens no comparison (control)
    ("Tahun lalu 33 orang tewas di jalur itu.", [("killed", "people", 33, 33)]),
    # lower bounds past an auxiliary or a verb of occurring or recording
    ("Sepanjang tahun ini setidaknya sudah terjadi 14 kecelakaan di tanjakan itu.", [("other", "accidents", 14, None)]),
    ("Sedikitnya tercatat 215 rumah rusak akibat gempa itu.", [("damaged", "houses", 215, None)]),
    ("Sedikitnya sudah 18 pelaku tawuran ditangkap polisi.", [("arrested", "people", 18, None)]),
    # a part of those treated, picked out by an injury
    (
        "Delapan korban dirawat di RSUD, tiga di antaranya mengalami patah tulang kaki.",
        [("hospitalized", "people", 8, 8), ("other", "people", 3, 3)],
    ),
    # landslide damage rundowns: a word of loss the figure before suffered
    (
        "Sebanyak 11 rumah mengalami kerusakan dan 24 rumah lainnya masih terancam longsor susulan.",
        [("damaged", "houses", 11, 11), ("other", "houses", 24, 24)],
    ),
    # an inventory after a word of loss is still damaged (control)
    (
        "Kerusakan akibat gempa meliputi rumah 140 unit dan sekolah 6 unit.",
        [("damaged", "houses", 140, 140), ("damaged", "schools", 6, 6)],
    ),
    # tawuran and demo seizures: things made to be burnt
    (
        "Dari tangan para remaja, polisi menyita empat celurit dan 15 petasan yang sudah dinyalakan.",
        [("other", "sickles", 4, 4), ("other", "firecrackers", 15, 15)],
    ),
    ("Suporter tuan rumah menyalakan 30 flare di tribun utara.", [("other", "flares", 30, 30)]),
    # KKB attacks and accidents: casualties evacuated from the scene
    (
        "Tim gabungan berhasil mengevakuasi empat korban ke Puskesmas Sugapa menggunakan helikopter.",
        [("other", "casualties", 4, 4)],
    ),
    (
        "Sebanyak sembilan korban dievakuasi dari dalam bus yang terguling ke jurang.",
        [("other", "casualties", 9, 9)],
    ),
    # taken to a hospital, they are admissions: hospitalized (control)
    ("Sebanyak sembilan korban dievakuasi ke RSUD terdekat usai bus terguling.", [("hospitalized", "people", 9, 9)]),
    # victims of a disaster evacuated are evacuees (control)
    ("Petugas BPBD mengevakuasi 230 korban banjir ke gedung olahraga.", [("displaced", "people", 230, 230)]),
    # riot and KKB tallies: a closed group with its relative clause opens the clause
    ("Anggota Brimob yang terluka dalam kerusuhan itu sebanyak 14 orang.", [("injured", "police", 14, 14)]),
    (
        "Dengan begitu, prajurit yang gugur akibat serangan KKB pekan ini menjadi lima orang.",
        [("killed", "soldiers", 5, 5)],
    ),
    # not at the clause's start, the noun is no tally's (control)
    ("Kapolres menyebut polisi yang berjaga menangkap 16 orang.", [("arrested", "people", 16, 16)]),
    # BNPB briefings: "misalkan" for "for example"
    ("Di Kabupaten Sumedang misalkan ada 412 rumah rusak.", [("damaged", "houses", 412, 412)]),
    # after a word of condition it is a supposition (control)
    ("Kalau misalkan ada 900 orang yang mengungsi, tenda kami cukup.", [("other", "people", 900, 900)]),
    # boat and quake rundowns: parts named after the partitive
    (
        "Dari sembilan orang hilang itu, 4 orang di antaranya merupakan ABK.",
        [("missing", "people", 9, 9), ("other", "crew members", 4, 4)],
    ),
    (
        "Sebanyak 52 orang tewas, 17 orang di antaranya adalah anak-anak.",
        [("killed", "people", 52, 52), ("killed", "children", 17, 17)],
    ),
    (
        "Sebanyak 63 orang diamankan, 21 di antaranya merupakan pelajar.",
        [("arrested", "people", 63, 63), ("other", "students", 21, 21)],
    ),
    # a part of people of no whole of things (control)
    (
        "Korban dibawa ke lima puskesmas, dan 18 orang di antaranya masih menjalani rawat inap.",
        [("other", "health centres", 5, 5), ("hospitalized", "people", 18, 18)],
    ),
    # a death among those treated is still a death (control)
    (
        "Sebanyak 25 pasien dirawat, dua di antaranya meninggal dunia.",
        [("hospitalized", "people", 25, 25), ("killed", "people", 2, 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_round7_idj(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
