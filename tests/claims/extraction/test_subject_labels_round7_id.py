"""Subjects of Indonesian figures, round 7 (DESIGN 4 and 4.1), with sentences of our own: the closed group of a
force's bare "anggota" and of a joint force, a group named by a relative copula or a closing "all" clause after
the count; and controls whose subject must not change."""

from __future__ import annotations

import pytest

from claims.extraction.subjects import context_class
from tests.claims.extraction.news_tables import labelled_rows

Row = tuple[str, str, str | None]

CASES = [
    # a force's own word for its men: "anggota" beside a police command or spokesman is police ...
    (
        "Polresta Lembah Hijau menurunkan 140 anggota untuk mengamankan pasar malam itu.",
        [("140", "deployed", "police")],
    ),
    (
        '"Ada 11 anggota yang terluka akibat lemparan botol," kata Kabid Humas Polda Bukit Raya.',
        [("11", "injured", "police")],
    ),
    (
        "Empat polisi mengalami memar dan dua anggota lainnya dilarikan ke klinik.",
        [("Empat", "injured", "police"), ("dua", "hospitalized", "police")],
    ),
    # ... beside an army command, soldiers; beside a group of its own, or with no cue, people
    ("Kodim Tanjung Sari mengerahkan 85 anggota ke lokasi banjir.", [("85", "deployed", "soldiers")]),
    ("Polisi menangkap tujuh anggota ormas yang membawa senjata tajam.", [("tujuh", "arrested", "people")]),
    ("Sebanyak 18 anggota terluka dalam kecelakaan bus rombongan itu.", [("18", "injured", "people")]),
    # a joint force is the forces it names together, people when it names one force or none
    (
        "TNI dan Polri mengerahkan 3.400 personel gabungan untuk menjaga jalur mudik.",
        [("3.400", "deployed", "security_forces")],
    ),
    ("Polres menyiagakan 620 personel gabungan di sekitar stadion.", [("620", "deployed", "people")]),
    (
        "Sebanyak 900 personel gabungan TNI, Polri dan BPBD dikerahkan ke desa itu.",
        [("900", "deployed", "people")],
    ),
    # a relative clause with a copula names the counted people's group
    (
        "Penyidik menahan tiga tersangka yang merupakan oknum polisi dari satuan lalu lintas.",
        [("tiga", "arrested", "police")],
    ),
    ("Kebakaran itu menelan 4 korban jiwa yang merupakan anak-anak.", [("4", "killed", "children")]),
    (
        "Polisi menyebut 19 pelaku yang diamankan merupakan anak di bawah umur.",
        [("19", "arrested", "children")],
    ),
    # a closing "all" clause after the last figure names the group of every count before it
    (
        "Dalam serangan itu 23 orang luka dan 6 meninggal, itu sipil semua.",
        [("23", "injured", "civilians"), ("6", "killed", "civilians")],
    ),
    (
        "Sebanyak 8 orang tewas tertimbun tanah di lokasi tambang; semua yang tewas adalah perempuan.",
        [("8", "killed", "women")],
    ),
    # a bare classifier counts the kind its sentence is about: hotspots, accidents, fires, drug packets ...
    (
        "Satelit memantau 64 titik panas di Sumatera, terbanyak di Riau dengan 27 titik.",
        [("64", "other", "hotspots"), ("27", "other", "hotspots")],
    ),
    (
        "Kasus kecelakaan terbanyak tercatat di wilayah Polres Lembah Hijau dengan 431 kasus.",
        [("431", "other", "accidents")],
    ),
    ("Sepanjang Agustus terjadi 57 kejadian karhutla di kabupaten itu.", [("57", "other", "fires")]),
    ("Petugas menyita 6 paket sabu dari saku celana tersangka.", [("6", "other", "packets")]),
    # ... and nothing when the sentence names no kind, or two
    ("Warga membagikan 300 paket sembako kepada korban banjir.", [("300", "other", "food packages")]),
    (
        "Sebanyak 410 pengungsi tinggal di 6 titik, sementara satelit mendeteksi 12 titik panas.",
        [("410", "displaced", "people"), ("6", "other", "locations"), ("12", "other", "hotspots")],
    ),
    # an open group whose own predicate is falling poisoned is counted as poisoned, like survivors ...
    ("Sebanyak 236 santri diduga keracunan setelah menyantap nasi kotak.", [("236", "other", "students")]),
    ("Sedikitnya 41 siswa mengalami dugaan keracunan usai jajan di kantin.", [("Sedikitnya 41", "other", "students")]),
    ("Sebanyak 17 siswa dilarikan ke puskesmas karena keracunan.", [("17", "hospitalized", "people")]),
    # ... and so is a group whose own predicate is being trapped
    ("Sebanyak 9 pekerja terjebak di dalam terowongan itu.", [("9", "other", "trapped people")]),
    # people a search finds, alive or dead, are "people found"; found alive, survivors
    (
        "Pada Selasa tim SAR menemukan 17 korban, terdiri atas 15 orang selamat dan 2 orang meninggal.",
        [("17", "other", "people found"), ("15", "other", "survivors"), ("2", "killed", "people")],
    ),
    (
        "Hingga sore tadi sudah ditemukan sebanyak 26 orang dari 31 penumpang.",
        [("26", "other", "people found"), ("31", "other", "passengers")],
    ),
    ("Petugas menemukan 8 warga dalam keadaan selamat di atap rumah.", [("8", "other", "survivors")]),
    # people a verb of taking hostage takes are hostages
    ("Kelompok bersenjata itu menyandera 11 sopir truk di jalan trans provinsi.", [("11", "other", "hostages")]),
    ("Sebanyak 7 pekerja disandera kelompok bersenjata sejak Senin.", [("7", "other", "hostages")]),
    # people who "become victims" are casualties; of a poisoning, poisoned
    (
        "Dalam insiden itu tiga penumpang menjadi korban, satu di antaranya pingsan.",
        [("tiga", "other", "casualties"), ("satu", "other", "fainted")],
    ),
    ("Sebanyak 212 siswa menjadi korban keracunan makanan di sekolah itu.", [("212", "other", "students")]),
    # buried by a landslide: the state names the group it picks out
    ("Sebanyak 6 petani tertimbun longsor di ladang jagung.", [("6", "other", "buried farmers")]),
    ("Akibatnya 14 penambang tertimbun dan belum bisa dievakuasi.", [("14", "other", "buried miners")]),
    # nouns that used to fall through untranslated
    (
        "Polisi menyita 4 kamera, 27 foto dan 9 rekaman dari rumah itu.",
        [("4", "other", "cameras"), ("27", "other", "photos"), ("9", "other", "recordings")],
    ),
    ("Tiga perampok bersenjata tajam menggasak sebuah minimarket di Jalan Kenanga.", [("Tiga", "other", "robbers")]),
    (
        "Angin kencang merobohkan dua menara telekomunikasi dan 14 gazebo rusak.",
        [("dua", "damaged", "towers"), ("14", "damaged", "gazebos")],
    ),
    # after the vehicle classifier "unit", "pemadam" are fire engines, not firefighters
    (
        "Damkar menurunkan sembilan unit pemadam kebakaran dan 45 personel ke pasar itu.",
        [("sembilan", "other", "fire engines"), ("45", "deployed", "people")],
    ),
    ("Pemkot mengirim tiga unit armada pemadam ke gudang yang terbakar.", [("tiga", "other", "fire engines")]),
    # controls: a closing "all" of another measure, "semua" before a noun that goes on, no copula after the count
    (
        "Sebanyak 8 orang tewas dan 5 orang hilang; semua yang hilang adalah perempuan.",
        [("8", "killed", "people"), ("5", "missing", "women")],
    ),
    (
        "Sebanyak 12 orang terjebak di gua itu, semua anak-anak berhasil dievakuasi.",
        [("12", "other", "trapped people")],
    ),
    ("Sebanyak 14 warga terluka akibat ledakan tabung gas itu.", [("14", "injured", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_subject_round7(text: str, expected: list[Row]) -> None:
    assert labelled_rows(text, "id") == expected


@pytest.mark.parametrize(
    ("words", "cls"),
    [
        ({"gabungan", "tni", "polri"}, "security_forces"),
        ({"gabungan", "polres"}, "people"),
        ({"gabungan"}, "people"),
        ({"gabungan", "tni", "polri", "bpbd"}, "people"),
        ({"polres"}, "police"),
    ],
)
def test_joint_force_class(words: set[str], cls: str) -> None:
    entries = (
        ("police", frozenset({"polres", "polri"})),
        ("soldiers", frozenset({"tni"})),
        ("joint", frozenset({"gabungan"})),
        ("people", frozenset({"bpbd"})),
    )
    assert context_class(entries, words) == cls
