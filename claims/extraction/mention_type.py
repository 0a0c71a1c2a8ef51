"""The figure record the stages fill in (:class:`Mention`), kept apart from :mod:`claims.extraction.mentions`, which
reads figures, so that its written ``__init__`` fits."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from claims.extraction.lexicon import NounInfo


# init=False and a written __init__: the compiled build (mypyc) compiles this one, while the __init__ the dataclass
# decorator writes is Python code the interpreter runs (about 5,000 instructions per figure, compiled ~400).
@dataclass(slots=True, init=False)
class Mention:
    first: int  # first token of the surface (qualifier, currency...)
    last: int  # token after the surface
    num_first: int  # first token of the number itself
    num_end: int  # token after the number/unit
    value: Decimal | None
    low: Decimal
    high: Decimal | None
    qualifier: str
    unit: str | None
    nouns: list[NounInfo] = field(default_factory=list)
    raw_label: str | None = None
    np_end: int = 0
    partitive: bool = False
    anaphoric: bool = False
    inherit: bool = False
    base_of: int | None = None  # index of the mention this one is a part of ("200 of the 1,800")
    measure: str = "other"
    subject: str | None = None
    subject_class: str | None = None
    valid: bool = True
    place: str | None = None  # an item of a breakdown by place (DESIGN 4.1)
    stand_in: bool = False  # no figure: the measure named before a list ("korban meninggal berasal dari ...")
    left_verb: str | None = None  # the measure verb right before the figure, whether or not it counts its noun
    from_left: bool = False  # the measure is the verb right before the figure ("deployed 5,000 ...")

    def __init__(  # the dataclass's own signature
        self,
        first: int,
        last: int,
        num_first: int,
        num_end: int,
        value: Decimal | None,
        low: Decimal,
        high: Decimal | None,
        qualifier: str,
        unit: str | None,
        nouns: list[NounInfo] | None = None,  # None: a new empty list
        raw_label: str | None = None,
        np_end: int = 0,
        partitive: bool = False,
        anaphoric: bool = False,
        inherit: bool = False,
        base_of: int | None = None,
        measure: str = "other",
        subject: str | None = None,
        subject_class: str | None = None,
        valid: bool = True,
        place: str | None = None,
        stand_in: bool = False,
        left_verb: str | None = None,
        from_left: bool = False,
    ) -> None:
        self.first = first
        self.last = last
        self.num_first = num_first
        self.num_end = num_end
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.unit = unit
        self.nouns = [] if nouns is None else nouns
        self.raw_label = raw_label
        self.np_end = np_end
        self.partitive = partitive
        self.anaphoric = anaphoric
        self.inherit = inherit
        self.base_of = base_of
        self.measure = measure
        self.subject = subject
        self.subject_class = subject_class
        self.valid = valid
        self.place = place
        self.stand_in = stand_in
        self.left_verb = left_verb
        self.from_left = from_left
