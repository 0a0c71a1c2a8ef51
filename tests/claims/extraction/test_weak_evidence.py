"""Weak evidence for a specific measure (issue 11, round 13): a figure inside the noun phrase of the figure right
before it reads that figure's predicate, or the verb before both (inner_figures.inside_earlier_phrase), and is
``other``; the head figure, a list, a part and its whole keep their measure. Controls: a clause boundary ("while",
"sementara", "sedangkan", a semicolon) already stops the reach of a measure word (reach.search_right,
measure_rules._word_before).
Sentences written for these tests, after constructions of real crime and disaster copy, with other names, places and
figures."""

from __future__ import annotations

import pytest

from tests.claims.extraction.gate_tables import check_found, figure_test


# -- the object of the head figure's noun: the predicate after both is the head's ------------------------------------
@pytest.mark.parametrize(
    ("text", "head", "inner"),
    [
        ("Dua pelaku penganiayaan terhadap tiga pengendara ojek berhasil diringkus polisi.", "Dua", "tiga"),
        ("Empat tersangka pengeroyokan dua pelajar SMP ditangkap di rumahnya.", "Empat", "dua"),
        ("Lima pelaku perampokan terhadap 12 penumpang bus diamankan petugas.", "Lima", "12"),
        ("Enam pelaku pembacokan tiga remaja diamankan Polsek Cilincing.", "Enam", "tiga"),
    ],
)
def test_inner_figure_is_not_arrested_id(text: str, head: str, inner: str) -> None:
    check_found(text, "id", [(head, "arrested"), (inner, "other")], [(inner, "arrested")])


@pytest.mark.parametrize(
    ("text", "head", "measure", "inner"),
    [
        ("Four attackers of two schoolboys were arrested on Friday.", "Four", "arrested", "two"),
        ("Three robbers of 12 bus passengers were detained by police.", "Three", "arrested", "12"),
        ("Five relatives of 12 victims were injured in the stampede.", "Five", "injured", "12"),
    ],
)
def test_inner_figure_takes_no_measure_en(text: str, head: str, measure: str, inner: str) -> None:
    check_found(text, "en", [(head, measure), (inner, "other")], [(inner, measure)])


# -- the same inner figure after a verb before both: no second object of the verb ------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "head", "inner"),
    [
        ("Polisi mengamankan tiga pelaku pembacokan dua pelajar.", "id", "tiga", "dua"),
        ("Petugas menangkap empat tersangka pengeroyokan terhadap tiga warga.", "id", "empat", "tiga"),
        ("Polres Bantul meringkus lima pelaku penganiayaan 12 santri.", "id", "lima", "12"),
        ("Police in Lagos arrested five kidnappers of 12 pupils.", "en", "five", "12"),
    ],
)
def test_inner_object_takes_no_verb_before(text: str, lang: str, head: str, inner: str) -> None:
    check_found(text, lang, [(head, "arrested"), (inner, "other")], [(inner, "arrested")])


# -- controls: lists, parts of a whole and predicates between keep the measure ----------------------------------------
test_lists_and_parts_keep_their_measure_id = figure_test(
    [
        ("Dua pelaku dan tiga penadah diringkus polisi.", "tiga", "arrested"),
        ("Empat pelaku serta dua penadah ditangkap polisi.", "dua", "arrested"),
        ("Polisi mengamankan tiga pelaku dan dua penadah.", "dua", "arrested"),
        ("Polisi mengerahkan 300 personel dan 40 anggota TNI.", "40", "deployed"),
        ("Sebanyak 12 warga dan tiga polisi terluka dalam bentrokan itu.", "tiga", "injured"),
        ("Sebanyak 12 warga dan tiga polisi terluka dalam bentrokan itu.", "12", "injured"),
        ("Empat dari 27 remaja itu diamankan polisi.", "Empat", "arrested"),
        ("Tim SAR mengangkat satu jenazah dari empat nelayan yang meninggal dunia di Teluk Bone.", "empat", "killed"),
    ],
    "id",
)

test_lists_and_parts_keep_their_measure_en = figure_test(
    [
        ("Two attackers and three accomplices were arrested.", "three", "arrested"),
        ("Two attackers and three accomplices were arrested.", "Two", "arrested"),
        ("Four of the 27 teenagers were arrested.", "Four", "arrested"),
        ("Police deployed 5,000 officers and 2,000 soldiers.", "2,000", "deployed"),
        ("At least three journalists were among the 41 people detained during the protest.", "41", "arrested"),
    ],
    "en",
)


# -- controls: a clause boundary stops the reach; each clause keeps its own measure -----------------------------------
test_clause_boundaries_id = figure_test(
    [
        ("Tiga orang tewas dalam kecelakaan itu, sementara 14 penumpang lainnya luka-luka.", "Tiga", "killed"),
        ("Tiga orang tewas dalam kecelakaan itu, sementara 14 penumpang lainnya luka-luka.", "14", "injured"),
        ("Dua warga meninggal dunia, sedangkan 40 warga lainnya mengungsi ke balai desa.", "40", "displaced"),
        ("Dua warga meninggal dunia, sedangkan 40 warga lainnya mengungsi ke balai desa.", "Dua", "killed"),
        ("Jumlah korban meninggal dunia sementara menjadi tujuh orang.", "tujuh", "killed"),
        ("Sebanyak 30 rumah terendam, sedangkan warga mengungsi ke masjid.", "30", "other"),
    ],
    "id",
)

test_clause_boundaries_en = figure_test(
    [
        ("Three people were killed in the blast, while 12 others remain missing.", "12", "missing"),
        ("Three people were killed in the blast, while 12 others remain missing.", "Three", "killed"),
        ("Two villagers died; 15 others were injured.", "15", "injured"),
        ("Twelve people, while on their way home, were killed.", "Twelve", "killed"),
        ("Forty people were arrested but later released.", "Forty", "arrested"),
    ],
    "en",
)
