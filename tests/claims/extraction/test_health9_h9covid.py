"""Round 9 (issue 11): COVID-19 bulletins and hajj death reports, the classes the first pass over ``corpora/h9covid*``
showed. Sentences are written for these tests (other places, figures and names than any report read); control rows
must keep their reading."""

from __future__ import annotations

import pytest

from tests.claims.extraction.news_tables import labelled_rows as readings

Row = tuple[str, str, str | None]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a disease name between the case noun and its change verb costs the walk back no reach
        (
            "Kasus terkonfirmasi positif Covid-19 naik 2.431 sehingga totalnya menjadi 88.120 kasus.",
            "id",
            [("2.431", "other", "increase"), ("88.120", "other", "cases")],
        ),
        ("Kasus konfirmasi positif COVID-19 bertambah 716.", "id", [("716", "other", "cases")]),
        ("Kasus DBD bertambah 120.", "id", [("120", "other", "cases")]),  # control: no name between
        # a change of cases beside the running total is named by its direction
        (
            "Kasus aktif menurun 1.204 sehingga totalnya tinggal 40.318.",
            "id",
            [("1.204", "other", "decrease"), ("40.318", "other", "cases")],
        ),
        (
            "Kasus sembuh bertambah 3.115 sehingga total kasus sembuh menjadi 410.552.",
            "id",
            [("3.115", "other", "increase"), ("410.552", "other", "recovered")],
        ),
        # active cases are a stock of their own, not the running total of all cases
        ("Saat ini ada 12.480 kasus aktif Covid-19 di kota itu.", "id", [("12.480", "other", "active cases")]),
        ("The state now has 2,300 active cases.", "en", [("2,300", "other", "active cases")]),
        ("Dinkes mencatat 64 kasus baru DBD pekan ini.", "id", [("64", "other", "cases")]),  # control
        # deaths a cause picks out of a toll: a subset, other
        (
            "Sebanyak 52 jemaah asal Jawa Barat wafat di Tanah Suci, empat di antaranya akibat sengatan panas.",
            "id",
            [("52", "killed", "people"), ("empat", "other", "heatstroke deaths")],
        ),
        (
            "Dari Sulawesi, 73 jemaah meninggal, termasuk 5 karena heat stroke.",
            "id",
            [("73", "killed", "people"), ("5", "other", "heatstroke deaths")],
        ),
        (
            "Sebanyak 30 warga meninggal karena DBD, tiga di antaranya karena syok.",
            "id",
            [("30", "killed", "people"), ("tiga", "other", "in shock")],
        ),  # round 14: a part picked out by its cause is a subset (DESIGN 4.1; cause_parts.py)
        # a tally word after "sehingga" heads the running total beside the increment
        (
            "Tambahan dua jemaah wafat dilaporkan Kamis, sehingga jumlah jemaah wafat mencapai 190 orang.",
            "id",
            [("dua", "other", "increase"), ("190", "killed", "people")],
        ),
        (
            "Polisi menangkap 12 orang lagi, sehingga jumlah tersangka yang ditangkap mencapai 40 orang.",
            "id",
            [("12", "other", "increase"), ("40", "arrested", "people")],
        ),
        # the dead and the admitted among the cases of an outbreak are persons
        (
            "Dinkes mencatat 640 kasus DBD sejak Januari, 7 di antaranya meninggal dunia.",
            "id",
            [("640", "other", "cases"), ("7", "killed", "people")],
        ),
        (
            "Sebanyak 58 kasus kolera dilaporkan pekan ini, 15 di antaranya masih dirawat di ruang isolasi.",
            "id",
            [("58", "other", "cases"), ("15", "hospitalized", "people")],
        ),
        (
            "Ada 19 kasus difteri di kabupaten itu, enam di antaranya positif.",
            "id",
            [("19", "other", "cases"), ("enam", "other", "cases")],
        ),  # control: a part picked out by a status keeps the case label
        ("Pada tahun lalu ada lima kasus yang meninggal dunia.", "id", [("lima", "killed", "people")]),
        # hospital care in a regency's COVID-19 rundown
        (
            "Rinciannya isolasi mandiri 42 orang, rawat di rumah sakit 9 orang dan sembuh 310 orang.",
            "id",
            [("42", "other", "self-isolating"), ("9", "hospitalized", "people"), ("310", "other", "recovered")],
        ),
        ("Saat ini isolasi di rumah sakit tinggal tiga orang.", "id", [("tiga", "hospitalized", "people")]),
        # "dengan bertambahnya n ..., berarti sudah ada m": the increment beside the running total
        (
            "Dengan bertambahnya tiga jemaah yang wafat kemarin, berarti sudah ada 58 jemaah yang wafat.",
            "id",
            [("tiga", "other", "increase"), ("58", "killed", "people")],
        ),
        ("Berarti sudah ada 58 jemaah yang wafat.", "id", [("58", "killed", "people")]),  # control: no increment
        # "seluruhnya n" heads the running total beside an increment
        (
            "Satgas mencatat tambahan 64 kasus kematian sehingga jumlah pasien yang meninggal seluruhnya 9.311 orang.",
            "id",
            [("64", "other", "increase"), ("9.311", "killed", "people")],
        ),
        ("Korban tewas seluruhnya 12 orang.", "id", [("12", "killed", "people")]),  # control
        # "n sisanya di X": the rest, with a figure, is an item of the breakdown
        (
            "Sebanyak 44 jemaah wafat, yakni 30 di Makkah dan 14 sisanya di Madinah.",
            "id",
            [("44", "killed", "people"), ("30", "killed", "people"), ("14", "killed", "people")],
        ),
        # a relative clause that puts the positive patients in a state: the status word before it is no predicate
        ("Pasien positif yang masih dirawat sebanyak 1.240 orang.", "id", [("1.240", "hospitalized", "people")]),
        (
            "Di RSUD Kota Lama, pasien positif DBD yang sedang dirawat sebanyak 19 orang.",
            "id",
            [("19", "hospitalized", "people")],
        ),
        ("Pasien positif yang sembuh sebanyak 904 orang.", "id", [("904", "other", "recovered")]),  # control
        ("Kasus positif yang dilaporkan sebanyak 300 kasus.", "id", [("300", "other", "confirmed cases")]),  # control
        # deaths among cases counted by the case classifier
        ("Total kasus kematian campak mencapai 31 kasus tahun ini.", "id", [("31", "killed", "people")]),
        ("Kasus meninggal dunia bertambah 12 kasus.", "id", [("12", "killed", "people")]),
        (
            "Di kota itu ada 4 kasus kematian dari 215 kasus DBD.",
            "id",
            [("4", "killed", "people"), ("215", "other", "cases")],
        ),  # control: the whole after "dari" is no death
        ("Relawan yang mengevakuasi korban tewas berjumlah 40 orang.", "id", [("40", "other", "people")]),  # control
        # a rank is no count
        ("Kota itu berada di peringkat 12 nasional untuk kasus DBD.", "id", []),
        ("Provinsi itu kini menduduki urutan 3 dengan 4.210 kasus.", "id", [("4.210", "other", "cases")]),
    ],
)
def test_round9_health_construction(text: str, lang: str, expected: list[Row]) -> None:
    assert readings(text, lang) == expected
