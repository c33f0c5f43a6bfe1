"""The Overview's tiles as the language writes them: shared by the Overview page and the one-page PDF, so both
show the same text, verdict and help for the same number."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from sla import i18n
from sla.metrics import kpis
from sla.metrics.kpis import REGISTRY

LOWER_IS_BETTER = {"breaches", "credits"}
COUNTS = {"breaches", "credits"}  # sums over the month's days: a month in progress is not compared with them
ACROSS = {"first_response": "overview.across_tickets", "resolution": "overview.across_tickets",
          "availability": "overview.across_availability", "csat": "overview.across_feedback",
          "nps": "overview.across_feedback"}


@dataclass(frozen=True)
class Tile:
    """One KPI tile: label (with its target, or how many customers met theirs), value, change against the
    previous month, verdict (met | missed | on_track | at_risk | None) and the help lines."""

    key: str
    label: str
    value: str
    change: str | int | None
    verdict: str | None
    notes: tuple[str, ...]


def shown(key: str, value: float | None, lang: str, currency: str = "", target: float | None = None,
          tiers: tuple[float | None, ...] = ()) -> str:
    """A tile value as the language writes it: a KPI by its registry format on the true side of its target(s),
    credits as money."""
    if value is None or pd.isna(value):
        return "–"
    if key == "credits":
        return i18n.money(value, currency, lang) if len(currency) == 3 else i18n.number(value, lang, 2)
    if key in REGISTRY:
        return kpis.format_value(key, value, lang, target, tiers)
    return i18n.number(value, lang)


def change(key: str, value: float | None, previous: float | None, lang: str) -> str | int | None:
    """The change against the previous month as shown (percentage points for percentages); 0 when none."""
    if value is None or previous is None or pd.isna(value) or pd.isna(previous):
        return None
    places = kpis.decimals(REGISTRY[key]) if key in REGISTRY else 0
    delta = round(float(value) - float(previous), places)
    if delta == 0:
        return 0
    text = ("+" if delta > 0 else "-") + i18n.number(abs(delta), lang, places)
    return i18n.t("overview.pp", lang, value=text) if key in REGISTRY and REGISTRY[key].unit == "pct" else text


def _known(value: object) -> bool:
    return value is not None and not pd.isna(value)


def _verdict(row: pd.Series, in_progress: bool) -> str | None:
    """Met when every customer in scope with a target met it (on track while the month runs), else missed."""
    if not _known(row.get("customers_judged")) or not row["customers_judged"]:
        return None
    met = row["customers_met"] == row["customers_judged"]
    return ("on_track" if met else "at_risk") if in_progress else ("met" if met else "missed")


def _target_text(row: pd.Series, verdict: str | None, lang: str) -> str | None:
    """'target 95 %' for one customer; '10 of 12 customers met' (or 'on track') for several."""
    if verdict and row["customers_judged"] > 1:
        return i18n.t(f"overview.customers_{verdict}", lang, n=i18n.number(row["customers_met"], lang),
                      of=i18n.number(row["customers_judged"], lang))
    low, high = row.get("target_min"), row.get("target_max")
    if not _known(low):
        return None
    text = i18n.target_percent(low, lang)
    if _known(high) and high != low:
        text = f"{text.removesuffix(' %')}–{i18n.target_percent(high, lang)}"
    return i18n.t("overview.target", lang, target=text)


def make(key: str, row: pd.Series, figures: dict, lang: str) -> Tile:
    """The tile of a KPI from its row of month_summary's tiles."""
    progress = figures.get("progress")
    name = REGISTRY[key].label[lang] if key in REGISTRY else i18n.t(f"overview.{key}", lang)
    verdict = _verdict(row, progress is not None)
    target = _target_text(row, verdict, lang)
    compared = not (progress and key in COUNTS)
    previous = i18n.month(figures["previous"], lang)
    notes = [REGISTRY[key].definition[lang] if key in REGISTRY else i18n.t("overview.credits_help", lang)]
    if key == "breaches":
        notes.append(i18n.t("overview.breaches_help", lang))
    if key in LOWER_IS_BETTER:
        notes.append(i18n.t("overview.lower_better", lang))
    else:
        notes.append(i18n.t(ACROSS[key], lang))
        if not target:
            notes.append(i18n.t("overview.no_target", lang))
    if _known(row.get("sample")):
        notes.append(i18n.t("overview.sample_tickets" if ACROSS.get(key) == "overview.across_tickets"
                            else "overview.sample_responses", lang, n=i18n.number(row["sample"], lang)))
    if progress:
        notes.append(i18n.t("overview.progress_compared" if compared else "overview.progress_not_compared", lang,
                            days=progress.days, of=progress.of, month=previous))
    notes.append(i18n.t("overview.previous", lang, month=previous,
                        value=shown(key, row["previous"], lang, figures["currency"])))
    thresholds = (row.get("target_min"), (row.get("target_max"),))
    return Tile(
        key=key,
        label=f"{name} · {target}" if target else name,
        value=shown(key, row["value"], lang, figures["currency"], *thresholds),
        change=change(key, row["value"], row["previous"], lang) if compared else None,
        verdict=verdict,
        notes=tuple(notes),
    )
