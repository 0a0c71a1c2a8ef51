"""The subjects a claim can count ("police", "houses"), for the translators: the lexicons name
them in English (`claims/extraction/lexicons/*.toml`) and the desk shows them through gettext
(`claims.desk.subject_display`). Defined once in `claims/vocabulary.py` (marked there for
makemessages); a test keeps it equal to the lexicons' labels.
"""

from __future__ import annotations

from claims.vocabulary import SUBJECT_NAMES

__all__ = ["SUBJECT_NAMES"]
