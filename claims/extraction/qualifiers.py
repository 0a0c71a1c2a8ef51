"""Stage 1, the qualifier of a single figure (split from ``mentions``): the qualifier word before it ("lebih dari",
"at least"), a bound before the verb that takes it ("sedikitnya telah menewaskan 12"), a clause of result that
makes "hingga" no bound ("..., hingga 37 orang meninggal"), and a qualifier after its classifier ("100 orang
lebih")."""

from __future__ import annotations

from typing import Final

from claims.extraction.clause_scans import clause_word_at
from claims.extraction.view import SentenceView, syntax_list


def qualifier_before(s: SentenceView, first: int) -> tuple[str, int] | None:
    qualifiers = s.lex.qualifiers
    if first <= 0 or s.words[first - 1] not in qualifiers.lasts:
        return None
    found = qualifiers.match_ending(s.words, first)
    if found is None:
        return None
    length, qualifier = found
    particle = length == 1 and s.words[first - 1] in s.lex.cue("verb_particles")
    if particle and first > 1 and s.words[first - 2] in s.lex.cue("particle_verbs"):
        return None  # "the mud swept over 44 homes", "handed over 12 suspects": the verb's particle, no bound
    return qualifier, first - length


def bound_before_verb(s: SentenceView, first: int) -> str | None:
    """An adverb of a lower bound (``[cues] bounds_before_verb``: "sedikitnya", "setidaknya") before the verb that
    takes the figure as its object, with auxiliaries (``[cues] verb_auxiliaries``: "telah", "sudah") between: "Gempa
    itu setidaknya telah menewaskan 12 orang" bounds the count as "menewaskan setidaknya 12 orang" does (at_least);
    an adverb of estimate there (``[cues] estimates_before_verb``: "konser yang diperkirakan dihadiri 30.000 orang")
    makes the figure about."""
    words, kinds = s.words, s.kinds
    k = first - 1
    if k >= 1 and words[k] in s.lex.cue("estimate_verbs"):
        return "about"  # "Kepolisian memperkirakan 1,2 juta jemaah memadati ...": the speaker's estimate
    if k < 1 or kinds[k] != "w" or (s.measure_at(k) is None and words[k] not in syntax_list(s, "complement_verbs")):
        return None
    k -= 1
    auxiliaries = s.lex.cue("verb_auxiliaries")
    while k > 0 and words[k] in auxiliaries and first - k < 5:
        k -= 1
    if words[k] in s.lex.cue("bounds_before_verb"):
        return "at_least"
    return "about" if words[k] in s.lex.cue("estimates_before_verb") else None


_ESTIMATE_REACH: Final = 10  # tokens between an estimate verb and the change verb: "jumlah penonton yang hadir"


def estimated_reach(s: SentenceView, verb: int) -> bool:
    """A change verb of a new total (``[cues] estimate_reach_verbs``: "mencapai") at token ``verb`` whose clause opens
    with an active verb of estimate (``[cues] estimate_verbs``): "polisi memperkirakan jumlah penonton yang hadir
    mencapai 70.000 orang" is an estimate (about), as "diperkirakan mencapai" is; a hedge before the change verb
    ("bisa mencapai 3.000 jiwa", ``[cues] reach_hedges``) is a projection, read elsewhere."""
    words = s.words
    if words[verb] not in s.lex.cue("estimate_reach_verbs") or words[verb - 1] in s.lex.cue("reach_hedges"):
        return False
    before = range(verb - 1, max(-1, verb - _ESTIMATE_REACH - 1), -1)
    return clause_word_at(s, before, s.lex.cue("estimate_verbs"), numbers=True) is not None


_OBJECT_REACH: Final = 8  # tokens between an estimate verb and the figure: "memperkirakan jumlah massa aksi hanya"


def estimated_object(s: SentenceView, first: int) -> bool:
    """A bare figure whose clause opens with an active verb of estimate (``[cues] estimate_object_verbs``), only its
    object's noun phrase between: "Polisi memperkirakan massa hanya 8.000 orang", "memperkirakan jumlah peserta
    12.000 orang" is the speaker's estimate (about), as "memperkirakan 1,2 juta jemaah" is. Languages that state a
    noun phrase's value after the estimate ("police put the crowd at 60,000": exact) list no verb. A comma, a
    number or a joiner of clauses between ends the search, and so does a change verb or a hedge ("bisa mencapai 3.000
    jiwa": a projection, read elsewhere)."""
    verbs = s.lex.cue("estimate_object_verbs")
    if verbs.isdisjoint(s.word_set):
        return False
    lex = s.lex
    # "bisa mencapai": estimated_reach's
    stops = lex.list_joiners | lex.coordinators | lex.cue("estimate_reach_verbs") | lex.cue("reach_hedges")
    before = range(first - 1, max(-1, first - _OBJECT_REACH - 1), -1)
    k = clause_word_at(s, before, verbs, numbers=True, stops=stops)
    # "memperkirakan 1,2 juta" is read by bound_before_verb; one noun between is the figure's owner, no object of its
    # own: "memperkirakan pergerakan 98 juta orang" (idi1)
    return k is not None and k < first - 2


def result_clause(s: SentenceView, q: int, end: int) -> bool:
    """The one-word at_most qualifier at token ``q`` opens a clause of result after a comma (``[cues]
    result_conjunctions``: "..., hingga 37 orang meninggal dunia"): the figure is the subject of the measure verb that
    follows it (at most two words of its noun between), so it is the count itself, not an upper bound."""
    words = s.words
    if q == 0 or words[q] not in s.lex.cue("result_conjunctions"):
        return False
    if words[q - 1] != "," and not _object_noun(s, q - 1):
        return False
    for k in range(end, min(end + 3, len(words))):
        if s.kinds[k] != "w":
            return False
        found = s.measure_at(k)
        if found is not None:
            return not found[1].startswith("=")
    return False


def _object_noun(s: SentenceView, k: int) -> bool:
    """Token ``k`` ends the object of the verb before a clause of result with no comma ("KKB menembaki para pekerja
    tambang hingga empat orang tewas"): a plain word that is no verb form (``[syntax] verb_prefixes``: "menembak
    hingga", "diperkirakan hingga" keep the bound) and no word of the figure's own noun phrase."""
    word = s.words[k]
    if s.kinds[k] != "w" or s.measure_at(k) is not None or word in s.lex.stops:
        return False
    return not word.startswith(tuple(syntax_list(s, "verb_prefixes")))


def postposed_past_classifier(s: SentenceView, end: int) -> str | None:
    """A qualifier after the classifier of the figure ("100 orang lebih", "30 unit lebih"), not a comparison
    ("50 orang lebih banyak dari ..."): the qualifier, None for none."""
    words, lex = s.words, s.lex
    k = end + 1
    classifiers = lex.cue("postposed_classifiers")
    if k >= len(words) or words[end] not in classifiers or words[k] not in lex.qualifiers_after.firsts:
        return None
    after = lex.qualifiers_after.match(words, k)
    if after is None:
        return None
    j = k + after[0]
    comparatives = lex.cue("comparatives")
    if j < len(words) and (s.kinds[j] == "n" or words[j] in lex.of_words or words[j] in comparatives):
        return None
    return after[1]
