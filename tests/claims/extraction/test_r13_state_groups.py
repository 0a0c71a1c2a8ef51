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
    ("Dua petugas linmas dilaporkan pingsan saat penghitungan suara.", [("other", "fainted poll workers", 2, 2)]),
    ("Tiga lansia tidak sadarkan diri di tengah antrean bantuan.", [("other", "fainted elderly", 3, 3)]),
    # controls
    (
        "Sebanyak 7 narapidana kabur dari Lapas Kelas IIB Sungai Raya pada Minggu dini hari.",
        [("other", "escaped prisoners", 7, 7)],
    ),
    ("Sebanyak 30 orang pingsan saat upacara di lapangan kota.", [("other", "fainted", 30, 30)]),
    ("Enam warga kabur ketika petugas datang.", [("other", "escaped", 6, 6)]),
    ("Sebanyak 12 penambang tertimbun longsor di Bukit Sari.", [("other", "buried miners", 12, 12)]),
    ("Sebanyak 85 siswa jatuh sakit setelah menyantap makan siang di sekolah.", [("other", "sick", 85, 85)]),
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
    ("Some 85 students fell ill after a dinner at the hostel.", [("other", "students", 77, 93)]),
    ("Some 5,000 residents fled their homes as the river rose.", [("displaced", "people", 4500, 5500)]),
]
test_state_before_group_en = rows_test(STATE_GROUPS_EN, "en")
