"""A transfer to care that ends in a critical condition picks out a subset (issue 11, round 13; DESIGN 4.1 a subset
by severity: ``other``): "of them, eight were referred to the community health centre in a critical condition",
"six were moved to the district hospital in a critical condition", "two were shifted to the trauma centre in
critical condition". Indian and wire copy name the critical ones by where they were sent after the first admission;
the corpora label them "in critical condition" (h17en_a2, enc1, news), not a count of admissions.

Only the critical grade stated as a condition yields (``[cues] critical_grades``, read as the other-verb labelled
``in critical condition`` after the care word in the same clause): injuries that carried them there keep the
admissions ("two people were rushed to hospital with life-threatening injuries", the corpora), and so do
"23 others were hospitalised in serious condition" keeps the admissions (h13en_a5), and so does a care
word with no grade after it ("six were moved to the district hospital")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_CRITICAL: Final = "=in critical condition"  # the other-verb label of the critical grade (lexicon [other_verbs])
_ENDS: Final = CLAUSE_PUNCT | {",", ";"}
_GRADE_WORDS: Final = 5  # "in critical but stable condition"


def critical_after_care(f: Figure, measure: str) -> str | None:
    """The critical grade's other-verb when an admission read after the figure is followed, in its clause, by it."""
    if measure != "hospitalized" or f.rule_name != "_word_after":
        return None
    s = f.s
    words, seen_care = s.words, False
    k = max(f.m.np_end, f.m.last)
    while k < len(words) and words[k] not in _ENDS:
        found = s.measure_at(k)
        if found is None:
            k += 1
            continue
        if found[1] == _CRITICAL and seen_care and s.cue_phrase_at(k, "critical_grades", _GRADE_WORDS):
            return _CRITICAL
        seen_care = seen_care or found[1] == "hospitalized"
        k += found[0]
    return None
