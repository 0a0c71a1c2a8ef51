"""A figure coordinated with a later one that names its own measure (DESIGN.md 4.1: prefer ``other`` to a wrong
measure).

"Ada tambahan 1.390 pasien dan tiga kematian baru": the measure word right after "tiga" is that figure's own
noun ("tiga kematian" = three deaths), not the predicate of both ("12 polisi dan 3 wartawan terluka" shares it).
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView


def next_names_own_measure(s: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """``m`` counts a noun, the next figure is joined to it (only joiners and commas between) and a measure word
    follows that figure at once, with no counted noun between: the word is that figure's, not ``m``'s."""
    if not m.nouns:
        return False  # "12 dan 3 tewas": two bare figures of one predicate
    later = next((n for n in mentions if n.first >= m.np_end and n is not m), None)
    if later is None or later.num_end >= len(s.words):
        return False
    end = later.num_end
    if later.nouns:
        # "1.227 pasien dan 17 orang meninggal dunia" (round 12 audit, dengue rundowns): the dead are among the
        # sufferers a tally noun counts (``[cues] sufferer_nouns``), so a generic noun alone carries the verb
        sufferers = s.lex.cue("sufferer_nouns")
        if not (all(noun.generic for noun in later.nouns) and any(w in sufferers for w in s.words[m.first : m.np_end])):
            return False
        end = later.np_end
    joiners = s.tables.joiners
    if not all(w in joiners or w == "," for w in s.words[m.np_end : later.first]) or later.first == m.np_end:
        return False
    found = s.measure_at(end)
    return found is not None and s.lex.nouns.match(s.words, end) is None
