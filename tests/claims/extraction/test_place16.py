"""``place`` of contrasted clauses, each with its own place and figures (DESIGN 4.1, place_clauses.py).

Our own sentences (invented places and figures), in the constructions of regional health and disaster copy."""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import fields_test

PLACES_ID: list[Any] = [
    (
        "Di Kabupaten Sungai Lenggang ada 214 kasus DBD, sedangkan Kabupaten Bukit Jernih 132 kasus.",
        [("214", "Kabupaten Sungai Lenggang"), ("132", "Kabupaten Bukit Jernih")],
    ),
    (
        "Polisi menangkap tujuh remaja di Desa Tanjung Sari, sementara lima remaja lainnya ditangkap"
        " di Desa Rawa Indah.",
        [("tujuh", "Desa Tanjung Sari"), ("lima", "Desa Rawa Indah")],
    ),
    (
        "Di Kecamatan Lembah Hijau sebanyak 1.204 KK terdampak banjir, di Kecamatan Batu Merah sebanyak 380 KK.",
        [("1.204", "Kecamatan Lembah Hijau"), ("380", "Kecamatan Batu Merah")],
    ),
    (
        "Di Kalbar tercatat 1.312 kasus DBD dengan 21 kematian, Kalteng 904 kasus dan enam kematian.",
        [("1.312", "Kalbar"), ("21", "Kalbar"), ("904", "Kalteng"), ("enam", "Kalteng")],
    ),
    (
        "Di Kelurahan Sukamaju sebanyak 64 KK mengungsi, Kelurahan Tanah Tinggi 37 KK atau 120 jiwa.",
        [("64", "Kelurahan Sukamaju"), ("37", "Kelurahan Tanah Tinggi"), ("120", "Kelurahan Tanah Tinggi")],
    ),
    # controls: "each" after two places counts every one of them; a total before its places keeps none
    (
        "Terbanyak di Kecamatan Sawit dengan 12 balita, Kecamatan Jati 5, serta Ngemplak dan Ledok masing-masing 3.",
        [("12", "Kecamatan Sawit"), ("5", "Kecamatan Jati"), ("3", None)],
    ),
    # controls: one place sets the scene; a total before a comma keeps none; a measurement is no part
    (
        "Banjir di Kabupaten Sungai Lenggang menewaskan 12 orang, sementara 40 orang mengungsi.",
        [("12", None), ("40", None)],
    ),
    (
        "Dari 61 suspek itu, terbanyak di Kecamatan Watu Ireng yakni 30 orang, disusul Kecamatan Sendang"
        " dengan 9 suspek.",
        [("61", None), ("30", "Kecamatan Watu Ireng"), ("9", "Kecamatan Sendang")],
    ),
    (
        "Jarak pandang di Kota Ranu hanya 2 km, sementara di Kota Seruni 5 km.",
        [("2 km", None), ("5 km", None)],
    ),
]
test_contrasted_places_id = fields_test(PLACES_ID, "id", ("text", "place"))

PLACES_EN: list[Any] = [
    (
        "Four centres in Marlow hold 226 evacuees, while two centres in Dunmere house 87 people.",
        [("Four", "Marlow"), ("226", "Marlow"), ("two", "Dunmere"), ("87", "Dunmere")],
    ),
]
test_contrasted_places_en = fields_test(PLACES_EN, "en", ("text", "place"))
