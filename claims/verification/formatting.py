"""Figures and dates as each language writes them (``2,200`` / ``2.200``, ``13 May`` /
``13 Mei``): the words of the verdict sentences (`explain`) are built from these."""

from __future__ import annotations

import datetime

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"),
}  # fmt: skip


def number(value: float, language: str) -> str:
    """A figure as the language writes it.

    >>> number(2200, "en"), number(2200, "id"), number(2.5, "id"), number(1250000.75, "en")
    ('2,200', '2.200', '2,5', '1,250,000.75')
    """
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if language == "id":
        text = text.translate(str.maketrans(",.", ".,"))
    return text


def with_unit(text: str, unit: str | None) -> str:
    if unit is None:
        return text
    return f"{text}%" if unit == "percent" else f"{text} {unit}"


def date_text(day: datetime.date, language: str, year: int | None = None) -> str:
    """``6 January`` (``6 Januari``), with the year unless it is ``year``.

    >>> date_text(datetime.date(2024, 5, 13), "id"), date_text(datetime.date(2024, 5, 13), "en", 2024)
    ('13 Mei 2024', '13 May')
    """
    language = "id" if language == "id" else "en"
    text = f"{day.day} {_MONTHS[language][day.month - 1]}"
    return text if day.year == year else f"{text} {day.year}"
