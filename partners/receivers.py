"""What partners does when claims signals (claims.signals), connected in PartnersConfig.ready."""

from __future__ import annotations

from typing import Any

from partners.services import webhook_deliveries_create_many


def record_webhook_deliveries(sender: object, *, changes: list[tuple[int, int]], **kwargs: Any) -> None:
    """claims.signals.verdicts_changed: one delivery per active webhook and changed verdict,
    recorded in the claims' transaction and sent after it commits."""
    webhook_deliveries_create_many(changes=changes)
