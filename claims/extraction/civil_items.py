"""Civilians beside forces in a breakdown (issue 11, h16id_c1: Papua and village-clash copy).

"enam orang terluka, yakni satu personel TNI, satu personel Polri dan empat warga", "12 orang tewas, terdiri dari
empat anggota TNI dan delapan warga": an item counted by a generic noun of people (``[cues] civil_item_labels``:
*warga*, *masyarakat*, *penduduk*) in a list whose other items name a force is the civilians of that breakdown. It
takes the head's measure and the class ``civilians``, where a generic item alone would be a part of another kind
(``other``). A list of crowds or deployments (*participants*, *deployed*) keeps its own reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import FORCE_CLASSES

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView

_CASUALTY_MEASURES: Final = frozenset({"killed", "injured", "arrested", "missing", "hospitalized"})


def _names_force(m: Mention) -> bool:
    return any(noun.subject_class in FORCE_CLASSES and not noun.generic for noun in m.nouns)


def civil_item(s: SentenceView, head: Mention, m: Mention, items: list[Mention]) -> bool:
    """Settle ``m`` as the civilians of ``head``'s breakdown when it is one (see the module); True when it did."""
    if head.measure not in _CASUALTY_MEASURES or not m.nouns:
        return False
    labels = s.lex.cue("civil_item_labels")
    if not all(noun.generic and noun.subject_class == "people" and noun.label in labels for noun in m.nouns):
        return False
    if not any(_names_force(x) for x in items if x is not m):
        return False
    m.measure, m.subject, m.subject_class = head.measure, "civilians", "civilians"
    return True
