"""The new value of a running total a verb brings ("bringing the death toll since the war began to 31,806", "raising
the toll since the start of the offensive to 1,250"; war and flood tallies in wire copy, round 16, r16cen).

A figure after the total cue "to" (``[cues] total_cues``) whose clause a verb of ``[syntax] running_total_verbs``
opens is the predicate of the tally between them, as after "rose to": the tally's measure word heads it even when an
event adjunct with a verb of its own ("since the war began") stands between the tally and "to", so the adjunct's
clause word ("since") opens no clause there (``reach_before.predicate_figure``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.view import syntax_list

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView

_STEM = 3  # letters a verb keeps before its -ing ("tak-ing"; "br-ing" is no participle)
_REACH = 12  # "bringing the total death toll since the start of the Israeli offensive to 31,806"


def brought_value(s: SentenceView, k: int) -> bool:
    """Token ``k - 1`` is a total cue right before the figure at ``k`` and a running-total verb opens its clause,
    with no figure, comma or sentence punctuation between them; the verb is a participle in -ing (``[cues]
    progressive_suffixes``)."""
    words = s.words
    if k < 2 or words[k - 1] not in s.lex.total_cues:
        return False
    brings, progressive = syntax_list(s, "running_total_verbs"), s.lex.cue("progressive_suffixes")
    for j in range(k - 2, max(-1, k - 2 - _REACH), -1):
        if words[j] in brings:
            # the participle of a clause that reports the total ("bringing the toll to"), not a finite verb a modal
            # may project ("Finding the 12 missing would bring the death toll to 40")
            return any(words[j].endswith(x) and len(words[j]) - len(x) >= _STEM for x in progressive)  # not "bring"
        if words[j] in (",", ";", ":") or s.kinds[j] == "n":
            return False
    return False
