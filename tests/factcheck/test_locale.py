"""The committed catalogue: a fresh clone gets the compiled Indonesian messages (no gettext
tools needed), and the .mo says what the .po says."""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

CATALOGUES = sorted((Path(settings.BASE_DIR) / "locale").glob("*/LC_MESSAGES/django.po"))


def test_there_is_an_indonesian_catalogue():
    assert [path.parent.parent.name for path in CATALOGUES] == ["id"]


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.parent.parent.name)
def test_every_message_is_translated_and_compiled(po_path):
    with po_path.open("rb") as po_file:
        catalogue = read_po(po_file, locale=po_path.parent.parent.name)
    with po_path.with_suffix(".mo").open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    messages = [message for message in catalogue if message.id]
    assert messages
    untranslated = [message.id for message in messages if message.fuzzy or not all(_strings(message.string))]
    assert untranslated == [], "translate these, then run scripts/compile_messages.py"
    stale = []
    for message in messages:
        if isinstance(message.id, tuple):
            if compiled.ngettext(message.id[0], message.id[1], 1) != message.string[0]:
                stale.append(message.id[0])
        elif compiled.gettext(message.id) != message.string:
            stale.append(message.id)
    assert stale == [], "the .mo is older than the .po: run scripts/compile_messages.py"


def _strings(string: str | tuple[str, ...]) -> tuple[str, ...]:
    return string if isinstance(string, tuple) else (string,)
