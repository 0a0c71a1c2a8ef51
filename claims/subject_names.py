"""The subjects a claim can count ("police", "houses"), for the translators: the lexicons name
them in English (`claims/extraction/lexicons/*.toml`) and the desk shows them through gettext
(`claims.desk.subject_display`). They are data, `claims/subject_names.txt`, read once by
`claims/vocabulary.py`; a test keeps them equal to the lexicons' labels and one checks every
one has its Indonesian name in `locale/id/LC_MESSAGES/django.po`.
"""

from __future__ import annotations

from claims.vocabulary import SUBJECT_NAMES

__all__ = ["SUBJECT_NAMES"]
