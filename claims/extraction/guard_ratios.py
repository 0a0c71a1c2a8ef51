"""A staffing ratio is no count (round 16, r16misc; DESIGN 4.1: prefer ``other`` to a wrong measure).

Prison and policing copy states how many people one officer has in charge: "there is one officer for every 50
inmates", "a ratio of one guard for every 4.48 prisoners" (US corrections copy), "satu sipir menjaga 20 narapidana",
"1 orang petugas harus mengawasi 100 warga binaan" (Indonesian prison copy: Suara, Liputan6, Insitekaltim). Neither
figure counts an arrest, a patient or anyone sent: both are ``other``.

- the number right after a word of "each" after "for" (``[cues] ratio_fors``, ``ratio_each``: "for every 50
  inmates", "untuk setiap 100 tahanan"), and the "one" before them ("one warden for every 80 detainees");
- people already held (``[cues] ratio_held_labels``, the labels of their ``[nouns]``) that a count of one with a noun
  of its own handles ("Satu sipir harus mengamankan 100 tahanan"): a verb of securing over inmates is no arrest there.
  Not without the one: "Polisi mengamankan 100 tahanan yang kabur" recaptures them.

    >>> from claims.extraction import extract
    >>> [c.measure for c in extract("The prison has one warden for every 80 detainees.", "en")]
    ['other', 'other']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.reach import is_boundary

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.resolution import Figure

_SUBJECT_GAP: Final = 3
"""Words at most between the count of one and the held figure (a modal, an adverb and the verb: "harus
mengamankan", "bahkan harus mengawasi")."""


def staffing_ratio(f: Figure) -> bool:
    """The figure is a term of a staffing ratio (module docstring)."""
    fors, each = f.s.lex.cue("ratio_fors"), f.s.lex.cue("ratio_each")
    if (
        fors
        and each
        and not each.isdisjoint(f.s.word_set)
        and (_after_for_each(f, fors, each) or _one_before(f, fors, each))
    ):
        return True
    return _held_per_one(f)


def ratio_label(f: Figure) -> str | None:
    """What a term of the ratio counts when its noun is a measure word ("80 detainees": detainees), else None."""
    k = f.m.num_end
    if f.head is not None or k >= len(f.s.words) or f.s.measure_at(k) is None:
        return None
    return f.s.words[k]


def _after_for_each(f: Figure, fors: frozenset[str], each: frozenset[str]) -> bool:
    """ "for every 50 inmates": the figure right after "for" and a word of each."""
    words, k = f.s.words, f.m.first
    return k >= 2 and words[k - 1] in each and words[k - 2] in fors


def _one_before(f: Figure, fors: frozenset[str], each: frozenset[str]) -> bool:
    """ "one warden for every 80 detainees": a figure of one whose noun phrase "for every" and a figure follow."""
    words, k = f.s.words, max(f.m.np_end, f.m.num_end)
    if not _is_one(f.m) or k + 2 >= len(words) or words[k] not in fors or words[k + 1] not in each:
        return False
    return k + 2 in f.s.mention_firsts


def _held_per_one(f: Figure) -> bool:
    """ "Satu sipir harus mengamankan 100 tahanan": people already held, handled by a count of one right before."""
    held = f.s.lex.cue("ratio_held_labels")
    if not held or f.head is None or f.head.label not in held:
        return False
    before = [o for o in f.mentions if o.np_end <= f.m.first and o is not f.m]
    if not before:
        return False
    one = before[-1]
    gap = range(one.np_end, f.m.first)
    if not _is_one(one) or one.np_end <= one.num_end or len(gap) > _SUBJECT_GAP:
        return False  # "one" with a noun of its own: "satu sipir", "1 petugas"
    return not any(is_boundary(f.s, j) or f.s.words[j] == "," for j in gap)


def _is_one(m: Mention) -> bool:
    return m.low == 1 and m.high == 1 and m.qualifier == "exact"
