"""Moved to `factcheck/api/common.py` (issue 15).

Kept only for claims/api/serializers.py, which another branch rewrites: once it imports
`factcheck.api.common`, delete this module.
"""

from __future__ import annotations

from factcheck.api.common import (  # noqa: F401
    MAX_ID,
    NO_NUL_PATTERN,
    TEXT_PATTERN,
    StrictCharField,
    StrictIdField,
    StrictSerializer,
    StrictURLField,
)
