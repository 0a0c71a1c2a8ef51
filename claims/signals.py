"""What claims tells the apps above it, without importing them (tests/test_import_layers.py):
they connect receivers in their AppConfig.ready.

`verdicts_changed`: claims' current verdicts changed their label or confidence (a new claim
verdict, a re-check, an editor's override). Sent inside the transaction that wrote them, with
`changes`, a list of (claim id, verdict id); a receiver that writes joins that transaction,
and one that acts outside the database does so on commit. The partners app records and sends
its webhook deliveries (partners.receivers).
"""

from __future__ import annotations

from django.dispatch import Signal

verdicts_changed = Signal()
