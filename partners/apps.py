from __future__ import annotations

from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = "API partners"

    def ready(self) -> None:
        # Registers the OpenAPI description of the partner token with drf-spectacular.
        # Registers the webhook tasks, which services send by name (factcheck/tasks_enqueue.py).
        from partners import (
            schema,  # noqa: F401
            tasks,  # noqa: F401
        )
