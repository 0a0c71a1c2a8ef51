"""The closed subject hierarchy of DESIGN.md section 4 and which measures count people."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

from claims.vocabulary import SUBJECT_PARENT

if TYPE_CHECKING:
    from claims.extraction.lexicon import Lexicon, NounInfo

PEOPLE_MEASURES: Final = frozenset(
    {"killed", "injured", "arrested", "missing", "displaced", "hospitalized", "deployed", "participants"}
)
# The hierarchy is the project's one vocabulary (claims/vocabulary.py); `people` is its root.
PARENT: Final = SUBJECT_PARENT
PERSON_CLASSES: Final = frozenset({"people", *SUBJECT_PARENT})
FORCE_CLASSES: Final = frozenset({"police", "soldiers", "security_forces"})
"""Subject classes of a force: at a protest, a rally or a match they guard the crowd, they do not swell it."""


def lca(classes: Sequence[str]) -> str:
    """Lowest common ancestor in the subject hierarchy.

    >>> lca(["police", "soldiers"]), lca(["police", "civilians"]), lca(["police"])
    ('security_forces', 'people', 'police')
    """

    common = chain(classes[0])
    for cls in classes[1:]:
        ancestors = set(chain(cls))
        common = [c for c in common if c in ancestors]
    return common[0] if common else "people"


def chain(cls: str) -> list[str]:
    """``cls`` and its ancestors, narrowest first: ``chain("police")`` is police, security_forces, people."""
    out = [cls]
    while out[-1] in PARENT:
        out.append(PARENT[out[-1]])
    return out


def narrowest(classes: Sequence[str]) -> str:
    """The narrowest class when all lie on one line of the hierarchy ("penumpang pria": people and men -> men),
    else their lowest common ancestor ("polisi dan tentara": security_forces).

    >>> narrowest(["people", "men"]), narrowest(["women", "people"]), narrowest(["police", "soldiers"])
    ('men', 'women', 'security_forces')
    """
    deepest = max(classes, key=lambda cls: len(chain(cls)))
    line = set(chain(deepest))
    return deepest if all(cls in line for cls in classes) else lca(classes)


JOINT: Final = "joint"
"""A class of ``[context_subjects]`` whose cues ("gabungan") mark a joint force: see ``_joint_class``."""

GUARDING: Final = "guarding"
"""A class of ``[context_subjects]`` whose cues ("mengamankan", "pengamanan") say a joint force guards an event: with
no civil agency named it is the security forces ("Polda mengerahkan 4.000 personel gabungan untuk mengamankan aksi":
police and army together, as the reports name them); a cue of no class of its own."""

ANY_SENTENCE: Final = "*"
"""A cue of ``[context_subjects]`` that marks the class a generic noun takes when no cue of any class is in its
sentence ("officers" alone are police)."""


def context_class(entries: Iterable[tuple[str, frozenset[str]]], words: frozenset[str] | set[str]) -> str | None:
    """The class a generic noun takes from the words of its sentence: the classes whose cues it holds (their
    lowest common ancestor when cues of several are there: police and army words give security_forces), else the
    default class marked ``*``, else None.

    >>> entries = (("police", frozenset({"*", "police"})), ("soldiers", frozenset({"army"})),
    ...            ("people", frozenset({"fire"})))
    >>> [context_class(entries, set(s.split())) for s in ("officers hurt", "army officers", "police and army", "fire")]
    ['police', 'soldiers', 'security_forces', 'people']
    """
    entries = tuple(entries)
    classes = [cls for cls, cues in entries if not cues.isdisjoint(words)]
    guarding = GUARDING in classes
    classes = [cls for cls in classes if cls != GUARDING]
    if JOINT in classes:
        return _joint_class([cls for cls in classes if cls != JOINT], guarding)
    if not classes:
        classes = [cls for cls, cues in entries if ANY_SENTENCE in cues]
    return lca(classes) if classes else None


def _joint_class(named: list[str], guarding: bool = False) -> str:
    """A joint force is the forces it names together, people when it names one force or none ("personel gabungan
    TNI dan Polri": security_forces; "Polres mengerahkan 1.450 personel gabungan": police with unnamed others); a
    joint force that guards an event and names no civil agency is the security forces (round 16: "Polda mengerahkan
    4.260 personel gabungan untuk mengamankan unjuk rasa", as the gold labels it).

    >>> _joint_class(["police", "soldiers"]), _joint_class(["police"]), _joint_class(["police", "soldiers", "people"])
    ('security_forces', 'people', 'people')
    >>> _joint_class([], True), _joint_class(["police"], True), _joint_class(["police", "people"], True)
    ('security_forces', 'security_forces', 'people')
    """
    cls = lca(named) if named else "people"
    if guarding and (not named or cls in ("police", "soldiers")):
        return "security_forces"
    return "people" if cls in ("police", "soldiers") else cls


def compatible(measure: str, cls: str | None) -> bool:
    if measure.startswith("="):
        return True
    if measure in PEOPLE_MEASURES:
        return cls is None or cls in PERSON_CLASSES
    if measure == "damaged":
        return cls is None or cls == "thing"
    return True


def group_class(noun: NounInfo, lex: Lexicon, words: frozenset[str] | set[str]) -> str:
    """The class of a person noun in its sentence: its own, or for a generic noun with ``[context_subjects]`` the
    class its sentence gives it ("a dozen were officers": police)."""
    entries = lex.context_subjects.get(noun.label) if noun.subject_class == "people" else None
    return (context_class(entries, words) or noun.subject_class) if entries is not None else noun.subject_class
