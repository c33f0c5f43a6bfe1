"""The month-end forecast of the month in progress, and how accurate it has been.

Tickets: per customer and metric, the compliance the month is heading for, from what is decided so far, the open
tickets whose due moment falls in the month, and the pace so far for the rest (queries/metrics/forecast_tickets.sql
has the rule), and how many more breaches the month can absorb before a target is missed. Availability: per
customer and service, the downtime minutes left before the target and before each credit tier, and the credit owed
if the burn rate so far holds (availability so far is then the month's).

The backtest makes the same forecast from the data as it stood on days 10, 15 and 20 of past months and compares it
with the months' actual figures: the mean absolute error in percentage points, beside that of simply taking the
compliance so far.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import pandas as pd

from sla import store
from sla.metrics import kpis, overview, periods, trends
from sla.store import marts_state, settings, sql
from sla.store.scope import LOCAL, Scope

MIN_HISTORY = 30  # decided metrics a customer needs in the three months before, else the metric's shares over all
DAYS = (10, 15, 20)  # the backtest forecasts from the data as it stood at the start of these days of the month
TICKET_COLUMNS = ("customer", "metric", "target_pct", "met", "breached", "pending", "pending_at_risk",
                  "compliance_pct", "projected_met", "projected_breached", "projected_compliance_pct", "on_track",
                  "absorbable")


@dataclass(frozen=True)
class Forecast:
    """The forecast of the month in progress (None in `progress` when `month` is not in progress)."""

    month: str
    as_of: datetime
    progress: periods.Progress | None
    tickets: pd.DataFrame  # TICKET_COLUMNS
    availability: pd.DataFrame  # customer, service, target_pct, availability_pct, minutes_to_target, tiers, ...
    credits: pd.DataFrame  # month, customer, credit_amount: owed if the burn rate holds (at most the fee)
    currencies: dict[str, str]  # customer -> currency


def forecast(db: Path | str | None, customers: Sequence[str] = (), as_of: datetime | None = None,
             scope: Scope = LOCAL) -> Forecast:
    """The forecast of the month in progress as of `as_of` (default now; of `customers`, none: all; only the
    scope's)."""
    as_of = as_of or settings.now()
    customers, one = overview.asked(customers, scope)
    with store.connect(db, read_only=True) as con:
        for name in customers:
            overview.check_customer(con, name, scope)
        kpis.has_marts(con)
        tz = settings.get(con, "report_timezone")
        month = _month_of(as_of, tz)
        first, _, p0, p1 = periods.month_bounds(month, None, tz)
        cur = con.cursor()
        try:
            _cutoffs(cur, [(first, p0, p1, as_of)])
            tickets = _tickets(_projected(cur, one))
            available, credits = _availability(cur, first, p0, p1, as_of, one)
            currencies = dict(cur.execute("select customer, currency from stg_customers where currency is not null"
                                          ).fetchall())
        finally:
            cur.close()
    return Forecast(month, as_of, periods.progress(month, as_of, tz), overview.only(tickets, customers),
                    overview.only(available, customers), overview.only(credits, customers),
                    {c: v for c, v in currencies.items() if not customers or c in customers})


def _month_of(moment: datetime, tz: str) -> str:
    local = pd.Timestamp(moment).tz_localize("UTC").tz_convert(tz)
    return f"{local.year:04d}-{local.month:02d}"


def _cutoffs(cur: duckdb.DuckDBPyConnection, cutoffs: list[tuple[date, datetime, datetime, datetime]]) -> None:
    """Temp table forecast_cutoffs (month, p0, p1, as_of), and local_day() for the marts' months."""
    basis = marts_state.read(cur).basis
    sql.execute(cur, "marts/utc_days", tz=basis.report_timezone, first_day=basis.segments_from,
                end_day=basis.segments_to)
    sql.execute(cur, "marts/macros")
    cur.execute("create or replace temp table forecast_cutoffs "
                "(month date, p0 timestamp, p1 timestamp, as_of timestamp)")
    cur.executemany("insert into forecast_cutoffs values (?, ?, ?, ?)", [list(c) for c in cutoffs])


def _projected(cur: duckdb.DuckDBPyConnection, customer: str | None) -> pd.DataFrame:
    """queries/metrics/forecast_tickets.sql for the cutoffs."""
    return sql.df(cur, "metrics/forecast_tickets", customer=customer, min_history=MIN_HISTORY)


def _tickets(projected: pd.DataFrame) -> pd.DataFrame:
    """Per customer and metric (and cutoff, where there are several): figures so far, the projection and the
    breaches the month can absorb; on track only when every target share of the customer's metric is."""
    if projected.empty:
        return pd.DataFrame(columns=[*TICKET_COLUMNS, "month", "as_of"])
    total = projected["projected_met"] + projected["projected_breached"]
    share = 100.0 * projected["projected_met"] / total.where(total > 0)
    frame = projected.assign(
        on_track=(share >= projected["target_pct"]).where(share.notna()),
        absorbable=(total * (1 - projected["target_pct"] / 100) - projected["breached"]).map(
            lambda x: math.floor(x + 1e-9) if pd.notna(x) else None))
    keys = ["month", "as_of", "customer", "metric"]
    grouped = frame.groupby(keys, dropna=False, sort=True)
    out = grouped.agg(met=("met", "sum"), breached=("breached", "sum"), pending=("pending", "sum"),
                      pending_at_risk=("pending_at_risk", "sum"), projected_met=("projected_met", "sum"),
                      projected_breached=("projected_breached", "sum"),
                      target_pct=("target_pct", lambda s: s.iloc[0] if s.nunique() == 1 else None),
                      on_track=("on_track", lambda s: bool(s.dropna().all()) if s.notna().any() else None),
                      absorbable=("absorbable", lambda s: min((x for x in s if x is not None), default=None)))
    out = out.reset_index()
    decided = out["met"] + out["breached"]
    projected_total = out["projected_met"] + out["projected_breached"]
    out["compliance_pct"] = (100.0 * out["met"] / decided).where(decided > 0)
    out["projected_compliance_pct"] = (100.0 * out["projected_met"] / projected_total).where(projected_total > 0)
    return out[[*TICKET_COLUMNS, "month", "as_of"]]


def _availability(cur: duckdb.DuckDBPyConnection, first: date, p0: datetime, p1: datetime, as_of: datetime,
                  customer: str | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per customer and service: availability so far, the minutes left before the target and each tier, and the
    credit if the burn rate holds; and that credit per customer (kpis.credits_owed)."""
    rows = kpis.availability_rows(cur, [(first, p0, p1)], as_of, customer)
    rows = rows[rows["customer"].notna() & rows["target_pct"].notna()] if len(rows) else rows
    if rows.empty:
        return pd.DataFrame(), pd.DataFrame(columns=["month", "customer", "credit_amount"])
    tiers = sql.df(cur, "metrics/forecast_availability", customer=customer)
    listed = (tiers.dropna(subset=["below_pct"]).groupby(["customer", "service"])
              .apply(lambda f: f[["below_pct", "credit_pct", "minutes_to_tier"]].to_dict("records"),
                     include_groups=False).rename("tiers").reset_index())
    out = (rows[["month", "customer", "service", "target_pct", "availability_pct", "downtime_minutes",
                 "budget_left_minutes", "credit_pct", "credit_below_pct", "credit_amount", "monthly_fee"]]
           .merge(listed, on=["customer", "service"], how="left"))
    out["tiers"] = out["tiers"].map(lambda t: t if isinstance(t, list) else [])
    return out.reset_index(drop=True), kpis.credits_owed(out)


@dataclass(frozen=True)
class Backtest:
    """Forecasts made on days of past months beside the months' actual figures, and their errors."""

    first: str
    last: str
    tickets: pd.DataFrame  # month, day, customer, metric, projected, so_far, actual (compliance %)
    availability: pd.DataFrame  # month, day, customer, service, so_far (the projection), actual (availability %)

    def error(self, column: str = "projected", kind: str = "tickets") -> float | None:
        """The mean absolute error, in percentage points, of a column against the actual figure."""
        frame = self.tickets if kind == "tickets" else self.availability
        pairs = frame.dropna(subset=[column, "actual"]) if len(frame) else frame
        return float((pairs[column] - pairs["actual"]).abs().mean()) if len(pairs) else None

    def count(self, kind: str = "tickets") -> int:
        frame = self.tickets if kind == "tickets" else self.availability
        return len(frame.dropna(subset=["actual"])) if len(frame) else 0


def backtest(db: Path | str | None, first: str, last: str, days: tuple[int, ...] = DAYS,
             customers: Sequence[str] = (), scope: Scope = LOCAL) -> Backtest:
    """Forecasts of each month first..last from the data as it stood at the start of each of `days`, beside the
    month's actual compliance and availability (per customer and metric, customer and service; only the scope's
    customers')."""
    customers, customer = overview.asked(customers, scope)
    with store.connect(db, read_only=True) as con:
        kpis.has_marts(con)
        tz = settings.get(con, "report_timezone")
        _, _, start, end = periods.month_bounds(first, last, tz)
        months = [periods.month_bounds(m, None, tz) for m in periods.months(first, last)]
        cutoffs = [(f, p0, p1, periods.utc(f + timedelta(days=d - 1), tz)) for f, _, p0, p1 in months for d in days]
        cur = con.cursor()
        try:
            _cutoffs(cur, cutoffs)
            tickets = _tickets(_projected(cur, customer))
            kpis.prepare_outcomes(cur, end)
            actual = sql.df(cur, "metrics/whatif_tickets", period_start=start, period_end=end, customer=customer,
                            by_priority=False)
            uptime = _availability_backtest(cur, months, days, first, last, customer)
        finally:
            cur.close()
    tickets = tickets.assign(day=pd.to_datetime(tickets["as_of"]).dt.tz_localize("UTC").dt.tz_convert(tz).dt.day,
                             month=pd.to_datetime(tickets["month"]))
    actual = actual.assign(month=pd.to_datetime(actual["month"]))[["month", "customer", "metric", "compliance_pct"]]
    joined = tickets.merge(actual.rename(columns={"compliance_pct": "actual"}), how="left",
                           on=["month", "customer", "metric"])
    frame = joined.rename(columns={"projected_compliance_pct": "projected", "compliance_pct": "so_far"})
    frame["month"] = frame["month"].dt.strftime("%Y-%m")
    return Backtest(first, last, overview.only(frame[["month", "day", "customer", "metric", "projected", "so_far",
                                                      "actual"]], customers), overview.only(uptime, customers))


def _availability_backtest(cur: duckdb.DuckDBPyConnection, months: list[tuple], days: tuple[int, ...], first: str,
                           last: str, customer: str | None) -> pd.DataFrame:
    """Availability so far on each day (the forecast when the burn rate holds) beside each month's actual."""
    actual = trends.availability_trend(cur, first, last, customer)
    columns = ["month", "day", "customer", "service", "so_far", "actual"]
    if actual.empty:
        return pd.DataFrame(columns=columns)
    tz = settings.get(cur, "report_timezone")
    frames = []
    for day in days:  # one measurement of every month, each up to its cutoff
        cut = [(f, p0, periods.utc(f + timedelta(days=day - 1), tz)) for f, _, p0, _ in months]
        rows = kpis.availability_rows(cur, cut, max(c[2] for c in cut), customer)
        frames.append(rows.assign(day=day)[["month", "day", "customer", "service", "availability_pct"]])
    so_far = pd.concat(frames, ignore_index=True).rename(columns={"availability_pct": "so_far"})
    actual = actual[["month", "customer", "service", "availability_pct"]].rename(columns={"availability_pct": "actual"})
    out = so_far.merge(actual, on=["month", "customer", "service"], how="inner")
    out = out[out["customer"].notna()]
    out["month"] = pd.to_datetime(out["month"]).dt.strftime("%Y-%m")
    return out[columns].reset_index(drop=True)
