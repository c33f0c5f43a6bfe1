"""KPIs across the selected customers, for the Overview and KPI trends pages.

Overall figures are set-based (met and breached summed over all tickets, answers summed over all responses,
measurable time summed over all services), never an average of per-customer percentages. Filters are lists,
an empty list meaning all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd

from sla import store
from sla.metrics import kpis, periods, trends
from sla.store import data_state, settings, sql
from sla.store.scope import LOCAL, Scope

TREND_KPIS = ("first_response", "resolution", "availability", "csat", "nps")
TILE_KPIS = (*TREND_KPIS, "breaches", "credits")
TICKET_KPIS = ("first_response", "resolution")
FEEDBACK_KPIS = ("csat", "nps")
SERIES_COLUMNS = ["bucket", "split", "value", "count", "sample", "target_min", "target_max"]
# what each KPI can be split or filtered by (the rest of the dashboard's filters do not apply to it)
SPLITS = ("customer", "service", "priority", "team", "agent", "channel")
APPLIES = {
    "first_response": set(SPLITS),
    "resolution": set(SPLITS),
    "availability": {"customer", "service"},
    "csat": set(SPLITS),  # through the ticket each answer is about
    "nps": {"customer"},  # NPS answers are not about a ticket
}


def _lists(customers: Sequence[str] = (), services: Sequence[str] = (), priorities: Sequence[str] = ()) -> dict:
    return {"customers": list(customers), "services": list(services), "priorities": list(priorities)}


def _availability(con: duckdb.DuckDBPyConnection, buckets: list[tuple[date, datetime, datetime]], as_of: datetime,
                  split: str, lists: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Availability per bucket across the selected services (trend_availability), and the per customer and
    service rows of kpi_availability (targets, verdicts, credits)."""
    if not buckets:
        return pd.DataFrame(columns=["bucket", "split", "availability_pct"]), pd.DataFrame()
    rows = kpis.availability_rows(con, buckets, as_of)
    overall = sql.df(con, "metrics/trend_availability", split=split, **lists)
    return overall, rows


def month_summary(db: Path | str, month: str, customers: Sequence[str] = (),
                  as_of: datetime | None = None, scope: Scope = LOCAL) -> dict:
    """The Overview of a month for the selected customers (none: all of the scope's): tiles (this month and the
    previous one), a 12-month compliance trend, who missed a target, and the ten worst breaches."""
    customers = scope.limit(customers)
    as_of = as_of or settings.now()
    previous = periods.month_add(month, -1)
    lists = _lists(customers)
    with store.connect(db, read_only=True) as con:
        if store.is_empty(con):
            return {"empty": True}
        tz = settings.get(con, "report_timezone")
        first_trend = periods.month_add(month, -11)
        _, _, trend_start, end = periods.month_bounds(first_trend, month, tz)
        progress = periods.progress(month, as_of, tz)
        as_of = periods.freeze(as_of, end)  # a closed month's figures are those at its end
        _, _, previous_start, _ = periods.month_bounds(previous, month, tz)
        if kpis.has_marts(con):
            # the outcomes once, then the marts that kpis.ticket_kpis and kpis.breaches would each prepare again
            kpis.prepare_outcomes(con, as_of)
            month_start = periods.month_bounds(month, None, tz)[2]
            window = {"period_start": month_start, "period_end": end, "as_of": as_of, "customer": None}
            verdicts = sql.df(con, "metrics/kpi_tickets", by="", by_priority=False, **window)
            worst = kpis.local_times(sql.df(con, "metrics/breaches", **window), ("due_at",), tz)
            compliance = sql.df(con, "metrics/trend_ticket_compliance", grain="month", split="", tz=tz,
                                period_start=trend_start, period_end=end, **lists)
            by_customer = sql.df(con, "metrics/trend_ticket_compliance", grain="month", split="customer", tz=tz,
                                 period_start=month_start, period_end=end, **lists)
        else:
            verdicts = worst = compliance = by_customer = pd.DataFrame()
        feedback = sql.df(con, "metrics/trend_feedback_scores", grain="month", split="", tz=tz,
                          period_start=previous_start, period_end=end, **lists)
        buckets = periods.buckets(previous, month, "month", tz, as_of)
        availability, availability_rows = _availability(con, buckets, as_of, "", lists)
        state = data_state.read(con)
        currency = con.execute("select string_agg(distinct currency, ' ' order by currency) from stg_customers "
                               "where len($c::varchar[]) = 0 or list_contains($c::varchar[], customer)",
                               {"c": lists["customers"]}).fetchone()[0]
    tiles = _tiles(month, previous, compliance, availability, availability_rows, feedback, customers)
    return {
        "empty": False,
        "month": month,
        "previous": previous,
        "progress": progress,
        "tiles": tiles.join(_customer_verdicts(verdicts, availability_rows, month, customers)),
        "trend": compliance,
        "missed": _missed(verdicts, by_customer, availability_rows, month, customers),
        "worst": _worst(worst, customers),
        "currency": currency or "",
        "state": state,
        "timezone": tz,
    }


def _in(frame: pd.DataFrame, customers: Sequence[str]) -> pd.DataFrame:
    return frame[frame["customer"].isin(customers)] if customers and not frame.empty else frame


def _tiles(month: str, previous: str, compliance: pd.DataFrame, availability: pd.DataFrame,
           availability_rows: pd.DataFrame, feedback: pd.DataFrame, customers: Sequence[str]) -> pd.DataFrame:
    """One row per tile KPI: value this month, value the previous month, target range, sample size."""
    this, before = date.fromisoformat(month + "-01"), date.fromisoformat(previous + "-01")
    rows = {k: {"value": None, "previous": None, "target_min": None, "target_max": None, "sample": None}
            for k in TILE_KPIS}

    def pick(frame: pd.DataFrame, day: date, **where: str) -> pd.Series | None:
        if frame.empty:
            return None
        mask = frame["bucket"] == pd.Timestamp(day)
        for column, value in where.items():
            mask &= frame[column] == value
        found = frame[mask]
        return found.iloc[0] if len(found) else None

    for key in TICKET_KPIS:
        now, then = pick(compliance, this, metric=key), pick(compliance, before, metric=key)
        if now is not None:
            rows[key].update(value=now.compliance_pct, target_min=now.target_min, target_max=now.target_max,
                             sample=int(now.met + now.breached))
        if then is not None:
            rows[key]["previous"] = then.compliance_pct
    for day, column in ((this, "value"), (before, "previous")):
        decided = compliance[compliance["bucket"] == pd.Timestamp(day)] if not compliance.empty else compliance
        rows["breaches"][column] = int(decided["breached"].sum()) if len(decided) else None
    for key in FEEDBACK_KPIS:
        now, then = pick(feedback, this, metric=key), pick(feedback, before, metric=key)
        if now is not None:
            rows[key].update(value=now.score, sample=int(now.responses))
        if then is not None:
            rows[key]["previous"] = then.score
    now, then = pick(availability, this), pick(availability, before)
    if now is not None:
        rows["availability"].update(value=now.availability_pct, target_min=now.target_min,
                                    target_max=now.target_max)
    if then is not None:
        rows["availability"]["previous"] = then.availability_pct
    owed = kpis.credits_owed(_in(availability_rows, customers))
    if not owed.empty:
        per_month = owed.groupby(pd.to_datetime(owed["month"]))["credit_amount"].sum()
        rows["credits"]["value"] = per_month.get(pd.Timestamp(this))
        rows["credits"]["previous"] = per_month.get(pd.Timestamp(before))
    return pd.DataFrame.from_dict(rows, orient="index")


def _customer_verdicts(verdicts: pd.DataFrame, availability_rows: pd.DataFrame, month: str,
                       customers: Sequence[str]) -> pd.DataFrame:
    """Per tile KPI with targets: how many customers in scope had a target judged in the month, and how many met
    all of theirs (a customer meets availability when every service it takes does)."""
    oks = []
    tickets = _in(verdicts, customers)
    if not tickets.empty:
        oks.append(tickets.dropna(subset=["ok"])[["customer", "metric", "ok"]])
    available = _in(availability_rows, customers)
    if not available.empty:
        in_month = available[pd.to_datetime(available["month"]) == pd.Timestamp(month + "-01")]
        oks.append(in_month.dropna(subset=["ok"])[["customer", "metric", "ok"]])
    if not oks:
        return pd.DataFrame(columns=["customers_met", "customers_judged"], dtype=object)
    per_customer = pd.concat(oks).astype({"ok": bool}).groupby(["metric", "customer"])["ok"].all()
    by_metric = per_customer.groupby(level="metric")
    return pd.DataFrame({"customers_met": by_metric.sum(), "customers_judged": by_metric.size()}).astype(object)


def _missed(verdicts: pd.DataFrame, by_customer: pd.DataFrame, availability_rows: pd.DataFrame, month: str,
            customers: Sequence[str]) -> pd.DataFrame:
    """Customers that missed a target in the month: customer, metric, service, value, target range."""
    columns = ["customer", "metric", "service", "value", "target_min", "target_max"]
    frames = []
    tickets = _in(verdicts, customers)
    if not tickets.empty:
        missed = tickets[tickets["ok"].eq(False)]
        ranges = by_customer.rename(columns={"split": "customer"})[["customer", "metric", "target_min", "target_max"]]
        frames.append(missed.merge(ranges, on=["customer", "metric"], how="left")
                      .assign(service=None, value=missed["compliance_pct"].to_numpy())[columns])
    available = _in(availability_rows, customers)
    if not available.empty:
        day = date.fromisoformat(month + "-01")
        missed = available[available["ok"].eq(False) & (pd.to_datetime(available["month"]) == pd.Timestamp(day))]
        frames.append(missed.assign(value=missed["availability_pct"], target_min=missed["target_pct"],
                                    target_max=missed["target_pct"])[columns])
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True).sort_values(["customer", "metric", "service"], ignore_index=True)


def _worst(breaches: pd.DataFrame, customers: Sequence[str], n: int = 10) -> pd.DataFrame:
    """The n breaches of the month furthest past their target (excluded breaches left out)."""
    columns = ["source", "ticket_id", "customer", "priority", "metric", "due_at", "minutes_over"]
    if breaches.empty:
        return pd.DataFrame(columns=columns)
    kept = _in(breaches[~breaches["excluded"]], customers)
    return kept.sort_values(["minutes_over", "due_at"], ascending=[False, True]).head(n)[columns]


def month_span(db: Path | str) -> tuple[str, str] | None:
    """The first and the last month (YYYY-MM) that hold tickets, checks or survey answers; None when empty."""
    with store.connect(db, read_only=True) as con:
        span = sql.execute(con, "metrics/trend_data_span", tz=settings.get(con, "report_timezone")).fetchone()
    return span if span and span[0] else None


def kpi_series(db: Path | str, first_month: str, last_month: str, grain: str = "month", split: str = "",
               keys: Sequence[str] = TREND_KPIS, customers: Sequence[str] = (), services: Sequence[str] = (),
               priorities: Sequence[str] = (), as_of: datetime | None = None,
               scope: Scope = LOCAL) -> dict[str, pd.DataFrame]:
    """Per KPI a series per week or month (and split value): value, count and sample behind it, target range.

    count / sample: met / decided for tickets, satisfied / responses for CSAT, promoters / responses for NPS,
    downtime / measured minutes for availability. A split or filter that does not apply to a KPI (APPLIES) is
    ignored for it.
    """
    if grain not in trends.GRAINS or split not in ("", *SPLITS):
        raise ValueError(f"grain must be one of {trends.GRAINS}, split one of {', '.join(SPLITS)}")
    customers = scope.limit(customers)
    as_of = as_of or settings.now()
    out = {}
    with store.connect(db, read_only=True) as con:
        tz = settings.get(con, "report_timezone")
        _, _, start, end = periods.month_bounds(first_month, last_month, tz)
        window = {"grain": grain, "tz": tz, "period_start": start, "period_end": end}
        if {"first_response", "resolution"} & set(keys) and kpis.has_marts(con):
            kpis.prepare_outcomes(con, as_of)
            tickets = sql.df(con, "metrics/trend_ticket_compliance", split=split, **window,
                             **_lists(customers, services, priorities))
            for key in TICKET_KPIS:
                frame = tickets[tickets["metric"] == key]
                out[key] = pd.DataFrame({"bucket": frame["bucket"], "split": frame["split"],
                                         "value": frame["compliance_pct"], "count": frame["met"],
                                         "sample": frame["met"] + frame["breached"],
                                         "target_min": frame["target_min"], "target_max": frame["target_max"]})
        for key in set(FEEDBACK_KPIS) & set(keys):
            applies = APPLIES[key]
            lists = _lists(customers, services if "service" in applies else (),
                           priorities if "priority" in applies else ())
            frame = sql.df(con, "metrics/trend_feedback_scores", split=split if split in applies else "", **window,
                           **lists)
            frame = frame[frame["metric"] == key]
            out[key] = pd.DataFrame({"bucket": frame["bucket"], "split": frame["split"], "value": frame["score"],
                                     "count": frame["positive"], "sample": frame["responses"],
                                     "target_min": None, "target_max": None})
        if "availability" in keys:
            buckets = periods.buckets(first_month, last_month, grain, tz, as_of)
            frame, _ = _availability(con, buckets, as_of, split if split in APPLIES["availability"] else "",
                                     _lists(customers, services))
            out["availability"] = pd.DataFrame({
                "bucket": frame["bucket"], "split": frame["split"], "value": frame["availability_pct"],
                "count": frame.get("downtime_minutes"), "sample": frame.get("eligible_minutes"),
                "target_min": frame.get("target_min"), "target_max": frame.get("target_max")})
    return {k: out.get(k, pd.DataFrame(columns=SERIES_COLUMNS)).reset_index(drop=True) for k in keys}
