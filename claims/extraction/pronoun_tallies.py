"""A tally restated by a pronoun (round 7): "The death toll stood at six on Saturday; by Tuesday it had reached 13",
"The death toll has risen to 26, officials said on Sunday; earlier it had stood at 21". "it" (``[cues]
tally_pronouns``), perhaps with auxiliaries, right before a change verb (an exact qualifier) and a bare figure stands
for the tally of the count before it in the sentence: the figure takes that count's measure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.subjects import PEOPLE_MEASURES

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def pronoun_tally(f: Figure) -> str | None:
    """The measure of the count the pronoun before the figure's change verb restates (module docstring)."""
    s, m, a = f.s, f.m, f.antecedent
    if a is None or a.measure not in PEOPLE_MEASURES or m.nouns or m.raw_label is not None or m.first < 3:
        return None
    words, lex = s.words, s.lex
    pronouns = lex.cue("tally_pronouns")
    if not pronouns or pronouns.isdisjoint(s.word_set) or words[m.first - 1] not in lex.qualifiers.lasts:
        return None
    found = lex.qualifiers.match_ending(words, m.first)
    if found is None or found[1] != "exact":
        return None
    k = m.first - found[0] - 1
    auxiliaries = lex.cue("part_auxiliaries")
    while k > 0 and words[k] in auxiliaries:
        k -= 1  # "it had reached"
    return a.measure if k >= 0 and words[k] in pronouns else None
