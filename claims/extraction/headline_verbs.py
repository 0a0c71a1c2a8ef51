"""A Title Case headline's verb is a verb (issue 11, round 10; DESIGN 4.1): "287 Tersangka Narkoba Ditangkap
Sepanjang 2024", "23 Pelajar Diamankan Polisi", "Ratusan Buruh Geruduk Kantor Gubernur" read as the same verb in
lower case, not as a proper name that goes on the noun phrase ("warga Desa Mekarsari"). A capitalised measure word
that starts no noun of the lexicon ends the figure's noun phrase, so the predicate after it names the measure.

A measure done to its patients (an arrest, a stay, an evacuation, damage, a deployment) is read so only in its
passive form (``[syntax] passive_prefixes``): a headline's bare active verb ("800 Personel Amankan Laga Derbi")
makes the figure before it its agent, and the noun phrase still runs over it to the gate that says ``other``. A
language with no passive prefix (English: "14 Pupils Hospitalised After ...") reads every capitalised measure word.

    >>> from claims.extraction import extract
    >>> [(c.measure, c.subject) for c in extract("41 Penambang Ilegal Ditangkap di Hutan Lindung", "id")]
    [('arrested', 'people')]
"""

from __future__ import annotations

from typing import Final

from claims.extraction.reach import prefixes_of
from claims.extraction.view import SentenceView

_DONE_TO: Final = frozenset({"arrested", "hospitalized", "displaced", "damaged", "deployed"})


def headline_verb(s: SentenceView, j: int) -> bool:
    """Token ``j`` is a capitalised measure word that starts no noun of the lexicon here ("Ditangkap", "Diamankan",
    "Geruduk"; "Missing After ..." though "missing persons" is a noun)."""
    text = s.texts[j]
    if not text[:1].isupper() or s.lex.nouns.match(s.words, j) is not None:
        return False
    found = s.measure_at(j)
    if found is None:
        return False
    passive = prefixes_of(s.lex, "passive_prefixes", False)
    # a language with no passive prefix (English) marks the passive by the participle itself: "Hospitalised"
    return found[1] not in _DONE_TO or not passive or s.words[j].startswith(passive)
