"""The editors' desk: the review queue, the claim page, event timelines and source settings,
one module per kind of record. Importing the package registers them all (admin autodiscovery).
"""

from __future__ import annotations

from claims.admin import claims, events, sources, verdicts  # noqa: F401  (registers the ModelAdmins)
from claims.admin.display import figure_display, marked_body

__all__ = ["figure_display", "marked_body"]
