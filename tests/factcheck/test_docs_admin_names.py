"""The docs name admin pages as the admin shows them: a path such as "API partners, then
Partner tokens, then Add" (joined by the admin's breadcrumb sign) is an app's name, then one
of its models' plural names, then an optional "Add"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.text import capfirst

DOCS = [Path(settings.BASE_DIR) / "README.md", *sorted((Path(settings.BASE_DIR) / "docs").glob("*.md"))]
# Names (a capitalised word, then lower-case words) joined by the breadcrumb sign, wrapped
# over lines within a paragraph.
SIGN = "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
NAME = r"[A-Z][A-Za-z]*(?: [a-z]+)*"
ADMIN_PATH = re.compile(rf"({NAME}) {SIGN} ({NAME})(?: {SIGN} (Add))?")


def admin_paths() -> list[tuple[str, str, str, str | None]]:
    found = []
    for path in DOCS:
        text = re.sub(r"(?<!\n)\n(?!\n)", " ", path.read_text())  # join a paragraph's lines
        found += [(path.name, *match.groups()) for match in ADMIN_PATH.finditer(text)]
    return found


def admin_names() -> dict[str, set[str]]:
    with translation.override("en"):
        return {
            str(config.verbose_name): {str(capfirst(model._meta.verbose_name_plural)) for model in config.get_models()}
            for config in apps.get_app_configs()
        }


def test_the_docs_name_admin_pages():
    assert {(doc, app, model) for doc, app, model, _ in admin_paths()} >= {
        ("api.md", "API partners", "Partner tokens"),
        ("desk.md", "Claims", "Claims"),
        ("desk.md", "Sources", "Sources"),
    }


@pytest.mark.parametrize(("doc", "app", "model", "add"), admin_paths())
def test_each_admin_path_in_the_docs_is_what_the_admin_shows(doc, app, model, add):
    names = admin_names()
    assert app in names, f"{doc}: no app is called {app!r} in the admin ({sorted(names)})"
    assert model in names[app], f"{doc}: {app} has no {model!r} ({sorted(names[app])})"
