"""Round 8's speed-ups read what the plain forms they replace read (see test_fast_paths.py for the older ones).

- ``SentenceView.measure_at`` keeps each token's reading: the kept reading is the one a fresh reading gives;
- the furniture patterns, all anchored at the sentence start, are tried there only (``match`` for ``search``);
- ``Mention`` and ``Figure`` have written ``__init__``s (compiled by mypyc): the dataclass's fields and defaults,
  parameter for field in order (a field added to one and not the other fails).
"""

from __future__ import annotations

import ast
import dataclasses
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction._native import SOURCE_DIR
from claims.extraction.extractor import _furniture_anchored, _furniture_pattern, _no_top_level_bar
from claims.extraction.figure_type import Figure
from claims.extraction.lexicon import load_lexicon
from claims.extraction.mentions import Mention
from claims.extraction.view import SentenceView

MEASURE_PIECES = {
    "id": [
        *("Sebanyak", "14", "warga", "tidak", "belum", "tewas", "ditahan", "di", "tahan", "korban", "luka", "berat"),
        *("dirawat", "ke", "RSUD", "Mei", "dan", "mengungsi", "berhasil", "dievakuasi", ",", "orang"),
    ],
    "en": [
        *("Nineteen", "miners", "were", "not", "killed", "taken", "to", "Kalgoorlie", "Regional", "Hospital"),
        *("May", "march", "in", "the", "death", "toll", "rose", "rescue", "workers", "evacuated", "9", ","),
    ],
}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["id", "en"]), st.data())
def test_a_kept_measure_reading_is_the_one_a_fresh_reading_gives(code: str, data: st.DataObject) -> None:
    text = " ".join(data.draw(st.lists(st.sampled_from(MEASURE_PIECES[code]), min_size=1, max_size=9)))
    lex = load_lexicon(code)
    s = SentenceView(text, 0, len(text), lex)
    order = data.draw(st.permutations(range(len(s.words))))
    kept = {i: s.measure_at(i) for i in order}
    again = {i: s.measure_at(i) for i in range(len(s.words))}
    fresh = SentenceView(text, 0, len(text), lex)
    assert kept == again == {i: fresh._negated_measure_at(i) for i in range(len(s.words))}


def test_the_top_level_bar_test_reads_groups_escapes_and_classes() -> None:
    assert _no_top_level_bar(r"^\s*(read|see) (also|more)\s*:")
    assert not _no_top_level_bar(r"^\s*iklan|sponsor")
    assert not _no_top_level_bar(r"^(iklan)|sponsor")
    assert _no_top_level_bar(r"^iklan\|sponsor")
    assert _no_top_level_bar(r"^[|]x") and _no_top_level_bar(r"^[]|]x") and _no_top_level_bar(r"^[^]|]x")
    assert not _no_top_level_bar(r"^[\]]x|y")


FURNITURE_PIECES = ["Baca", "juga", ":", "Read", "more", "Iklan", "Editor", "Reporter", "Lihat", "Ikuti", "kami"]
FURNITURE_PIECES += ["share this", "Advertisement", "Sign up", "Google News", "\n", " ", "12 warga tewas", "said"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FURNITURE_PIECES), min_size=1, max_size=8).map(" ".join))
def test_furniture_read_at_the_start_is_what_a_search_finds(segment: str) -> None:
    pattern = _furniture_pattern()
    assert pattern is not None and _furniture_anchored()
    assert (pattern.match(segment) is None) == (pattern.search(segment) is None)


def test_mentions_and_figures_start_with_the_dataclass_defaults() -> None:
    m = Mention(2, 4, 2, 3, Decimal(7), Decimal(7), Decimal(7), "exact", None)
    for f in dataclasses.fields(Mention)[9:]:
        if f.default is dataclasses.MISSING:
            assert getattr(m, f.name) == [], f.name  # nouns: a new empty list (default_factory=list)
        else:
            assert getattr(m, f.name) == f.default, f.name
    assert Mention(2, 4, 2, 3, Decimal(7), Decimal(7), Decimal(7), "exact", None).nouns is not m.nouns
    assert dataclasses.replace(m, measure="killed").measure == "killed"
    text = "Tujuh warga tewas."
    figure = Figure(SentenceView(text, 0, len(text), load_lexicon("id")), m, [m], set(), None, None, None, None)
    assert (figure.named_before, figure.rule, figure.other_verb, figure.rule_name) == (None, None, False, None)


def _written_init(module: str, cls: str) -> list[tuple[str, object]]:
    """The parameters of the written ``__init__`` of ``cls``, read from its source (a compiled build's ``__init__``
    shows no signature), with their defaults (``MISSING`` for none)."""
    tree = ast.parse((SOURCE_DIR / f"{module}.py").read_text(encoding="utf-8"))
    body = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls).body
    init = next(n for n in body if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    names = [a.arg for a in init.args.args[1:]]
    defaults = [dataclasses.MISSING] * (len(names) - len(init.args.defaults))
    defaults += [ast.literal_eval(d) for d in init.args.defaults]
    return list(zip(names, defaults, strict=True))


def test_written_inits_take_the_dataclass_fields_in_order() -> None:
    # a field added to the dataclass but not to its written __init__ (or the other way round) fails here
    for module, cls in (("mention_type", Mention), ("figure_type", Figure)):
        expected = [
            (f.name, None if f.default_factory is not dataclasses.MISSING else f.default)
            for f in dataclasses.fields(cls)
        ]
        assert _written_init(module, cls.__name__) == expected, cls.__name__
