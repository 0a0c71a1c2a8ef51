"""Whom an evacuation verb or noun moves (split from ``misreads``): the rescued taken off a wreck, casualties taken
from a scene, victims recovered, people trapped or buried; none of them left home (``displaced``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

if TYPE_CHECKING:
    from claims.extraction.resolution import Figure


def taken_off(f: Figure) -> str | None:
    """The label of people an evacuation takes from a scene, not out of harm's way: the rescued, or the casualties
    ("untuk mengevakuasi 7 korban": the dead and wounded); None for evacuees."""
    if _rescued(f):
        return "survivors"
    return "casualties" if _evacuated_casualties(f) else None


def _rescued(f: Figure) -> bool:
    """People an evacuation verb takes off a wreck (``[cues] rescued_labels``): the figure's own noun, or the noun
    of the tally that names its measure ("jumlah penumpang yang dievakuasi mencapai 296 orang")."""
    labels = f.s.lex.cue("rescued_labels")
    words, end = f.s.words, max(f.m.np_end, f.m.num_end)
    sources = f.s.lex.cue("rescue_sources")
    if end + 1 < len(words) and words[end] in f.s.lex.of_words and words[end + 1] in sources:
        return True  # "mengevakuasi 11 orang dari laut", "dari reruntuhan"
    survivors = f.s.lex.cue("survivor_labels")
    if f.m.base_of is not None and _survivors(f.s, f.mentions[f.m.base_of], survivors):
        return True  # "Tim SAR mengevakuasi satu dari enam orang yang selamat": a part of the survivors
    if f.head is not None and not f.head.generic:
        return f.head.label in labels
    nouns, relative = f.s.lex.nouns, f.s.lex.relative_words
    for end in range(f.m.first - 1, max(0, f.m.first - 6), -1):  # "penumpang yang dievakuasi mencapai 296 orang"
        if words[end] in CLAUSE_PUNCT or words[end] == ",":
            return False
        found = nouns.match_ending(words, end) if words[end] in relative and words[end - 1] in nouns.lasts else None
        if found is not None:
            return found[1].label in labels
    return False


def _survivors(s: SentenceView, whole: Mention, labels: frozenset[str]) -> bool:
    """The whole of a part is named by an other-verb of rescue right after its noun ("enam orang yang selamat")."""
    k = max(whole.np_end, whole.num_end)
    if k < len(s.words) and s.words[k] in s.lex.relative_words:
        k += 1
    found = s.measure_at(k) if k < len(s.words) else None
    return found is not None and found[1].startswith("=") and found[1][1:] in labels


def _evacuated_casualties(f: Figure) -> bool:
    """Casualties an evacuation word (``[cues] evacuation_words``) moves right before or after the figure
    ("mengevakuasi 7 korban", "tiga korban dievakuasi ke puskesmas"): the dead and wounded taken from the scene, no
    evacuees; victims of a disaster named after the noun (``[cues] disaster_words``: "korban banjir") may be."""
    s, head = f.s, f.head
    if head is None or head.label not in s.lex.cue("casualty_labels"):
        return False
    words, end = s.words, max(f.m.np_end, f.m.num_end)
    if not s.lex.cue("disaster_words").isdisjoint(words[f.m.num_end : end + 1]):
        return False
    moves = s.lex.cue("evacuation_words")
    near = words[max(0, f.m.first - 2) : f.m.first] + words[end : end + 2]
    return any(w in moves for w in near)


def victims_recovered(f: Figure) -> bool:
    """ "Proses evakuasi ketiga korban", "Evakuasi 40 korban longsor": the bare noun of an evacuation (``[cues]
    evacuation_nouns``) before a figure of victims (``casualty_labels``) is the recovery operation."""
    lex, words = f.s.lex, f.s.words
    k = f.s.before_determiners(f.m.first - 1)
    return (
        k >= 0
        and words[k] in lex.cue("evacuation_nouns")
        and (
            (f.head is not None and f.head.label in lex.cue("casualty_labels"))
            or _victim_word_after(f, lex.cue("victim_words"))
        )
    )


def _victim_word_after(f: Figure, victims: frozenset[str]) -> bool:
    """ "evakuasi empat korban pekerja tambang": a victim word (``[cues] victim_words``) right after the figure."""
    k = f.m.num_end + (f.m.num_end < len(f.s.words) and f.s.words[f.m.num_end] in f.s.lex.cue("person_classifiers"))
    return k < len(f.s.words) and f.s.words[k] in victims


def trapped(f: Figure) -> bool:
    """The figure's noun phrase is followed by a word of being trapped or buried (``[cues] trapped_words``), with or
    without a relative word: "mengevakuasi 11 penambang yang tertimbun longsor", "Proses evakuasi tiga orang korban
    tertimbun" (audit_id5) recover them, nobody leaves home."""
    words, end = f.s.words, max(f.m.np_end, f.m.num_end)
    if end + 1 < len(words) and words[end] in f.s.lex.relative_words and _trapped_at(f.s, end + 1, False):
        return True
    if _trapped_at(f.s, end, False):
        return True
    a = f.antecedent  # "13 pekerja terjebak dalam lubang, delapan di antaranya berhasil dievakuasi" (idf)
    return a is not None and f.m.partitive and _trapped_at(f.s, max(a.np_end, a.num_end), True)


def _trapped_at(s: SentenceView, k: int, whole: bool) -> bool:
    """A word of being trapped at token k (for the whole of a part, ``[cues] trapped_whole_words`` too), not by water
    or traffic ("terjebak banjir": people who leave home)."""
    words, lex = s.words, s.lex
    if k >= len(words):
        return False
    w = words[k]
    if w not in lex.cue("trapped_words") and not (whole and w in lex.cue("trapped_whole_words")):
        return False
    return k + 1 >= len(words) or words[k + 1] not in lex.cue("trapped_not_by")
