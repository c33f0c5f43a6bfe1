"""The one translation table (English, Nederlands) and the number/date formats of each language.

Every label, help text and message the dashboard or report shows comes from TEXT (KPI names and definitions
come from sla.kpis.REGISTRY). Keys are grouped per page; a missing Dutch text falls back to English.
"""

from __future__ import annotations

import math
from datetime import date, datetime

LANGUAGES = {"en": "English", "nl": "Nederlands"}
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}

TEXT: dict[str, dict[str, str]] = {
    # --- navigation and shared filters ---
    "app.title": {"en": "SLA dashboard", "nl": "SLA-dashboard"},
    "nav.overview": {"en": "Overview", "nl": "Overzicht"},
    "nav.trends": {"en": "KPI trends", "nl": "KPI-trends"},
    "nav.breaches": {"en": "Breaches", "nl": "Overschrijdingen"},
    "nav.availability": {"en": "Availability", "nl": "Beschikbaarheid"},
    "nav.feedback": {"en": "Customer feedback", "nl": "Klantfeedback"},
    "nav.reports": {"en": "Reports", "nl": "Rapportages"},
    "nav.data": {"en": "Data", "nl": "Gegevens"},
    "filter.language": {"en": "Language", "nl": "Taal"},
    "filter.month": {"en": "Month", "nl": "Maand"},
    "filter.customer": {"en": "Customers", "nl": "Klanten"},
    "filter.service": {"en": "Services", "nl": "Diensten"},
    "filter.priority": {"en": "Priorities", "nl": "Prioriteiten"},
    "filter.all": {"en": "All", "nl": "Alle"},
    "filter.help": {"en": "Filters are part of the page address: bookmark or send it to share this view.",
                    "nl": "De filters staan in het adres van de pagina: bewaar of verstuur het om deze weergave "
                          "te delen."},
    "empty.no_data": {"en": "No data yet. Upload ticket exports, monitoring checks or survey answers on the "
                            "Data page; the dashboard recognises the kind of export from its columns.",
                      "nl": "Nog geen gegevens. Upload ticketexports, monitoringmetingen of enquêteantwoorden op "
                            "de pagina Gegevens; het dashboard herkent het soort export aan de kolommen."},
    "empty.link": {"en": "Go to the Data page", "nl": "Naar de pagina Gegevens"},
    "empty.no_rows": {"en": "Nothing in this selection.", "nl": "Niets in deze selectie."},
    "common.target": {"en": "Target", "nl": "Norm"},
    "common.error": {"en": "Something went wrong while showing this page ({kind}). The details are in the "
                           "server log.",
                     "nl": "Er ging iets mis bij het tonen van deze pagina ({kind}). De details staan in het "
                           "serverlogboek."},
    # --- overview ---
    # --- trends ---
    # --- breaches ---
    # --- availability ---
    # --- feedback ---
    # --- reports ---
    # --- data ---
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
