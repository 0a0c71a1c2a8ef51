"""An adverb in -ly and a participle before a counted noun modify it ("and 31 locally made guns", "12 heavily armed
men stormed the post"): neither is the figure's noun, and the participle is no predicate."""

from __future__ import annotations

from claims.extraction.view import SentenceView


def adverb_participle(s: SentenceView, j: int) -> bool:
    """Token ``j`` is an adverb in -ly, the next a participle (in -ed or ``[cues] participles``) and the one after it
    a noun (of the lexicon, or a plural): "locally made guns", "newly displaced families"."""
    words, kinds, n = s.words, s.kinds, len(s.words)
    if j + 2 >= n or len(words[j]) < 5 or not words[j].endswith("ly") or kinds[j + 2] != "w":
        return False
    nxt, noun = words[j + 1], words[j + 2]
    if not (nxt.endswith("ed") or nxt in s.lex.cue("participles")) or noun in s.lex.stops:
        return False
    return s.lex.nouns.match(words, j + 2) is not None or (noun.endswith("s") and not noun.endswith("ss"))
