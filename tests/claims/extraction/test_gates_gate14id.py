"""Gates on a state word that closes an earlier figure's phrase (issue 11, round 10 seventh wave, Indonesian
conflict and accident desks; predicate_owners). Sentences written for these tests: air strikes, shoot-outs, boat and
mine accidents, with other names, places and figures."""

from __future__ import annotations

import pytest

from tests.claims.extraction.gate_tables import check_found, figure_test


# -- a state word right after an earlier figure, and the later figure has a predicate of its own -----------------------
@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Dalam serangan artileri di Kharkiv itu 12 tewas 30 lainnya luka-luka.", "30", "killed"),
        ("Serangan drone Minggu pagi, sedikitnya 8 tewas 21 lainnya terluka, kata petugas medis.", "21", "killed"),
        ("Sedikitnya 6 orang hilang 14 lainnya selamat setelah perahu motor itu terbalik.", "14", "missing"),
        ("Dalam kecelakaan bus di Subang itu 3 meninggal 17 lainnya luka ringan.", "17", "killed"),
    ],
)
def test_earlier_figures_state_word(text: str, figure: str, measure: str) -> None:
    check_found(text, "id", [(figure, "other")], [(figure, measure)])


test_objects_of_a_verb_keep_their_measure = figure_test(
    [
        ("Ledakan 3 tabung gas melukai 7 orang di rumah makan itu.", "7", "injured"),
        ("Warga Kampung Tewas 15 Orang", "15", "killed"),
        ("Serangan itu menewaskan 9 orang dan melukai 16 orang lainnya.", "16", "injured"),
        ("Bentrokan itu menewaskan 4 orang, 11 lainnya luka-luka.", "11", "injured"),
    ],
    "id",
)


# -- a figure of a generic noun after an attribute word of a thing in an earlier figure's phrase: the thing's size -----
@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Lima balita dari sekeluarga beranggotakan 8 orang di Rafah tewas tertimpa reruntuhan.", "8", "killed"),
        ("Tiga pendaki dari rombongan beranggotakan 11 orang hilang di Gunung Rinjani.", "11", "missing"),
        ("Dua nelayan dari kapal berawak 9 orang dilaporkan hilang di Selat Makassar.", "9", "missing"),
    ],
)
def test_members_of_a_thing_are_its_size(text: str, figure: str, measure: str) -> None:
    check_found(text, "id", [(figure, "other")], [(figure, measure)])


test_things_that_are_the_subject_keep_their_measure = figure_test(
    [
        ("Satu keluarga beranggotakan 6 orang hilang terseret banjir di Garut.", "6", "missing"),
        ("Pelaku bersama 3 orang rekannya ditangkap di Cilacap.", "3", "arrested"),
        ("Sebanyak 12 orang tewas dalam kebakaran pabrik itu.", "12", "killed"),
    ],
    "id",
)
