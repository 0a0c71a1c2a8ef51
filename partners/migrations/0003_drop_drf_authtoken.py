"""DRF's `authtoken` app is gone (partner tokens are `partners.PartnerToken`): drop its table,
its content type and permissions, and its migration records, where an older install has them.
Idempotent, and a no-op on a fresh database. Its tokens never authenticated anything."""

from django.db import migrations


def drop_authtoken(apps, schema_editor):
    connection = schema_editor.connection
    tables = connection.introspection.table_names()
    if "authtoken_token" in tables:
        schema_editor.execute(f"DROP TABLE {schema_editor.quote_name('authtoken_token')}")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    stale = ContentType.objects.filter(app_label="authtoken")
    Permission.objects.filter(content_type__in=stale).delete()
    stale.delete()
    if "django_migrations" in tables:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM django_migrations WHERE app = %s", ["authtoken"])


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_delivery_sweep"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(drop_authtoken, migrations.RunPython.noop)]
