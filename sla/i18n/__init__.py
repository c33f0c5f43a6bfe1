"""The one translation table (English, Nederlands) and the number/date formats of each language
(CLDR, through Babel).

Every label, help text and message the dashboard or report shows comes from TEXT (KPI names and definitions
come from sla.metrics.kpis.REGISTRY). Keys are grouped per page, one module each; a missing Dutch text falls
back to English. The engine's own English sentences (import problems, reject reasons, configuration problems)
are shown through `message` (sla/i18n/messages.py), stored codes (priorities, statuses) through `value`
(sla/i18n/values.py).
"""

from __future__ import annotations

import math
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext

import pandas as pd
from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

# One module of texts per page, so that work on one page does not touch the others' texts.
from sla.i18n import (
    access,
    availability,
    breaches,
    contract,
    data,
    delivery,
    feedback,
    overview,
    pdf,
    reports,
    scorecard,
    shared,
    trends,
)
from sla.i18n.messages import message as message  # re-exported: i18n.message(text, lang)
from sla.i18n.values import value as value  # re-exported: i18n.value(kind, code, lang)

LANGUAGES = {"en": "English", "nl": "Nederlands"}

TEXT: dict[str, dict[str, str]] = {
    **shared.TEXT,
    **access.TEXT,
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
    **contract.TEXT,
}


def t(key: str, lang: str = "en", **values: object) -> str:
    """The text for a key in a language (English when missing), with {placeholders} filled."""
    entry = TEXT[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


LOCALES = {"en": "en", "nl": "nl_NL"}  # CLDR locales: grouping, decimal mark, month names, currency placement
DATE_FORMATS = {"en": "yyyy-MM-dd", "nl": "dd-MM-yyyy"}  # nl is CLDR's short date; en stays ISO for our users


def _missing(value: object) -> bool:
    return value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _decimal(value: float, decimals: int, lang: str) -> str:
    """The one rounding of the dashboard: half up at `decimals`, written with the CLDR symbols of the language."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    with localcontext(rounding=ROUND_HALF_UP):  # Babel quantizes in the current decimal context
        return format_decimal(Decimal(repr(float(value))), format=pattern, locale=LOCALES.get(lang, "en"))


def number(value: float | None, lang: str = "en", decimals: int = 0) -> str:
    """A number with the language's grouping and decimal mark: 1,234.5 / 1.234,5; '–' when missing."""
    return "–" if _missing(value) else _decimal(value, decimals, lang)


def signed(value: float | None, lang: str = "en", decimals: int = 0) -> str:
    """A change with its sign: '+1.2' / '-0,5' (0 has none); '–' when missing."""
    return ("+" if not _missing(value) and value > 0 else "") + number(value, lang, decimals)


def percent(value: float | None, lang: str = "en", decimals: int = 2) -> str:
    """A 0-100 percentage: '99.95 %' in English, '99,95 %' in Dutch; '–' when missing."""
    return "–" if _missing(value) else f"{_decimal(value, decimals, lang)} %"


def target_percent(value: float | None, lang: str = "en") -> str:
    """A promised percentage (a target, a credit tier) with the decimals it has: '95 %', '99.9 %', '99.95 %'."""
    if _missing(value):
        return "–"
    decimals = next(d for d in range(7) if round(float(value), d) == round(float(value), 6))
    return percent(value, lang, decimals)


def money(value: float | None, currency: str, lang: str = "en") -> str:
    """An amount in its currency as CLDR writes it: '€1,250.00' / '€ 1.250,00'; '–' when missing."""
    if _missing(value):
        return "–"
    with localcontext(rounding=ROUND_HALF_UP):
        return format_currency(Decimal(repr(float(value))), currency, locale=LOCALES.get(lang, "en"))


def month(value: date | datetime | str, lang: str = "en") -> str:
    """A month label: 'Oct 2026' / 'okt 2026' (CLDR's abbreviated stand-alone month names)."""
    if isinstance(value, str):
        value = date.fromisoformat(value[:7] + "-01")
    return format_date(value, "LLL y", locale=LOCALES.get(lang, "en")).rstrip(".")


def day(value: date | datetime, lang: str = "en") -> str:
    """A date: '2026-10-31' in English, '31-10-2026' in Dutch."""
    return format_date(value, DATE_FORMATS.get(lang, DATE_FORMATS["en"]), locale=LOCALES.get(lang, "en"))


def moment(value: datetime | None, lang: str = "en") -> str:
    """A date and time to the minute in the language's order; '–' when missing."""
    if _missing(value) or str(value) == "NaT":
        return "–"
    pattern = DATE_FORMATS.get(lang, DATE_FORMATS["en"]) + " HH:mm"
    return format_datetime(value, pattern, locale=LOCALES.get(lang, "en"))


def duration(minutes: float | None, lang: str = "en", business: bool = False) -> str:
    """Minutes as '2 h 05 min' / '2 u 05 min'; days past 48 hours, except for business time (a day of business
    time is not 24 hours: '606 h 10 min')."""
    if _missing(minutes):
        return "–"
    minutes = int(Decimal(repr(float(minutes))).quantize(Decimal(1), ROUND_HALF_UP))
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else ""
    h = "u" if lang == "nl" else "h"
    if business:
        return f"{sign}{number(hours, lang)} {h} {rest:02d} min" if hours else f"{sign}{rest} min"
    if hours >= 48:
        days, hours = divmod(hours, 24)
        d = "d"
        return f"{sign}{number(days, lang)} {d} {hours} {h}"
    return f"{sign}{hours} {h} {rest:02d} min" if hours else f"{sign}{rest} min"
