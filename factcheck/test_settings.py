"""Settings for the test suite: the real settings, with a throwaway signing key."""

from __future__ import annotations

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-deployment")

from factcheck.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed; tests only

# Unit tests run tasks eagerly even where a broker is configured (CI); the integration
# tests switch this off and run a real worker.
CELERY_TASK_ALWAYS_EAGER = True
# Webhook deliveries within the request, so a test sees them sent when its call returns;
# tests/partners/test_webhooks_never_block.py covers the background sending of the embedded mode.
FACTCHECK_WEBHOOK_SEND_IN_REQUEST = True
# The test client speaks plain http.
SECURE_SSL_REDIRECT = False
