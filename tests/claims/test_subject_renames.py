"""Claims stored under a subject label the extractor has since renamed take the new label (migration 0013)."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps

from claims.extraction import extract
from claims.models import Claim
from tests.factories import ClaimFactory

RENAMES = importlib.import_module("claims.migrations.0013_subject_elderly")

pytestmark = pytest.mark.django_db


def test_a_stored_claim_takes_the_renamed_label_and_others_keep_theirs():
    renamed = ClaimFactory(measure="other", subject="elderly people")
    kept = ClaimFactory(measure="other", subject="people on board")

    RENAMES.rename_subjects(apps, None)

    assert Claim.objects.get(pk=renamed.pk).subject == "elderly"
    assert Claim.objects.get(pk=kept.pk).subject == "people on board"


def test_the_renamed_label_is_what_the_extractor_gives_now():
    claims = extract("Among the 212 evacuees were 48 elderly people and 37 children.", "en")

    assert ("48", "elderly") in [(c.text, c.subject) for c in claims]
    assert not {c.subject for c in claims} & set(RENAMES.RENAMED_SUBJECTS)
