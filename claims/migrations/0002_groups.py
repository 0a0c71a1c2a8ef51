"""The `Editor` and `Viewer` groups (names used by clients and tests)."""

from __future__ import annotations

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW_MODELS = [
    ("claims", "claim"),
    ("claims", "verdict"),
    ("claims", "evidence"),
    ("claims", "event"),
    ("claims", "articleevent"),
    ("sources", "source"),
    ("sources", "article"),
]
EDITOR_EXTRA = [
    ("claims", "change_claim"),
    ("claims", "review_claim"),
    ("claims", "add_verdict"),
    ("claims", "change_event"),
    ("claims", "add_event"),
    ("claims", "add_articleevent"),
    ("claims", "change_articleevent"),
    ("claims", "delete_articleevent"),
    ("sources", "change_source"),
]


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    view = [permission(app, f"view_{model}") for app, model in VIEW_MODELS]
    viewer, _ = Group.objects.get_or_create(name="Viewer")
    viewer.permissions.set(view)
    editor, _ = Group.objects.get_or_create(name="Editor")
    editor.permissions.set(view + [permission(app, codename) for app, codename in EDITOR_EXTRA])


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editor", "Viewer"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_groups, remove_groups)]
