"""The closed subject hierarchy of DESIGN.md section 4 and which measures count people."""

from __future__ import annotations

from collections.abc import Sequence

PEOPLE_MEASURES = frozenset(
    {"killed", "injured", "arrested", "missing", "displaced", "hospitalized", "deployed", "participants"}
)
PERSON_CLASSES = frozenset(
    {
        "people",
        "civilians",
        "journalists",
        "security_forces",
        "police",
        "soldiers",
        "protesters",
        "children",
        "foreigners",
        "men",
        "women",
    }
)
PARENT = {
    "civilians": "people",
    "journalists": "civilians",
    "security_forces": "people",
    "police": "security_forces",
    "soldiers": "security_forces",
    "protesters": "people",
    "children": "people",
    "foreigners": "people",
    "men": "people",
    "women": "people",
}


def lca(classes: Sequence[str]) -> str:
    """Lowest common ancestor in the subject hierarchy.

    >>> lca(["police", "soldiers"]), lca(["police", "civilians"]), lca(["police"])
    ('security_forces', 'people', 'police')
    """

    def chain(cls: str) -> list[str]:
        out = [cls]
        while out[-1] in PARENT:
            out.append(PARENT[out[-1]])
        return out

    common = chain(classes[0])
    for cls in classes[1:]:
        ancestors = set(chain(cls))
        common = [c for c in common if c in ancestors]
    return common[0] if common else "people"


def compatible(measure: str, cls: str | None) -> bool:
    if measure.startswith("="):
        return True
    if measure in PEOPLE_MEASURES:
        return cls is None or cls in PERSON_CLASSES
    if measure == "damaged":
        return cls is None or cls == "thing"
    return True
