"""People a search finds, counted whatever became of them (DESIGN.md 4.1: a subset named by what picks it out, not
the measure): "tim gabungan menemukan 21 korban, terdiri atas 20 orang selamat dan satu meninggal", "sudah
ditemukan sebanyak 43 orang", "sembilan orang ditemukan di pantai" are ``other`` with the subject "people found".

Bodies found are killed and people found alive are survivors: those figures carry a measure or a state label of their
own and are never relabelled here. Read only in a sentence that holds a word of ``[cues] found_words``.
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.subjects import PERSON_CLASSES
from claims.extraction.view import SentenceView

FOUND = "people found"
_REACH = 3  # words that may stand between the figure and its verb of finding ("sudah", "berhasil", "sebanyak")
_LABELS = frozenset({"people", "casualties"})
"""Labels of generic counts of people that a verb of finding relabels (besides the figure's own group nouns)."""


def found_label(s: SentenceView, m: Mention) -> str | None:
    """ "people found" for an ``other`` count of people that a verb of finding takes, None for any other figure."""
    cues = s.lex.cues
    found = cues.get("found_words")
    if not found or found.isdisjoint(s.word_set) or m.subject_class not in PERSON_CLASSES:
        return None
    if m.subject not in _LABELS and not any(
        n.label == m.subject and n.subject_class in PERSON_CLASSES for n in m.nouns
    ):
        return None  # a state label ("survivors", "found", "rescued") names the figure already
    words, skips, states = s.words, cues.get("found_skips", frozenset()), cues.get("found_states", frozenset())
    end = max(m.np_end, m.num_end)
    if end < len(words) and words[end] in states:
        return None  # "menemukan 14 warga dalam keadaan selamat": survivors
    k = m.first - 1
    while k >= 0 and m.first - k <= _REACH and words[k] in skips:
        k -= 1
    if k >= 0 and words[k] in found:
        return FOUND  # "tim gabungan menemukan 21 korban", "sudah ditemukan sebanyak 43 orang"
    j = end
    while j < len(words) and j - end < _REACH and words[j] in skips:
        j += 1
    if j < len(words) and words[j] in found and (j + 1 >= len(words) or words[j + 1] not in states):
        return FOUND  # "sembilan orang ditemukan di pantai", not "ditemukan selamat"
    return None
