"""KPIs over time: ticket compliance, availability and feedback per week or month."""

from __future__ import annotations

from datetime import datetime

import duckdb
import pandas as pd

from sla.metrics import kpis, periods
from sla.store import settings, sql

GRAINS = ("month", "week")
SPLITS = (None, "customer", "service", "priority")


def ticket_trend(con: duckdb.DuckDBPyConnection, first_month: str, last_month: str, grain: str = "month",
                 split: str | None = None, customer: str | None = None,
                 as_of: datetime | None = None) -> pd.DataFrame:
    """First-response and resolution compliance per bucket (and split value); target_pct when one applies."""
    if grain not in GRAINS or split not in SPLITS:
        raise ValueError(f"grain must be one of {GRAINS} and split one of {SPLITS}")
    if not kpis.has_marts(con):
        return pd.DataFrame(columns=["bucket", "split", "metric", "met", "breached", "compliance_pct", "target_pct"])
    as_of = as_of or settings.now()
    tz = settings.get(con, "report_timezone")
    _, _, start, end = periods.month_bounds(first_month, last_month, tz)
    kpis.prepare_outcomes(con, as_of)
    frame = sql.df(con, "metrics/trend_ticket_compliance", grain=grain, split=split or "", tz=tz, period_start=start,
                   period_end=end, customers=[customer] if customer else [], services=[], priorities=[])
    single_target = frame["target_min"].where(frame["target_min"] == frame["target_max"])
    return frame.assign(target_pct=single_target).drop(
        columns=["target_min", "target_max"])


def availability_trend(con: duckdb.DuckDBPyConnection, first_month: str, last_month: str,
                       customer: str | None = None, as_of: datetime | None = None) -> pd.DataFrame:
    """Availability, downtime, coverage, target, credit and burn rate per month and service (and customer)."""
    as_of = as_of or settings.now()
    tz = settings.get(con, "report_timezone")
    months = [(first, start, end) for first, _, start, end in
              (periods.month_bounds(m, None, tz) for m in periods.months(first_month, last_month)) if start < as_of]
    if not months:
        return pd.DataFrame()
    return kpis.availability_rows(con, months, as_of, customer)


def feedback_trend(con: duckdb.DuckDBPyConnection, first_month: str, last_month: str, grain: str = "month",
                   customer: str | None = None, by_customer: bool = False) -> pd.DataFrame:
    """CSAT and NPS per bucket with response counts (and per customer when `by_customer`)."""
    tz = settings.get(con, "report_timezone")
    _, _, start, end = periods.month_bounds(first_month, last_month, tz)
    return sql.df(con, "metrics/trend_feedback", grain=grain, tz=tz, period_start=start, period_end=end,
                  customer=customer, by_customer=by_customer)
