"""Crime, fraud, corruption and court reports, road accidents, fires and eruptions in Indonesian news (issue 11,
round 7, corpus ``idk*``).

Every sentence is our own (other places, figures and names); each models a construction read in real reports of
that kind (the comment names it). Readings follow DESIGN.md 4 and 4.1. The classes fixed:

- the nouns of police, prosecutor and KPK tallies and seizures are counted things with their own label ("menangani
  31 perkara", "korupsi 11 proyek", "3 juta set APD", "dua unit televisi": ``[nouns]``);
- an estimate before "sebesar"/"senilai" of a sum keeps the estimate ("kerugian negara kurang lebih sebesar Rp80
  miliar", "ditaksir sebesar Rp2 miliar": ``[qualifiers] about``);
- people who occupy evacuation posts or tents are displaced ("860 warga menempati beberapa titik posko pengungsian":
  ``[measures] displaced``);
- SAR searches: the units a search is split into are things, no deployed people ("lima SRU": ``[nouns]``); the
  numbers after "SRU" and a mountain's "pos" are identifiers ("SRU 1 menyisir dari pos 3": ``[exclusions]``); the
  strength a team sets out with is deployed ("dengan kekuatan 13 personel": ``[measures] deployed``);
- drug busts: seized pills the police destroy are never damaged ("memusnahkan ... pil ekstasi sebanyak 34.747 butir":
  ``not_measures`` of the pill nouns), and "senpi" is a firearm (``[nouns]``);
- fire engines counted by unit and acronym ("dua unit PMK", "tujuh unit damkar") and shots fired ("lima kali
  tembakan") are counted things with their own label (``[nouns]``);
- PVMBG bulletins count volcanic events by kind ("58 kali gempa vulkanik", "17 kali tremor", "satu kali awan panas
  guguran"), drug packets come in clips and parades in groups ("21 klip sabu", "40 kelompok kesenian": ``[nouns]``);
- autopsy findings: a figure right before "luka" and a kind of wound counts wounds, no injured people ("sembilan luka
  tusuk di tubuh korban": ``context_misreads._wounds``, ``[cues] wound_words``, ``wound_kinds``);
- a bare figure before "kali" in a clause about robbery counts the gang's robberies, no longer dropped ("komplotan itu
  sudah beraksi sebanyak tujuh kali": ``occasions.robberies``, ``[cues] robbery_words``).
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extraction import extract
from tests.claims.extraction.news_tables import Row, summary

INDONESIAN: list[Any] = [
    # Polri and Kejaksaan year-end releases: cases handled
    ("Kejaksaan menangani 14 perkara korupsi dana desa sepanjang tahun lalu.", [("other", "cases", 14, 14)]),
    # KPK releases: projects and procurement in sets
    ("Korupsi itu terjadi di tujuh proyek irigasi.", [("other", "projects", 7, 7)]),
    ("Anggaran itu dipakai untuk membeli 250 ribu set seragam sekolah.", [("other", "sets", 250000, 250000)]),
    # begal and burglary seizures listed with "unit"
    (
        "Polisi menyita empat unit sepeda motor dan tiga unit televisi dari rumah pelaku.",
        [("other", "motorcycles", 4, 4), ("other", "televisions", 3, 3)],
    ),
    # an estimate before "sebesar" of a sum
    (
        '"Hasil audit sementara, kerugian negara kurang lebih sebesar Rp48 miliar," ujar penyidik.',
        [("other", "IDR", 43200000000, 52800000000)],
    ),
    ("Kerugian akibat kebakaran gudang itu ditaksir sebesar Rp3,5 miliar.", [("other", "IDR", 3150000000, 3850000000)]),
    # "sebesar" alone states the sum (control)
    ("Kerugian negara dalam perkara itu sebesar Rp12 miliar.", [("other", "IDR", 12000000000, 12000000000)]),
    # BPBD on eruptions: people occupying the evacuation posts
    (
        "Hingga Selasa, 1.210 warga menempati beberapa titik posko pengungsian di Kecamatan Ile Bura.",
        [("displaced", "people", 1210, 1210)],
    ),
    ("Sebanyak 315 jiwa kini menempati tenda pengungsian di lapangan desa.", [("displaced", "people", 315, 315)]),
    # occupying a room is no evacuation (control)
    ("Sebanyak 20 siswa menempati ruang kelas baru.", [("other", "students", 20, 20)]),
    # SAR searches on mountains: units, numbered units and posts, a team's strength
    (
        "Tim SAR dibagi menjadi tiga SRU, masing-masing beranggotakan delapan orang.",
        [("other", "search units", 3, 3), ("other", "people", 8, 8)],
    ),
    (
        "SRU 3 menyisir dari pos 4 ke arah barat sejauh 700 meter.",
        [("other", "meters", 700, 700)],
    ),
    ("Rombongan pendaki tiba di Pos 2 menjelang magrib.", []),
    (
        "Tim kedua dari Kantor SAR Jambi dengan kekuatan 11 personel berangkat melalui jalur Kersik Tuo.",
        [("deployed", "people", 11, 11)],
    ),
    (
        "Pengamanan laga itu dilakukan dengan kekuatan 420 personel gabungan.",
        [("deployed", "security_forces", 420, 420)],
    ),
    # drug-bust releases: destroying seized pills
    ("BNNP Bali memusnahkan 12.400 butir pil ekstasi hasil sitaan.", [("other", "ecstasy pills", 12400, 12400)]),
    (
        "Polres memusnahkan 3.150 butir pil koplo dan 2 kg ganja.",
        [("other", "pills", 3150, 3150), ("other", "kg", 2, 2)],
    ),
    (
        "Barang bukti lain berupa satu senpi rakitan dan enam butir peluru.",
        [("other", "firearms", 1, 1), ("other", "bullets", 6, 6)],
    ),
    # factory and market fires: fire engines by unit and acronym
    ("Beruntung dua unit PMK segera tiba di lokasi kebakaran.", [("other", "fire engines", 2, 2)]),
    ("Sebanyak tujuh unit damkar diterjunkan ke pabrik itu.", [("other", "fire engines", 7, 7)]),
    # the firefighters themselves stay people (control)
    ("Sebanyak 40 petugas damkar dikerahkan.", [("deployed", "people", 40, 40)]),
    # robberies: shots fired
    ("Polisi melepaskan tiga tembakan peringatan ke udara.", [("other", "shots", 3, 3)]),
    # begal releases: how many times the gang struck
    ("Kawanan itu sudah beraksi sebanyak 23 kali di Kabupaten Ogan Ilir.", [("other", "robberies", 23, 23)]),
    ("Menurut polisi, para tersangka telah melakukan kejahatan serupa 14 kali.", [("other", "robberies", 14, 14)]),
    (
        "Sejak Januari, kawanan begal itu beraksi sembilan kali di jalur lingkar selatan.",
        [("other", "robberies", 9, 9)],
    ),
    # no robbery word: a count of occasions stays dropped (control)
    ("Massa tiga kali membakar ban di depan kantor bupati.", []),
    # a noun after the frequency word is counted (control)
    ("Perampok meletupkan empat kali tembakan ke udara.", [("other", "shots", 4, 4)]),
    # PVMBG bulletins: volcanic events by kind
    (
        "Dalam 12 jam terakhir, terekam 41 kali gempa vulkanik dan 9 kali tremor non harmonik.",
        [("other", "volcanic earthquakes", 41, 41), ("other", "tremors", 9, 9)],
    ),
    (
        "Semeru mengeluarkan dua kali awan panas guguran dan 17 kali guguran pada periode itu.",
        [("other", "pyroclastic flows", 2, 2), ("other", "rockfalls", 17, 17)],
    ),
    # drug-bust seizures and parades
    ("Dari kamar tersangka, polisi menyita 12 klip sabu.", [("other", "clips", 12, 12)]),
    ("Karnaval itu diikuti 35 kelompok seni dari berbagai kecamatan.", [("other", "groups", 35, 35)]),
    # murder inquiries: wounds counted on a body
    ("Di tubuh korban ditemukan tujuh luka tembak.", [("other", "wounds", 7, 7)]),
    ("Hasil autopsi menemukan 14 luka bacokan di kepala dan punggung korban.", [("other", "wounds", 14, 14)]),
    # people with a kind of wound stay injured (controls)
    ("Sebanyak 12 warga mengalami luka tusuk dalam bentrokan itu.", [("injured", "people", 12, 12)]),
    ("Dua korban luka bacok dirawat di puskesmas.", [("injured", "people", 2, 2)]),
    # a fire that destroys houses still damages them (control)
    ("Kebakaran itu memusnahkan 14 rumah warga.", [("damaged", "houses", 14, 14)]),
    # a quake's strength is a magnitude (control)
    ("Gempa berkekuatan 5,9 mengguncang Kabupaten Sumedang.", [("other", "magnitude", 5.9, 5.9)]),
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN)
def test_indonesian_round7_idk(text: str, expected: list[Row]) -> None:
    assert summary(extract(text, "id"), expected) == expected
