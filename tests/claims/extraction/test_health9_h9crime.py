"""Round 9, sub-kinds our corpora never read (issue 11): classes shown by ``corpora/h9crime*.json`` (paraphrases of
Indonesian reports on trafficking rescues, scam compounds, gambling and drug busts, tainted liquor and poll-worker
deaths, labelled before any run), fixed as rules of the language.

Every sentence here is our own (invented places, people and figures), none is a corpus sentence. Each row: text,
then (measure, subject, low, high[, place]) for every claim. The classes:

- a case or a report is a tally, never damaged: "memusnahkan 3,1 kg sabu hasil pengungkapan empat perkara"
  (``[nouns]`` ``not_measures``);
- "n laporan kematian" (Kemenkes, Dinkes) counts deaths (``[measures] killed``, ``[nouns]``);
- a collective in digits ("Ke-38 calon PMI itu", "Ke-15 kabupaten itu") is a count, an ordinal after its noun
  ("hari ke-10") is not (``collective_digits``);
- a ranked tally, a place, then its figure ("Kematian terbanyak tercatat di Jawa Tengah, yakni tujuh petugas"):
  the figure takes the tally's measure and the place (``ranked_place``, ``tally_rules._apposed``);
- a verb of placement ("ditempatkan", "menempatkan") posts only a force or a crew; other people it places are housed,
  not deployed (``placements``, ``[cues] placement_verbs``);
- an age range after "berusia antara" is no count (``[exclusions] age_words``);
- placement-report nouns: "calon TKI", "CPMI", "CTKW" are migrant workers, "calon pekerja" workers (``[nouns]``);
- a ranking made with a two-word superlative ("paling banyak ..., diikuti PPS sebanyak 1.709 orang") gives the next
  groups no turnout (``context_misreads._ranked_after``, ``[cues] superlatives``);
- a pay or a price "mulai dari" a figure is at least that figure; "mulai dari a hingga b" stays a range
  (``[qualifiers] at_least``).
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

INDONESIAN: list[Any] = [
    # a case or a report is never damaged
    (
        "Polres Kampar memusnahkan 3,1 kg sabu hasil pengungkapan empat perkara.",
        [("other", "kg", 3.1, 3.1), ("other", "cases", 4, 4)],
    ),
    ("Polda Riau memusnahkan barang bukti dari tujuh kasus narkotika.", [("other", "cases", 7, 7)]),
    # control: houses a fire destroys stay damaged
    (
        "Api menghanguskan 12 rumah dan merusak dua kios di Pasar Lama.",
        [("damaged", "houses", 12, 12), ("damaged", "kiosks", 2, 2)],
    ),
    # reports of deaths count deaths
    (
        "Kemenkes mencatat 19 laporan kematian petugas pemilu dan 210 orang dirawat jalan.",
        [("killed", "people", 19, 19), ("other", "outpatients", 210, 210)],
    ),
    ("Dinkes Kota Tegal menerima tujuh laporan kematian akibat DBD.", [("killed", "people", 7, 7)]),
    # control: other reports stay things
    ("Polsek Cibinong menerima 14 laporan kehilangan sepeda motor.", [("other", "missing-person reports", 14, 14)]),
    # a collective in digits
    ("Ke-14 calon pekerja migran itu ditangkap di Pelabuhan Tenau.", [("arrested", "people", 14, 14)]),
    ("Menurut polisi, ke-21 tersangka kini ditahan di Mapolres Sikka.", [("arrested", "people", 21, 21)]),
    ("Ke-40 calon PMI itu dipulangkan ke daerah asal.", [("other", "migrant workers", 40, 40)]),
    # control: ordinals after their noun
    ("Pencarian memasuki hari ke-10 tanpa hasil.", []),
    ("Jembatan ke-2 warga itu roboh diterjang banjir.", []),
    # a ranked tally, a place, then its figure
    (
        "Korban tewas terbanyak di Kabupaten Garut, yakni 12 orang, disusul Kabupaten Cianjur sembilan orang.",
        [("killed", "people", 12, 12, "Kabupaten Garut"), ("killed", "people", 9, 9, "Kabupaten Cianjur")],
    ),
    (
        "Pengungsi paling banyak di Kecamatan Sukajaya, yaitu 1.240 jiwa.",
        [("displaced", "people", 1240, 1240, "Kecamatan Sukajaya")],
    ),
    # control: the superlative right before the comma, no place
    ("Korban jiwa tertinggi, yakni 412 orang, tercatat di Palu.", [("killed", "people", 412, 412)]),
    # people placed somewhere are housed, not deployed
    (
        "Sebanyak 58 WNI (50 laki-laki dan delapan perempuan) ditempatkan di rumah aman Kemensos di Bambu Apus.",
        [("other", "Indonesian citizens", 58, 58), ("other", "men", 50, 50), ("other", "women", 8, 8)],
    ),
    ("Kemensos menempatkan 45 korban TPPO di rumah aman.", [("other", "trafficking victims", 45, 45)]),
    # control: a force placed is deployed
    ("Sebanyak 250 prajurit TNI ditempatkan di pos perbatasan Entikong.", [("deployed", "soldiers", 250, 250)]),
    ("Polres Sikka menempatkan 120 polisi di titik rawan.", [("deployed", "police", 120, 120)]),
    # control: evacuees placed in a shelter stay displaced
    ("Sebanyak 420 pengungsi ditempatkan di gedung sekolah.", [("displaced", "people", 420, 420)]),
    # an age range
    ("Para calon PMI itu berusia antara 19 hingga 35 tahun.", []),
    (
        "Sebanyak 40 siswa berusia antara 12 dan 15 tahun dilarikan ke puskesmas.",
        [("hospitalized", "people", 40, 40)],
    ),
    # placement-report nouns
    (
        "Imigrasi Tanjung Balai mencegah keberangkatan 26 calon TKI nonprosedural.",
        [("other", "migrant workers", 26, 26)],
    ),
    ("Sebanyak 22 CTKW asal Sumbawa dipulangkan ke daerah asal.", [("other", "migrant workers", 22, 22)]),
    ("Setiba di kantor BP3MI, ke-17 calon pekerja itu diserahkan kepada keluarga.", [("other", "workers", 17, 17)]),
    # a ranking by a two-word superlative
    (
        "Kecamatan Cibeber paling banyak melapor dengan 412 orang, diikuti Kecamatan Warungkondang 236 orang.",
        [("other", "people", 412, 412), ("other", "people", 236, 236)],
    ),
    # control: a turnout with no ranking stays a turnout
    ("Upacara peringatan itu diikuti 1.200 orang.", [("participants", "people", 1200, 1200)]),
    # a pay that starts at a figure
    ("Para promotor dibayar mulai dari Rp250 ribu per unggahan.", [("other", "IDR", 250000, None)]),
    ("Harga paket wisata itu mulai dari Rp1,5 juta hingga Rp3 juta.", [("other", "IDR", 1500000, 3000000)]),
]


test_indonesian_health9_h9crime = rows_test(INDONESIAN, "id")
