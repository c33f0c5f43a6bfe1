"""The one translation table (English, Nederlands) and the number/date formats of each language.

Every label, help text and message the dashboard or report shows comes from TEXT (KPI names and definitions
come from sla.metrics.kpis.REGISTRY). Keys are grouped per page, one module each; a missing Dutch text falls
back to English.
"""

from __future__ import annotations

import math
from datetime import date, datetime

# One module of texts per page, so that work on one page does not touch the others' texts.
from sla.i18n import availability, breaches, data, delivery, feedback, overview, pdf, reports, scorecard, shared, trends

LANGUAGES = {"en": "English", "nl": "Nederlands"}
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}

TEXT: dict[str, dict[str, str]] = {
    **shared.TEXT,
    **overview.TEXT,
    **trends.TEXT,
    **breaches.TEXT,
    **availability.TEXT,
    **feedback.TEXT,
    **reports.TEXT,
    **data.TEXT,
    **scorecard.TEXT,
    **pdf.TEXT,
    **delivery.TEXT,
}


def t(key: str, lang: str = "en", **values: object) -> str:
    """The text for a key in a language (English when missing), with {placeholders} filled."""
    entry = TEXT[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def _grouped(value: float, decimals: int, lang: str) -> str:
    text = f"{value:,.{decimals}f}"
    if lang == "nl":  # 1,234.5 -> 1.234,5
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def number(value: float | None, lang: str = "en", decimals: int = 0) -> str:
    """A number with the language's grouping and decimal mark: 1,234.5 / 1.234,5; '–' when missing."""
    return "–" if _missing(value) else _grouped(float(value), decimals, lang)


def percent(value: float | None, lang: str = "en", decimals: int = 2) -> str:
    """A 0-100 percentage: '99.95 %' in English, '99,95 %' in Dutch; '–' when missing."""
    return "–" if _missing(value) else f"{_grouped(float(value), decimals, lang)} %"


def month(value: date | datetime | str, lang: str = "en") -> str:
    """A month label: 'Oct 2026' / 'okt 2026'."""
    if isinstance(value, str):
        value = date.fromisoformat(value[:7] + "-01")
    return f"{MONTHS[lang][value.month - 1]} {value.year}"


def day(value: date | datetime, lang: str = "en") -> str:
    """A date: '2026-10-31' in English, '31-10-2026' in Dutch."""
    return value.strftime("%d-%m-%Y" if lang == "nl" else "%Y-%m-%d")


def moment(value: datetime | None, lang: str = "en") -> str:
    """A date and time to the minute in the language's order; '–' when missing."""
    if value is None or str(value) == "NaT":
        return "–"
    return value.strftime("%d-%m-%Y %H:%M" if lang == "nl" else "%Y-%m-%d %H:%M")


def duration(minutes: float | None, lang: str = "en") -> str:
    """Minutes as '2 h 05 min' / '2 u 05 min'; days past 48 hours."""
    if _missing(minutes):
        return "–"
    minutes = round(float(minutes))
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else ""
    h = "u" if lang == "nl" else "h"
    if hours >= 48:
        days, hours = divmod(hours, 24)
        d = "d"
        return f"{sign}{days} {d} {hours} {h}"
    return f"{sign}{hours} {h} {rest:02d} min" if hours else f"{sign}{rest} min"
