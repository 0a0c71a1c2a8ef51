"""The people a survivor set out with (shipwreck copy, round 11 subj16en): "he had set out with 35 other people",
"he was travelling on the boat with 31 other people", "had left the island with 37 other people" count the people on
board, as "a boat carrying 35 people" does.

The figure follows a preposition of company (``[cues] companion_prepositions``) and is counted as the others
(``[cues] companion_words`` right after the number), and a verb of setting out on a voyage (``[cues] voyage_verbs``,
one or two words) stands before the preposition in its clause, in a sentence that names a vessel (the
``passenger`` owners of ``[composed_labels.owners]``): "he left the party with 12 other people" is no voyage.
"""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

_REACH: Final = 8  # words between the verb of setting out and the preposition: "travelling on the fishing boat with"


def voyage_companions(s: SentenceView, m: Mention) -> bool:
    """The figure ``m`` counts the others a person set out on a voyage with."""
    words, k = s.words, m.first - 1
    if k < 1 or words[k] not in s.lex.cue("companion_prepositions"):
        return False
    if m.num_end >= len(words) or words[m.num_end] not in s.lex.cue("companion_words"):
        return False
    owners = s.lex.composed_labels.get("owners")
    vessels = owners is not None and any(
        owners.match(words, j) == (1, "passenger") for j, w in enumerate(words) if w in owners.firsts
    )
    if not vessels:
        return False  # "He left the party with 12 other people"
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        if words[j] in CLAUSE_PUNCT or words[j] in {",", "."}:
            return False
        if s.cue_phrase_at(j, "voyage_verbs", 2):  # one word or two: "set out", "travelling"
            return True
    return False


__all__ = ["voyage_companions"]
