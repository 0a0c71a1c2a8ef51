"""Subject naming (issue 11, round 13): fainting that befalls people of a group of their own names both, the state
before the group's noun (``tests/claims/extraction/corpora/README.md`` "Subject naming"; gold "17 penonton pingsan":
fainted spectators, as trapped and buried miners). ``[composed_labels.state_prefixes]`` of both lexicons,
``composed_labels._state_group``; also when the English noun took the verb as a participle ("spectators fainted").

Every sentence is our own (invented places and figures), in the wordings of concert, crowd and prison-break reports.
Controls: a generic noun keeps the state alone ("30 orang pingsan": fainted); falling ill is no such state ("85 students
fell ill" keep their group, as the gold does), nor is escape (labels as before: "escaped prisoners" of the prison
words, a group that escapes keeps its noun); a group that flees home stays displaced; a group that does something keeps
its measure; buried miners unchanged. Measures are never changed, only subjects.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

STATE_GROUPS_ID: list[Any] = [
    (
        "Panitia konser mencatat 23 penonton pingsan karena berdesakan di depan panggung.",
        [("other", "fainted spectators", 23, 23)],
    ),
    (
        "Sedikitnya dua puluh penonton jatuh pingsan saat laga final di Stadion Tirta Jaya.",
        [("other", "fainted spectators", 20, None)],
    ),
    (
        "Petugas kesehatan menangani 11 pengunjung yang pingsan akibat cuaca panas.",
        [("other", "fainted visitors", 11, 11)],
    ),
    ("Dua petugas linmas dilaporkan pingsan saat penghitungan suara.", [("other", "fainted linmas guards", 2, 2)]),
    ("Tiga lansia tidak sadarkan diri di tengah antrean bantuan.", [("other", "fainted elderly", 3, 3)]),
    # controls
    (
        "Sebanyak 7 narapidana kabur dari Lapas Kelas IIB Sungai Raya pada Minggu dini hari.",
        [("other", "escaped prisoners", 7, 7)],
    ),
    ("Sebanyak 30 orang pingsan saat upacara di lapangan kota.", [("other", "fainted", 30, 30)]),
    ("Enam warga kabur ketika petugas datang.", [("other", "escaped", 6, 6)]),
    ("Sebanyak 12 penambang tertimbun longsor di Bukit Sari.", [("other", "buried miners", 12, 12)]),
    ("Sebanyak 85 siswa jatuh sakit setelah menyantap makan siang di sekolah.", [("other", "sick students", 85, 85)]),
    (
        "Delapan belas pengungsi melarikan diri dari lokasi penampungan di Desa Pantai Baru.",
        [("displaced", "people", 18, 18)],
    ),
    ("Sebanyak 40 penonton menyaksikan laga itu dari tribun timur.", [("participants", "people", 40, 40)]),
]
test_state_before_group_id = rows_test(STATE_GROUPS_ID, "id")

STATE_GROUPS_EN: list[Any] = [
    ("Organisers said 23 spectators fainted in the crush near the stage.", [("other", "fainted spectators", 23, 23)]),
    (
        "Nineteen concertgoers passed out in the heat before the show began.",
        [("other", "fainted concertgoers", 19, 19)],
    ),
    ("Eleven pilgrims passed out in the heat on Saturday.", [("other", "fainted pilgrims", 11, 11)]),
    # controls
    ("Twelve refugees escaped from the holding centre on Sunday night.", [("other", "refugees", 12, 12)]),
    ("Seven inmates escaped from the district jail at dawn.", [("other", "escaped prisoners", 7, 7)]),
    ("About 30 people fainted during the parade.", [("other", "fainted", 27, 33)]),
    ("Some 85 students fell ill after a dinner at the hostel.", [("other", "sick students", 77, 93)]),
    ("Some 5,000 residents fled their homes as the river rose.", [("displaced", "people", 4500, 5500)]),
]
test_state_before_group_en = rows_test(STATE_GROUPS_EN, "en")

# An ``other`` item of a breakdown of a killed figure counted by a group of its own is "<group> killed" (gold:
# "Indonesian workers killed", "PPK members killed", "Palestinian journalists killed"; killed_items.py). Controls: an
# item with a measure of its own keeps it (men, women); the whole of another measure (injured, on board) names no
# death; a new sentence is no breakdown.
KILLED_ITEMS_ID: list[Any] = [
    (
        "Kebakaran pabrik itu menewaskan 11 orang, terdiri dari 7 buruh pabrik dan 4 petugas keamanan.",
        [("killed", "people", 11, 11), ("other", "workers killed", 7, 7), ("other", "security guards killed", 4, 4)],
    ),
    (
        "Korban meninggal dalam kecelakaan bus itu 15 orang, yakni 12 penumpang dan tiga pengendara motor.",
        [("killed", "people", 15, 15), ("other", "passengers killed", 12, 12), ("other", "riders killed", 3, 3)],
    ),
    (
        "Sebanyak 23 jemaah wafat, terdiri atas 20 jemaah haji reguler dan tiga jemaah haji khusus.",
        [("killed", "people", 23, 23), ("other", "pilgrims killed", 20, 20), ("other", "pilgrims killed", 3, 3)],
    ),
    (
        "Banjir bandang menewaskan sembilan orang, yaitu enam santri dan tiga guru pondok.",
        [("killed", "people", 9, 9), ("other", "students killed", 6, 6), ("other", "teachers killed", 3, 3)],
    ),
    (
        "Tim SAR menyebut lima orang yang tewas yakni tiga nelayan dan dua penumpang.",
        [("killed", "people", 5, 5), ("other", "fishermen killed", 3, 3), ("other", "passengers killed", 2, 2)],
    ),
    # controls
    (
        "Ledakan itu menewaskan 8 orang, terdiri dari 5 pria dan 3 perempuan.",
        [("killed", "people", 8, 8), ("killed", "men", 5, 5), ("killed", "women", 3, 3)],
    ),
    (
        "Ledakan itu melukai 8 orang, terdiri dari 5 buruh dan 3 petugas keamanan.",
        [("injured", "people", 8, 8), ("other", "workers", 5, 5), ("other", "security guards", 3, 3)],
    ),
    (
        "Bus itu mengangkut 40 orang, terdiri dari 36 penumpang dan empat kru.",
        [("other", "people on board", 40, 40), ("other", "passengers", 36, 36), ("other", "crew members", 4, 4)],
    ),
    (
        "Ledakan itu menewaskan 8 orang. Sebanyak 5 buruh dan 3 petugas keamanan dirawat.",
        [("killed", "people", 8, 8), ("hospitalized", "people", 5, 5), ("hospitalized", "people", 3, 3)],
    ),
]
test_killed_items_id = rows_test(KILLED_ITEMS_ID, "id")

KILLED_ITEMS_EN: list[Any] = [
    (
        "The fire killed 11 people, including seven factory workers and four security guards.",
        [("killed", "people", 11, 11), ("other", "workers killed", 7, 7), ("other", "security guards killed", 4, 4)],
    ),
    # controls
    ("The fire killed 11 people, including seven women.", [("killed", "people", 11, 11), ("killed", "women", 7, 7)]),
    (
        "The blast injured 30 people, including 12 factory workers.",
        [("injured", "people", 30, 30), ("other", "workers", 12, 12)],
    ),
]
test_killed_items_en = rows_test(KILLED_ITEMS_EN, "en")
