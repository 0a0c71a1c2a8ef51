"""Fixtures shared by all test modules (append new fixtures; several engineers add here)."""

from __future__ import annotations

import pytest


@pytest.fixture
def sent_verifications(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The claim ids sent to the verification task, recorded instead of verified.

    Sends happen on commit: wrap the code under test in
    `django_capture_on_commit_callbacks(execute=True)`.
    """
    sent: list[int] = []

    class RecordingTask:
        name = "claims.verify_claims"

        def apply(self, args: tuple[list[int]], throw: bool = True) -> None:
            sent.extend(args[0])

        def apply_async(self, args: tuple[list[int]]) -> None:
            sent.extend(args[0])

    monkeypatch.setattr("claims.services._verify_task", lambda: RecordingTask())
    return sent
