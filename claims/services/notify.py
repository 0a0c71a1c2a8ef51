"""Whether a new current verdict is news for the partners' webhooks, and telling them."""

from __future__ import annotations


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
    """A claim's current verdict changed: tell the partners' webhooks (when that app is on)."""
    verdicts_changed([(claim_id, verdict_id)])


def verdicts_changed(changes: list[tuple[int, int]]) -> None:
    """Claims' current verdicts changed, as (claim id, verdict id): tell the partners' webhooks."""
    from django.apps import apps

    if apps.is_installed("partners"):
        from partners.services import webhook_deliveries_create_many

        webhook_deliveries_create_many(changes=changes)
