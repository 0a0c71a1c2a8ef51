"""Text preparation: markup masking, tokens and sentence boundaries.

Everything here keeps character offsets into the original text: markup is replaced by
spaces of the same length rather than removed, so a span found in the masked text is the
same span in the text the caller gave.

    >>> masked = mask_markup("<p>18 tewas</p>")
    >>> masked
    '   18 tewas    '
    >>> [t.text for t in tokenize(masked)]
    ['18', 'tewas']
    >>> text = "Dua tewas. Tiga hilang."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Dua tewas.', 'Tiga hilang.']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import accumulate, repeat
from operator import eq, itemgetter, sub
from types import FunctionType
from typing import Final, NamedTuple

_TAG: Final = re.compile(r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|</?[A-Za-z][^<>]{0,2000}>", re.S | re.I)
_ENTITY: Final = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
# A number: digits with internal separators; a word: letters, joined by hyphens or apostrophes.
# The same tokens without groups: findall then returns plain strings, the cheapest way out of the regex engine.
# A token's kind follows from its first character: \d starts a number, another letter/digit a word, else "p".
_TOKEN_TEXT: Final = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*|\S", re.U)
# The same tokens, found faster: each match is a token with the whitespace before it (one attempt per token
# instead of one failed attempt per space, and the matches cover the text from the start without a gap, so their
# lengths add up to the offsets), and possessive quantifiers keep no backtracking state (nothing follows a token in
# the pattern, so the first, greedy match is the only one the engine could return anyway).
_TOKEN_SCAN: Final = re.compile(r"\s*+(?:\d++(?:[.,]\d+)*+|[^\W\d_]++(?:['\u2019\-][^\W\d_]+)*+|\S)")
# On ASCII text \d is [0-9] and [^\W\d_] is [A-Za-z]; plain ranges are cheaper than Unicode category tests.
_TOKEN_SCAN_ASCII: Final = re.compile(r"\s*+(?:[0-9]++(?:[.,][0-9]+)*+|[A-Za-z]++(?:['\u2019\-][A-Za-z]+)*+|\S)")


class Token(NamedTuple):
    """A token with its offsets into the original text. ``kind``: "n" number, "w" word, "p" other.

    A named tuple rather than a dataclass: texts have many tokens and tuples build fastest.
    """

    text: str
    lower: str
    start: int
    end: int
    kind: str


def mask_markup(text: str) -> str:
    """Replace HTML tags and entities with spaces of the same length (offsets are kept).

    >>> mask_markup("a&amp;b <b>c</b>")
    'a     b    c    '
    """
    if "<" not in text and "&" not in text:
        return text

    def blank(match: re.Match[str]) -> str:
        # keep line breaks so that block-level tags still separate lines
        return "".join("\n" if ch == "\n" else " " for ch in match.group(0))

    masked = _TAG.sub(blank, text) if "<" in text else text
    return _ENTITY.sub(blank, masked) if "&" in masked else masked


class _KindOfFirst(dict[str, str]):
    """Token kind by first character, filled on first use (a dict lookup instead of two str tests per token)."""

    def __missing__(self, first: str) -> str:
        kind = "n" if first.isdecimal() else "w" if first.isalnum() else "p"  # \d is Unicode Nd = isdecimal
        if len(self) < 10_000:  # bound memory on adversarial input
            self[first] = kind
        return kind


_KIND_OF_FIRST: Final = _KindOfFirst()
_first_char = itemgetter(0)
_new_tuple = tuple.__new__  # builds each Token without the NamedTuple constructor's Python frame


class TokenColumns(NamedTuple):
    """The tokens of a text as parallel lists, one entry per token.

    ``glue[k]`` tells whether token k touches token k-1 (no space between; False for the first;
    ``[False]`` when there are no tokens). The extractor reads these lists rather than :class:`Token`
    objects: building a named tuple per token and reading its attributes costs more than the rest of
    tokenizing.
    """

    texts: list[str]
    words: list[str]  # lower-case texts
    kinds: list[str]
    starts: list[int]
    ends: list[int]
    glue: list[bool]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets.

    >>> [(t.text, t.kind) for t in tokenize("Rp 2,5 juta-an")]
    [('Rp', 'w'), ('2,5', 'n'), ('juta-an', 'w')]
    """
    return tokens_of(token_columns(text, start, end))


def tokens_of(columns: TokenColumns) -> list[Token]:
    """The :class:`Token` objects of ``columns``."""
    texts, words, kinds, starts, ends, _ = columns
    return list(map(_new_tuple, repeat(Token), zip(texts, words, starts, ends, kinds, strict=True)))


def columns_of(tokens: Sequence[Token]) -> TokenColumns:
    """The :class:`TokenColumns` of a token list (the inverse of :func:`tokens_of`)."""
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    glue = [False]
    glue += map(eq, starts[1:], ends[:-1])
    texts, words, kinds = [t.text for t in tokens], [t.lower for t in tokens], [t.kind for t in tokens]
    return TokenColumns(texts, words, kinds, starts, ends, glue)


def token_columns(text: str, start: int = 0, end: int | None = None) -> TokenColumns:
    """The tokens of ``text[start:end]`` as :class:`TokenColumns`, with absolute offsets.

    >>> columns = token_columns("Rp 2,5 juta-an (US$3)")
    >>> columns.words, "".join(columns.kinds)
    (['rp', '2,5', 'juta-an', '(', 'us', '$', '3', ')'], 'wnwpwpnp')
    >>> columns.glue
    [False, False, False, False, True, True, True, True]
    """
    stop = len(text) if end is None else end
    if _COMPILED:
        return columns_by_characters(text, start, stop)
    scan = _TOKEN_SCAN_ASCII if text[start:stop].isascii() else _TOKEN_SCAN
    pieces: list[str] = scan.findall(text, start, stop)  # each token with the whitespace before it, gap-free
    ends = list(accumulate(map(len, pieces), initial=start))
    del ends[0]
    # str.lstrip strips what \s matches (both are Py_UNICODE_ISSPACE) and a token never starts with whitespace
    texts = list(map(str.lstrip, pieces))
    starts = list(map(sub, ends, map(len, texts)))
    words = list(map(str.lower, texts))
    kinds = list(map(_KIND_OF_FIRST.__getitem__, map(_first_char, texts)))
    glue = [False]
    glue += map(eq, starts[1:], ends[:-1])
    return TokenColumns(texts, words, kinds, starts, ends, glue)


def _runs_compiled() -> bool:
    """True in the compiled build (mypyc makes the module's functions builtins, no Python functions)."""
    return not isinstance(_runs_compiled, FunctionType)


_COMPILED: Final = _runs_compiled()
"""Which way :func:`token_columns` reads: the compiled build character by character, pure Python by the scan
pattern (each is the faster one in its build; tests/claims/extraction/test_fast_paths.py checks they agree)."""

# The class of a character as the token patterns read it: \s, \d (a decimal digit), [^\W\d_] (a letter or another
# alphanumeric character that is no decimal digit), anything else; precomputed for ASCII.
# (each name Final: mypyc then compiles it to its value instead of a lookup in the module's dict per character)
_SPACE: Final = 0
_DIGIT: Final = 1
_LETTER: Final = 2
_OTHER: Final = 3
_ASCII_CLASSES: Final = [
    _SPACE if chr(c).isspace() else _DIGIT if chr(c).isdecimal() else _LETTER if chr(c).isalnum() else _OTHER
    for c in range(128)
]
_str_lower = str.lower  # called through the name, so that the compiled build runs str.lower itself (see below)
_KIND_OF_CLASS: Final = " nwp"  # a str, not a tuple: mypyc builds a Final tuple anew where it is used


def _char_class(text: str, j: int) -> int:
    """The class of ``text[j]``; ``ord(text[j])`` compiles to a read of the code point (no one-character str)."""
    code = ord(text[j])
    if code < 128:
        return _ASCII_CLASSES[code]
    # what sre reads as \s, \d and \w: Py_UNICODE_ISSPACE, Py_UNICODE_ISDECIMAL and Py_UNICODE_ISALNUM
    ch = text[j]
    return _SPACE if ch.isspace() else _DIGIT if ch.isdecimal() else _LETTER if ch.isalnum() else _OTHER


def _run_end(text: str, j: int, stop: int, cls: int, joiners: str) -> int:
    """The end of the run of characters of class ``cls`` going on at ``j``, over single joiners between two of
    them: ``\\d++(?:[.,]\\d+)*+`` with ``cls`` _DIGIT and joiners ".,"."""
    while True:
        while j < stop and _char_class(text, j) == cls:
            j += 1
        if j + 1 < stop and text[j] in joiners and _char_class(text, j + 1) == cls:
            j += 2
        else:
            return j


def columns_by_characters(text: str, start: int, stop: int) -> TokenColumns:
    """:func:`token_columns` read character by character, the same tokens as ``_TOKEN_SCAN``: what the compiled
    build runs (mypyc makes the loop C, four times as fast as the regex scan and the maps over its pieces, which
    call back into the interpreter per token); in pure Python the regex scan is the faster one.

    >>> columns_by_characters("Rp 2,5 juta-an (US$3)", 0, 21) == token_columns("Rp 2,5 juta-an (US$3)")
    True
    """
    texts: list[str] = []
    words: list[str] = []
    kinds: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    glue: list[bool] = []
    last_end = -1
    i = start
    while i < stop:
        cls = _char_class(text, i)
        if cls == _SPACE:
            i += 1
            continue
        j = i + 1
        if cls == _DIGIT:
            j = _run_end(text, j, stop, _DIGIT, ".,")
        elif cls == _LETTER:
            j = _run_end(text, j, stop, _LETTER, "'\u2019-")
        piece = text[i:j]
        texts.append(piece)
        # mypyc's own str.lower lowers character by character: no final sigma ("\u039f\u0394\u039f\u03a3" ends in
        # "\u03c2" through str.lower); it reads plain ASCII right, anything else goes to str.lower itself
        if cls == _DIGIT or (cls == _OTHER and piece.isascii()):
            words.append(piece)  # digits and ASCII punctuation have no case: the text itself, no lower-cased copy
        else:
            words.append(piece.lower() if piece.isascii() else _str_lower(piece))
        kinds.append(_KIND_OF_CLASS[cls])
        starts.append(i)
        ends.append(j)
        glue.append(i == last_end)
        last_end = i = j
    if not glue:
        glue.append(False)
    return _new_tuple(TokenColumns, (texts, words, kinds, starts, ends, glue))  # no NamedTuple frame, see Token


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Abbreviations that end with a dot but do not end a sentence, and those that do not before an amount only ("Rs.
    2 lakh": rupees in Indian and Pakistani copy, while "dibawa ke RS." may end an Indonesian sentence): every
    lexicon's ``[cues] abbreviations`` and ``amount_abbreviations`` together, as a text is split into sentences
    before its language is known."""
    from claims.extraction.lexicon import available_languages, load_lexicon  # here: the lexicon imports this module

    lexicons = [load_lexicon(code) for code in available_languages()]
    words = frozenset(w for lex in lexicons for w in lex.cue("abbreviations"))
    return words, frozenset(w for lex in lexicons for w in lex.cue("amount_abbreviations"))


# A sentence end: end punctuation (with closing quotes/brackets) before whitespace, or a line break. Written
# plainly this is [.!?\u2026]+[\"'\u201d\u2019»)\]]*(?=\s)|\n (SENTENCE_END_PLAIN); starting the pattern with the
# set of characters a match can start with lets the engine skip to them, three times faster, same matches.
SENTENCE_END_PLAIN: Final = r"[.!?\u2026]+[\"'\u201d\u2019»)\]]*(?=\s)|\n"
SENTENCE_END: Final = r"[.!?\u2026\n](?:(?<=\n)|[.!?\u2026]*[\"'\u201d\u2019»)\]]*(?=\s))"
_SENT_END: Final = re.compile(SENTENCE_END)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` into ``text``, whitespace trimmed.

    A line break always ends a sentence; ``.``/``!``/``?`` end one unless they follow a
    known abbreviation or an initial, or the next word starts in lower case. A sentence may
    start with a digit (``"18 tewas. 20 luka."`` is two). No sentence is longer than
    MAX_SENTENCE_CHARS: a longer run is cut at a clause mark or a space.

    >>> t = "Pada Jan. 7, 18 tewas. U.N. said 3 died."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Pada Jan. 7, 18 tewas.', 'U.N. said 3 died.']
    """
    spans: list[tuple[int, int]] = []
    begin = 0
    n = len(text)
    abbreviations, amount_abbreviations = _abbreviations()
    for m in _SENT_END.finditer(text):
        stop = m.end()
        if m.group(0) != "\n":
            # look at the word before the dot and the character after the whitespace
            j = m.start()
            k = j
            while k > begin and not text[k - 1].isspace():
                k -= 1
            word = text[k:j].lower().strip("(\"'\u201c\u2018")
            nxt = stop
            while nxt < n and text[nxt] in " \t":
                nxt += 1
            following = text[nxt] if nxt < n else ""
            if m.group(0).startswith(".") and (
                word in abbreviations
                or (len(word) == 1 and word.isalpha())
                or "." in word
                or (word in amount_abbreviations and following.isdecimal())
            ):
                continue
            if following and following.islower():
                continue
            list_marker = len(word) <= 2 and word.isdecimal() and not text[begin:k].strip()
            if following.isdecimal() and m.group(0) == "." and list_marker:
                continue  # "3. 40 houses": a list marker opening the sentence, not a sentence of its own
        _add_bounded_span(text, begin, stop, spans)
        begin = stop
    _add_bounded_span(text, begin, n, spans)
    return spans


# A sentence is at most this long: a longer run (a comma list, a table flattened to text) is
# cut at the last clause mark (``;`` or ``,``) or space before the bound, so the sentence a
# claim carries, and the work per sentence, stay bounded whatever the input.
MAX_SENTENCE_CHARS: Final = 1000
_CLAUSE_MARKS: Final = (";", ",")


def _add_bounded_span(text: str, start: int, stop: int, spans: list[tuple[int, int]]) -> None:
    """:func:`_add_span`, cutting a span longer than MAX_SENTENCE_CHARS into pieces that are not.

    >>> text = ", ".join(["12 tewas"] * 200)
    >>> spans = []
    >>> _add_bounded_span(text, 0, len(text), spans)
    >>> max(e - s for s, e in spans) <= MAX_SENTENCE_CHARS, text[spans[0][1] - 1], len(spans)
    (True, ',', 2)
    """
    while stop - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind(mark, start, limit) for mark in _CLAUSE_MARKS)
        if cut <= start + MAX_SENTENCE_CHARS // 2:
            space = max(text.rfind(" ", start, limit), text.rfind("\t", start, limit))
            cut = space if space > start else limit - 1
        _add_span(text, start, cut + 1, spans)
        start = cut + 1
    _add_span(text, start, stop, spans)


def _add_span(text: str, start: int, stop: int, spans: list[tuple[int, int]]) -> None:
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop > start:
        spans.append((start, stop))
