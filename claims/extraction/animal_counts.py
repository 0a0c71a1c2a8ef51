"""Figures that count animals (split from ``misreads``): never a people measure (DESIGN 4.1: "8 ekor kambing mati" is
``other``).

A figure counts animals when an animal classifier follows its number (``[cues] animal_classifiers``: *ekor*), or when
it has no noun of its own and the figure before it counts animals: by an animal noun ("Three dogs died and 12 others
were treated"), by the classifier, or, through a chain of such bare figures, by the count that opened them (round 13
audit, Gunungkidul PMK report: "ternak yang suspek PMK ada 118 ekor di mana 22 di antaranya positif dan 1 di antaranya
mati": the 1 is a part of the 118 head of livestock, not a dead person, and the 22 no cases of people)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from claims.extraction.figure_type import Figure
    from claims.extraction.mention_type import Mention
    from claims.extraction.view import SentenceView

_CHAIN: Final = 3  # how many bare figures back a chain of parts may reach


def counts_animals(f: Figure) -> bool:
    """The figure counts animals (see the module)."""
    s, m = f.s, f.m
    if _classified(s, m):
        return True
    before = f.antecedent
    if _own_noun(m) or before is None:
        return False
    return _animals(s, before) or animal_part(s, before, f.mentions)


def animal_part(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """``m`` has no noun of its own and a chain of bare figures before it leads back to a count of animals."""
    for _ in range(_CHAIN):
        if _own_noun(m):
            return False
        before = _previous(mentions, m)
        if before is None:
            return False
        if _animals(s, before):
            return True
        m = before
    return False


def _animals(s: SentenceView, m: Mention) -> bool:
    return any(noun.subject_class == "animal" for noun in m.nouns) or _classified(s, m)


def _classified(s: SentenceView, m: Mention) -> bool:
    return m.num_end < len(s.words) and s.words[m.num_end] in s.lex.cue("animal_classifiers")


def _own_noun(m: Mention) -> bool:
    return m.raw_label is not None or bool(m.nouns)


def _previous(mentions: list[Mention], m: Mention) -> Mention | None:
    """The valid figure of the sentence right before ``m``."""
    earlier = [other for other in mentions if other.valid and other.first < m.first]
    return max(earlier, key=lambda other: other.first) if earlier else None
