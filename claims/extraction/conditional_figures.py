"""Figures that a sentence does not state as a count of the event (issue 11, gate17id: BPBD outlooks, court and police
copy that sets several clauses and figures side by side).

- a consequent of a condition (``[cues] hypothesis_openers`` opening the sentence, its clause closed by a comma before
  the figure: "Apabila gunung itu kembali meletus, sedikitnya 8.500 warga harus dievakuasi") is a reckoning, no count;
  a condition word followed by a word of comparison or summing (``condition_reckonings``: "Jika dibandingkan tahun
  lalu, ...", "Bila ditotal, ...") opens no condition and keeps the measure;
- the agent of an active verb of harm after the figure, a relative "yang" between (``[cues] harm_agent_verbs``: "dua
  orang yang melukai seorang polisi", "pelaku yang menewaskan ..."): the figure counts the ones who did it, not the
  injured or the dead.

    >>> from claims.extraction import extract
    >>> [c.measure for c in extract("Jika tanggul jebol, 3.000 warga harus mengungsi.", "id")]
    ['other']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.later_words import next_hit

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def conditioned(f: Figure) -> bool:
    """The sentence opens with a word of condition whose clause a comma closes before the figure."""
    lex, words = f.s.lex, f.s.words
    conditions = lex.cue("hypothesis_openers")
    if conditions.isdisjoint(f.s.word_set):
        return False  # most sentences: no condition at all
    k = 0
    while k < len(words) and not any(ch.isalnum() for ch in words[k]):
        k += 1  # an opening quote
    if k >= len(words) - 1 or words[k] not in conditions or words[k + 1] in lex.cue("condition_reckonings"):
        return False
    return "," in words[k + 2 : f.m.first]


def harm_agent(f: Figure) -> bool:
    """The measure word after the figure is an active verb of harm with "yang" right before it: the figure is its
    agent ("dua orang yang melukai seorang anggota polisi")."""
    s = f.s
    k, hit = next_hit(s, f.m, max(f.m.np_end, f.m.num_end))
    if hit is None or k == 0 or k >= len(s.words):
        return False
    return s.words[k] in s.lex.cue("harm_agent_verbs") and s.words[k - 1] in s.lex.relative_words


def evacuated_from_wreck(f: Figure) -> bool:
    """A figure an evacuation verb reads (``[cues] evacuation_words``) whose whole the same sentence then parts into
    the ones who lived and the ones who died (``wreck_outcomes``: "mengevakuasi 41 orang, terdiri dari 38 orang
    selamat dan tiga orang meninggal"; a part "di antaranya" that died: "Dari 303 orang yang kami evakuasi, tiga di
    antaranya meninggal dunia"): people taken off a wreck, rescued, not displaced from home."""
    lex, words = f.s.lex, f.s.words
    if lex.cue("evacuation_words").isdisjoint(f.s.word_set):
        return False
    after, survivals = words[max(f.m.np_end, f.m.num_end) :], lex.cue("wreck_survivals")
    if any(w in survivals for w in after):
        return True
    parts, deaths = lex.cue("part_of_whole_words"), lex.cue("wreck_deaths")
    return any(w in parts and any(d in deaths for d in after[k + 1 : k + 4]) for k, w in enumerate(after))


_TALLY_REACH: Final = 8
"""How many words before the figure the noun of its tally ("Pelanggar lalu lintas yang terjaring ... mencapai") is
looked for."""


def tally_noun_refuses(f: Figure, measure: str) -> bool:
    """The noun of the tally before the figure, a relative "yang" after it, never takes ``measure`` (its
    ``not_measures``): "Pelanggar lalu lintas yang terjaring selama Operasi Zebra mencapai 6.214 orang" counts
    ticketed offenders, no arrests."""
    s = f.s
    words, nouns, relative = s.words, s.lex.nouns, s.lex.relative_words
    for end in range(f.m.first - 1, max(0, f.m.first - 1 - _TALLY_REACH), -1):
        if words[end] in (",", ".", ";") or end in s.mention_firsts:
            return False  # a subordinator may stand between ("yang terjaring selama Operasi Zebra mencapai")
        if words[end] in relative and words[end - 1] in nouns.lasts:
            found = nouns.match_ending(words, end)
            return found is not None and measure in found[1].not_measures
    return False
