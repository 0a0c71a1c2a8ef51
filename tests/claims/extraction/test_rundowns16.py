"""Rundowns by unit and tallies by place in Indonesian copy (round 16, r16split: miss classes of r15aidb's audit).

Every sentence is our own (invented places and figures); the wordings are those read in real reports: security
rundowns (Liputan6 on a Kota Tua clearance, "menurunkan ratusan personel gabungan dari TNI, Polri, Satpol PP, Suku
Dinas Perhubungan, dan ..."; iNews Bandung, "petugas gabungan dari unsur TNI, Satpol PP, Dishub, serta ...";
Harian Jogja, "pasukan gabungan dari Satpol PP, Dishub, TNI dan Polri akan ..."; breakingnews, "aparat gabungan
dari unsur Kepolisian dan TNI turun ..."), displacement recaps (Tribun Jogja and Sindonews on Merapi evacuees,
"Rinciannya, jumlah pengungsi Desa A mencapai 122 jiwa; Desa B, 137 jiwa"; Antara and tvOne on Penajam floods,
"Lokasi pengungsian ada empat titik, yakni ..."; PMJ News, "tersebar di sembilan titik pengungsian") and BNPB
death tallies (Mediaonline, Harian Jogja, Tataberita, CNN Indonesia on the 2020 Jabodetabek floods: "rincian korban
meninggal terbanyak berada di Kabupaten X 11 orang, kemudian ...", "Berikut sebaran data korban jiwa ...: Jakarta
Pusat: 1", "dari sisi wilayahnya, Tangerang Selatan 1, Kota Tangerang 1, ..."). Each row: text, then (text,
measure, subject, place) of every claim.

- (a) a unit list between the personnel noun and its verb goes on past its commas (``name_lists.names_go_on``,
  ``[cues] member_words``: "dari unsur TNI, Polri, Satpol PP, Dishub dan BPBD diterjunkan"; a serial comma, a
  force word in lower case). Controls: a clause after the list's comma ("..., sementara 20 warga terluka") stays
  its own; a force that is the agent of another verb is no item.
- (b) a list of evacuees by place that drops the verb: a noun of the measure before a place name is no verb whose
  object the place is (``figure_owner_gates.place_object``: "Jumlah pengungsi Desa A 120 jiwa, Desa B 85 jiwa");
  the figure of the places a list is spread over heads no list (``spread_lists.opening_adjunct``: "tersebar di
  tiga kecamatan, yaitu Kecamatan A 512 jiwa, ..."). Controls: a total with its breakdown, houses over villages.
- (c) a death tally by place after a topic phrase: the first bare item after a place name is a count when the list
  goes on in the same shape (``place_tallies.opens_place_list``: "Korban jiwa akibat banjir: Kabupaten A 14,
  Kabupaten B 6"); a word of cause after the death word is no clause break (``[cues] topic_causes``: "Korban
  meninggal dunia karena banjir dan tanah longsor, Kabupaten A 14 orang, ..."), and a damage word inside that cause
  names how they died ("karena tertimbun longsor": killed, no damaged list; a misread on main). Controls: school and
  street numbers stay no figures; a damage list keeps its measure; a clause of reason after a figure stays.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import fields_test

FIELDS = ("text", "measure", "subject", "place")

UNIT_LISTS: list[Any] = [
    (
        "Sebanyak 850 personel gabungan dari unsur TNI, Polri, Satpol PP, Dishub dan BPBD diterjunkan mengamankan "
        "arus mudik di jalur selatan.",
        [("850", "deployed", "people", None)],
    ),
    (
        "Sekitar 1.300 personel gabungan dari TNI, Polri, Satpol PP, Dinas Perhubungan, BPBD dan Damkar disiagakan "
        "di 16 pos pengamanan.",
        [("Sekitar 1.300", "deployed", "people", None), ("16", "other", "posts", None)],
    ),
    (
        "Ratusan petugas gabungan dari Polsek, Koramil, Satpol PP, Suku Dinas Perhubungan, dan Dinas Sosial "
        "dikerahkan ke kawasan pasar itu.",
        [("Ratusan", "deployed", "people", None)],
    ),
    (
        "Sedikitnya 640 petugas gabungan dari kepolisian, TNI, Satpol PP, Dishub serta Dinas Kesehatan diturunkan "
        "ke lokasi unjuk rasa.",
        [("Sedikitnya 640", "deployed", "people", None)],
    ),
    (
        "Pemkot menerjunkan 420 personel gabungan TNI, Polri, Satpol PP, Dishub dan BPBD untuk menertibkan pedagang.",
        [("420", "deployed", "people", None)],
    ),
    (
        "Sebanyak 2.900 personel yang terdiri dari TNI, Polri, Satpol PP, Dishub dan Linmas disiagakan selama malam "
        "pergantian tahun.",
        [("2.900", "deployed", "people", None)],
    ),
    (
        "Empat ratus personel gabungan dari unsur Kepolisian, Kodim, Satpol PP dan Pemerintah Kecamatan dikerahkan "
        "untuk mengawal eksekusi lahan.",
        [("Empat ratus", "deployed", "people", None)],
    ),
    # controls: a clause after the list's comma; a place list before a clause break; a force as an agent
    (
        "Sebanyak 300 personel dari Polres, Kodim dan Satpol PP, sementara 20 warga terluka dalam bentrokan itu.",
        [("300", "other", "personnel", None), ("20", "injured", "people", None)],
    ),
    (
        "Sebanyak 500 buruh dari Karawang, Bekasi, Cikarang dan Tangerang berunjuk rasa, sementara 40 polisi terluka.",
        [("500", "participants", "people", None), ("40", "injured", "police", None)],
    ),
    (
        "Tim gabungan dari TNI, Polri, Basarnas dan BPBD mengevakuasi 30 warga yang terjebak banjir.",
        [("30", "displaced", "people", None)],
    ),
]

EVACUEE_LISTS: list[Any] = [
    (
        "Jumlah pengungsi Desa Sukamaju 120 jiwa, Desa Cibeber 85 jiwa, Desa Pasirjaya 107 jiwa.",
        [
            ("120", "displaced", "people", "Desa Sukamaju"),
            ("85", "displaced", "people", "Desa Cibeber"),
            ("107", "displaced", "people", "Desa Pasirjaya"),
        ],
    ),
    (
        "Jumlah pengungsi Kelurahan Bojong Kidul 64 jiwa, Kelurahan Cibadak 23 jiwa, dan Kelurahan Sukasari 17 jiwa.",
        [
            ("64", "displaced", "people", "Kelurahan Bojong Kidul"),
            ("23", "displaced", "people", "Kelurahan Cibadak"),
            ("17", "displaced", "people", "Kelurahan Sukasari"),
        ],
    ),
    (
        "Warga yang mengungsi: 312 jiwa di Desa Marga Asri, 96 jiwa di Desa Tanjung Sari, 41 jiwa di Desa Sumber Jaya.",
        [
            ("312", "displaced", "people", "Desa Marga Asri"),
            ("96", "displaced", "people", "Desa Tanjung Sari"),
            ("41", "displaced", "people", "Desa Sumber Jaya"),
        ],
    ),
    (
        "Pengungsi tersebar di tiga kecamatan, yaitu Kecamatan Lembah 512 jiwa, Kecamatan Parigi 230 jiwa, Kecamatan "
        "Tanjung 118 jiwa.",
        [
            ("tiga", "other", "subdistricts", None),
            ("512", "displaced", "people", "Kecamatan Lembah"),
            ("230", "displaced", "people", "Kecamatan Parigi"),
            ("118", "displaced", "people", "Kecamatan Tanjung"),
        ],
    ),
    (
        "Warga mengungsi di empat titik, yakni 143 jiwa di Balai Desa Sukamaju, 85 jiwa di Masjid Nurul Huda, 40 jiwa "
        "di SDN 2 Cibeber dan 12 jiwa di Posyandu Melati.",
        [
            ("empat", "other", "shelters", None),
            ("143", "displaced", "people", "Balai Desa Sukamaju"),
            ("85", "displaced", "people", "Masjid Nurul Huda"),
            ("40", "displaced", "people", "SDN 2 Cibeber"),
            ("12", "displaced", "people", "Posyandu Melati"),
        ],
    ),
    # controls: a total with its breakdown; a change; houses over villages; a verb of the houses
    (
        "Jumlah pengungsi 860 jiwa, terdiri dari 512 jiwa di Kecamatan Lembah, 230 jiwa di Kecamatan Parigi dan 118 "
        "jiwa di Kecamatan Tanjung.",
        [
            ("860", "displaced", "people", None),
            ("512", "displaced", "people", "Kecamatan Lembah"),
            ("230", "displaced", "people", "Kecamatan Parigi"),
            ("118", "displaced", "people", "Kecamatan Tanjung"),
        ],
    ),
    (
        "Jumlah pengungsi bertambah menjadi 860 jiwa, sedangkan 12 rumah rusak berat.",
        [("860", "displaced", "people", None), ("12", "other", "heavily damaged houses", None)],
    ),
    (
        "Rumah rusak tersebar di tiga desa, yakni Desa Sukamaju 12 unit, Desa Cibeber 8 unit dan Desa Pasir 3 unit.",
        [
            ("tiga", "other", "villages", None),
            ("12", "damaged", "houses", "Desa Sukamaju"),
            ("8", "damaged", "houses", "Desa Cibeber"),
            ("3", "damaged", "houses", "Desa Pasir"),
        ],
    ),
    (
        "Banjir merendam rumah warga di 14 desa, yakni 2.300 rumah di Kecamatan Lembah dan 1.150 rumah di Kecamatan "
        "Parigi.",
        [
            ("14", "other", "villages", None),
            ("2.300", "other", "houses", "Kecamatan Lembah"),
            ("1.150", "other", "houses", "Kecamatan Parigi"),
        ],
    ),
]

DEATHS_BY_PLACE: list[Any] = [
    (
        "Korban jiwa akibat banjir bandang: Kabupaten Lembah Hijau 14, Kabupaten Parigi 6, Kota Tanjung 2.",
        [
            ("14", "killed", "people", "Kabupaten Lembah Hijau"),
            ("6", "killed", "people", "Kabupaten Parigi"),
            ("2", "killed", "people", "Kota Tanjung"),
        ],
    ),
    (
        "Sebaran korban meninggal: Kota Sukamaju 1, Kota Cibeber 3, Kabupaten Pasirjaya 11.",
        [
            ("1", "killed", "people", "Kota Sukamaju"),
            ("3", "killed", "people", "Kota Cibeber"),
            ("11", "killed", "people", "Kabupaten Pasirjaya"),
        ],
    ),
    (
        "Korban meninggal di Kabupaten Lembah Hijau 14, Kabupaten Parigi 6, Kota Tanjung 2.",
        [
            ("14", "killed", "people", "Kabupaten Lembah Hijau"),
            ("6", "killed", "people", "Kabupaten Parigi"),
            ("2", "killed", "people", "Kota Tanjung"),
        ],
    ),
    (
        "Korban meninggal dunia karena banjir dan tanah longsor, Kabupaten Lembah Hijau 14 orang, Kabupaten Parigi 6 "
        "orang.",
        [("14", "killed", "people", "Kabupaten Lembah Hijau"), ("6", "killed", "people", "Kabupaten Parigi")],
    ),
    (
        "Korban meninggal lantaran tertimbun longsor tercatat di Kabupaten Parigi 9, Kabupaten Lembah Hijau 4.",
        [("9", "killed", "people", "Kabupaten Parigi"), ("4", "killed", "people", "Kabupaten Lembah Hijau")],
    ),
    (
        "Korban meninggal karena tertimbun longsor: Kabupaten Parigi 9 orang, Kabupaten Lembah Hijau 4 orang.",
        [("9", "killed", "people", "Kabupaten Parigi"), ("4", "killed", "people", "Kabupaten Lembah Hijau")],
    ),
    (
        "Korban tewas akibat gempa di Kabupaten Lembah Hijau 14 orang, Kabupaten Parigi 6 orang dan Kota Tanjung 2 "
        "orang.",
        [
            ("14", "killed", "people", "Kabupaten Lembah Hijau"),
            ("6", "killed", "people", "Kabupaten Parigi"),
            ("2", "killed", "people", "Kota Tanjung"),
        ],
    ),
    (
        "Korban luka akibat banjir: Kabupaten Lembah Hijau 31 orang, Kabupaten Parigi 12 orang.",
        [("31", "injured", "people", "Kabupaten Lembah Hijau"), ("12", "injured", "people", "Kabupaten Parigi")],
    ),
    # controls: numbers of names stay no figures; a damage list keeps its measure; a clause of reason stays
    ("Sekolah yang diliburkan: SD Negeri 4, SD Negeri 7 dan SD Negeri 9.", []),
    ("Jalur yang ditutup: Jalan Merdeka 12, Jalan Sudirman 5.", []),
    (
        "Rumah tertimbun longsor: Kabupaten Parigi 9, Kabupaten Lembah Hijau 4.",
        [("9", "damaged", "houses", "Kabupaten Parigi"), ("4", "damaged", "houses", "Kabupaten Lembah Hijau")],
    ),
    (
        "Dua orang meninggal karena tertimpa pohon, sementara 14 rumah rusak.",
        [("Dua", "killed", "people", None), ("14", "damaged", "houses", None)],
    ),
]

test_a_unit_list_goes_on_to_the_forces_verb = fields_test(UNIT_LISTS, "id", FIELDS)
test_evacuees_listed_by_place_keep_the_measure = fields_test(EVACUEE_LISTS, "id", FIELDS)
test_deaths_by_place_after_a_topic_phrase = fields_test(DEATHS_BY_PLACE, "id", FIELDS)
