"""A rate per a round base (health split, round 12): "Angka kematian ibu turun dari 112 menjadi 86 per 100.000
kelahiran hidup", "insiden DBD 76,1 per 100 ribu penduduk", "infant mortality of 21 per 1,000 live births".

Health bulletins give mortality ratios and incidence rates per a round base (100, 1.000, 100.000, 100 ribu, 1 juta).
The figure is a claim of its own, ``other`` with the unit ``rate`` (its subject), never a count of the people the
tally names ("angka kematian": killed), and the base is no claim. A rate word before any other number ("per 1 Mei",
a date; "per 3 orang") leaves the figure to the rules of spans and dates. The earlier value of a change to a rate
("dari 112 menjadi 86 per 100.000") takes the unit too (``unit_changes``).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.mention_type import Mention
    from claims.extraction.view import SentenceView

RATE_UNIT: Final = "rate"
_MIN_ZEROS: Final = 2
"""A base of digits is 1 and at least two zeros (100, 1.000, 100.000); before a scale word, 1, 10 or 100."""


def rate_end(s: SentenceView, k: int) -> int | None:
    """The token after the round base when token ``k`` is a rate word (``[syntax] rate_words``) before one, else
    None."""
    words = s.words
    if k + 1 >= len(words) or words[k] not in s.lex.rate_words or s.kinds[k + 1] != "n":
        return None
    digits = "".join(ch for ch in s.texts[k + 1] if ch.isdigit())
    if not digits.startswith("1") or digits.strip("0") != "1":
        return None
    if k + 2 < len(words) and words[k + 2] in s.lex.scales:
        return k + 3
    return k + 2 if len(digits) > _MIN_ZEROS else None


def rate_earlier_values(s: SentenceView, mentions: list[Mention]) -> None:
    """ "turun dari 112 menjadi 86 per 100.000": the bare earlier value of a change to a rate is a rate too."""
    words = s.words
    for m, after in pairwise(mentions):
        if after.unit != RATE_UNIT or m.unit is not None or m.first == 0 or words[m.first - 1] not in s.lex.range_from:
            continue
        k = m.num_end
        if (
            k < len(words)
            and (words[k] in s.lex.change_words or words[k] in s.lex.range_joiners)
            and after.first == k + 1
        ):
            m.unit = RATE_UNIT


def rate_names(s: SentenceView, mentions: list[Mention]) -> None:
    """A rate takes the name of the rate the nearest tally phrase before it gives (``[composed_labels.rate_names]``:
    "Angka kematian ibu ... 86 per 100.000": maternal mortality ratio)."""
    table = s.lex.composed_labels.get("rate_names")
    if table is None:
        return
    words = s.words
    for m in mentions:
        if m.unit != RATE_UNIT or m.measure != "other" or m.subject != RATE_UNIT:
            continue
        for k in range(m.first - 1, -1, -1):
            found = table.match(words, k) if words[k] in table.firsts else None
            if found is not None:
                m.subject = found[1]
                break
