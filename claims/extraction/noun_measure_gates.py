"""A gate on the measure a counted noun implies (issue 11, round 10 seventh wave, English crime, fire and accident
copy).

On fresh fire, mine and crash reports the one wrong specific measure of ``_noun_measure`` came from a force noun
whose implied measure ("firemen": ``deployed``) stood in for a predicate the sentence does give, later and across
commas, in words of another people measure ("Three firemen were staggering on the stairs, suffering from burns, when
rescued"): what the sentence says of the figure is that later word, read by no rule; the noun's implied measure is
then no evidence of its own (:func:`noun_yields_to_predicate`). A force that acts on others ("200 firefighters
rescued 12 residents", "troops evacuated villagers") keeps its measure: there the word has an object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.subjects import PEOPLE_MEASURES
from claims.extraction.view import syntax_list

if TYPE_CHECKING:
    from claims.extraction.mentions import Mention
    from claims.extraction.view import SentenceView


def noun_yields_to_predicate(s: SentenceView, m: Mention, mentions: list[Mention], measure: str) -> bool:
    """The noun of ``m`` implied ``measure``, but the figure is the sentence's last and a word after its noun phrase,
    before any verb of saying, names another people measure (or an other-verb: "rescued") with no object after it
    (no noun, determiner or number): that word is the figure's predicate, the noun's measure yields (``other``). Not
    a word that modifies another noun ("a statement released on Monday", "rekan yang ditahan") nor the subject of a
    clause of its own ("but no arrests were made")."""
    if any(o.first > m.last for o in mentions):
        return False  # a later figure may be the object of the word ("rescued 12 residents"): left as it is
    words, lex, n = s.words, s.lex, len(s.words)
    speech, auxiliaries = syntax_list(s, "speech_verbs"), lex.cue("part_auxiliaries")
    for k in range(m.np_end, n):
        if words[k] in speech:
            return False  # the rest is the speaker's clause
        found = s.measure_at(k)
        before = words[k - 1]
        if found is None or found[1] == measure or before in lex.determiners or before in lex.nouns.firsts:
            continue  # "the U.N. refugee agency", "a statement released": a word of another noun phrase
        if before in lex.relative_words:
            continue  # "menuntut pembebasan rekan yang ditahan": the relative clause of another noun
        if found[1] not in PEOPLE_MEASURES and not found[1].startswith("="):
            continue  # "suffering from burns": damage to things says nothing of the people
        j = k + found[0]
        if j < n and words[j] in auxiliaries:
            return False  # "but no arrests were made": the subject of a clause of its own
        if j >= n or s.kinds[j] != "w" or (words[j] not in lex.nouns.firsts and words[j] not in lex.determiners):
            return True
    return False
