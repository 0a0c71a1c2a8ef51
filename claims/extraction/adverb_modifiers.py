"""An adverb in -ly and a participle before a counted noun modify it ("and 31 locally made guns", "12 heavily armed
men stormed the post"): neither is the figure's noun, and the participle is no predicate."""

from __future__ import annotations

from claims.extraction.affixes import has_suffix, plural_form
from claims.extraction.view import SentenceView


def adverb_participle(s: SentenceView, j: int) -> bool:
    """Token ``j`` is an adverb (``[cues] adverb_suffixes``: -ly), the next a participle (``participle_suffixes``
    or ``participles``) and the one after it a noun (of the lexicon, or a plural): "locally made guns", "newly
    displaced families"."""
    words, kinds, n, cue = s.words, s.kinds, len(s.words), s.lex.cue
    if j + 2 >= n or len(words[j]) < 5 or not has_suffix(words[j], cue("adverb_suffixes")) or kinds[j + 2] != "w":
        return False
    nxt, noun = words[j + 1], words[j + 2]
    if not (has_suffix(nxt, cue("participle_suffixes")) or nxt in cue("participles")) or noun in s.lex.stops:
        return False
    plural = plural_form(noun, cue("plural_suffixes"), cue("singular_endings"))
    return s.lex.nouns.match(words, j + 2) is not None or plural
