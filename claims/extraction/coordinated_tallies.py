"""The groups a tally word joins before a figure (issue 11, round 17, r17place): "Police and soldiers totalling 2,800
are now in the province", "Polisi dan tentara berjumlah 2.800 personel": the figure counts both groups, so its class
is their lowest common one (security_forces), never the nearer noun's (soldiers). The tally word is one of ``[cues]
group_tally_words``; the two person nouns of different groups are joined by a list joiner right before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.subjects import PERSON_CLASSES, lca

if TYPE_CHECKING:
    from claims.extraction.lexicon import NounInfo
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView


def coordinated_tally_class(s: SentenceView, m: Mention) -> str | None:
    """The common class of "NOUN and NOUN <tally word> FIGURE" (module docstring), None when the figure stands after
    no such phrase."""
    words, tally = s.words, s.lex.cue("group_tally_words")
    k = next((j for j in (m.first, m.first - 1) if 0 < j < m.num_first + 1 and words[j] in tally), None)
    if k is None:
        return None  # the tally word opens the figure's qualifier ("totalling 2,800") or stands right before it
    after = s.noun_at(m.num_end)
    if after is not None and not after[1].generic:
        return None  # "berjumlah 2.800 polisi": the figure names its own group
    second = _person_noun_ending(s, k)
    if second is None or second[0] < 2 or words[second[0] - 1] not in s.lex.list_joiners:
        return None
    first = _person_noun_ending(s, second[0] - 1)
    if first is None or first[1].subject_class == second[1].subject_class:
        return None
    return lca([first[1].subject_class, second[1].subject_class])


def _person_noun_ending(s: SentenceView, end: int) -> tuple[int, NounInfo] | None:
    """The specific person noun whose words end right before token ``end``: (its first token, the noun)."""
    found = s.lex.nouns.match_ending(s.words, end)  # the longest: "police officers", not "officers"
    if found is None or found[1].generic or found[1].subject_class not in PERSON_CLASSES:
        return None
    return end - found[0], found[1]
