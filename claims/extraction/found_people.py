"""People a verb of finding or of taking hostage picks out, counted whatever became of them (DESIGN.md 4.1: a subset
named by what picks it out, not the measure): "tim gabungan menemukan 21 korban, terdiri atas 20 orang selamat dan
satu meninggal", "sudah ditemukan sebanyak 43 orang", "sembilan orang ditemukan di pantai" are ``other`` with the
subject "people found"; "KKB menyandera 15 pekerja" counts hostages.

Bodies found are killed and people found alive are survivors: those figures carry a measure or a state label of their
own and are never relabelled here. The lexicon's ``[composed_labels.object_verbs]`` (a verb before the figure) and
``[composed_labels.subject_verbs]`` (a verb after its noun phrase) map each verb to the label it gives; read only in a
sentence that holds the first word of one.
"""

from __future__ import annotations

from claims.extraction.lexicon import PhraseTable
from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView

_REACH = 3  # words that may stand between the figure and its verb ("sudah", "berhasil", "sebanyak")
_LABELS = frozenset({"people", "casualties"})
"""Labels of generic counts of people that a verb relabels (besides the figure's own group nouns)."""


def found_label(s: SentenceView, m: Mention, tables: dict[str, PhraseTable[str]]) -> str | None:
    """The label a verb of finding or of taking hostage gives an ``other`` count of people, None for none."""
    before, after = tables.get("object_verbs"), tables.get("subject_verbs")
    if before is None or after is None or m.subject_class not in PERSON_CLASSES:
        return None
    if before.firsts.isdisjoint(s.word_set) and after.firsts.isdisjoint(s.word_set):
        return None
    if (
        m.subject not in _LABELS
        and not m.partitive  # "menemukan 45 dari 60 penumpang": the part found of the whole's group (round 14)
        and not any(n.label == m.subject and n.subject_class in PERSON_CLASSES for n in m.nouns)
    ):
        return None  # a state label ("survivors", "found", "rescued") names the figure already
    words, cues = s.words, s.lex.cues
    skips, states = cues.get("found_skips", frozenset()), cues.get("found_states", frozenset())
    end = max(m.np_end, m.num_end)
    if end < len(words) and words[end] in states:
        return None  # "menemukan 14 warga dalam keadaan selamat": survivors
    k = m.first
    while k > 0 and m.first - k < _REACH and words[k - 1] in skips:
        k -= 1
    verb = before.match_ending(words, k) if k > 0 and words[k - 1] in before.lasts else None
    if verb is not None:
        return verb[1]  # "tim gabungan menemukan 21 korban", "sudah ditemukan sebanyak 43 orang"
    j = end
    while j < len(words) and j - end < _REACH and words[j] in skips:
        j += 1
    verb = after.match(words, j) if j < len(words) and words[j] in after.firsts else None
    if verb is not None and (j + verb[0] >= len(words) or words[j + verb[0]] not in states):
        return verb[1]  # "sembilan orang ditemukan di pantai", not "ditemukan selamat"
    return None
