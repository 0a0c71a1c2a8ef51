"""Robustness of round 8 (issue 11): the same construction dressed as real Indonesian copy dresses it
(``corpora/id_vary8.json``, ``id_vary8_2.json``). The mechanisms fixed:

- a source set off by commas between a tally's measure word and its figure (``[syntax] aside_openers``: ",
  menurut data BPBD,", ", berdasarkan catatan posko,"): the figure is still the tally's;
- a count set off right after the noun phrase naming its measure, between dashes, commas or brackets, with only a
  classifier after the number ("Warga yang terluka — 14 orang — ...", "Korban tewas (enam orang) ..."), and a
  fact-box label with its source in brackets before the colon (``set_off_counts.py``);
- a relative clause between commas after a tally's noun ("Penonton, yang ... , mencapai n orang"), and a source
  named right before the figure's predicate ("yang menurut polisi berjumlah n"), which is no counted noun
  (``relative_asides.py``), nor is a noun counted by a figure of its own in a relative clause ("Pengungsi yang
  menempati 12 titik pengungsian berjumlah n jiwa");
- numbered alleys in addresses ("Gang 7", "Lorong 3") are identifiers; a radius ("dalam radius 5 kilometer") is a
  size, no figure in the way of the verb after it;
- a bare administrative word before a bracketed number is no place where names follow that word: initials ("RS
  (19), AF (20)") keep their ages;
- a list of names with their ages between commas (``[cues] name_lists``: ", masing-masing AS (31) dan RN (27),")
  runs on past its inner commas and brackets to the predicate after it;
- digits with a leading zero ("KM Bahari Jaya 05") are a number in a name; a dash stands for a fact box's colon
  ("Korban meninggal — 6 orang;"); a source between commas does not cut a tally word from its figure
  ("Jumlah pengungsi, menurut UNHCR, menembus 2 juta jiwa");
- the tally's earlier value: after a change word and "dari" with a year after it ("naik dari 118 orang pada
  2023"), or after a contrast and a compared period ("sedangkan tahun lalu 71 orang");
- a figure whose own qualifier is a change verb ("menembus", "melampaui": ``[syntax] passing_verbs``) is its
  clause's predicate, so the tally word before a source aside still reaches it;
- the passive with a pronoun agent and a bare stem ("yang kami rawat") is hospitalized; a change right before a
  compared period ("naik 9 dari pekan lalu") counts nobody in the state: ``other``, increase or decrease;
- an aside between dashes inside the clause ("n kios—sebagian besar milik pedagang—ludes terbakar") is skipped
  like one in brackets; a verb of involvement in the relative clause of a force's noun ("Personel yang dilibatkan
  berjumlah n orang") deploys it;
- a number in words in brackets after the same number in digits ("5 (lima) orang", police and court copy) is one
  figure whose noun phrase goes on after the brackets (``restated_numbers.py``); ", sesuai data X," is a source
  aside too, and ", hingga Senin malam," / ", per Selasa pagi," a time aside;
- an aside between dashes before a predicate figure ("Jumlah korban tewas—menurut data terbaru—mencapai n
  orang"), or a relative clause between commas (``[syntax] aside_relatives``: "Korban meninggal, yang sebagian
  besar anak-anak, berjumlah n orang"); "sementara ini" before a tally's verb means "for now", no clause break.

Every sentence is our own (invented places, people and figures). Control rows stand beside each class.
"""

from __future__ import annotations

from tests.claims.extraction.gate_tables import rows_test
from tests.claims.extraction.news_tables import Row

INDONESIAN: list[tuple[str, list[Row]]] = [
    # a source between commas after the tally's noun phrase
    (
        "Warga yang mengungsi akibat banjir, menurut catatan BPBD Kabupaten Lembang Raya, sebanyak 612 jiwa.",
        [("displaced", "people", 612, 612)],
    ),
    (
        "Petugas yang dikerahkan, berdasarkan keterangan Kapolres, berjumlah 430 orang.",
        [("deployed", "police", 430, 430)],  # the tally noun across the aside, its class from Kapolres (subj17)
    ),
    (
        "Korban tewas akibat longsor di dua dusun, menurut data Basarnas yang dirilis Kamis, mencapai 18 orang.",
        [("other", "hamlets", 2, 2), ("killed", "people", 18, 18)],
    ),
    # the same tally with no aside (control)
    ("Warga yang mengungsi akibat banjir sebanyak 612 jiwa.", [("displaced", "people", 612, 612)]),
    # a source between commas after a noun with no measure word names none (control)
    ("Bantuan yang disalurkan, menurut Dinas Sosial, sebanyak 900 paket.", [("other", "packages", 900, 900)]),
    # a count set off by dashes, commas or brackets after its noun phrase
    ("Warga yang terluka \u2013 14 orang \u2013 dibawa ke puskesmas terdekat.", [("injured", "people", 14, 14)]),
    ("Pemuda yang ditangkap—37 orang—diperiksa di Mapolsek Cibarengkok.", [("arrested", "people", 37, 37)]),
    ("Korban hilang, enam orang, diduga terseret arus sungai.", [("missing", "people", 6, 6)]),
    (
        "Korban tewas (enam orang) ditemukan di dalam rumah yang ambruk.",
        [("killed", "people", 6, 6)],
    ),
    (
        "Pengungsi yang ditampung di aula desa, sedikitnya 210 jiwa, membutuhkan selimut.",
        [("displaced", "people", 210, None)],
    ),
    ("Korban luka (data RSUD Batu Lancar, Senin 09.00 WIB): 31 orang.", [("injured", "people", 31, 31)]),
    # a name before a bracketed number is a person and the number an age, even when a verb of arrest comes first
    # (control)
    ("Polisi menangkap DW (27) di rumahnya.", []),
    # a place before a set-off count names no measure (control)
    ("Di Kecamatan Ranu Baru, 40 orang, sebagian besar lansia, belum mendapat bantuan.", [("other", "people", 40, 40)]),
    # a relative clause between commas after the tally's noun
    (
        "Penonton, yang memenuhi tribun utara sejak sore, mencapai 6.500 orang.",
        [("participants", "people", 6500, 6500)],
    ),
    (
        "Massa, yang menurut panitia berjumlah 2.300 orang, bergerak ke alun-alun.",
        [("participants", "people", 2300, 2300)],
    ),
    # a source named right before the predicate is no counted noun
    (
        "Jumlah pengungsi di gereja itu menurut BPBD mencapai 870 orang.",
        [("displaced", "people", 870, 870)],
    ),
    # a noun counted by its own figure in the relative clause is no noun of the predicate figure
    (
        "Pengungsi yang kini menempati 9 titik pengungsian berjumlah 2.140 jiwa.",
        [("other", "shelters", 9, 9), ("displaced", "people", 2140, 2140)],
    ),
    # numbered alleys; a radius
    ("Empat rumah di Gang 9 Kampung Sawah Lega hangus terbakar.", [("damaged", "houses", 4, 4)]),
    ("Tiga warga Lorong 5 mengalami luka bakar.", [("injured", "people", 3, 3)]),
    (
        "Luncuran awan panas memaksa 1.870 warga dalam radius 6 kilometer mengungsi.",
        [("displaced", "people", 1870, 1870), ("other", "km", 6, 6)],
    ),
    # initials before bracketed ages; a hospital named in full before a bracketed count stays a place (control)
    ("Dua pekerja, masing-masing RS (23) dan TW (31), tewas di lokasi.", [("killed", "people", 2, 2)]),
    # a list of names with ages between commas
    (
        "Empat pemuda, masing-masing berinisial AR (19), BS (20), CK (18) dan DM (21), ditahan di Polsek Cempaka.",
        [("arrested", "people", 4, 4)],
    ),
    # a list of names whose comma is followed by no predicate ends the search (control)
    ("Tiga nelayan, yakni Darto, Sukri dan Iwan, serta perahu mereka.", [("other", "fishermen", 3, 3)]),
    # a number in a name with a leading zero
    ("Kapal KM Bahari Jaya 05 tenggelam dan 4 awaknya hilang.", [("missing", "people", 4, 4)]),
    # a dash for a fact box's colon
    (
        "Korban tewas \u2014 8 orang; korban hilang \u2014 3 orang.",
        [("killed", "people", 8, 8), ("missing", "people", 3, 3)],
    ),
    # a source between commas after a tally word
    (
        "Jumlah pengungsi Rohingya, menurut UNHCR, sudah menembus 2 juta jiwa.",
        [("displaced", "people", 2000001, None)],
    ),
    # the tally's earlier value in an earlier year, and after a contrast
    (
        "Sepanjang 2024 polisi menangkap 87 pengedar narkoba, turun dari 104 orang pada 2023.",
        [("arrested", "people", 87, 87), ("arrested", "people", 104, 104)],
    ),
    (
        "Korban meninggal akibat DBD tahun ini 12 orang, sedangkan tahun lalu 19 orang.",
        [("killed", "people", 12, 12), ("killed", "people", 19, 19)],
    ),
    # a change from a value with no year after it is no earlier tally of people (control)
    ("Harga cabai naik dari 40.000 menjadi 65.000 per kilogram.", []),
    # a pronoun agent and a bare stem; a change since a compared period
    (
        '"Pasien tifus yang kami rawat sekarang 23 orang, turun 6 dari pekan lalu," kata dr Hana.',
        [("hospitalized", "people", 23, 23), ("other", "decrease", 6, 6)],
    ),
    ("Ada 18 balita yang kami rawat di ruang isolasi.", [("hospitalized", "children", 18, 18)]),
    # a change that brings the tally to a new value keeps the total's measure (control)
    (
        "Pasien yang dirawat naik 6 orang menjadi 29 orang.",
        [("other", "increase", 6, 6), ("hospitalized", "people", 29, 29)],
    ),
    # an aside between dashes
    (
        "Sedikitnya 23 lapak\u2014kebanyakan milik pedagang sayur\u2014hangus dilalap api.",
        [("damaged", "stalls", 23, None)],
    ),
    # a verb of involvement in the relative clause of a force's noun
    ("Relawan yang dilibatkan dalam pencarian berjumlah 140 orang.", [("deployed", "people", 140, 140)]),
    # the people a clash involves are not sent (control)
    ("Warga yang dilibatkan berjumlah 60 orang.", [("other", "people", 60, 60)]),
    # a number restated in words in brackets
    ("Sebanyak 7 (tujuh) orang tewas tertimbun longsor.", [("killed", "people", 7, 7)]),
    (
        "Petugas menyita 15 (lima belas) unit sepeda motor dan menangkap 4 (empat) pelaku.",
        [("other", "motorcycles", 15, 15), ("arrested", "people", 4, 4)],
    ),
    # a bracketed number word of another value is no restatement (control)
    (
        "Korban luka 6 orang (tiga di antaranya anak-anak).",
        [("injured", "people", 6, 6), ("injured", "children", 3, 3)],
    ),
    ("Korban tewas, sesuai data RSUD, sebanyak 9 orang.", [("killed", "people", 9, 9)]),
    # a time aside, a dash aside, "sementara ini"
    ("Korban hilang, hingga Rabu sore, mencapai 6 orang.", [("missing", "people", 6, 6)]),
    ("Warga yang mengungsi, per Kamis pagi, berjumlah 2.310 jiwa.", [("displaced", "people", 2310, 2310)]),
    ("Jumlah korban luka\u2014menurut data posko\u2014mencapai 58 orang.", [("injured", "people", 58, 58)]),
    ("Korban meninggal sementara ini berjumlah 16 orang.", [("killed", "people", 16, 16)]),
    (
        "Pengungsi banjir, yang sebagian besar perempuan dan anak-anak, mencapai 1.450 jiwa.",
        [("displaced", "people", 1450, 1450)],
    ),
    # "sementara" as "while" still ends the clause (control)
    ("Tiga warga tewas, sementara 12 lainnya luka-luka.", [("killed", "people", 3, 3), ("injured", "people", 12, 12)]),
    # a noun of its own keeps its measure (control)
    ("Warga desa itu, 120 pengungsi, bertahan di tenda darurat.", [("displaced", "people", 120, 120)]),
]


test_indonesian_vary8id = rows_test(INDONESIAN, "id")
