"""The Overview's tile figures as the language writes them: shared by the Overview page and the one-page PDF,
so both show the same text for the same number."""

from __future__ import annotations

import pandas as pd

from sla import i18n
from sla.metrics.kpis import REGISTRY


def decimals(key: str) -> int:
    """Decimals the registry's number format shows ('0.00%' -> 2)."""
    return len(REGISTRY[key].number_format.rstrip("%").partition(".")[2]) if key in REGISTRY else 0


def shown(key: str, value: float | None, lang: str, currency: str = "") -> str:
    """A tile value as the language writes it."""
    if value is None or pd.isna(value):
        return "–"
    if key == "credits":
        return f"{currency} {i18n.number(value, lang)}".strip()
    if key in REGISTRY and REGISTRY[key].unit == "pct":
        return i18n.percent(value, lang, decimals(key))
    return i18n.number(value, lang, decimals(key))


def change(key: str, value: float | None, previous: float | None, lang: str) -> str | int | None:
    """The change against the previous month as shown (percentage points for percentages); 0 when none."""
    if value is None or previous is None or pd.isna(value) or pd.isna(previous):
        return None
    delta = round(float(value) - float(previous), decimals(key))
    if delta == 0:
        return 0
    text = ("+" if delta > 0 else "-") + i18n.number(abs(delta), lang, decimals(key))
    return i18n.t("overview.pp", lang, value=text) if key in REGISTRY and REGISTRY[key].unit == "pct" else text
