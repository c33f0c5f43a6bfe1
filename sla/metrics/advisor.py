"""The target advisor: per customer, metric and priority (availability: per service) over a window of whole months,
the target in force and in how many months it was met, how monthly compliance was spread, the targets that would
have been met in k of n months, and a suggested achievable target: the tightest met in at least 10 of 12 months.

Ticket targets keep the group's share and calendar (those of its latest ticket with a target) and vary the minutes.
Every whole-minute target is judged at once, exactly as a draft holding it would be replayed (sla.metrics.whatif): in
whole seconds of business time e against a target of T, e < T is met and e > T breached; a breach counts in the month
of its due moment, which for a metric crossing a month the business time up to each month start it crosses decides,
and a time equal to the target to the second is settled by its due moment. The months met need not grow with the
target (a looser one can move a breach into another month), so the tightest target met in k months is found over all
of them, not searched for. Availability targets are percentages: the k-th best month's availability, cut to the KPI's
three decimals.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path

import duckdb
import pandas as pd

from sla import store
from sla.contract import calendars, config
from sla.metrics import kpis, marts, overview, periods, trends
from sla.metrics.kpis import REGISTRY
from sla.store import marts_state, settings, sql
from sla.store.scope import LOCAL, Scope

ACHIEVABLE = (10, 12)  # a suggested target was met in at least 10 of 12 months (scaled to shorter windows)
KS = (0, 1, 2)  # the targets met in n, n - 1 and n - 2 of n months
TICKET_COLUMNS = ("customer", "metric", "priority", "service", "calendar", "target_pct", "current_target_minutes",
                  "months_met", "months", "compliance", "met_in_all", "met_in_all_but_1", "met_in_all_but_2",
                  "suggested_target_minutes", "suggested_months_met")
AVAILABILITY_COLUMNS = ("customer", "metric", "priority", "service", "calendar", "current_target_pct", "months_met",
                        "months", "compliance", "met_in_all", "met_in_all_but_1", "met_in_all_but_2",
                        "suggested_target_pct", "suggested_months_met")


@dataclass(frozen=True)
class Advice:
    """The advice of a window: one row per ticket group and one per customer's measured service. `compliance`
    holds each month's figure (None where nothing was decided), in the order of `months`."""

    first: str
    last: str
    months: list[str]
    tickets: pd.DataFrame
    availability: pd.DataFrame
    clocks: dict[str, calendars.Calendar]  # the calendars in force by name: a duration names its clock


def achievable(months: int) -> int:
    """Months a suggested target was met in, at least, of `months`: 10 of 12, in proportion for other windows."""
    return max(1, math.ceil(months * ACHIEVABLE[0] / ACHIEVABLE[1]))


def advise(db: Path | str | None, first: str, last: str, customers: Sequence[str] = (),
           as_of: datetime | None = None, scope: Scope = LOCAL) -> Advice:
    """The advice over the whole months first..last (of `customers`, none: all; only the scope's)."""
    customers, one = overview.asked(customers, scope)
    with store.connect(db, read_only=True) as con:
        for name in customers:
            overview.check_customer(con, name, scope)
        kpis.has_marts(con)
        tz = settings.get(con, "report_timezone")
        first_day, end_day, start, end = periods.month_bounds(first, last, tz)
        as_of = periods.freeze(as_of or settings.now(), end)
        window = {"period_start": start, "period_end": end, "customer": one, "as_of": as_of,
                  "first_month": first_day, "end_month": end_day}
        cur = con.cursor()  # temp tables of its own
        try:
            months = periods.months(first, last)
            tickets = _ticket_advice(cur, window, months)
            uptime = overview.only(trends.availability_trend(cur, first, last, one, as_of), customers)
            available = _availability_advice(uptime, _availability_calendars(cur), months, one)
            clocks = {c.name: c for c in config.calendars_in_force(cur)}
        finally:
            cur.close()
    tickets = overview.only(tickets, customers)
    used = set(tickets["calendar"]) | set(available["calendar"])  # a calendar may be named after another customer
    return Advice(first, last, months, tickets, available, {n: c for n, c in clocks.items() if n in used})


def _ticket_advice(cur: duckdb.DuckDBPyConnection, window: dict, months: list[str]) -> pd.DataFrame:
    """The advice rows of the ticket groups (TICKET_COLUMNS)."""
    kpis.prepare_outcomes(cur, window["as_of"])
    now = sql.df(cur, "metrics/whatif_tickets", by_priority=True, **window)
    if now.empty:
        return pd.DataFrame(columns=list(TICKET_COLUMNS))
    _prepare(cur, window)
    groups = cur.execute("select customer, metric, priority, group_calendar as calendar, "
                         "group_target_pct as target_pct, group_target_s / 60 as current_target_minutes "
                         "from advice_groups order by all").df()
    histories = {(c, m, None if pd.isna(p) else p): frame
                 for (c, m, p), frame in now.groupby(["customer", "metric", "priority"], dropna=False)}
    counted = {}
    for group in groups.to_dict("records"):
        history = histories.get(_key(group), now.iloc[0:0])
        counted[_key(group)] = (history, int(history["ok"].notna().sum()))
    judged = _swept(cur, window)
    rows = []
    for group in groups.to_dict("records"):
        history, n = counted[_key(group)]
        mine = judged.get(_key(group), {})
        tightest = {need: _tightest(mine, need) for need in _needs(n)}
        suggested = tightest.get(achievable(n)) if n else None
        rows.append({**group, "service": None, "months_met": int(history["ok"].fillna(False).sum()), "months": n,
                     "compliance": _by_month(history, "compliance_pct", months),
                     **{f"met_in_{_name(k)}": tightest.get(n - k) for k in KS},
                     "suggested_target_minutes": suggested,
                     "suggested_months_met": mine.get(suggested) if suggested else None})
    return pd.DataFrame(rows, columns=list(TICKET_COLUMNS))


def _key(row: dict) -> tuple:
    return row["customer"], row["metric"], row["priority"]


def _needs(n: int) -> set[int]:
    """The months met the advice asks a target for: n, n - 1, n - 2 and the achievable share."""
    return {n - k for k in KS if n - k >= 1} | ({achievable(n)} if n else set())


def _name(k: int) -> str:
    return "all" if k == 0 else f"all_but_{k}"


def _by_month(frame: pd.DataFrame, column: str, months: list[str]) -> list[float | None]:
    values = dict(zip(pd.to_datetime(frame["month"]).dt.strftime("%Y-%m"), frame[column], strict=True))
    return [None if pd.isna(values.get(m)) else float(values[m]) for m in months]


def _tightest(judged: dict[int, int], need: int) -> int | None:
    """The fewest minutes judged that were met in at least `need` months."""
    return min((minutes for minutes, met in judged.items() if met >= need), default=None)


def _prepare(cur: duckdb.DuckDBPyConnection, window: dict) -> None:
    """Temp tables advice_metrics (business time on each group's calendar), advice_groups,
    advice_crossing_intervals and advice_equal (queries/metrics/advice_sweep.sql judges every target from them)."""
    basis = marts_state.read(cur).basis
    sql.execute(cur, "marts/utc_days", tz=basis.report_timezone, first_day=basis.segments_from,
                end_day=basis.segments_to)
    sql.execute(cur, "marts/macros")
    _temp(cur, "advice_metrics", window)
    cur.execute("create or replace temp table advice_groups as select distinct customer, metric, priority, "
                "group_target_pct, group_target_s, group_calendar from advice_metrics")
    # business time on the group's calendar where the ticket's own differs, and so far where the clock still runs
    cur.execute("create or replace temp view clock_input as select id as clock_id, group_calendar as calendar, "
                "created_at as start_at, stop_at, null::bigint as target_s, paused_s from advice_metrics "
                "where calendar <> group_calendar or stop_at is null")
    marts.write_clocks(cur, window["as_of"])
    cur.execute("update advice_metrics as m set elapsed_s = o.elapsed_s from clock_out as o where m.id = o.clock_id")
    _crossing_intervals(cur, window, basis.report_timezone)
    # the due moment of each whole-minute time under the target equal to it
    cur.execute("create or replace temp view clock_input as select id as clock_id, group_calendar as calendar, "
                "created_at as start_at, stop_at, elapsed_s as target_s, paused_s from advice_metrics "
                "where elapsed_s >= 60 and elapsed_s % 60 = 0")
    marts.write_clocks(cur, window["as_of"])
    _temp(cur, "advice_equal", window)


def _crossing_intervals(cur: duckdb.DuckDBPyConnection, window: dict, tz: str) -> None:
    """Temp table advice_crossing_intervals: where the metrics crossing a month breach, by target (business time on
    the group's calendar up to each month start they cross)."""
    first, last = cur.execute("select min(created_month), max(end_month) from advice_metrics "
                              "where created_month <> end_month").fetchone()
    starts = [] if first is None else [date.fromisoformat(m + "-01") for m in periods.months(
        periods.month_add(f"{first:%Y-%m}", 1), f"{last:%Y-%m}")]
    cur.execute("create or replace temp table advice_boundaries (month date, starts_at timestamp)")
    cur.executemany("insert into advice_boundaries values (?, ?)", [(d, periods.utc(d, tz)) for d in starts])
    _temp(cur, "advice_crossing_clocks", window)
    cur.execute("create or replace temp view clock_input as select * from advice_crossing_clocks")
    marts.write_clocks(cur, window["as_of"])
    _temp(cur, "advice_crossing_intervals", window)


def _swept(cur: duckdb.DuckDBPyConnection, window: dict) -> dict[tuple, dict[int, int]]:
    """Per group, {minutes: months met} at the tightest target met in each number of months reached."""
    judged: dict[tuple, dict[int, int]] = {}
    for row in sql.df(cur, "metrics/advice_sweep", **window).itertuples(index=False):
        judged.setdefault((row.customer, row.metric, row.priority), {})[int(row.minutes)] = int(row.months_met)
    return judged


def _temp(cur: duckdb.DuckDBPyConnection, name: str, params: dict) -> None:
    text = sql.text(f"metrics/{name}")
    cur.execute(f"create or replace temp table {name} as {text}", sql.bound(text, params))


def _availability_calendars(cur: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The calendar each customer's service is measured on (as of the window's last period)."""
    if not cur.execute("select count(*) from duckdb_tables() where temporary and table_name = 'availability_targets'"
                       ).fetchone()[0]:
        return pd.DataFrame(columns=["customer", "service", "calendar"])
    return cur.execute("select customer, service, arg_max(calendar, p0) as calendar from availability_targets "
                       "group by all").df()


def _availability_advice(rows: pd.DataFrame, calendars: pd.DataFrame, months: list[str],
                         customer: str | None) -> pd.DataFrame:
    """The advice rows of each customer's measured services (AVAILABILITY_COLUMNS)."""
    if rows.empty:
        return pd.DataFrame(columns=list(AVAILABILITY_COLUMNS))
    rows = rows[rows["customer"].notna() & rows["target_pct"].notna()]
    if customer is not None:
        rows = rows[rows["customer"] == customer]
    out = []
    for (name, service), history in rows.groupby(["customer", "service"], sort=True):
        values = history["availability_pct"].dropna().sort_values(ascending=False).tolist()
        n = len(values)
        targets = {n - k: _floor(values[n - k - 1]) for k in KS if n - k >= 1}
        suggested = _floor(values[achievable(n) - 1]) if n else None
        calendar = calendars[(calendars["customer"] == name) & (calendars["service"] == service)]["calendar"]
        out.append({"customer": name, "metric": "availability", "priority": None, "service": service,
                    "calendar": calendar.iloc[0] if len(calendar) else None,
                    "current_target_pct": history.sort_values("month")["target_pct"].iloc[-1],
                    "months_met": int(history["ok"].fillna(False).sum()), "months": n,
                    "compliance": _by_month(history, "availability_pct", months),
                    **{f"met_in_{_name(k)}": targets.get(n - k) for k in KS},
                    "suggested_target_pct": suggested,
                    "suggested_months_met": sum(v >= suggested for v in values) if n else None})
    return pd.DataFrame(out, columns=list(AVAILABILITY_COLUMNS))


def _floor(value: float) -> float:
    """A percentage cut (never rounded up) to the availability KPI's decimals: still met by `value`."""
    places = Decimal(1).scaleb(-kpis.decimals(REGISTRY["availability"]))
    return float(Decimal(repr(float(value))).quantize(places, ROUND_FLOOR))


def draft_sheets(in_force: dict[str, pd.DataFrame], advice: Advice) -> dict[str, pd.DataFrame]:
    """The configuration in force with every suggested target as a policy of its own (a customer's priority and
    metric, or a customer's service), for a draft to replay or edit: the rows it replaces (the customer's own rows
    for that priority or service, which would win or tie) are left out; the group's share and calendar stay."""
    policies = in_force["policies"].copy()
    added = []
    for row in advice.tickets.dropna(subset=["suggested_target_minutes", "priority"]).itertuples():
        own = (policies["customer"] == row.customer) & (policies["metric"] == row.metric)
        policies = policies[~(own & ((policies["priority"].str.lower() == row.priority.lower())
                                     | ((policies["priority"] == "*") & (policies["service"] != "*"))))]
        added.append({"customer": row.customer, "service": "*", "priority": row.priority, "metric": row.metric,
                      "target_minutes": row.suggested_target_minutes, "target_pct": row.target_pct,
                      "calendar": row.calendar})
    for row in advice.availability.dropna(subset=["suggested_target_pct"]).itertuples():
        policies = policies[~((policies["customer"] == row.customer) & (policies["metric"] == "availability")
                              & (policies["service"] == row.service))]
        added.append({"customer": row.customer, "service": row.service, "priority": "*", "metric": "availability",
                      "target_pct": row.suggested_target_pct, "calendar": row.calendar or "24x7"})
    frames = [f for f in (policies, pd.DataFrame(added, columns=policies.columns)) if len(f)]
    return {**in_force, "policies": pd.concat(frames, ignore_index=True) if frames else policies}
