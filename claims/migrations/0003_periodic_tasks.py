"""The scheduled sweeps, as django-celery-beat rows an editor can change in the admin."""

from __future__ import annotations

from django.db import migrations

SCHEDULES = [
    # (task name, every N minutes, description)
    ("claims.recheck_due", 15, "Re-check claims whose last check is older than FACTCHECK_RECHECK_AFTER_HOURS"),
    ("claims.sweep_pending_articles", 5, "Send again articles still waiting for extraction"),
]


def create_schedules(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for task, minutes, description in SCHEDULES:
        interval, _ = IntervalSchedule.objects.get_or_create(every=minutes, period="minutes")
        PeriodicTask.objects.get_or_create(
            name=description, defaults={"task": task, "interval": interval, "enabled": True}
        )


def remove_schedules(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(task__in=[task for task, _, _ in SCHEDULES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_groups"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [migrations.RunPython(create_schedules, remove_schedules)]
