"""The first item of a breakdown by group named after a measure with no figure of its own: "Korban meninggal terdiri
dari delapan tenaga kerja Indonesia dan enam tenaga kerja asing", "Korban tewas terdiri atas 22 orang dewasa dan lima
anak" (smelter blasts and factory fires split their dead by origin or age). The measure word before the list names
the first figure's measure, and the items after it take it with their group (``breakdowns``); but a first item whose
own noun names a group outside the closed subjects (Indonesian workers, adults) beside an item of a closed group
(foreigners, children) is a part by something else, as it is after a total ("14 orang, terdiri dari 10 pekerja
Indonesia dan 4 pekerja asing"): ``other`` with its own noun as subject (DESIGN 4.1, NEWS_CONSTRUCTIONS.md 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import PERSON_CLASSES

if TYPE_CHECKING:
    from claims.extraction.mention_type import Mention
    from claims.extraction.view import SentenceView

# the tolls whose victims are split so; a list of evacuees by group keeps its first item ("Pengungsi ... terdiri atas
# 75 lansia, 40 balita": displaced people, as the corpora label it)
_TOLLS: Final = frozenset({"killed", "injured"})


def outside_first(s: SentenceView, mentions: list[Mention]) -> None:
    """Make the first figure ``other`` when it opens such a list (module docstring)."""
    first = mentions[0]
    k = first.first - 1
    cues = s.lex.breakdown_cues
    if k < 1 or first.measure not in _TOLLS or first.unit is not None:
        return
    if s.words[k] not in cues and s.words[k - 1] not in cues:
        return  # no list opens right before the first figure
    own = [noun for noun in first.nouns if not noun.generic]
    if not own or own[0].subject_class != "people" or first.base_of is not None:
        return  # no noun of its own, or a closed group ("7 polisi"): the breakdown reads it
    for m in mentions[1:]:
        if m.valid and m.measure == first.measure and _closed_group(m):
            first.measure, first.subject, first.subject_class = "other", own[0].label, None
            return


def _closed_group(m: Mention) -> bool:
    """The figure's own noun names a closed subject narrower than people ("enam tenaga kerja asing": foreigners)."""
    own = [noun.subject_class for noun in m.nouns if not noun.generic and noun.subject_class in PERSON_CLASSES]
    return bool(own) and own[0] != "people"
