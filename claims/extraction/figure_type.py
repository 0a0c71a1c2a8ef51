"""What the rules of :mod:`claims.extraction.resolution` know about one figure (:class:`Figure`), in a module of its
own so that its written ``__init__`` fits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from claims.extraction.lexicon import NounInfo
from claims.extraction.mention_type import Mention
from claims.extraction.view import SentenceView

_RULE_NAMES: Final[dict[object, str | None]] = {}
"""Memo of :attr:`Figure.rule_name` by rule: ``getattr(rule, "__name__")`` on a compiled function is a generic attribute
lookup that builds a new string each time, and the gates ask for it several times per figure."""


# init=False and a written __init__: the compiled build (mypyc) compiles this one, while the __init__ the dataclass
# decorator writes is Python code the interpreter runs (see mention_type.Mention).
@dataclass(slots=True, init=False)
class Figure:
    """What the rules know about one figure while its measure is decided."""

    s: SentenceView
    m: Mention
    mentions: list[Mention]
    owned: set[int]  # tokens of figures and counted nouns: never read as another figure's measure word
    antecedent: Mention | None  # the previous valid count in the sentence
    cls: str | None
    label: str | None
    head: NounInfo | None
    named_before: int | None = None  # the measure word before the figure that named its measure, if any
    rule: MeasureRule | None = None  # the rule of MEASURE_RULES that named the measure
    other_verb: bool = False  # an other-verb named it ("80 dipulangkan", "31 selamat"): a count of something
    named_memo: tuple[str, NounInfo | None] | None = None  # subject_rules.predicate_noun's, by the measure it read

    def __init__(  # the dataclass's own signature
        self,
        s: SentenceView,
        m: Mention,
        mentions: list[Mention],
        owned: set[int],
        antecedent: Mention | None,
        cls: str | None,
        label: str | None,
        head: NounInfo | None,
        named_before: int | None = None,
        rule: MeasureRule | None = None,
        other_verb: bool = False,
        named_memo: tuple[str, NounInfo | None] | None = None,
    ) -> None:
        self.s = s
        self.m = m
        self.mentions = mentions
        self.owned = owned
        self.antecedent = antecedent
        self.cls = cls
        self.label = label
        self.head = head
        self.named_before = named_before
        self.rule = rule
        self.other_verb = other_verb
        self.named_memo = named_memo

    @property
    def rule_name(self) -> str | None:
        """The name of the rule that named the measure ("_word_after"): the checks of other modules test it by name,
        since they cannot import the rules of this module."""
        rule = self.rule
        if rule is None:
            return None
        name = _RULE_NAMES.get(rule)
        if name is None and rule not in _RULE_NAMES:
            if len(_RULE_NAMES) > 10_000:  # bound memory (rules are module functions; a debug aid may wrap them)
                _RULE_NAMES.clear()
            name = _RULE_NAMES[rule] = getattr(rule, "__name__", None)
        return name


MeasureRule = Callable[[Figure], "str | None"]
