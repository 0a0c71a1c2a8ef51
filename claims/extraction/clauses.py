"""Clause helpers of measure resolution: where a noun phrase's own modifier ends and the main verb begins."""

from __future__ import annotations

from claims.extraction.view import SentenceView


def modifier_at(s: SentenceView, start: int, position: int) -> bool:
    """A relative word ("who", "yang"), or a participle with no auxiliary right after the noun phrase ("70 people
    injured in the crush were admitted to hospital"), opens a modifier of the noun: not the figure's predicate."""
    if start >= len(s.words) or s.words[start] in s.lex.relative_words:
        return start < len(s.words)
    noun_before = start > 0 and s.words[start - 1] in s.lex.nouns.lasts  # "117 wounded were ...": no noun to modify
    return position == start and noun_before and not s.lex.modifiers_follow and not aux_at(s, start)


def aux_at(s: SentenceView, k: int) -> bool:
    """Token ``k`` is an auxiliary of a main verb ("were", "was": the lexicon's copulas)."""
    aux = s.lex.subject_cues.get("copulas")
    return aux is not None and 0 <= k < len(s.words) and s.words[k] in aux.firsts
