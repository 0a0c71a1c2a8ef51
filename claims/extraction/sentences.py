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
from typing import NamedTuple

_TAG = re.compile(r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|</?[A-Za-z][^<>]{0,2000}>", re.S | re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
# A number: digits with internal separators; a word: letters, joined by hyphens or apostrophes.
# The same tokens without groups: findall then returns plain strings, the cheapest way out of the regex engine.
# A token's kind follows from its first character: \d starts a number, another letter/digit a word, else "p".
_TOKEN_TEXT = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*|\S", re.U)


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


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets.

    >>> [(t.text, t.kind) for t in tokenize("Rp 2,5 juta-an")]
    [('Rp', 'w'), ('2,5', 'n'), ('juta-an', 'w')]
    """
    new = tuple.__new__  # skips the NamedTuple constructor's Python frame: tokens are the hottest allocation
    find = text.find
    out: list[Token] = []
    append = out.append
    pos = start
    for tok in _TOKEN_TEXT.findall(text, start, len(text) if end is None else end):
        # only whitespace separates tokens, so the next occurrence from the last end is this token's start
        a = find(tok, pos)
        pos = a + len(tok)
        first = tok[0]
        kind = "n" if first.isdecimal() else "w" if first.isalnum() else "p"  # \d is Unicode Nd = isdecimal
        append(new(Token, (tok, tok.lower(), a, pos, kind)))
    return out


# Abbreviations that end with a dot but do not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "st",
        "jl",
        "jln",
        "kol",
        "kec",
        "kab",
        "prov",
        "rp",
        "u.s",
        "u.n",
        "u.k",
        "e.g",
        "i.e",
        "vs",
        "etc",
        "a.m",
        "p.m",
        "approx",
        "inc",
        "ltd",
        "co",
        "corp",
        "dll",
        "dsb",
        "tel",
        "hal",
        "mt",
        "ft",
        "est",
    ]
)
_SENT_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019»)\]]*(?=\s)|\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` into ``text``, whitespace trimmed.

    A line break always ends a sentence; ``.``/``!``/``?`` end one unless they follow a
    known abbreviation or an initial, or the next word starts in lower case.

    >>> t = "Pada Jan. 7, 18 tewas. U.N. said 3 died."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Pada Jan. 7, 18 tewas.', 'U.N. said 3 died.']
    """
    spans: list[tuple[int, int]] = []
    begin = 0
    n = len(text)
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
                word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word
            ):
                continue
            if following and (following.islower() or (following.isdigit() and m.group(0) == ".")):
                continue
        _add_span(text, begin, stop, spans)
        begin = stop
    _add_span(text, begin, n, spans)
    return spans


def _add_span(text: str, start: int, stop: int, spans: list[tuple[int, int]]) -> None:
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop > start:
        spans.append((start, stop))
