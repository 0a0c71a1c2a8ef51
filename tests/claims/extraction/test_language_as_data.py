"""Issue 11 "Structure": a language is a data file.

The rules of ``claims/extraction`` name no word of a natural language: the words they test (prepositions,
classifiers, suffixes, abbreviations ...) live in the lexicon files (``claims/extraction/lexicons/<code>.toml``),
read through ``Lexicon.cue(key)`` and the other lexicon fields, so Malay or Tagalog would only add data. This test
reads every module with ``ast`` and fails, naming file and line, on a string constant (docstrings aside) that is a
word or phrase of any lexicon, or a lower-case word that is none of the extractor's own names: measures,
qualifiers, subject classes and labels (English in every language by design), language codes, lexicon key names
used as keys, and the few tokens of ``ALLOWED`` below, each with its reason. A suffix passed to ``str.endswith`` or
``str.startswith`` counts as a word too.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claims.vocabulary import MEASURES, QUALIFIERS, SUBJECT_NAMES

EXTRACTION = Path(__file__).resolve().parents[3] / "claims" / "extraction"
LEXICONS = sorted((EXTRACTION / "lexicons").glob("*.toml"))

# Lower-case tokens of the code that are no words of a language, each with the modules it may stand in and why.
_FIELDS = ("extractor.py",)  # the fields of ExtractedClaim.to_dict, by name
ALLOWED: dict[str, tuple[tuple[str, ...], str]] = {
    # the 12-hour clock marks the time patterns of dates.py hard-code ("10 a.m.", "9pm"): a notation of the digits'
    # kind, read alike in every language's copy; dates._CLOCK_WORDS only tells whether those patterns may match
    "am": (("dates.py",), "clock notation"),
    "pm": (("dates.py",), "clock notation"),
    "a": (("dates.py",), "clock notation ('a.m.' is tokenized 'a', '.', 'm')"),
    # labels the rules give figures (labels are English whatever the language, like the lexicons' labels)
    "average": (("averages.py",), "label of an average (AVERAGE)"),
    "share": (("ratios.py",), "label of a ratio (SHARE)"),
    "fraction": (("mentions.py",), "unit of a share written as a fraction (FRACTION_UNIT)"),
    "rate": (("rates.py",), "unit of a rate per a round base (RATE_UNIT)"),
    "admitted": (("increments.py", "part_settling.py"), "label of a whole admitted to hospital (STOCK_PARTS)"),
    "lesions": (("context_misreads.py",), "label of wounds named by an illness"),
    "population": (("parts_by_other.py", "occasions.py"), "label of a population figure (_population, population_of)"),
    "age group": (("parts_by_other.py",), "label of a share by age (_age_part)"),
    "increase": (
        ("increments.py", "change_nouns.py", "adjunct_increments.py", "increment_parts.py", "period_increments.py"),
        "label of a change beside a running total",
    ),
    "decrease": (("increments.py", "change_nouns.py"), "label of a change beside a running total"),
    "ed": (("subset_labels.py",), "the participle ending of an English label ('released'), never of the text"),
    # names of the code, not of a language
    "relative": (("dates.py",), "the kind of a day span (the spans of [dates] relative)"),
    "weekday": (("dates.py",), "the kind of a day span"),
    "date": (("dates.py",), "the kind of a span"),
    "time": (("dates.py", "reach.py"), "the kind of a span"),
    "start": (("dates.py", *_FIELDS), "a field name"),
    "past": (("dates.py",), "a dateparser setting (PREFER_DATES_FROM)"),
    "first": (("dates.py",), "a dateparser setting (PREFER_DAY_OF_MONTH)"),
    **{name: (_FIELDS, "a field name") for name in ("end", "text", "sentence", "value", "low", "high", "unit")},
    **{name: (_FIELDS, "a field name") for name in ("qualifier", "place", "language", "measure", "subject")},
    "all": (_FIELDS, "a cache key of _ANY_NUMBER_WORD (every language's number words)"),
    "utf-8": (_FIELDS, "an encoding"),
    "sastrawi": (("morphology.py",), "the name of a stemmer"),
    **{name: (("_native.py",), "a name of the compiled build") for name in ("native", "build", "extraction", "claims")},
    **{name: (("_native.py",), "a value of the FACTCHECK_NATIVE setting") for name in ("false", "no", "off")},
    "ascii": (("_native.py",), "an encoding"),
}
WORDLIKE = re.compile(r"[a-z][a-z'\u2019-]+")
LETTER = re.compile(r"[^\W\d_]")


def _lexicon_terms() -> tuple[set[str], set[str], set[str]]:
    """The words and phrases of every lexicon, its key names, and its labels and classes."""
    terms: set[str] = set()
    keys: set[str] = set()
    labels: set[str] = set()

    def add_term(value: str) -> None:
        text = value.lower().strip()
        terms.add(text)
        terms.update(text.split())

    def walk(table: dict[str, Any], labelled: bool) -> None:
        for key, value in table.items():
            if isinstance(value, dict) and "class" in value:  # a counted noun: its phrase, class, label ...
                add_term(key)
                labels.update(str(v) for k, v in value.items() if k in ("class", "label", "measure", "fled"))
            elif isinstance(value, dict):
                keys.add(key)  # a section or a table of lists ([measures], [composed_labels.diseases] ...)
                walk(value, labelled or key in _LABELLED)
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                keys.add(key)  # a word list by name ([cues] among) or a label's phrases ([composed_labels.diseases])
                if labelled:
                    labels.add(key)
                for v in value:
                    add_term(v)
            elif isinstance(value, str):
                add_term(key)  # a phrase and its label ([other_verbs] "tested positive" = "cases") or a setting
                labels.add(value)
            else:
                add_term(key)  # a phrase and its number ([numbers] words, [vague], [dates] months ...)

    for path in LEXICONS:
        with path.open("rb") as fh:
            walk(tomllib.load(fh), False)
    return terms, keys, labels


_LABELLED = ("composed_labels", "context_subjects", "measures")  # tables of lists by label, class or measure
TERMS, KEYS, LABELS = _lexicon_terms()
# the names of the code: the closed vocabularies, language codes, labels and classes of the lexicons, and the grade
# names of [subjects] grade_NAME ("serious", "partial": subset_labels.GRADE_LABELS)
NAMES = set(MEASURES) | set(QUALIFIERS) | set(SUBJECT_NAMES) | {p.stem for p in LEXICONS} | LABELS
NAMES |= {key.removeprefix("grade_") for key in KEYS if key.startswith("grade_")}


def _docstrings(tree: ast.AST) -> set[int]:
    nodes = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, nodes) and node.body and isinstance(node.body[0], ast.Expr):
            value = node.body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                out.add(id(value))
    return out


def _contexts(tree: ast.AST) -> tuple[set[int], set[int], set[int]]:
    """Constants in a key position (a call's argument, an index, a dict key), constants that name the code or a
    label (an f-string, which composes a label or a message in English; a dict value, as label tables map names to
    labels; a value assigned to a ``.label`` or ``.subject``, or to a name of ``__all__``, ``__slots__`` or a table
    of labels, ``*_LABELS``, ``*_SUBJECTS``), and suffixes (arguments of ``endswith``/``startswith``)."""
    keyed: set[int] = set()
    named: set[int] = set()
    affixes: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            named.update(_named_values(node.targets, node.value))
        if isinstance(node, ast.Call):
            affix = isinstance(node.func, ast.Attribute) and node.func.attr in ("endswith", "startswith")
            for arg in node.args:
                if affix:
                    affixes.update(id(sub) for sub in ast.walk(arg))  # "s", ("ss", "us")
                elif isinstance(arg, ast.Constant):
                    keyed.add(id(arg))  # lex.cue("among"), not any(w == "among" for w in ...)
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            keyed.add(id(node.slice))
        elif isinstance(node, ast.Dict):
            keyed.update(id(key) for key in node.keys if key is not None)
            named.update(id(sub) for value in node.values for sub in ast.walk(value))
        elif isinstance(node, ast.JoinedStr):
            named.update(id(sub) for sub in ast.walk(node))
    return keyed, named, affixes


def _named_values(targets: list[ast.expr], value: ast.expr) -> Iterator[int]:
    """The constants of ``value`` assigned to a label, a subject or a name of the code (see ``_contexts``)."""
    for target in targets:
        pairs: list[tuple[ast.expr, ast.expr]] = []
        if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
            pairs = list(zip(target.elts, value.elts, strict=False))
        for one, part in [*pairs, (target, value)]:
            label = isinstance(one, ast.Attribute) and one.attr in ("label", "subject")
            name = isinstance(one, ast.Name) and (one.id in ("__all__", "__slots__") or one.id.endswith(_TABLES))
            if label or name:
                yield from (id(sub) for sub in ast.walk(part))


_TABLES = ("LABELS", "SUBJECTS")


def _allowed(value: str, module: str) -> bool:
    modules = ALLOWED[value][0] if value in ALLOWED else ()
    return module in modules


def language_words(path: Path) -> Iterator[tuple[int, str]]:
    """``(line, constant)`` for each word of a language named in the module at ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    keyed, named, affixes = _contexts(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in docstrings:
            continue
        value, key = node.value, id(node)
        if key in named or value in NAMES or _allowed(value, path.name) or (value in KEYS and key in keyed):
            continue
        # one letter is a token kind ('w', 'n') or a mark, though a lexicon lists 'w' (West) as an abbreviation
        term = LETTER.search(value) is not None and len(value.strip()) > 1 and value.strip() in TERMS
        if term or WORDLIKE.fullmatch(value) or (key in affixes and value.isalpha() and value.islower()):
            yield node.lineno, value


# lexicon.py is the loader: its constants are the TOML files' key names;
# measure_trace.py is an opt-in debug aid, never compiled or run by extract(): its strings are trace labels
MODULES = sorted(p for p in EXTRACTION.glob("*.py") if p.name not in ("lexicon.py", "measure_trace.py"))


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_words_of_a_language_in_the_rules(path: Path) -> None:
    found = [f"{path.name}:{line}: {value!r}" for line, value in language_words(path)]
    assert not found, "words of a language belong in claims/extraction/lexicons/*.toml:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("source", "word"),
    [
        ('def f(w):\n    return w == "dari"\n', "dari"),
        ('def f(words, k):\n    return words[k] in ("of", "from")\n', "of"),
        ('def f(w):\n    return w.endswith("nya")\n', "nya"),
        ('def f(w):\n    return w.endswith("s")\n', "s"),
        ('SUFFIXES = frozenset({"ing", "ed"})\n', "ing"),
        ('def f(words):\n    return any(w == "among" for w in words)\n', "among"),
        ('def f(words, k):\n    return words[k + 1] == "from"\n', "from"),
    ],
)
def test_the_guard_finds_a_word_written_in_code(tmp_path: Path, source: str, word: str) -> None:
    path = tmp_path / "rule.py"
    path.write_text(source, encoding="utf-8")
    assert word in [value for _, value in language_words(path)]


def test_the_guard_lets_names_of_the_code_pass(tmp_path: Path) -> None:
    path = tmp_path / "rule.py"
    source = 'def f(lex, m):\n    """Reads "dari"."""\n    return m.measure == "killed" and lex.cue("among")\n'
    path.write_text(source, encoding="utf-8")
    assert list(language_words(path)) == []


def _section_keys(section: str) -> set[str]:
    keys: set[str] = set()
    for path in LEXICONS:
        with path.open("rb") as fh:
            keys.update(tomllib.load(fh).get(section, {}))
    return keys


# the readers of a lexicon's word lists by key: lex.cue("key") reads [cues], syntax_list(s, "key") and
# prefixes_of(lex, "key", ...) read [syntax]; lex.cues.get("key"), lex.subject_cues.get("key") and
# lex.syntax_words.get("key") (or [...]) read [cues], [subjects] and [syntax]
READERS = {"cue": (0, "cues"), "syntax_list": (1, "syntax"), "prefixes_of": (1, "syntax")}
TABLES = {"cues": "cues", "subject_cues": "subjects", "syntax_words": "syntax"}


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _table_of(node: ast.expr) -> str | None:
    """The section a ``lex.<table>`` expression reads (``s.lex.subject_cues``: subjects), else None."""
    return TABLES.get(node.attr) if isinstance(node, ast.Attribute) else None


def keys_read(path: Path) -> Iterator[tuple[int, str, str]]:
    """``(line, section, key)`` for each word list the module at ``path`` reads by a constant key."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Subscript) and (section := _table_of(node.value)) and (key := _text(node.slice)):
            yield node.lineno, section, key
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "get" and (section := _table_of(func.value)):
            if node.args and (key := _text(node.args[0])):
                yield node.lineno, section, key
            continue
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in READERS or len(node.args) <= READERS[name][0]:
            continue
        arg = node.args[READERS[name][0]]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            yield node.lineno, READERS[name][1], arg.value


@pytest.mark.parametrize("section", ["cues", "syntax", "subjects"])
def test_every_key_read_is_in_a_lexicon(section: str) -> None:
    """A key the rules read but no lexicon lists reads an empty list and its rule never fires, silently (a key
    renamed or merged in the lexicons, say, while a rule still reads the old name)."""
    known = _section_keys(section)
    missing = [
        f"{path.name}:{line}: [{part}] {key}"
        for path in MODULES
        for line, part, key in keys_read(path)
        if part == section and key not in known
    ]
    assert not missing, "keys no lexicon lists:\n" + "\n".join(missing)
