"""Places of breakdown items, and how two of them relate (DESIGN sections 4.1 and 5).

A claim's ``place`` is set only for an item of a breakdown by place ("19 di Agam, 15 di Tanah
Datar"); no place means the figure counts the whole event. Places compare by name, case aside.
An administrative word (Kabupaten, Kota, Kecamatan, Desa, Provinsi, county, state, province,
city) must agree when both places carry one, and is ignored when one lacks it: ``Agam`` is
``Kabupaten Agam``, but ``Kota Bogor`` is not ``Kabupaten Bogor``. The Indonesian word and its
English counterpart are one kind (``Provinsi Aceh`` is ``Aceh Province``).

Example::

    >>> place_relation(None, "Kabupaten Agam"), place_relation("Agam", None)
    ('narrower', 'broader')
    >>> place_relation("agam", "Kabupaten Agam"), place_relation("Kota Bogor", "Kabupaten Bogor")
    ('same', None)
    >>> place_relation("Agam", "Tanah Datar"), place_relation(None, None)
    (None, 'same')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from types import MappingProxyType

SAME = "same"
BROADER = "broader"
NARROWER = "narrower"

ADMINISTRATIVE_WORDS: MappingProxyType[str, str] = MappingProxyType(
    {
        "kabupaten": "regency",
        "kab": "regency",
        "regency": "regency",
        "kota": "city",
        "city": "city",
        "kecamatan": "subdistrict",
        "subdistrict": "subdistrict",
        "desa": "village",
        "village": "village",
        "provinsi": "province",
        "prov": "province",
        "province": "province",
        "county": "county",
        "state": "state",
    }
)
"""Administrative word (as written, folded) -> the kind of area it names, across languages."""

_WORD_RE = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*", re.UNICODE)


@functools.lru_cache(maxsize=4096)
def place_key(place: str) -> tuple[str | None, str]:
    """(administrative kind or None, folded name) of a place as written.

    The administrative word may lead (``Kabupaten Agam``, ``City of London``) or trail
    (``Los Angeles County``); it is dropped from the name only when a name remains.

    >>> place_key("Kabupaten Agam"), place_key("  los angeles   County "), place_key("City of London")
    (('regency', 'agam'), ('county', 'los angeles'), ('city', 'london'))
    >>> place_key("Kota"), place_key("Padang Panjang")
    ((None, 'kota'), (None, 'padang panjang'))
    """
    folded = unicodedata.normalize("NFKC", place).casefold()
    words = _WORD_RE.findall(folded)
    kind: str | None = None
    if len(words) > 1 and words[0] in ADMINISTRATIVE_WORDS:
        kind = ADMINISTRATIVE_WORDS[words[0]]
        words = words[1:]
        if len(words) > 1 and words[0] == "of":
            words = words[1:]
    elif len(words) > 1 and words[-1] in ADMINISTRATIVE_WORDS:
        kind = ADMINISTRATIVE_WORDS[words[-1]]
        words = words[:-1]
    return kind, " ".join(words)


def same_place(first: str, second: str) -> bool:
    """One place by name, with the administrative words agreeing where both carry one.

    >>> same_place("Tanah Datar", "KABUPATEN TANAH DATAR"), same_place("Provinsi Aceh", "Aceh Province")
    (True, True)
    """
    first_kind, first_name = place_key(first)
    second_kind, second_name = place_key(second)
    if first_name != second_name:
        return False
    return first_kind is None or second_kind is None or first_kind == second_kind


def place_relation(claim_place: str | None, evidence_place: str | None) -> str | None:
    """How E's place relates to C's: ``same``, ``broader`` (E counts the whole event, C one
    place), ``narrower`` (E one place, C the whole event) or None (two different places)."""
    if not claim_place:
        return SAME if not evidence_place else NARROWER
    if not evidence_place:
        return BROADER
    return SAME if same_place(claim_place, evidence_place) else None
