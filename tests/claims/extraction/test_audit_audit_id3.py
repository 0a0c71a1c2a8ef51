"""Misread classes found by a third audit of specific-measure claims on real Indonesian reports (issue 11, audit_id3).

Every sentence is our own (invented places, people and figures); the wordings are those read in reports of hajj
seasons, prison escapes, anthrax outbreaks, bus crashes and stadium riots. Readings follow DESIGN.md 4 and 4.1
(prefer ``other`` to a wrong measure). Each row: text, then (measure, subject, low, high) for every claim.

- a year of the Hijri calendar ("ibadah haji 1445 Hijriyah", "1446 H": ``[cues] era_words``) is no count;
- people a verb sends off in a report of pilgrimage or homecoming travel ("diberangkatkan 1.840 orang ... lima
  kloter": ``[cues] civil_travel_words``) are travellers, no force deployed;
- people held or wanted who are sought ("Tiga napi masih dalam pencarian") are fugitives, not missing people;
- a wound named by an illness ("luka dengan ciri khas penyakit antraks", "luka koreng": ``[cues] disease_words``) is
  a lesion, no injury;
- a critical wound ("mengalami luka kritis", "terluka kritis") is a grade of injury, a subset like "luka berat";
- an active verb of a people measure whose object is a thing or an animal ("40 relawan mengevakuasi ternak",
  "merelokasi pabriknya") makes the figure before it its agent: nobody displaced;
- found on the second, fresh set: people discharged with the prefix written apart ("di perbolehkan pulang"), care at
  home ("menjalani perawatan di rumah"), a grade after the doubled noun ("luka-luka ringan"), people taken down from a
  truck ("diturunkan dari truk": ``[cues] vehicles``), and people locked up by a gang or an employer ("disekap": a
  captive label) are no hospitalized, injured, deployed or arrested count.

Control rows, where the specific measure is right, stand beside each class.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

ERA_YEARS: list[Any] = [
    (
        "Sebanyak 27 jemaah asal Kabupaten Lembah Hijau, Sulawesi Barat, wafat di Tanah Suci pada musim haji 1445"
        " Hijriyah (2024).",
        [("killed", "people", 27, 27)],
    ),
    ("Empat jamaah meninggal dunia di Madinah selama operasional haji 1446 H.", [("killed", "people", 4, 4)]),
    # control: a figure before a time word of our calendar still counts
    ("Polisi menangkap 14 pemuda pada malam tahun baru 2024.", [("arrested", "people", 14, 14)]),
]

TRAVELLERS_SENT: list[Any] = [
    (
        "Besok akan diberangkatkan 1.840 orang yang terbagi dalam lima kloter dari Embarkasi Batam.",
        [("other", "travellers", 1840, 1840), ("other", "flight groups", 5, 5)],
    ),
    (
        "Hari ini Kemenag memberangkatkan 912 orang dari debarkasi Palu menuju kampung halaman.",
        [("other", "travellers", 912, 912)],
    ),
    # controls: a force named by its noun is deployed in the same reports; no travel word, no travellers
    ("Kemenag mengerahkan 450 petugas untuk melayani jemaah di Arafah.", [("deployed", "people", 450, 450)]),
    (
        "Polda Riau menerjunkan 1.200 personel untuk mengamankan arus pemudik di jalur lintas timur.",
        [("deployed", "police", 1200, 1200)],
    ),
    ("Polres mengerahkan 300 orang untuk menjaga kampanye di Lapangan Merdeka.", [("deployed", "people", 300, 300)]),
    # control: people sent to guard the travel, with no verb of sending off, stay deployed
    (
        "Polres mengerahkan 220 orang untuk mengamankan keberangkatan jemaah haji di Asrama Haji Bukit Indah.",
        [("deployed", "people", 220, 220)],
    ),
]

FUGITIVES: list[Any] = [
    ("Tiga napi masih dalam pencarian petugas Lapas Sungai Raya.", [("other", "escaped prisoners", 3, 3)]),
    (
        "Empat tahanan yang kabur dari Rutan Tanjung Pura hingga kini belum ditemukan.",
        [("other", "escaped prisoners", 4, 4)],
    ),
    ("Dua tersangka perampokan masih dalam pencarian polisi.", [("other", "suspects", 2, 2)]),
    # control: people lost at sea who are searched for are missing
    ("Lima nelayan asal Desa Tanjung Laut masih dalam pencarian tim SAR gabungan.", [("missing", "people", 5, 5)]),
]

DISEASE_LESIONS: list[Any] = [
    ("Tujuh warga Dusun Karang Anyar mengalami luka dengan ciri khas penyakit antraks.", [("other", "lesions", 7, 7)]),
    (
        "Di Kecamatan Sumber Rejo, 16 warga mengalami luka koreng setelah menyembelih sapi yang sakit.",
        [("other", "lesions", 16, 16)],
    ),
    # controls: burns and wounds from an animal are injuries
    ("Delapan warga mengalami luka bakar akibat ledakan kompor di Desa Sukamaju.", [("injured", "people", 8, 8)]),
    ("Sembilan peternak terluka diseruduk sapi yang mengamuk di pasar hewan.", [("injured", "people", 9, 9)]),
    # control: a disease word inside a name names no illness
    (
        "Lima warga mengalami luka akibat tertimpa pohon di Jalan Penyakit Dalam, Kota Rawa Indah.",
        [("injured", "people", 5, 5)],
    ),
]

CRITICAL_WOUNDS: list[Any] = [
    (
        "Empat orang tewas dan satu penumpang lainnya mengalami luka kritis dalam tabrakan bus di Jalan Lingkar"
        " Selatan.",
        [("killed", "people", 4, 4), ("other", "passengers", 1, 1)],
    ),
    # the grade names the subset over the role noun (round 9, status_roles.py; NEWS_CONSTRUCTIONS.md 7: kritis)
    (
        "Tiga suporter terluka kritis setelah terinjak-injak di pintu tribun timur.",
        [("other", "in critical condition", 3, 3)],
    ),
    # control: the injured with no grade
    (
        "Sebanyak 26 orang mengalami luka-luka dalam kericuhan usai laga di Stadion Bumi Kencana.",
        [("injured", "people", 26, 26)],
    ),
]

AGENTS_OF_THINGS: list[Any] = [
    ("Sekitar 50 relawan mengevakuasi ternak warga ke bukit Desa Lereng Asri.", [("other", "volunteers", 45, 55)]),
    (
        "Pabrik sepatu itu merumahkan 640 karyawan untuk merelokasi pabriknya ke Jawa Tengah.",
        [("other", "employees", 640, 640)],
    ),
    (
        "Sebanyak 35 warga mengevakuasi barang-barang berharga dari rumah yang mulai tergenang.",
        [("other", "people", 35, 35)],
    ),
    # controls: people who leave, or who are moved, are displaced; a phrase with its own complement keeps it
    ("Sebanyak 310 warga mengungsi ke balai Desa Muara Teduh.", [("displaced", "people", 310, 310)]),
    ("Sebanyak 95 warga dievakuasi ke gedung SD Negeri 2 Pasir Putih.", [("displaced", "people", 95, 95)]),
    (
        "Sekitar 12.000 orang melarikan diri ke negara tetangga sejak bentrokan pecah.",
        [("displaced", "people", 10800, 13200)],
    ),
]

SET_TWO: list[Any] = [
    (
        "Menurut KPU, ada 16 orang yang di rawat, 11 diantaranya sudah di perbolehkan pulang.",
        [("hospitalized", "people", 16, 16), ("other", "discharged patients", 11, 11)],
    ),
    ("Enam petugas KPPS lainnya menjalani perawatan di rumah masing-masing.", [("other", "poll workers", 6, 6)]),
    (
        "Kebakaran gudang itu menewaskan 9 orang, 4 orang luka berat dan 37 orang lainnya luka-luka ringan.",
        [("killed", "people", 9, 9), ("other", "seriously injured", 4, 4), ("other", "lightly injured", 37, 37)],
    ),
    ("Sekitar pukul 14.00, 23 pemuda diturunkan dari truk Dalmas di halaman Mapolsek.", [("other", "youths", 23, 23)]),
    (
        "Sebanyak 11 WNI yang disekap oleh sindikat penipuan daring berhasil dijemput paksa oleh KBRI.",
        [("other", "held captive", 11, 11)],
    ),
    # controls: a stay in hospital, a force sent from its headquarters, the captors arrested
    ("Dua korban menjalani perawatan di rumah sakit setempat.", [("hospitalized", "people", 2, 2)]),
    (
        "Sebanyak 250 personel diturunkan dari Polda untuk membantu pencarian korban.",
        [("deployed", "police", 250, 250)],
    ),
    (
        "Polisi menangkap 4 pelaku yang menyekap seorang pedagang di Desa Sumber Jaya.",
        [("arrested", "people", 4, 4)],
    ),
]


test_a_hijri_year_is_no_count = rows_test(ERA_YEARS, "id")


test_travellers_sent_off_are_no_force = rows_test(TRAVELLERS_SENT, "id")


test_people_held_who_are_sought_are_not_missing = rows_test(FUGITIVES, "id")


test_a_wound_of_an_illness_is_no_injury = rows_test(DISEASE_LESIONS, "id")


test_a_critical_wound_is_a_subset_of_the_injured = rows_test(CRITICAL_WOUNDS, "id")


test_the_agent_of_a_verb_on_things_is_not_displaced = rows_test(AGENTS_OF_THINGS, "id")


test_second_set_classes_keep_other = rows_test(SET_TWO, "id")
