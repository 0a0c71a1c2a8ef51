"""How sure a verdict is, from the independent origins behind it.

Formula (``r`` is the reliability of one independent origin: the highest reliability among
the credible evidence traced to it, so a reprint never adds weight)::

    agreement(rs)  = 1 - prod(1 - r for r in rs)          # noisy-OR: each origin might be wrong
    supported      = agreement(backing) * (1 - agreement(opposing))
    contradicted   = same formula
    outdated       = same formula
    mixed          = 0.5 * agreement(all credible origins)
    unverified     = 0.0

``backing`` are the origins whose evidence carries the label: every credible constraint of D for
``supported`` (relations supports and bounds), the credible ``contradicts`` for
``contradicted``, the credible ``supersedes`` for ``outdated``. ``opposing`` are credible origins
pointing the other way (``contradicts`` against supported/outdated, ``supports`` against
contradicted). Under the label order of DESIGN section 5 a credible contradiction of a
supported claim turns it mixed or contradicted, so in practice disagreement shows up as the
``mixed`` label, whose confidence is capped at one half: the record is split, and more credible
material on both sides only makes the split surer. ``unverified`` means nothing decided it.

Properties (unit-tested with hypothesis): the result is in [0, 1]; it never falls when an
independent backing origin is added or a backing origin's reliability rises; it never rises when
an opposing origin is added; duplicated origins count once because callers pass one reliability
per origin.

Example: the seed's "18 police killed" is backed by the wire (0.85) and the interior ministry
(0.8): ``1 - 0.15 * 0.2 = 0.97``.

    >>> round(confidence("supported", [0.85, 0.8], []), 4)
    0.97
    >>> round(confidence("supported", [0.85, 0.8], [0.5]), 4)
    0.485
    >>> confidence("unverified", [0.9], [])
    0.0
"""

from __future__ import annotations

from collections.abc import Iterable

from claims.vocabulary import (
    LABEL_CONTRADICTED,
    LABEL_MIXED,
    LABEL_OUTDATED,
    LABEL_SUPPORTED,
    LABEL_UNVERIFIED,
)

_DECISIVE_LABELS = frozenset({LABEL_SUPPORTED, LABEL_CONTRADICTED, LABEL_OUTDATED})


def agreement(reliabilities: Iterable[float]) -> float:
    """Noisy-OR of independent origins: the chance that not all of them are wrong.

    >>> agreement([]), agreement([0.5]), agreement([0.5, 0.5])
    (0.0, 0.5, 0.75)
    """
    all_wrong = 1.0
    for reliability in reliabilities:
        all_wrong *= 1.0 - min(1.0, max(0.0, reliability))
    return 1.0 - all_wrong


def confidence(label: str, backing: Iterable[float], opposing: Iterable[float] = ()) -> float:
    """Confidence in ``label`` from one reliability per independent origin (see module doc)."""
    backing = list(backing)
    if label in _DECISIVE_LABELS:
        return agreement(backing) * (1.0 - agreement(opposing))
    if label == LABEL_MIXED:
        return 0.5 * agreement([*backing, *opposing])
    if label == LABEL_UNVERIFIED:
        return 0.0
    raise ValueError(f"unknown label {label!r}")
