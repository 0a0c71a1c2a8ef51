"""Compile locale/*/LC_MESSAGES/*.po to .mo without GNU gettext (Babel is a runtime dependency).

`manage.py compilemessages` needs `msgfmt`; this does the same for the project's own
catalogues where gettext is not installed. Usage: python scripts/compile_messages.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def compile_catalogues(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=po_path.parent.parent.name)
        errors = [(message.id, error) for message, errors in catalog.check() for error in errors]
        if errors:
            raise SystemExit(f"{po_path}: {errors}")
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as mo_file:
            # Fuzzy entries are guesses awaiting review; like msgfmt, leave them out.
            write_mo(mo_file, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


if __name__ == "__main__":
    for path in compile_catalogues():
        sys.stdout.write(f"compiled {path.relative_to(LOCALE_DIR.parent)}\n")
