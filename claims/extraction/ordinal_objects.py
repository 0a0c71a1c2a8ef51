"""An ordinal after a determiner as the object of a measure verb (gate16en, issue 11).

"Police are looking for two men who fled the scene, and have arrested a third": the arrest has its own object,
"a third" (one more of the same people), so the figure before the verb is none of those arrested. A determiner
then an ordinal word ("a third", "the second", "a fourth suspect") names a person the verb takes; a copula or an
auxiliary before the verb ("were arrested a second time") makes it passive, with no object. The ordinal words
and the light verbs are the lexicon's (``[ordinals] words``, ``[syntax] light_verbs``).
"""

from __future__ import annotations

from claims.extraction.view import SentenceView, syntax_list


def ordinal_object(s: SentenceView, j: int, k: int, determiners: int) -> bool:
    """The measure verb at token j has an ordinal after ``determiners`` determiners at token k as its object."""
    if not determiners or k >= len(s.words) or s.words[k] not in s.lex.ordinal_words:
        return False
    return not (j > 0 and s.words[j - 1] in syntax_list(s, "light_verbs"))
