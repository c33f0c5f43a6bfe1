"""Materialised marts: the SLA clock of every ticket metric, rebuilt when a reader finds them stale.

Changes to tickets or configuration only count a change (in their own transaction); the first reader after
them rebuilds everything once, so ten uploads in a row cost one rebuild, not ten.
"""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb

from sla import store
from sla.contract import calendars, config
from sla.store import marts_state, settings, sql

HORIZON_DAYS = 400  # how far past the data the calendars reach, so due moments of open tickets exist
PERIOD_MARGIN = timedelta(days=2)  # local dates around a period, so calendars in any time zone cover it
_refreshing = threading.Lock()  # dashboard sessions share one database: one of them rebuilds, the others wait


def refresh(con: duckdb.DuckDBPyConnection) -> bool:
    """Rebuild the marts when a change came after the last build; True when it rebuilt them.

    Not in one transaction: DuckDB builds tables in parallel only outside one (2x quicker here), and replacing
    fct_ticket_sla is atomic by itself. A change that commits during the build leaves the marts stale again.
    """
    with _refreshing:
        changes = marts_state.pending(con)
        if changes is None:
            return False
        build(con)
        marts_state.mark_built(con, changes)
    return True


def refresh_store(db: Path | str | None = None) -> bool:
    """Compute the SLA clocks that imports left stale now, rather than on the next page or report."""
    with store.connect(db) as con:
        return refresh(con)


def build(con: duckdb.DuckDBPyConnection, as_of: datetime | None = None) -> None:
    """Recompute calendar segments and the SLA clock of every ticket metric (set-based, in DuckDB)."""
    as_of = as_of or settings.now()
    first, last = con.execute("select min(created_at)::date, max(created_at)::date from stg_tickets").fetchone()
    start = (first or as_of.date()) - timedelta(days=7)
    end = max(last or as_of.date(), as_of.date()) + timedelta(days=HORIZON_DAYS)
    calendars.write_segments(con, config.calendars_in_force(con), start, end)
    tz = settings.get(con, "report_timezone")
    con.execute(f"create or replace temp table ticket_metric as {sql.text('marts/ticket_metric')}", {"tz": tz})
    con.execute(f"create or replace temp view clock_input as {sql.text('marts/ticket_clock_input')}")
    write_clocks(con, as_of)
    con.execute(f"create or replace table fct_ticket_sla as {sql.text('marts/fct_ticket_sla')}")
    con.execute("drop view clock_input; drop table clock_out; drop table ticket_metric")


def write_clocks(con: duckdb.DuckDBPyConnection, as_of: datetime) -> None:
    """Temp table clock_out: elapsed and due of every clock in the temp view or table clock_input."""
    con.execute(f"create or replace temp table clock_out as {sql.text('marts/clock')}", {"as_of": as_of})


def write_period_segments(con: duckdb.DuckDBPyConnection, first: date, end: date) -> None:
    """Temp table period_segments: the business intervals of every calendar in force for a period's local dates.

    Built per request (a month is a few hundred rows), so availability never depends on when the ticket marts
    were last rebuilt, and works on a read-only connection.
    """
    scratch = duckdb.connect()
    try:
        scratch.execute("set TimeZone = 'UTC'")
        calendars.write_segments(scratch, config.calendars_in_force(con), first - PERIOD_MARGIN, end + PERIOD_MARGIN)
        frame = scratch.execute("select * from calendar_segments").df()
    finally:
        scratch.close()
    con.register("period_segments_frame", frame)
    con.execute("create or replace temp table period_segments as select * from period_segments_frame")
    con.unregister("period_segments_frame")
