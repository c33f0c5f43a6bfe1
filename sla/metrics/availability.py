"""The Availability page's figures per service: uptime by month against target, error budget and burn rate,
downtime incidents, maintenance windows and response time percentiles.

Uptime per month comes from sla.metrics.trends.availability_trend (the availability KPI of each month); this module
only reduces its customer rows to one row per service and target and adds the budget figures.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd

from sla import i18n, store
from sla.metrics import kpis, periods, trends
from sla.store import settings, sql

MONTHS = 12
SERVICE_COLUMNS = ("month", "service", "target_pct", "customers", "availability_pct", "ok", "downtime_minutes",
                   "maintenance_minutes", "coverage_pct", "budget_minutes", "budget_left_minutes", "burn_rate")


def monthly(db: Path | str | None, first_month: str, last_month: str, as_of: datetime | None = None) -> pd.DataFrame:
    """The availability KPI rows (customer x service) of every month that has begun."""
    with store.connect(db, read_only=True) as con:
        return trends.availability_trend(con, first_month, last_month, as_of=as_of)


def by_service(frame: pd.DataFrame, customers: tuple[str, ...] = (), services: tuple[str, ...] = ()) -> pd.DataFrame:
    """One row per month, service and target over the customers chosen (empty: all).

    Customers that share a service and target share a row; where their calendars differ, the row shows the
    lowest availability and the smallest error budget. Error budget: the downtime the target allows,
    (100 - target) % of the eligible time (so far, in the month in progress). Burn rate: the share of the budget
    used divided by the share of the period elapsed (above 1 the budget runs out before the period ends).
    """
    if frame.empty:
        return pd.DataFrame(columns=list(SERVICE_COLUMNS))
    rows = (frame[_mask(frame, customers, services)]
            .groupby(["month", "service", "target_pct"], dropna=False, as_index=False)
            .agg(customers=("customer", "nunique"), availability_pct=("availability_pct", "min"),
                 downtime_minutes=("downtime_minutes", "max"), maintenance_minutes=("maintenance_minutes", "max"),
                 coverage_pct=("coverage_pct", "min"), budget_minutes=("budget_minutes", "min"),
                 budget_left_minutes=("budget_left_minutes", "min"), burn_rate=("burn_rate", "max")))
    known = rows["target_pct"].notna() & rows["availability_pct"].notna()
    rows = rows.assign(ok=(rows["availability_pct"] >= rows["target_pct"]).where(known))
    return rows[list(SERVICE_COLUMNS)].sort_values(["service", "target_pct", "month"], ignore_index=True)


def _mask(frame: pd.DataFrame, customers: tuple[str, ...], services: tuple[str, ...]) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    if customers:
        mask &= frame["customer"].isin(customers)
    if services:
        mask &= frame["service"].isin(services)
    return mask


def incidents(db: Path | str | None, month: str, services: tuple[str, ...] = (),
              as_of: datetime | None = None) -> pd.DataFrame:
    """Down periods overlapping the month: runs of down checks and outage log entries (report time zone)."""
    as_of = as_of or settings.now()
    with store.connect(db, read_only=True) as con:
        tz = settings.get(con, "report_timezone")
        _, _, start, end = periods.month_bounds(month, None, tz)
        frame = sql.df(con, "metrics/availability_incidents", period_start=start, period_end=end, as_of=as_of,
                       services=list(services))
    return kpis.local_times(frame, ("started_at", "ended_at"), tz)


def maintenance(db: Path | str | None, month: str, services: tuple[str, ...] = ()) -> pd.DataFrame:
    """Planned maintenance windows overlapping the month (report time zone)."""
    with store.connect(db, read_only=True) as con:
        tz = settings.get(con, "report_timezone")
        _, _, start, end = periods.month_bounds(month, None, tz)
        frame = sql.df(con, "metrics/availability_maintenance", period_start=start, period_end=end,
                       services=list(services))
    return kpis.local_times(frame, ("starts_at", "ends_at"), tz)


def response_times(db: Path | str | None, first_month: str, last_month: str,
                   services: tuple[str, ...] = ()) -> pd.DataFrame:
    """Response time p50 / p95 / p99 (ms) per service and month, from the checks."""
    with store.connect(db, read_only=True) as con:
        tz = settings.get(con, "report_timezone")
        _, _, start, end = periods.month_bounds(first_month, last_month, tz)
        return sql.df(con, "metrics/availability_response", period_start=start, period_end=end, tz=tz,
                      services=list(services))


def series(rows: pd.DataFrame, service: str, target: float | None) -> pd.DataFrame:
    """The months of one service and target from by_service (target None: the service without a target)."""
    same_target = rows["target_pct"].isna() if target is None else rows["target_pct"] == target
    return rows[(rows["service"] == service) & same_target]


def display(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """by_service rows as text in the language, for tables: percentages, durations, a marked verdict."""
    verdicts = {True: "availability.met", False: "availability.below"}
    return pd.DataFrame({
        "month": [i18n.month(m, lang) for m in rows["month"]],
        "service": rows["service"],
        "target_pct": [i18n.percent(v, lang) for v in rows["target_pct"]],
        "customers": rows["customers"],
        "availability_pct": [i18n.percent(v, lang) for v in rows["availability_pct"]],
        "verdict": [i18n.t(verdicts.get(ok, "availability.no_target"), lang) for ok in rows["ok"]],
        "downtime": [i18n.duration(v, lang) for v in rows["downtime_minutes"]],
        "maintenance": [i18n.duration(v, lang) for v in rows["maintenance_minutes"]],
        "coverage_pct": [i18n.percent(v, lang) for v in rows["coverage_pct"]],
        "budget": [i18n.duration(v, lang) for v in rows["budget_minutes"]],
        "budget_left": [i18n.duration(v, lang) for v in rows["budget_left_minutes"]],
        "burn_rate": [burn(v, lang) for v in rows["burn_rate"]],
    }, index=rows.index)


def burn(value: float | None, lang: str) -> str:
    """A burn rate as '3.47×' / '3,47×'."""
    text = i18n.number(value, lang, 2)
    return text if text == "–" else f"{text}×"
