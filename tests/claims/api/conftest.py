from __future__ import annotations

from tests.claims.api.support import (  # noqa: F401
    _fresh_throttle_buckets,
    clients,
    editor,
    local_server,
    partner_key,
    world,
)
