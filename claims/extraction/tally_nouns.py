"""The measure a tally's noun names for a predicate figure with no noun of its own (DESIGN 4.1, a noun phrase that
names the measure, then the figure): "Jumlah penonton laga final itu mencapai 28.500 orang", "total pengunjung
pantai diperkirakan mencapai 12.000 orang". The noun's own measure (``measure`` of ``[nouns]``: spectators and
visitors turn out) is the figure's when a tally word (``[subjects] tally_words``) heads it in the figure's clause, or
when it opens the sentence, with no measure word and no other figure between."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.relative_asides import relative_aside_start
from claims.extraction.subject_rules import predicate_cue
from claims.extraction.view import CLAUSE_PUNCT

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure

_REACH = 10  # words between the tally's noun and the figure: "jumlah penonton laga final di stadion itu mencapai"
_THING_REACH = 7  # the thing noun, its modifiers and a place: "jumlah suara tidak sah di kecamatan itu 4.210"


def tally_noun_measure(f: Figure) -> str | None:
    """A rule of ``MEASURE_RULES``: the measure of the noun a tally word heads before a predicate figure."""
    s, m = f.s, f.m
    tally = s.lex.subject_cues.get("tally_words")
    if tally is None or (f.head is not None and not f.head.generic):
        return None
    verb = _predicate(f)
    if verb is None:
        return None
    # from before the figure's own surface (its qualifier: "diperkirakan akan mencapai 45.000")
    k, stop = min(m.first, m.num_first), max(-1, m.num_first - 1 - _REACH)
    while k - 1 > stop:
        k -= 1
        w = s.words[k]
        opening = relative_aside_start(s, k) if w == "," else -1
        if opening >= 0:  # "Massa, yang menurut polisi berjumlah 10 ribu orang, ...": the noun's relative clause
            stop, k = max(-1, stop - (k - opening)), opening
            continue
        if w == "," or w in CLAUSE_PUNCT or w in s.lex.clause_breaks or k in s.mention_firsts:
            return None
        if s.measure_at(k) is not None:
            return None  # "jumlah pengunjung yang terseret ombak mencapai 3 orang": the verb's tally
        noun = s.lex.nouns.match(s.words, k) if w in s.lex.nouns.firsts else None
        if noun is not None and noun[1].measure and ((k == 0 and verb) or tally.match_ending(s.words, k) is not None):
            return noun[1].measure  # after a tally word, or the sentence's subject: "Penonton diperkirakan ..."
    return None


def _predicate(f: Figure) -> bool | None:
    """An exact qualifier or change verb ("mencapai", "sebanyak") or an estimate ("diperkirakan mencapai") makes the
    figure the clause's predicate: True for a verb phrase, False for one adverb ("sekitar"), None for neither."""
    found = predicate_cue(f.s, f.m.num_first)
    if found is not None and found[1] == "total":
        return False
    if found is None or found[1] not in ("exact", "about"):
        return None
    if found[0] == 1 and found[1] == "about":
        verb = predicate_cue(f.s, f.m.num_first - 1)  # "yang berjumlah sekitar 300 orang": the count verb before it
        if verb is not None and verb[1] == "exact" and verb[0] > 0:
            return True
    return found[0] > 1 or found[1] == "exact"  # "Massa dari pabrik sekitar 250 orang" names no turnout verb


def tally_thing_before(f: Figure) -> str | None:
    """The label of a thing noun a tally word heads right before a bare figure, with only its modifiers between and
    no verb: "Jumlah suara sah 2.598.310", "jumlah desa mandiri 28" (the figure counts the thing; DESIGN 4.1)."""
    s, m = f.s, f.m
    tally = s.lex.subject_cues.get("tally_words")
    if tally is None or not s.lex.modifiers_follow or tally.firsts.isdisjoint(s.word_set) or m.first == 0:
        return None  # a language whose modifiers follow the noun (Indonesian): "jumlah desa tertinggal 41"
    for k in range(m.first - 1, max(0, m.first - 1 - _THING_REACH), -1):
        w = s.words[k]
        if s.kinds[k] != "w" or w in CLAUSE_PUNCT or k in s.mention_firsts or s.measure_at(k) is not None:
            return None
        noun = s.lex.nouns.match(s.words, k) if w in s.lex.nouns.firsts else None
        if noun is not None and k + noun[0] <= m.first and tally.match_ending(s.words, k) is not None:
            return noun[1].label if noun[1].subject_class == "thing" else None
    return None
