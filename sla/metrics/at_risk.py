"""The at-risk queue: open tickets whose first response or resolution clock is still within its target, by the
business time they have left before their due moment, soonest first.

A clock is "at risk" once 75 % of its target is used (the at_risk figure of the KPIs); the queue can also be cut
at the tickets due within an hour, four hours or by the end of today (report time zone).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

from sla import store
from sla.metrics import kpis, marts
from sla.store import settings, sql
from sla.store.scope import LOCAL, Scope

WINDOWS = ("risk", "1h", "4h", "today", "all")
COLUMNS = ("source", "ticket_id", "customer", "service", "priority", "team", "agent", "channel", "metric",
           "calendar", "policy_row", "created_at", "due_at", "target_s", "at_risk", "left_s", "used_pct")


def queue(db: Path | str | None, customers: tuple[str, ...] = (), services: tuple[str, ...] = (),
          priorities: tuple[str, ...] = (), as_of: datetime | None = None, scope: Scope = LOCAL) -> pd.DataFrame:
    """Every open clock not yet past its due moment (of the scope's customers), soonest due first (moments in the
    report time zone)."""
    customers = scope.limit(customers)
    as_of = as_of or settings.now()
    with store.connect(db, read_only=True) as con:
        if not kpis.has_marts(con):
            return pd.DataFrame(columns=list(COLUMNS))
        tz = settings.get(con, "report_timezone")
        kpis.prepare_outcomes(con, as_of)
        con.execute(f"create or replace temp table at_risk_open as {sql.text('metrics/at_risk_open')}",
                    {"customers": list(customers), "services": list(services), "priorities": list(priorities)})
        con.execute("create or replace temp view clock_input as select clock_id, calendar, created_at as start_at, "
                    "null::timestamp as stop_at, target_s, paused_s from at_risk_open")
        marts.write_clocks(con, as_of)
        frame = sql.df(con, "metrics/at_risk")
        con.execute("drop view clock_input; drop table clock_out; drop table at_risk_open")
    return kpis.local_times(frame, ("created_at", "due_at"), tz)[list(COLUMNS)]


def within(frame: pd.DataFrame, window: str, as_of: datetime | None = None) -> pd.DataFrame:
    """The clocks of the queue in a window: at risk (75 % used), due within 1 h or 4 h, due today, or all."""
    if window not in WINDOWS:
        raise ValueError(f"window must be one of {', '.join(WINDOWS)}")
    if window == "risk":
        return frame[frame["at_risk"].astype(bool)]
    if window == "all" or frame.empty:
        return frame
    now = pd.Timestamp(as_of or settings.now(), tz="UTC").tz_convert(frame["due_at"].dt.tz)
    until = {"1h": now + timedelta(hours=1), "4h": now + timedelta(hours=4),
             "today": now.normalize() + timedelta(days=1)}[window]
    return frame[frame["due_at"] <= until]


def counts(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """How many clocks of the queue each value of a column has (no value: '–'), most first: split, size."""
    return (frame.assign(split=frame[by].fillna("–")).groupby("split", as_index=False).size()
            .sort_values(["size", "split"], ascending=[False, True], ignore_index=True))
