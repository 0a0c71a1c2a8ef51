"""A nation's share of the dead is "<nationality> dead" (issue 11, round 12: the subject naming of the gold labels).

Hajj and migrant-boat copy breaks a toll down by nationality: "Among the dead were 627 Egyptians, 171 Indonesians and
104 Indians", "596 of the 627 Egyptian dead had no permit". Each share is a part of the toll picked out by a
nationality (DESIGN 4.1): ``other``, and the gold labels name it by the nationality's adjective and "dead"
(``Egyptian dead``, ``Indonesian dead``). The nationality is a capitalised word with a demonym ending (``[subjects]
demonym_endings``): a plural right after the figure (``[cues] plural_suffixes``: "Egyptians") in a clause that
opens with "among" and a death word and its copula ("Among the dead were"), or an adjective right after the figure
and before a death word ("627 Egyptian dead").
"""

from __future__ import annotations

from typing import Final

from claims.extraction.affixes import has_suffix, strip_suffix
from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

KILLED: Final = "killed"


def demonym_dead(s: SentenceView, m: Mention) -> None:
    """Relabel the figure ``m`` a nation's share of the dead (module docstring)."""
    if m.measure not in (KILLED, "other") or m.subject not in ("people", None) or any(not n.generic for n in m.nouns):
        return
    k = m.num_end
    if k >= len(s.words) or s.kinds[k] != "w" or not s.is_capitalised_name(k) or s.texts[k].isupper():
        return
    text = s.texts[k]
    plural = strip_suffix(text, s.lex.cue("plural_suffixes"))
    if plural is not None and demonym(s, plural) and _among_dead(s, m.first):
        nation = plural
    elif demonym(s, text) and k + 1 < len(s.words) and _death_word(s, k + 1):
        nation = text
    else:
        return
    m.measure, m.subject, m.subject_class = "other", f"{nation} dead", None


def demonym(s: SentenceView, word: str) -> bool:
    """``word`` ends with a demonym ending (``[subjects] demonym_endings``: "Egyptians", "Indonesian")."""
    endings = s.lex.subject_cues.get("demonym_endings")
    return endings is not None and has_suffix(word, endings.firsts)


def _death_word(s: SentenceView, j: int) -> bool:
    found = s.measure_at(j) if s.kinds[j] == "w" else None
    return found is not None and found[1] == KILLED


def _among_dead(s: SentenceView, first: int) -> bool:
    """The clause of the figure at token ``first`` opens with "among" and a death word ("Among the dead were")."""
    among = syntax_list(s, "among_words")
    for k in range(first - 1, -1, -1):
        if s.words[k] in CLAUSE_PUNCT:
            return False
        if s.words[k] in among:
            return any(_death_word(s, j) for j in range(k + 1, min(k + 5, first)))
    return False
