from __future__ import annotations

from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = "API partners"

    def ready(self) -> None:
        # Registers the OpenAPI extensions with drf-spectacular: the partner token's, and the
        # API's bounded filters (factcheck.api.schema); and the webhook tasks, which services
        # send by name (factcheck/tasks_enqueue.py).
        import factcheck.api.schema  # noqa: F401
        from claims.signals import verdicts_changed
        from partners import (
            schema,  # noqa: F401
            tasks,  # noqa: F401
        )
        from partners.receivers import record_webhook_deliveries

        # A claim's new current verdict is recorded as webhook deliveries, sent on commit.
        verdicts_changed.connect(record_webhook_deliveries, dispatch_uid="partners.record_webhook_deliveries")
