"""Gates on a relative clause after a whole that is the predicate of a focused part (issue 11, round 10 eighth wave,
Indonesian disaster desk; part_whole_gates._focused_part_relative). Sentences written for these tests: eruptions,
floods and quakes, with other names, places and figures."""

from __future__ import annotations

import pytest

from tests.claims.extraction.gate_tables import check_found, figure_test


# -- "baru/hanya N dari M noun yang VERB": the relative clause is the part's predicate, not the whole's ---------------
@pytest.mark.parametrize(
    ("text", "whole", "measure"),
    [
        ("Menurut posko, baru 7 ribu dari 25 ribu warga lereng Merapi yang mengungsi.", "25 ribu", "displaced"),
        ("Hingga sore, hanya 4 dari 19 pendaki Gunung Dempo yang hilang.", "19", "missing"),
        ("Baru 35 dari 210 warga Desa Sukamaju yang mengungsi ke gedung sekolah.", "210", "displaced"),
        ("Baru 60 dari 350 warga Dusun Krajan yang mengungsi, sisanya bertahan.", "350", "displaced"),
        ("Cuma 2 dari 11 korban banjir bandang itu yang meninggal.", "11", "killed"),
    ],
)
def test_focused_parts_own_the_relative_clause(text: str, whole: str, measure: str) -> None:
    check_found(text, "id", [(whole, "other")], [(whole, measure)])


test_wholes_with_their_own_relative_clause_keep_their_measure = figure_test(
    [
        ("Hanya 3 dari 25 warga yang mengungsi ke masjid jatuh sakit.", "25", "displaced"),
        ("Baru 5 dari 30 warga yang mengungsi dipulangkan ke rumah.", "30", "displaced"),
        ("Sebanyak 1.200 warga yang mengungsi ke stadion mulai pulang.", "1.200", "displaced"),
        ("Baru 3 dari 12 korban tewas yang berhasil diidentifikasi.", "12", "killed"),
        ("Hanya 15 orang mengungsi ke balai desa.", "15", "displaced"),
    ],
    "id",
)
