"""The worst-hit place as the subject of its tally (issue 11, round 13; DESIGN 4.1 ``place``): "Kabupaten
Pandeglang menjadi daerah terparah dengan 290 orang meninggal, 77 hilang dan 1.143 luka-luka", "Aceh Utara menjadi
wilayah terparah dengan 213 korban jiwa" (BNPB recaps as dwipanews, bantennews and murianetwork print them). The
place opens the sentence, a copula (``[cues] worst_place_verbs``) names it a region (``[cues] region_nouns``) with a
superlative (``[cues] superlatives``), and the figures after the preposition (``[cues] worst_place_prepositions``)
are that place's part of the event: each takes the place. A subject that is no region ("Gempa itu menjadi yang
terparah dengan ...") names none."""

from __future__ import annotations

from typing import Final

from claims.extraction.mentions import Mention
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

_PLACE_WORDS: Final = 6  # capitalised words of the place name
_SUPERLATIVE_REACH: Final = 3  # words between the region noun and the preposition: "terdampak paling parah"


def worst_places(s: SentenceView, mentions: list[Mention]) -> None:
    """Give the figures of the worst-hit place's tally that place (module docstring)."""
    verbs = s.lex.cue("worst_place_verbs")
    if verbs.isdisjoint(s.word_set):
        return
    texts, words = s.texts, s.words
    end = 0
    while end < _PLACE_WORDS and end < len(words) and texts[end][:1].isupper() and s.kinds[end] == "w":
        end += 1
    if end == 0 or end + 2 >= len(words) or words[end] not in verbs or words[end + 1] not in s.lex.cue("region_nouns"):
        return
    start = _after_superlative(s, end + 2)
    if start is None:
        return
    place = " ".join(texts[:end])
    contrast = syntax_list(s, "contrast_words")
    for m in mentions:
        if m.first < start or not m.valid or m.unit is not None or m.place is not None:
            continue
        if any(w in CLAUSE_PUNCT or w in contrast for w in words[start : m.first]):
            return  # round 17: "..., sementara pengungsi di kota itu hampir 40 ribu": a clause of its own
        m.place = place


def _after_superlative(s: SentenceView, k: int) -> int | None:
    """The token after the preposition that follows a superlative within reach of token ``k``; None without one."""
    words, superlatives = s.words, s.lex.cue("superlatives")
    prepositions = s.lex.cue("worst_place_prepositions")
    seen = False
    for j in range(k, min(len(words), k + _SUPERLATIVE_REACH + 1)):
        w = words[j]
        seen = seen or w in superlatives or (j > k and f"{words[j - 1]} {w}" in superlatives)
        if w in prepositions:
            return j + 1 if seen else None
    return None
