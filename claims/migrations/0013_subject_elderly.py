"""Stored claims take the subject labels the extractor now gives: `elderly people` became `elderly` (the label
the corpora and the subject vocabulary agree on), so claims extracted before and after the rename compare equal."""

from django.db import migrations

RENAMED_SUBJECTS = {"elderly people": "elderly"}


def rename_subjects(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    for old, new in RENAMED_SUBJECTS.items():
        Claim.objects.filter(subject=old).update(subject=new)


def restore_subjects(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    for old, new in RENAMED_SUBJECTS.items():
        Claim.objects.filter(subject=new).update(subject=old)


class Migration(migrations.Migration):
    dependencies = [("claims", "0012_drop_redundant_indexes")]
    operations = [migrations.RunPython(rename_subjects, restore_subjects)]
