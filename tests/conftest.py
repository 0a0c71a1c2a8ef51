"""Fixtures shared by all test modules (append new fixtures; several engineers add here)."""

from __future__ import annotations

import pytest

from factcheck import tasks_enqueue


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

        def apply_async(self, args: tuple[list[int]], **options: object) -> None:
            sent.extend(args[0])

    # Sends look the task up by name (factcheck/tasks_enqueue.py); other tasks stay real.
    real_task_named = tasks_enqueue.task_named
    monkeypatch.setattr(
        tasks_enqueue,
        "task_named",
        lambda name: RecordingTask() if name == "claims.verify_claims" else real_task_named(name),
    )
    return sent
