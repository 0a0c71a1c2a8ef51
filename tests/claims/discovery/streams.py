"""Invented news streams for event discovery tests: several stories, both languages, no
event names, interleaved by date. Every sentence here was written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

WIRE = {"name": "Wire desk", "domain": "wire.example.com", "kind": "wire", "reliability": 0.85}
OUTLET_ID = {"name": "Harian Contoh", "domain": "harian.example.id", "kind": "outlet", "reliability": 0.6}
OUTLET_ID2 = {"name": "Kabar Nusantara", "domain": "kabar.example.id", "kind": "outlet", "reliability": 0.6}
AGENCY = {"name": "Disaster agency", "domain": "bencana.example.go.id", "kind": "official", "reliability": 0.8}
ASIA = {"name": "Asia daily", "domain": "asia.example.com", "kind": "outlet", "reliability": 0.7}

# (story, url slug, date-time, language, source, title, body)
ARTICLES = [
    (
        "demak-flood",
        "id/banjir-demak-1",
        "2024-03-14T08:00:00+07:00",
        "id",
        OUTLET_ID,
        "Tanggul Jebol, Ribuan Rumah di Demak Terendam Banjir",
        "Tanggul Sungai Wulan di Kabupaten Demak, Jawa Tengah, jebol pada Rabu malam. Sedikitnya 3.200 rumah "
        "terendam dan 1.450 warga mengungsi ke balai desa, kata Badan Penanggulangan Bencana Daerah (BPBD) Demak.",
    ),
    (
        "bangkok-protest",
        "en/bangkok-rally-1",
        "2024-03-14T11:00:00+07:00",
        "en",
        WIRE,
        "Thousands rally in Bangkok against new protest law",
        "BANGKOK, March 14 - Thousands of protesters marched to Government House in Bangkok on Thursday, "
        "demanding that Thailand's parliament drop a bill that would restrict street rallies. Police said 2,500 "
        "officers were deployed and 14 people were detained near Democracy Monument.",
    ),
    (
        "luwu-flood",
        "id/banjir-luwu-1",
        "2024-03-14T15:00:00+08:00",
        "id",
        OUTLET_ID2,
        "Banjir Bandang Terjang Luwu, Empat Warga Hilang",
        "Banjir bandang menerjang enam kecamatan di Kabupaten Luwu, Sulawesi Selatan, Kamis dini hari. Empat warga "
        "dilaporkan hilang dan 860 orang mengungsi. BPBD Luwu menyebut Sungai Suso meluap setelah hujan deras.",
    ),
    (
        "demak-flood",
        "en/demak-flood-1",
        "2024-03-15T09:00:00+07:00",
        "en",
        WIRE,
        "Floods force thousands from homes in Central Java",
        "DEMAK, Indonesia, March 15 - A river embankment burst in Demak regency in Central Java, flooding 3,200 "
        "houses and forcing 1,450 residents to shelter in village halls, local disaster officials said on Friday. "
        "The Wulan river rose after three days of heavy rain.",
    ),
    (
        "cianjur-quake",
        "id/gempa-cianjur-1",
        "2024-03-15T13:30:00+07:00",
        "id",
        OUTLET_ID,
        "Gempa Magnitudo 5,6 Guncang Cianjur, Puluhan Rumah Rusak",
        "Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, Jumat siang. BMKG mencatat pusat gempa "
        "berada di darat pada kedalaman 10 kilometer. Sedikitnya 74 rumah rusak dan 23 orang luka-luka.",
    ),
    (
        "luwu-flood",
        "en/luwu-flood-1",
        "2024-03-15T16:00:00+08:00",
        "en",
        ASIA,
        "Flash flood in South Sulawesi leaves four missing",
        "A flash flood swept through six districts of Luwu regency in South Sulawesi province early on Thursday. "
        "Four villagers are missing and 860 people have been evacuated, the regency's disaster agency said, after "
        "the Suso river burst its banks.",
    ),
    (
        "bangkok-protest",
        "id/demo-bangkok-1",
        "2024-03-15T18:00:00+07:00",
        "id",
        OUTLET_ID2,
        "Ribuan Pengunjuk Rasa Padati Jalanan Bangkok",
        "Ribuan pengunjuk rasa berbaris menuju Gedung Pemerintah di Bangkok, Thailand, Kamis (14/3/2024). Mereka "
        "menolak rancangan undang-undang yang membatasi unjuk rasa di jalan. Polisi mengerahkan 2.500 personel dan "
        "menahan 14 orang di sekitar Monumen Demokrasi.",
    ),
    (
        "stadium-crush",
        "id/tragedi-stadion-1",
        "2024-03-16T23:00:00+07:00",
        "id",
        OUTLET_ID,
        "Penonton Berdesakan di Stadion Gajayana Malang, 9 Orang Tewas",
        "Sembilan penonton tewas dan 57 lainnya luka-luka setelah berdesakan di pintu keluar Stadion Gajayana, "
        "Kota Malang, Jawa Timur, Sabtu malam. Kapolresta Malang mengatakan gerbang tribun timur terkunci saat "
        "ribuan penonton hendak keluar.",
    ),
    (
        "cianjur-quake",
        "en/cianjur-quake-1",
        "2024-03-16T08:00:00+07:00",
        "en",
        WIRE,
        "Magnitude 5.6 quake damages homes in West Java",
        "CIANJUR, Indonesia, March 16 - A shallow magnitude 5.6 earthquake struck Cianjur in West Java on Friday, "
        "damaging 74 houses and injuring 23 people, Indonesia's meteorology agency BMKG said. The quake was centred "
        "on land at a depth of 10 km.",
    ),
    (
        "demak-flood",
        "id/banjir-demak-2",
        "2024-03-16T10:00:00+07:00",
        "id",
        AGENCY,
        "Pengungsi Banjir Demak Bertambah",
        "Jumlah pengungsi akibat banjir di Kabupaten Demak bertambah menjadi 4.100 jiwa, Sabtu (16/3/2024). "
        "BPBD Jawa Tengah mencatat 3.200 rumah masih tergenang di sebelas desa.",
    ),
    (
        "bangkok-protest",
        "en/bangkok-rally-2",
        "2024-03-16T12:00:00+07:00",
        "en",
        ASIA,
        "Bangkok protest leaders released on bail",
        "Fourteen people detained during Thursday's march in Bangkok were released on bail on Saturday, their "
        "lawyers said. Organisers of the rally against the protest bill said they would return to Democracy "
        "Monument next week.",
    ),
    (
        "stadium-crush",
        "en/stadium-crush-1",
        "2024-03-17T07:00:00+07:00",
        "en",
        WIRE,
        "Nine killed in crush at Indonesian football stadium",
        "MALANG, Indonesia, March 17 - Nine spectators were killed and 57 injured in a crush at a locked exit of "
        "Gajayana Stadium in the East Java city of Malang late on Saturday, police said.",
    ),
    (
        "luwu-flood",
        "id/banjir-luwu-2",
        "2024-03-17T09:00:00+08:00",
        "id",
        AGENCY,
        "Dua Korban Banjir Luwu Ditemukan Meninggal",
        "Tim SAR gabungan menemukan dua dari empat warga yang hilang dalam banjir bandang di Luwu dalam keadaan "
        "meninggal dunia, Minggu (17/3/2024). Pengungsi di Sulawesi Selatan tercatat 1.020 orang.",
    ),
    (
        "cianjur-quake",
        "id/gempa-cianjur-2",
        "2024-03-17T10:00:00+07:00",
        "id",
        AGENCY,
        "BNPB: Rumah Rusak Akibat Gempa Cianjur Jadi 112 Unit",
        "Badan Nasional Penanggulangan Bencana (BNPB) memperbarui data kerusakan akibat gempa Cianjur. Hingga "
        "Minggu (17/3/2024), 112 rumah rusak dan 31 warga luka-luka di Jawa Barat.",
    ),
    (
        "stadium-crush",
        "id/tragedi-stadion-2",
        "2024-03-18T10:00:00+07:00",
        "id",
        OUTLET_ID2,
        "Korban Tewas Tragedi Gajayana Bertambah Jadi 11",
        "Jumlah korban meninggal dalam tragedi berdesakan di Stadion Gajayana, Malang, bertambah menjadi 11 orang, "
        "Senin (18/3/2024). Polda Jawa Timur memeriksa panitia pelaksana pertandingan.",
    ),
    (
        "demak-flood",
        "en/demak-flood-2",
        "2024-03-18T12:00:00+07:00",
        "en",
        ASIA,
        "Demak evacuees reach 4,100 as waters linger",
        "The number of people displaced by flooding in Demak, Central Java, has risen to 4,100, with 3,200 homes "
        "still under water in eleven villages, the provincial disaster agency said.",
    ),
    (
        "luwu-flood",
        "en/luwu-flood-2",
        "2024-03-18T14:00:00+08:00",
        "en",
        WIRE,
        "Two bodies found after Luwu flash flood",
        "MAKASSAR, Indonesia, March 18 - Rescuers found the bodies of two of the four villagers swept away by a flash "
        "flood in Luwu regency, South Sulawesi, officials said, as evacuees rose to 1,020.",
    ),
    (
        "manila-protest",
        "en/manila-march-1",
        "2024-03-15T20:00:00+08:00",
        "en",
        ASIA,
        "Thousands march in Manila over rice prices",
        "MANILA, March 15 - Thousands of farmers and students marched to the presidential palace in Manila on "
        "Friday to protest against soaring rice prices. Police in the Philippine capital said 3,000 officers "
        "were on duty and the rally ended peacefully.",
    ),
    (
        "japan-quake",
        "en/japan-quake-1",
        "2024-03-16T02:00:00+09:00",
        "en",
        WIRE,
        "Strong quake jolts northern Japan, tsunami advisory lifted",
        "TOKYO, March 16 - A magnitude 6.1 earthquake struck off Aomori in northern Japan early on Saturday, "
        "injuring 12 people and cutting power to 48,000 homes, the Japan Meteorological Agency said.",
    ),
    (
        "manila-protest",
        "id/demo-manila-1",
        "2024-03-16T09:00:00+07:00",
        "id",
        OUTLET_ID,
        "Ribuan Petani Filipina Berunjuk Rasa Soal Harga Beras",
        "Ribuan petani dan mahasiswa berunjuk rasa di depan istana kepresidenan di Manila, Filipina, Jumat "
        "(15/3/2024), menuntut pemerintah menurunkan harga beras. Polisi menyiagakan 3.000 personel.",
    ),
    (
        "japan-quake",
        "id/gempa-jepang-1",
        "2024-03-16T11:00:00+07:00",
        "id",
        OUTLET_ID2,
        "Gempa M 6,1 Guncang Jepang Utara, 12 Orang Terluka",
        "Gempa bermagnitudo 6,1 mengguncang lepas pantai Aomori, Jepang bagian utara, Sabtu (16/3/2024) dini "
        "hari. Sebanyak 12 orang terluka dan listrik di 48.000 rumah padam, menurut Badan Meteorologi Jepang.",
    ),
    (
        "grobogan-flood",
        "id/banjir-grobogan-1",
        "2024-03-15T07:00:00+07:00",
        "id",
        OUTLET_ID2,
        "Sungai Lusi Meluap, Permukiman di Grobogan Tergenang",
        "Sungai Lusi meluap dan merendam 640 rumah di Kecamatan Purwodadi, Kabupaten Grobogan, Jawa Tengah, Jumat "
        "pagi. Warga dari tiga desa mengungsi ke masjid dan sekolah.",
    ),
    (
        "bangkok-fire",
        "en/bangkok-fire-1",
        "2024-03-15T22:00:00+07:00",
        "en",
        WIRE,
        "Fire guts Bangkok market, hundreds of stalls lost",
        "BANGKOK, March 15 - A fire swept through a weekend market in Bangkok's Chatuchak district on Friday night, "
        "destroying 320 stalls, Thai fire officials said. No one was hurt.",
    ),
    (
        "luwu-flood",
        "id/longsor-luwu-1",
        "2024-03-16T12:00:00+08:00",
        "id",
        OUTLET_ID,
        "Longsor Susulan Tutup Jalan di Luwu",
        "Longsor susulan menutup jalan poros di Kecamatan Latimojong, Kabupaten Luwu, Sulawesi Selatan, Sabtu. "
        "Jalan itu sebelumnya rusak diterjang banjir bandang yang membuat 860 warga mengungsi.",
    ),
    (
        "grobogan-flood",
        "en/grobogan-flood-1",
        "2024-03-16T15:00:00+07:00",
        "en",
        ASIA,
        "Lusi river floods 640 homes in Grobogan",
        "The Lusi river overflowed in Grobogan regency, Central Java, on Friday, inundating 640 homes in Purwodadi "
        "and forcing villagers into mosques and schools, officials said.",
    ),
    (
        "bangkok-fire",
        "id/kebakaran-bangkok-1",
        "2024-03-16T13:00:00+07:00",
        "id",
        OUTLET_ID,
        "Kebakaran Hanguskan 320 Kios di Pasar Chatuchak Bangkok",
        "Kebakaran melanda Pasar Chatuchak di Bangkok, Thailand, Jumat malam (15/3/2024) dan menghanguskan 320 kios. "
        "Tidak ada korban jiwa dalam peristiwa itu.",
    ),
]


def stream_lines(articles=ARTICLES, *, with_events: bool = False) -> list[str]:
    lines = []
    for story, slug, published, language, source, title, body in articles:
        record = {
            "url": f"https://news.example.org/{slug}",
            "title": title,
            "body": body,
            "published_at": published,
            "language": language,
            "source": source,
        }
        if with_events:
            record["event"] = story
        lines.append(json.dumps(record, ensure_ascii=False))
    return lines


def write_stream(path: Path, articles=ARTICLES, *, with_events: bool = False) -> Path:
    path.write_text("\n".join(stream_lines(articles, with_events=with_events)) + "\n", encoding="utf-8")
    return path


def story_of(url: str) -> str:
    slug = url.removeprefix("https://news.example.org/")
    return next(story for story, s, *_ in ARTICLES if s == slug)
