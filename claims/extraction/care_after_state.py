"""A state that sends people to care, then the admission: "n karyawan keracunan dan harus dibawa ke rumah sakit",
"dua lainnya kritis dan dirawat di rumah sakit", "sempat pingsan lalu dilarikan ke klinik", "berhasil dievakuasi
dan langsung dilarikan ke rumah sakit" (issue 11, round 10; h12id_b2, h12id_b3, idl3, idl5, idg2).

Casualty reports name the state first and the hospital stay after a coordinator or a word of sequence: the figure
counts the admitted (hospitalized), as the corpora label it. Only a state of the kind that leads to care (``[cues]
care_states``: poisoning, fainting, a critical condition, surviving, being evacuated) yields: an injury keeps its
measure ("luka-luka dan dilarikan ke rumah sakit" counts the injured), and so does a grade ("luka ringan dan sempat
dirawat") or a case status ("positif DBD dan dirawat"). The joining word (``[cues] care_after_joins``) must follow
the state at once; only words of manner or modality (``[cues] care_after_skips``: "harus", "langsung") stand
between it and the admission.

    >>> from claims.extraction import extract
    >>> text = "Sebanyak 19 santri keracunan lalu dilarikan ke Puskesmas Sukamaju."
    >>> [(c.measure, c.subject) for c in extract(text, "id")]
    [('hospitalized', 'people')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.care_sites import first_measure_after
from claims.extraction.carried_to_care import carried_to_care
from claims.extraction.critical_transfers import critical_after_care

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_STATE_REACH: Final = 4  # words after the figure's noun phrase to its state: "yang sempat mengalami gejala keracunan"
_SKIP_REACH: Final = 3  # modal words between the joining word and the admission: "dan harus segera"


def admitted_after(f: Figure, measure: str) -> str | None:
    """``hospitalized`` when the figure's state (module docstring) is joined at once to an admission; else None."""
    s = f.s
    if measure == "hospitalized":
        return critical_after_care(f, measure)  # "referred to the health centre in a critical condition": a subset
    if not (measure.startswith("=") or measure == "displaced"):
        return None
    if measure == "displaced" and f.rule_name == "_verb_before" and carried_to_care(f) is not None:
        return "other"  # "mengevakuasi 12 warga yang pingsan ke rumah sakit": no displacement, and no sure admission
        # (a rescue from the scene to a puskesmas, a first-aid post: round7_idj, round 13)
    states = s.lex.cue("care_states")
    if states.isdisjoint(s.word_set):
        return None
    hit = first_measure_after(s, max(f.m.np_end, f.m.num_end), _STATE_REACH)
    if hit is None:
        return None
    k, (length, _) = hit
    if not any(w in states for w in s.words[k : k + length]):
        return None
    return _admission_at(f, k + length)


def _admission_at(f: Figure, j: int) -> str | None:
    """``hospitalized`` when a joining word at token ``j`` leads, past modal words, to an admission."""
    s = f.s
    words, n = s.words, len(s.words)
    if j >= n or words[j] not in s.lex.cue("care_after_joins"):
        return None
    skips = s.lex.cue("care_after_skips")
    j += 1
    for _ in range(_SKIP_REACH):
        if j < n and words[j] in skips:
            j += 1
    found = s.measure_at(j) if j < n else None
    return "hospitalized" if found is not None and found[1] == "hospitalized" else None
