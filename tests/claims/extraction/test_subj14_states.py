"""Round 14: an ``other`` figure of people named by the state that picks them out (README "Subject naming").

- people still sought are fugitives whatever group counts them ("dua pelaku lain masih buron", "86 inmates are at
  large"; gold and corpora 6, none naming the group);
- people counted right before a preposition of place and a vessel are the people on board ("ada 45 orang di atas
  speedboat itu"; the convention of "membawa 12 orang", "48 people were on board");
- a part a verb of finding picks out of a whole is the people found ("menemukan 45 dari 60 penumpang", as the gold's
  "menemukan 21 penumpang");
- an open group a state verb right before the figure buries are buried <group> ("menimbun sedikitnya 27 penambang",
  as "27 penambang tertimbun": buried miners).
Controls keep the old reading where no state or no vessel is named.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract

Row = tuple[str, str, str | None]


def rows(text: str, lang: str) -> list[Row]:
    return [(c.text, c.measure, c.subject) for c in extract(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # fugitives, whatever group counts them
        ("Tiga pelaku lain masih buron.", "id", [("Tiga", "other", "fugitives")]),
        ("Lima napi lainnya masih buron hingga kini.", "id", [("Lima", "other", "fugitives")]),
        ("Polisi masih memburu empat tersangka lain yang kini berstatus DPO.", "id", [("empat", "other", "fugitives")]),
        ("Sebanyak 11 tahanan masih DPO.", "id", [("11", "other", "fugitives")]),
        ("Nine inmates remain at large after the riot.", "en", [("Nine", "other", "fugitives")]),
        ("Two suspects are still on the run, police said.", "en", [("Two", "other", "fugitives")]),
        ("Forty prisoners were still at large on Sunday.", "en", [("Forty", "other", "fugitives")]),
        # controls: a group with no state, or a state of its own (escape), keeps its label
        ("Polisi menangkap tiga pelaku lain di rumahnya.", "id", [("tiga", "arrested", "people")]),
        ("Sebanyak 12 napi kabur dari lapas itu.", "id", [("12", "other", "escaped prisoners")]),
        # people on board: a preposition of place and a vessel after the people counted
        ("Ada 45 orang di atas speedboat itu saat terbalik.", "id", [("45", "other", "people on board")]),
        ("Tercatat 30 orang di dalam bus ketika kecelakaan terjadi.", "id", [("30", "other", "people on board")]),
        ("There were 52 people inside the ferry when it sank.", "en", [("52", "other", "people on board")]),
        # a group of its own keeps its noun
        ("Ada 63 imigran di atas perahu kayu itu.", "id", [("63", "other", "migrants")]),
        ("About 20 people inside the minibus survived the crash.", "en", [("About 20", "other", "survivors")]),
        # controls: no vessel after the preposition
        ("Ada 20 orang di atas 60 tahun di desa itu.", "id", [("20", "other", "people")]),
        # buried <group> by a state verb before the figure
        ("Longsor di tambang menimbun sedikitnya 14 penambang.", "id", [("sedikitnya 14", "other", "buried miners")]),
        ("Tanah longsor menimbun enam petani yang sedang beristirahat.", "id", [("enam", "other", "buried farmers")]),
        # a part of a group a verb of finding picks out is the people found, as the whole found is
        (
            "Tim SAR telah menemukan 45 dari 60 penumpang kapal itu.",
            "id",
            [("45", "other", "people found"), ("60", "other", "passengers")],
        ),
        (
            "Petugas menemukan 12 dari 20 pendaki yang hilang.",
            "id",
            [("12", "other", "people found"), ("20", "missing", "people")],
        ),
        # a generic noun names the people buried; a closed group keeps its label
        ("Longsor itu menimbun tujuh orang warga.", "id", [("tujuh", "other", "buried people")]),
        ("Longsor itu menimbun tiga perempuan.", "id", [("tiga", "other", "women")]),
    ],
)
def test_state_subjects(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
