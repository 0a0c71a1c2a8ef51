"""Items of a death tally counted by the case classifier, the place after them (issue 11, round 11: h17id_b).

Dinkes bulletins spread a death count over places and count each share with the word for cases, the place after
it: "Sebaran 11 kematian akibat DBD tercatat di sejumlah wilayah, masing-masing dua kasus di Kutai Barat dan Kutai
Timur"; "Empat kasus kematian tersebar di Tana Tidung (2) serta masing-masing satu kasus di Nunukan dan Malinau".
A bare case count ("n kasus") followed by a place is an item of the deaths (killed, DESIGN 4.1) when the nearest
figure before it in the sentence is a death count and either nothing but list punctuation, a coordinator, a list
cue or "each" (``[cues] each_words``) stands between them and the death count is an item by place or counted by
the case noun itself, or "each" opens the item with no clause break before it.
After "each" the item belongs to every place named, so it takes none here (``[cues] each_words``); the claims give
it once per place (``each_places.py``).
"""

from __future__ import annotations

from typing import Final

from claims.extraction.item_places import place_after
from claims.extraction.mentions import Mention
from claims.extraction.status_roles import case_noun_at
from claims.extraction.view import SentenceView

_JOINING: Final = frozenset({",", "(", ")"})
_BREAKS: Final = frozenset({";", ":", "\u2014", "\u2013", '"', "\u201c", "\u201d", "|", "."})


def death_case_items(s: SentenceView, mentions: list[Mention]) -> None:
    """Read the bare case counts that share out a death count by place as killed (module docstring)."""
    for index, m in enumerate(mentions):
        if not _bare_cases(m) or index == 0:
            continue
        previous = next((o for o in reversed(mentions[:index]) if o.valid), None)
        if previous is None or previous.measure != "killed":
            continue
        place = place_after(s, m)
        if place is None:
            continue
        each = m.first > 0 and s.words[m.first - 1] in s.lex.cue("each_words")
        if not ((_joined(s, previous, m) and _itemised(s, previous)) or (each and _same_clause(s, previous, m))):
            continue
        m.measure, m.subject, m.subject_class = "killed", "people", "people"
        m.place = None if each else place


def _bare_cases(m: Mention) -> bool:
    return m.valid and m.measure == "other" and bool(m.nouns) and all(noun.label == "cases" for noun in m.nouns)


def _joined(s: SentenceView, previous: Mention, m: Mention) -> bool:
    """Only list punctuation, coordinators, list cues and "each" between the death count and the item."""
    lex, each = s.lex, s.lex.cue("each_words")
    start = max(previous.last, previous.np_end)
    words = s.words
    k = start
    while k < m.first:
        found = s.measure_at(k)
        if found is not None and found[1] == "killed":
            k += found[0]  # "Tiga kasus kematian, satu kasus di X": the head's own death noun
            continue
        w = words[k]
        placed = previous.place is not None and (w in lex.place_prepositions or s.texts[k][:1].isupper())
        if not (placed or w in _JOINING or w in lex.coordinators or w in lex.breakdown_cues or w in each):
            return False  # the previous item's own place ("satu kasus di Paser dan dua kasus di Berau") may stand
        k += 1
    return True


def _itemised(s: SentenceView, previous: Mention) -> bool:
    """The death count is itself an item by place ("Tana Tidung (2)") or counted by the case noun ("Tiga kasus
    kematian"): so "2 orang meninggal dan 120 kasus di X" stays a count of cases."""
    return previous.place is not None or case_noun_at(s, previous.num_end)


def _same_clause(s: SentenceView, previous: Mention, m: Mention) -> bool:
    """No sentence-internal clause break (";", ":", a dash, a quote) between the death count and the item."""
    return all(s.words[k] not in _BREAKS for k in range(previous.last, m.first))
