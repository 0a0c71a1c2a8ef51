"""Whether a new current verdict is news for the apps that listen (the partners' webhooks),
and telling them through claims.signals.verdicts_changed."""

from __future__ import annotations

from claims import signals


def label_or_confidence_moved(
    previous_id: int | None,
    previous_label: str | None,
    previous_confidence: float | None,
    label: str,
    confidence: float,
) -> bool:
    """Whether partners hear of a new current verdict (`verdict.changed`): the claim had none,
    or its label or confidence moved."""
    if previous_id is None:
        return True
    return previous_label != label or previous_confidence is None or abs(previous_confidence - confidence) > 1e-9


def verdict_changed(*, claim_id: int, verdict_id: int) -> None:
    """A claim's current verdict changed: tell the listeners."""
    verdicts_changed([(claim_id, verdict_id)])


def verdicts_changed(changes: list[tuple[int, int]]) -> None:
    """Claims' current verdicts changed, as (claim id, verdict id): tell the listeners."""
    signals.verdicts_changed.send(sender=verdicts_changed, changes=changes)
