"""DRF's unused `authtoken` app is gone, and an older database loses its table safely
(issue 13, item 11)."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection

drop_migration = importlib.import_module("partners.migrations.0003_drop_drf_authtoken")


def test_the_app_is_not_installed_and_the_admin_shows_no_token_type(admin_client):
    assert not apps.is_installed("rest_framework.authtoken")
    page = admin_client.get("/admin/").content.decode()
    assert "authtoken" not in page.lower()
    assert "Partner tokens" in page


@pytest.mark.django_db(transaction=True)
def test_the_migration_drops_an_old_installs_table_and_content_type():
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, user_id integer, created timestamp)")
        cursor.execute("INSERT INTO authtoken_token VALUES ('abc', 1, CURRENT_TIMESTAMP)")
    ContentType.objects.create(app_label="authtoken", model="token")
    with connection.schema_editor() as editor:
        drop_migration.drop_authtoken(apps, editor)
    assert "authtoken_token" not in connection.introspection.table_names()
    assert not ContentType.objects.filter(app_label="authtoken").exists()
    with connection.schema_editor() as editor:  # again: nothing left to do, no error
        drop_migration.drop_authtoken(apps, editor)
