"""Subjects of things settled in round 17 (issue 11, helper r17thing), read by the core.

The reading of the author of the gold and held-out sets decides (``tests/claims/extraction/corpora/README.md``,
"Conventions settled (round 17)"; ``scripts/relabel17_r17thing.py`` relabels the corpora). Every sentence is our own
(invented places, people and figures); the wordings are those of real reports (BNPB and Dinsos aid copy: "menyalurkan
n paket sembako", Kemenkes vaccine shipments "n vial vaksin", police seizures after clashes "dua karung batu", "n
potongan besi", "n anak panah"; Dinkes fogging and health-post copy; toll-road mudik recaps with tow trucks; wire
wildfire fact boxes "Structures destroyed: n"; Indian flood copy "n relief camps"; stadium copy "berkapasitas n
orang"). Each row: text, then (measure, subject, low, high) for every claim.

- a container counted with its content keeps the content (``contained_things.py``): the content first for packages,
  vials and boxes ("food packages", "vaccine vials"), the container "of" it for sacks, bags and bottles ("sacks of
  stones"); a content the lexicon does not list (drugs, clothes) leaves the container alone;
- a thing is named by the noun the sentence uses: arrows, iron bars, fogging machines, tow trucks, bank books,
  tickets, health posts, relief camps, structures (no broader class: weapons, shelters, buildings, vehicles);
- a part of damaged things burnt is burned things (``part_states.py``: "n di antaranya dibakar"); a whole without a
  partitive keeps its noun;
- two- and four-wheelers together are vehicles; reports of lost goods are reports, no missing people;
- a stadium's capacity is plain capacity, and so are seats after a capacity word; a prison's and a vessel's keep
  their owner.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

CONTAINERS_ID: list[Any] = [
    (
        "Dinas Sosial menyalurkan 650 paket sembako dan 80 karung beras kepada warga terdampak banjir.",
        [("other", "food packages", 650, 650), ("other", "sacks of rice", 80, 80)],
    ),
    (
        "Sebanyak tiga karung batu dan 15 botol bensin diamankan polisi dari lokasi bentrok.",
        [("other", "sacks of stones", 3, 3), ("other", "bottles of petrol", 15, 15)],
    ),
    (
        "Kemenkes mendistribusikan 9.500 vial vaksin difteri ke 14 puskesmas.",
        [("other", "vaccine vials", 9500, 9500), ("other", "health centres", 14, 14)],
    ),
    ("Relawan membagikan 500 kardus air mineral kepada pengungsi.", [("other", "water boxes", 500, 500)]),
    ("Pemprov mengirim dua ribu paket bahan makanan ke Pulau Sagara.", [("other", "food packages", 2000, 2000)]),
    # controls: a content the lexicon does not list, or none, leaves the container's label
    ("Polisi mengamankan dua karung berisi pakaian bekas.", [("other", "sacks", 2, 2)]),
    ("Petugas menyita 14 paket sabu dari tersangka.", [("other", "packets", 14, 14)]),
    ("Warga menerima 300 paket bantuan dari PMI.", [("other", "packages", 300, 300)]),
]

CONTAINERS_EN: list[Any] = [
    (
        "Police recovered three sacks of stones and 20 bottles of petrol from the rooftop.",
        [("other", "sacks of stones", 3, 3), ("other", "bottles of petrol", 20, 20)],
    ),
    (
        "The agency delivered 7,500 vials of vaccine to clinics in Marden county.",
        [("other", "vaccine vials", 7500, 7500)],
    ),
    (
        "Volunteers handed out 2,000 bags of rice and 400 boxes of medicine.",
        [("other", "bags of rice", 2000, 2000), ("other", "medicine boxes", 400, 400)],
    ),
    ("Some 1,200 food packages were flown to the island.", [("other", "food packages", 1080, 1320)]),
    # control: drugs are no content of the table
    ("Officers seized 12 bags of cannabis.", [("other", "bags", 12, 12)]),
]

OWN_NOUNS_ID: list[Any] = [
    (
        "Polisi menyita dua potongan besi, satu bilah pedang dan 16 anak panah dari kelompok pemuda.",
        [("other", "iron bars", 2, 2), ("other", "swords", 1, 1), ("other", "arrows", 16, 16)],
    ),
    ("Aparat menemukan empat puluh anak panah di lokasi bentrokan.", [("other", "arrows", 40, 40)]),
    ("Dinkes mengoperasikan 120 unit mesin fogging di wilayah itu.", [("other", "fogging machines", 120, 120)]),
    ("Pemkot mendirikan tujuh posko kesehatan di sekitar lokasi kebakaran.", [("other", "health posts", 7, 7)]),
    ("Sebanyak 9 pos kesehatan disiagakan di jalur mudik.", [("other", "health posts", 9, 9)]),
    ("Panitia mencetak 42.000 tiket untuk laga final.", [("other", "tickets", 42000, 42000)]),
    ("Puluhan kendaraan derek disiagakan di sepanjang tol.", [("other", "tow trucks", 20, 99)]),
    ("Satgas menyita 95 buku rekening dari para tersangka.", [("other", "bank books", 95, 95)]),
    # controls: shelters of evacuees and a bow stay as they were
    ("Warga mengungsi ke 12 posko pengungsian.", [("other", "shelters", 12, 12)]),
    ("Polisi menyita 12 anak panah dan dua busur.", [("other", "arrows", 12, 12), ("other", "weapons", 2, 2)]),
]

OWN_NOUNS_EN: list[Any] = [
    (
        "More than 4,000 flood victims are staying in 52 relief camps across the district.",
        [("displaced", "people", 4001, None), ("other", "relief camps", 52, 52)],
    ),
    (
        "The fire destroyed 640 structures and forced 3,000 residents to flee.",
        [("damaged", "structures", 640, 640), ("displaced", "people", 3000, 3000)],
    ),
    ("Structures destroyed: 212.", [("damaged", "structures", 212, 212)]),
    # controls: buildings and shelters named so keep their noun
    ("The quake damaged 75 buildings in the old town.", [("damaged", "buildings", 75, 75)]),
    ("Evacuees: 1,950 in 17 shelters.", [("displaced", "people", 1950, 1950), ("other", "shelters", 17, 17)]),
]

CAPACITY_ID: list[Any] = [
    ("Stadion Gelora Harapan mampu menampung 30.000 penonton.", [("other", "capacity", 30000, 30000)]),
    ("Stadion berkapasitas 27.000 orang itu dipadati penonton.", [("other", "capacity", 27000, 27000)]),
    # controls: a prison's and a vessel's capacity keep their owner
    (
        "Lapas itu dihuni 900 orang, padahal kapasitasnya hanya 400 orang.",
        [("other", "inmates", 900, 900), ("other", "prison capacity", 400, 400)],
    ),
    ("Kapal itu berkapasitas 60 orang.", [("other", "passenger capacity", 60, 60)]),
    # seats after a capacity word are the capacity (seat_capacity.py); seats alone stay seats
    ("Kapasitas stadion itu hanya 28.000 kursi.", [("other", "capacity", 28000, 28000)]),
    ("Panitia menambah 500 kursi di tribun timur.", [("other", "seats", 500, 500)]),
]

CAPACITY_EN: list[Any] = [
    ("The stadium, which holds 52,000 fans, was sold out.", [("other", "capacity", 52000, 52000)]),
    ("The stadium can hold 18,000 spectators.", [("other", "capacity", 18000, 18000)]),
    ("The arena has a capacity of 12,000 seats.", [("other", "capacity", 12000, 12000)]),
    # control: a jail's keeps its owner
    (
        "The jail, built for 350 inmates, now holds 1,100.",
        [("other", "prison capacity", 350, 350), ("other", "inmates", 1100, 1100)],
    ),
]

BURNED_PARTS_ID: list[Any] = [
    (
        "Massa merusak 38 unit kios di Pasar Baru Selatan, 11 di antaranya hangus terbakar.",
        [("damaged", "kiosks", 38, 38), ("other", "burned kiosks", 11, 11)],
    ),
    (
        "Sebanyak 26 unit sepeda motor juga dirusak, tujuh unit di antaranya dibakar massa.",
        [("damaged", "motorcycles", 26, 26), ("other", "burned motorcycles", 7, 7)],
    ),
    (
        "Kerusakan meliputi mobil 64 unit dan perkantoran 15 unit, empat di antaranya dibakar.",
        [
            ("damaged", "cars", 64, 64),
            ("damaged", "office buildings", 15, 15),
            ("other", "burned office buildings", 4, 4),
        ],
    ),
    # controls: a part counted by a grade keeps the grade, a whole with no partitive its noun
    (
        "Gempa merusak 120 rumah, 30 di antaranya rusak berat.",
        [("damaged", "houses", 120, 120), ("other", "heavily damaged houses", 30, 30)],
    ),
    ("Sebanyak 214 rumah warga terdampak banjir.", [("other", "affected houses", 214, 214)]),
]

OTHER_NOUNS_ID: list[Any] = [
    (
        "Puluhan bangunan dan kendaraan roda dua maupun roda empat dirusak massa.",
        [("damaged", "buildings and vehicles", 20, 99)],
    ),
    ("Massa membakar 17 kendaraan roda dua dan roda empat.", [("damaged", "vehicles", 17, 17)]),
    ("Posko menerima 95 laporan kehilangan barang selama pameran.", [("other", "reports", 95, 95)]),
    # controls: two-wheelers alone are motorcycles, reports of the lost are missing-person reports
    ("Sebanyak 40 kendaraan roda dua terbakar.", [("damaged", "motorcycles", 40, 40)]),
    ("Posko menerima 61 laporan kehilangan dari keluarga penumpang.", [("other", "missing-person reports", 61, 61)]),
]

test_a_burned_part_is_burned_things_id = rows_test(BURNED_PARTS_ID, "id")
test_other_nouns_of_things_id = rows_test(OTHER_NOUNS_ID, "id")
test_a_container_keeps_its_content_id = rows_test(CONTAINERS_ID, "id")
test_a_container_keeps_its_content_en = rows_test(CONTAINERS_EN, "en")
test_a_thing_is_named_by_its_own_noun_id = rows_test(OWN_NOUNS_ID, "id")
test_a_thing_is_named_by_its_own_noun_en = rows_test(OWN_NOUNS_EN, "en")
test_a_stadium_capacity_is_capacity_id = rows_test(CAPACITY_ID, "id")
test_a_stadium_capacity_is_capacity_en = rows_test(CAPACITY_EN, "en")
