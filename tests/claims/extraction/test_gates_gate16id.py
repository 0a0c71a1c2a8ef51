"""Misread classes of Indonesian people figures outside casualty stories (issue 11, round 11, gate16id: elections,
schools, mudik, tourism, sport, labour, courts, hajj, farming and aid reports as national and regional outlets write
them), each closed in the language rather than in a sentence.

Every sentence is our own (invented places, teams, people and figures); the wordings are those read in real reports
(Bisnis, IDN Times, Antara and Suara Sulsel port recaps at mudik; CNBC, Tribun Jabar and detikFinance layoff reports;
Merdeka, Republika and Antara hajj rundowns; sports and market copy). Each row: text, then (measure, subject, low,
high) for every claim.

- a match result: a figure right after a word of the result (``[cues] score_words``: "imbang", "skor") is no count,
  and a team "ditahan imbang" is held to a draw, no one detained (``[other_verbs]``). Control: supporters held
  after a drawn match are arrested.
- people named missing in a relative clause and found later in it (``[cues] found_predicates``,
  ``once_missing.found_later``): "n siswa yang hilang saat berkemah ... ditemukan selamat" are found, no longer
  missing. Controls: "yang hilang ... belum ditemukan", a later clause of others found, and a figure of its own found
  keep the missing figure.
- things a verb of holding takes ("menahan", "mengamankan" right before the figure) are seized, never damaged by an
  earlier verb of the sentence (``held_things.py``). Controls: things burned in a relative clause after them and
  things a damage verb takes stay damaged.
- a voter or an aid recipient who died is a record of a register, no toll (``not_measures`` of "pemilih",
  "penerima manfaat"). Control: poll workers who died are killed.
- falling out of a selection, a test or a round ("gugur dalam seleksi", "gugur di tahap administrasi",
  ``[other_verbs]``) is no death. Control: soldiers "gugur dalam kontak tembak" are killed.
- ballots found defective ("surat suara rusak") are spoiled, never damaged (``not_measures`` of "surat suara").
- a way of traffic ("sistem satu arah", ``[not_counts] after``) is no count. Control: travellers held beside it.
- traders relocated to a new market are moved by a plan, no one displaced (``not_measures`` of "pedagang"). Control:
  residents relocated after a landslide are displaced.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

MATCH_RESULTS: list[Any] = [
    ("Bhayangkara Muda ditahan imbang 2-2 oleh tamunya di Stadion Kilat.", []),
    ("Laga itu berakhir dengan skor 3-1 untuk tuan rumah.", []),
    ("Tim Merah ditahan imbang tim Biru 0-0 di hadapan 12.000 penonton.", [("other", "spectators", 12000, 12000)]),
    # control: supporters held after a drawn match
    ("Polisi menahan sembilan suporter usai laga yang berakhir imbang.", [("arrested", "people", 9, 9)]),
]
test_a_match_result = rows_test(MATCH_RESULTS, "id")

FOUND_LATER: list[Any] = [
    (
        "Sebanyak 14 pelajar yang hilang saat berkemah di lereng bukit ditemukan selamat pada Minggu pagi.",
        [("other", "found", 14, 14)],
    ),
    (
        "Tiga nelayan yang dilaporkan hilang sejak Jumat akhirnya ditemukan dalam keadaan selamat di pulau kosong.",
        [("other", "fishermen", 3, 3)],
    ),
    # controls: still not found; others found in a later clause; a figure of its own found
    ("Dua pemancing yang hilang sejak Kamis belum ditemukan.", [("missing", "people", 2, 2)]),
    ("Empat penambang yang hilang masih dicari, sementara rekannya sudah ditemukan.", [("missing", "people", 4, 4)]),
    (
        "Enam pendaki hilang saat badai dan dua di antaranya ditemukan selamat.",
        [("missing", "people", 6, 6), ("other", "survivors", 2, 2)],
    ),
]
test_b_found_later = rows_test(FOUND_LATER, "id")

HELD_THINGS: list[Any] = [
    (
        "Petugas bea cukai memusnahkan 800 botol miras dan mengamankan tiga mobil boks pengangkutnya.",
        [("other", "bottles", 800, 800), ("other", "cars", 3, 3)],
    ),
    ("Banjir merusak jembatan desa dan polisi menahan empat truk pasir.", [("other", "trucks", 4, 4)]),
    # controls: burned in a relative clause after them; taken by a damage verb
    ("Polisi mengamankan lima sepeda motor yang dibakar massa.", [("damaged", "motorcycles", 5, 5)]),
    ("Massa merusak pos polisi dan membakar dua mobil patroli.", [("damaged", "patrol cars", 2, 2)]),
]
test_c_held_things = rows_test(HELD_THINGS, "id")

REGISTER_DEAD: list[Any] = [
    (
        "Sebanyak 312 pemilih yang telah meninggal dunia masih tercatat dalam daftar pemilih.",
        [("other", "voters", 312, 312)],
    ),
    ("Dinas Sosial mencoret 540 penerima manfaat yang sudah meninggal dunia.", [("other", "beneficiaries", 540, 540)]),
    # control: poll workers who died
    ("Dua petugas KPPS meninggal dunia karena kelelahan.", [("killed", "people", 2, 2)]),
]
test_d_register_dead = rows_test(REGISTER_DEAD, "id")

RELOCATED_TRADERS: list[Any] = [
    ("Pemkot merelokasi 180 pedagang kaki lima ke pusat kuliner baru.", [("other", "traders", 180, 180)]),
    # control: residents relocated after a landslide
    ("Pemkab merelokasi 160 warga terdampak longsor ke hunian sementara.", [("displaced", "people", 160, 160)]),
]
test_e_relocated_traders = rows_test(RELOCATED_TRADERS, "id")

ELIMINATED: list[Any] = [
    ("Sebanyak 230 calon siswa gugur dalam seleksi jalur prestasi.", [("other", "applicants", 230, 230)]),
    ("Sebanyak 12 pelamar gugur di tahap administrasi.", [("other", "eliminated", 12, 12)]),
    # control: soldiers who fall in a firefight
    ("Tiga prajurit TNI gugur dalam kontak tembak dengan KKB.", [("killed", "soldiers", 3, 3)]),
]
test_f_eliminated = rows_test(ELIMINATED, "id")

SPOILED_BALLOTS: list[Any] = [
    ("Bawaslu menahan 2.000 surat suara rusak di gudang logistik.", [("other", "ballots", 2000, 2000)]),
    ("KPU menemukan 1.500 surat suara rusak saat pelipatan.", [("other", "ballots", 1500, 1500)]),
]
test_g_spoiled_ballots = rows_test(SPOILED_BALLOTS, "id")

TRAFFIC_WAYS: list[Any] = [
    (
        "Polisi menahan laju 3.000 kendaraan di gerbang tol untuk sistem satu arah.",
        [("other", "vehicles", 3000, 3000)],
    ),
    # control: travellers held beside the one-way scheme
    (
        "Rekayasa lalu lintas satu arah diberlakukan dan 12 pemudik ditahan karena melawan petugas.",
        [("arrested", "people", 12, 12)],
    ),
]
test_i_traffic_ways = rows_test(TRAFFIC_WAYS, "id")
