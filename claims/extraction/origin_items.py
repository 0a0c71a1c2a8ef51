"""A place of origin is no part by place unless the sentence breaks its figure down by place (issue 11, round 17;
DESIGN 4.1 ``place``): "termasuk 18 tahanan politik asal Papua", "10 tenaga kerja Indonesia dan 6 tenaga kerja asing
asal Tiongkok" say where those counted come from (the author's rows: place null), while "lima orang asal Medan, satu
orang asal Padang dan dua lainnya asal Bandar Lampung" is a breakdown by origin and keeps its places. A figure whose
place follows a word of origin (``[cues] origin_words``) loses it when no other figure of the sentence has a place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

_REACH: Final = 8  # tokens between a figure and its word of origin: "6 tenaga kerja asing asal"


def origin_items(s: SentenceView, mentions: list[Mention]) -> None:
    """Clear the origin places of figures that are no items of a breakdown by place (module docstring)."""
    origins = s.lex.cue("origin_words")
    if origins.isdisjoint(s.word_set):
        return
    placed = [m for m in mentions if m.valid and m.place is not None]
    if len(placed) != 1:
        return
    m = placed[0]
    place = m.place or ""
    for k in range(m.last + 1, min(len(s.words) - 1, m.last + _REACH)):
        if s.words[k] in origins and s.text.startswith(place, s.starts[k + 1]):
            m.place = None
            return
