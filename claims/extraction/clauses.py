"""Clause helpers of measure resolution: where a noun phrase's own modifier ends and the main verb begins."""

from __future__ import annotations

from claims.extraction.mentions import Mention
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


def moved_measure(s: SentenceView, m: Mention, verb: str | None) -> str | None:
    """A verb of moving people whose objects the words after them name otherwise: "evacuated 12 bodies" are the
    dead (DESIGN 4.1), "sent 30 people to hospital" are admissions, not a deployment."""
    k = m.num_end if verb == "displaced" else max(m.np_end, m.num_end) if verb == "deployed" else -1
    after = s.measure_at(k) if 0 <= k < len(s.words) else None
    if after is not None and (verb, after[1]) in (("displaced", "killed"), ("deployed", "hospitalized")):
        return after[1]
    return None


def named_whole_end(s: SentenceView, start: int) -> tuple[int, str] | None:
    """ "five of the wounded succumbed", "31 of the injured were hospitalized": a part of a whole that a measure word
    names with no figure of its own; ``(end of that word, its measure)``, so the part's own verb can follow."""
    before, words = s.lex.whole_before, s.words
    ended = start > 0 and words[start - 1] in before.lasts and before.match_ending(words, start) is not None
    found = before.match(words, start) if not ended and start < len(words) and words[start] in before.firsts else None
    k = start if ended else start + found[0] if found is not None else len(words)  # the noun phrase took "of the"
    hit = s.measure_at(k) if k < len(s.words) and k not in s.mention_firsts else None
    return (k + hit[0], hit[1]) if hit is not None and not hit[1].startswith("=") else None


def unknown_object(m: Mention, measure: str, cls: str | None) -> bool:
    """ "sent 200 samples", "sent 2,000 vaccine doses": a deployment needs people; a counted noun the lexicon does not
    know (a raw label, no class) is more often a thing sent than a force."""
    return measure == "deployed" and cls is None and m.raw_label is not None
