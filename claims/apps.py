from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = _("Claims")

    def ready(self) -> None:
        # Registers the claims' tasks, which services send by name (factcheck/tasks_enqueue.py).
        from claims import fetch_tasks, tasks  # noqa: F401
        from claims.event_discovery import _on_event_saved
        from claims.models import Event

        # An event saved anywhere (the admin, the API, a fixture) keeps discovery's index
        # in step with its dates and an editor's keywords.
        post_save.connect(_on_event_saved, sender=Event, dispatch_uid="claims.event_index_sync")
