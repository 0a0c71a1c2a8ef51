"""Misread audit on real Indonesian disaster and unrest copy (round 12, audit18_id_a): the classes that recur, each
fixed in the language. Every sentence is our own (invented places, people and figures); the wordings are those read
in real reports (Sindonews, Tribun and Detik surf and storm copy; Kompas/Gridoto Jember, KRjogja Temanggung and
Antara Subang accident and poisoning copy; Republika and Tribun DVI copy of the KM 58 crash and Sriwijaya Air;
Medan and Musi Rawas drug-raid releases; Inews, Republika and Kompas regional storm and landslide copy; Medcom,
Kompas and Memorandum riot and market-fire copy). Each row: text, then (measure, subject, low, high) for every claim.

- a near miss ("nyaris tewas", "hampir tewas", "nyaris tenggelam"): no death, the figure stays other ([syntax]
  negators); "hampir" before the figure is still the qualifier nearly.
- sent to a place of care ("dikirim ke Puskesmas", "dilarikan puskesmas" with the direction left out): hospitalized
  ([measures] hospitalized), never deployed; relief workers sent to a disaster site stay deployed.
- body parts ("potongan tubuh", "bagian tubuh"): a count of parts, no count of the dead nor of patients.
- an address whose last level is a bare regency or province name ("..., Kecamatan Padakembang, Tasikmalaya
  dilaporkan hilang"; "..., Kabupaten Bandung Barat (KBB), Jawa Barat rusak"): the predicate after it is the
  figure's (addresses.py).
- a serial comma before the joiner of a list's last item ("87 rumah, satu mobil, serta empat motor terbakar"): the
  predicate after the list is every item's (serial_comma.py).
- gambling machines seized in a raid are things, never people arrested.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

NEAR_MISSES: list[Any] = [
    (
        "Tiga nelayan nyaris tewas setelah perahu mereka dihantam ombak di perairan Tanjung Laut.",
        [("other", "fishermen", 3, 3)],
    ),
    ("Lima pendaki hampir tewas kedinginan di puncak Gunung Sarang, Sabtu malam.", [("other", "climbers", 5, 5)]),
    ("Enam Wisatawan Nyaris Tewas Terseret Ombak Pantai Watu Lawang", [("other", "tourists", 6, 6)]),
    ("Dua bocah nyaris tenggelam saat bermain di Sungai Lematang, Minggu sore.", [("other", "children", 2, 2)]),
    (
        "Dua pemancing tewas dan tiga lainnya nyaris tewas saat badai menghantam perahu.",
        [("killed", "people", 2, 2), ("other", "not killed", 3, 3)],
    ),
    # controls: "hampir" before the figure is the qualifier; a death with no near miss
    ("Hampir 40 orang tewas dalam kebakaran pasar itu.", [("killed", "people", 36, 39)]),
    ("Empat nelayan tewas setelah perahu mereka dihantam ombak.", [("killed", "people", 4, 4)]),
]
test_a_near_miss_is_no_death = rows_test(NEAR_MISSES, "id")

SENT_TO_CARE: list[Any] = [
    (
        "Rudi termasuk dalam 12 orang korban kecelakaan yang dikirim ke Puskesmas Sumberjati.",
        [("hospitalized", "people", 12, 12)],
    ),
    ("Sebanyak 10 orang korban dikirim ke Puskesmas Silo Lor.", [("hospitalized", "people", 10, 10)]),
    ("Enam orang dikirim ke rumah sakit untuk mendapat perawatan.", [("hospitalized", "people", 6, 6)]),
    ("Belasan penumpang dikirim ke RSUD terdekat oleh petugas.", [("hospitalized", "people", 11, 19)]),
    ("Sebanyak 22 warga dilarikan puskesmas setempat karena diduga keracunan.", [("hospitalized", "people", 22, 22)]),
    # controls: relief sent to a site stays deployed; bodies sent to a hospital stay the dead
    ("Sebanyak 30 relawan dikirim ke lokasi gempa.", [("deployed", "people", 30, 30)]),
    ("Pemerintah mengirim 40 personel ke lokasi banjir.", [("deployed", "people", 40, 40)]),
    ("Tujuh jenazah dikirim ke RS Bhayangkara untuk diidentifikasi.", [("killed", "people", 7, 7)]),
]
test_sent_to_a_place_of_care_is_hospitalized = rows_test(SENT_TO_CARE, "id")

BODY_PARTS: list[Any] = [
    ("Tim menemukan 14 potongan tubuh di sekitar lokasi jatuhnya pesawat.", [("other", "body parts", 14, 14)]),
    (
        "Sebanyak sembilan jenazah dan tiga potongan tubuh korban dibawa ke RS Polri.",
        [("killed", "people", 9, 9), ("other", "body parts", 3, 3)],
    ),
    ("Tujuh bagian tubuh korban sudah diterima tim DVI.", [("other", "body parts", 7, 7)]),
    (
        "Sebanyak delapan jenazah dan dua potongan tubuh jenazah korban dipindahkan dari RSUD Cikarang ke RS Polri.",
        [("killed", "people", 8, 8), ("other", "body parts", 2, 2)],
    ),
    # control: bodies are the dead
    ("Sebanyak 11 jenazah korban kecelakaan dibawa ke RS Polri.", [("killed", "people", 11, 11)]),
]
test_body_parts_are_no_count_of_the_dead = rows_test(BODY_PARTS, "id")

ADDRESS_LAST_LEVEL: list[Any] = [
    (
        "Sebelumnya, dua warga Kampung Cibeureum, Desa Sukaasih, Kecamatan Cigalontang, Tasikmalaya dilaporkan hilang"
        " di lokasi longsor, Sabtu.",
        [("missing", "people", 2, 2)],
    ),
    (
        "Sebanyak 18 rumah warga di Kampung Pasir Angin, Desa Cikole, Kecamatan Lembang, Kabupaten Bandung Barat"
        " (KBB), Jawa Barat rusak akibat angin puting beliung.",
        [("damaged", "houses", 18, 18)],
    ),
    (
        "Empat rumah di Dusun Krajan, Desa Sumbersari, Kecamatan Tempurejo, Jember ludes terbakar, Minggu.",
        [("damaged", "houses", 4, 4)],
    ),
    # controls: an address with its own comma before the predicate; a list of names after the figure's clause
    (
        "Tiga warga Desa Mekarsari, Kecamatan Cibeber, Cianjur, tewas tersambar petir.",
        [("killed", "people", 3, 3)],
    ),
    ("Dua warga Desa Sukamaju dilaporkan hilang.", [("missing", "people", 2, 2)]),
]
test_an_address_ends_with_a_bare_regency_name = rows_test(ADDRESS_LAST_LEVEL, "id")

SERIAL_COMMA: list[Any] = [
    (
        "Total terdapat 180 lapak, 35 kios, dan 20 los yang ludes terbakar.",
        [("damaged", "stalls", 180, 180), ("damaged", "kiosks", 35, 35), ("damaged", "stalls", 20, 20)],
    ),
    (
        "Kebakaran itu menghanguskan 12 rumah, dua mobil, serta tiga sepeda motor.",
        [("damaged", "houses", 12, 12), ("damaged", "cars", 2, 2), ("damaged", "motorcycles", 3, 3)],
    ),
]
test_a_serial_comma_keeps_the_list = rows_test(SERIAL_COMMA, "id")

SEIZED_MACHINES: list[Any] = [
    (
        "Polisi mengamankan 6 tersangka dan puluhan mesin judi.",
        [("arrested", "people", 6, 6), ("other", "gambling machines", 20, 99)],
    ),
    (
        "Dalam penggerebekan itu polisi menangkap 9 orang dan menyita belasan mesin jackpot.",
        [("arrested", "people", 9, 9), ("other", "gambling machines", 11, 19)],
    ),
    ("Polisi menyita 27 mesin judi dari lokasi penggerebekan.", [("other", "gambling machines", 27, 27)]),
]
test_gambling_machines_are_things = rows_test(SEIZED_MACHINES, "id")
