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
from sla.metrics import kpis, overview, periods, trends
from sla.metrics import monthly as monthly_marts
from sla.store import settings, sql
from sla.store.scope import LOCAL, Scope

MONTHS = 12
# The burn-rate alert windows of Google's SRE workbook (ch. 5) that Grafana SLO also draws: a fast burn spends 2 %
# of a month's error budget in one hour (14.4x), a slow burn 5 % in six hours (6x).
FAST_BURN = (1, 14.4)
SLOW_BURN = (6, 6.0)
SERVICE_COLUMNS = ("month", "service", "target_min", "target_max", "customers", "below", "judged", "availability_pct",
                   "ok", "downtime_minutes", "maintenance_minutes", "coverage_pct", "budget_minutes",
                   "budget_left_minutes", "burn_rate")


def monthly(db: Path | str | None, first_month: str, last_month: str, as_of: datetime | None = None,
            scope: Scope = LOCAL) -> pd.DataFrame:
    """The availability KPI rows (customer x service, of the scope's customers) of every month that has begun."""
    with store.connect(db, read_only=True) as con:
        frame = trends.availability_trend(con, first_month, last_month, as_of=as_of)
    return frame if scope.everything else frame[frame["customer"].isin(scope.customers)].reset_index(drop=True)


def by_service(frame: pd.DataFrame, customers: tuple[str, ...] = (), services: tuple[str, ...] = ()) -> pd.DataFrame:
    """One row per month and service over the customers chosen (empty: all).

    Customers whose contracts set different targets or calendars for one service share its row: the row shows
    the range of targets, how many customers fell below theirs, and the least favourable figures (the lowest
    availability and coverage, the most downtime, the smallest error budget, the highest burn rate). Error
    budget: the downtime the target allows, (100 - target) % of the eligible time (so far, in the month in
    progress). Burn rate: the share of the budget used divided by the share of the period elapsed.
    """
    if frame.empty:
        return pd.DataFrame(columns=list(SERVICE_COLUMNS))
    rows = frame[_mask(frame, customers, services)]
    rows = (rows.assign(missed=rows["ok"].eq(False), judged=rows["ok"].notna())
            .groupby(["month", "service"], as_index=False)
            .agg(target_min=("target_pct", "min"), target_max=("target_pct", "max"),
                 customers=("customer", "nunique"), below=("missed", "sum"), judged=("judged", "sum"),
                 availability_pct=("availability_pct", "min"), downtime_minutes=("downtime_minutes", "max"),
                 maintenance_minutes=("maintenance_minutes", "max"), coverage_pct=("coverage_pct", "min"),
                 budget_minutes=("budget_minutes", "min"), budget_left_minutes=("budget_left_minutes", "min"),
                 burn_rate=("burn_rate", "max")))
    rows = rows.assign(ok=(rows["below"] == 0).where(rows["judged"] > 0))
    return rows[list(SERVICE_COLUMNS)].sort_values(["service", "month"], ignore_index=True)


def _mask(frame: pd.DataFrame, customers: tuple[str, ...], services: tuple[str, ...]) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    if customers:
        mask &= frame["customer"].isin(customers)
    if services:
        mask &= frame["service"].isin(services)
    return mask


def incidents(db: Path | str | None, month: str, services: tuple[str, ...] = (),
              as_of: datetime | None = None, scope: Scope = LOCAL) -> pd.DataFrame:
    """Down periods overlapping the month: runs of down checks and outage log entries (report time zone), of the
    services (none: all the scope's customers take)."""
    as_of = as_of or settings.now()
    with store.connect(db, read_only=True) as con:
        services = overview.services_in_scope(con, scope, services)
        tz = settings.get(con, "report_timezone")
        _, _, start, end = periods.month_bounds(month, None, tz)
        frame = sql.df(con, "metrics/availability_incidents", period_start=start, period_end=end, as_of=as_of,
                       services=list(services))
    return kpis.local_times(frame, ("started_at", "ended_at"), tz)


def maintenance(db: Path | str | None, month: str, services: tuple[str, ...] = (),
                scope: Scope = LOCAL) -> pd.DataFrame:
    """Planned maintenance windows overlapping the month (report time zone), of the services (none: all the
    scope's customers take)."""
    with store.connect(db, read_only=True) as con:
        services = overview.services_in_scope(con, scope, services)
        tz = settings.get(con, "report_timezone")
        _, _, start, end = periods.month_bounds(month, None, tz)
        frame = sql.df(con, "metrics/availability_maintenance", period_start=start, period_end=end,
                       services=list(services))
    return kpis.local_times(frame, ("starts_at", "ends_at"), tz)


def response_times(db: Path | str | None, first_month: str, last_month: str,
                   services: tuple[str, ...] = (), scope: Scope = LOCAL) -> pd.DataFrame:
    """Response time p50 / p95 / p99 (ms) per service and month, from the checks (of the services; none: all the
    scope's customers take)."""
    with store.connect(db, read_only=True) as con:
        services = overview.services_in_scope(con, scope, services)
        tz = settings.get(con, "report_timezone")
        _, _, start, end = periods.month_bounds(first_month, last_month, tz)
        return sql.df(con, "metrics/availability_response", period_start=start, period_end=end, tz=tz,
                      services=list(services))


def budget_burn(db: Path | str | None, month: str, service: str, customers: tuple[str, ...] = (),
                as_of: datetime | None = None, scope: Scope = LOCAL) -> pd.DataFrame:
    """The service's error budget through the month, hour by hour (report time zone), for the target and
    calendar of the chosen customers (empty: all) that used the largest share of its budget.

    Columns: hour, eligible_s, downtime_s, consumed_pct (share of the month's budget used by the end of the hour),
    burn_1h and burn_6h (the burn rate over the last one and six hours; empty where no time was eligible), and
    calendar, target_pct, customers, budget_s of that target. Empty without a target or without data.
    """
    customers = scope.limit(customers)
    as_of = as_of or settings.now()
    with store.connect(db, read_only=True) as con:
        overview.services_in_scope(con, scope, (service,))
        tz = settings.get(con, "report_timezone")
        first, end_day, start, end = periods.month_bounds(month, None, tz)
        hours = pd.date_range(start, min(end, as_of), freq="h", inclusive="left")
        if hours.empty:
            return pd.DataFrame()
        local_days = hours.tz_localize("UTC").tz_convert(tz).date
        buckets = [(d, h.to_pydatetime(), min(h + pd.Timedelta(hours=1), pd.Timestamp(end)).to_pydatetime())
                   for d, h in zip(local_days, hours, strict=True)]
        kpis.measure_availability(con, buckets, as_of)
        monthly_marts.write_segments(con, first, end_day)  # the calendar hours to the month's end, for its budget
        frame = sql.df(con, "metrics/availability_burn", service=service, customers=list(customers),
                       as_of=as_of, period_end=end)
    if frame.empty:
        return frame
    worst = frame.groupby(["calendar", "target_pct"])["consumed_pct"].max().sort_values(ascending=False)
    calendar, target = worst.index[0]
    chosen = frame[(frame["calendar"] == calendar) & (frame["target_pct"] == target)]
    return kpis.local_times(chosen.rename(columns={"p0": "hour"}), ("hour",), tz).reset_index(drop=True)


def verdict(ok: object, below: int, judged: int, lang: str) -> str:
    """'✓ met', '✗ below target', or '✗ 1 of 6 below target' when only some of the customers fell below theirs."""
    if pd.isna(ok):
        return i18n.t("availability.no_target", lang)
    if ok:
        return i18n.t("availability.met", lang)
    if below < judged:
        return i18n.t("availability.some_below", lang, n=int(below), of=int(judged))
    return i18n.t("availability.below", lang)


def target_range(low: float | None, high: float | None, lang: str) -> str:
    """'99.90 %', or '99.90–99.95 %' where the customers' targets differ; '–' without a target."""
    if low is None or pd.isna(low):
        return "–"
    if high == low or pd.isna(high):
        return i18n.percent(low, lang)
    return f"{i18n.number(low, lang, 2)}–{i18n.percent(high, lang)}"


def display(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """by_service rows as text in the language, for tables: percentages, durations, a marked verdict."""
    return pd.DataFrame({
        "month": [i18n.month(m, lang) for m in rows["month"]],
        "service": rows["service"],
        "target_pct": [target_range(lo, hi, lang) for lo, hi in zip(rows["target_min"], rows["target_max"],
                                                                      strict=True)],
        "customers": rows["customers"],
        "availability_pct": [i18n.percent(v, lang) for v in rows["availability_pct"]],
        "verdict": [verdict(ok, b, j, lang) for ok, b, j in zip(rows["ok"], rows["below"], rows["judged"],
                                                                  strict=True)],
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
