"""The marts and their refresh: the SLA clock of every ticket metric (fct_ticket_sla) and its monthly rollup
(fct_ticket_monthly) here, the monitoring marts in sla.metrics.monthly.

Writes only record what they touched (sla.store.marts_state, in their own transaction): a ticket import its batch,
an undo or an exclusion its tickets, an import or undo of monitoring data its moments, a configuration its version.
The first reader after them (or `python -m sla refresh`) recomputes what they touched: those tickets and the ones
whose policy or calendar a new configuration changes, the months they settle in, the months around the moments, and
each month that ended since. So ten uploads in a row cost one refresh, and a refresh costs what changed, not what is
stored. A new report time zone, tickets outside the years the calendar segments cover, or a change that touches most
tickets rebuild everything, as `refresh --full` does.
"""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb

from sla import store
from sla.contract import calendars, config
from sla.metrics import monthly
from sla.store import marts_state, settings, sql
from sla.store.marts_state import Basis

FULL_SHARE, FULL_MIN = 0.25, 50_000  # touching more tickets than both, a refresh rebuilds them all instead
HORIZON_DAYS = 400  # how far past the last moment of the data the calendars reach, so due moments of open tickets exist
_refreshing = threading.Lock()  # dashboard sessions share one database: one of them refreshes, the others wait


def refresh(con: duckdb.DuckDBPyConnection, full: bool = False) -> bool:
    """Bring the marts up to date (everything with `full`); True when there was something to do.

    A full build runs outside a transaction: DuckDB builds tables in parallel only outside one (2x quicker here),
    and replacing fct_ticket_sla is atomic by itself. An update of touched tickets is one transaction. A change
    that commits during either leaves the marts stale again, for the next refresh.
    """
    if drafting(con):
        return False
    with _refreshing:
        refresh_feedback_days(con, full)  # not counted: refresh reports the SLA clocks
        state, tz = marts_state.read(con), settings.get(con, "report_timezone")
        built = state.basis
        if (not full and state.current and built is not None and built.report_timezone == tz
                and built.monthly_until == monthly.current_month(tz)):
            return False
        basis = current_basis(con)
        if full or not has_table(con) or built is None or _days(built) != _days(basis):
            build(con, basis)
        else:
            update(con, state, basis)
        if full or built is None or monthly.needs_build(con, built, basis):
            monthly.build(con, basis)
        else:
            monthly.update(con, state, basis)
        marts_state.mark_built(con, state.changes, basis)
    return True


def drafting(con: duckdb.DuckDBPyConnection) -> bool:
    """True on a what-if replay's connection (sla.metrics.whatif), where a draft is the configuration in force in
    temp tables of its own: the marts are never built from a draft."""
    return con.execute("select count(*) from duckdb_tables() where temporary and table_name = 'config_versions'"
                       ).fetchone()[0] > 0


FEEDBACK_DAYS = "fct_feedback_days"


def refresh_feedback_days(con: duckdb.DuckDBPyConnection, full: bool = False) -> bool:
    """Rebuild fct_feedback_days when the batches holding survey answers are not those it was built from (an import
    of answers or of tickets with satisfaction, an undo: each writes or removes a batch's answers whole); True when
    it did. Comparing them takes 1 ms at 600,000 answers, a rebuild 0.1-0.2 s."""
    holding = con.execute("select list(distinct batch_id order by batch_id) from feedback").fetchone()[0] or []
    if not full and _feedback_days_basis(con) == holding:
        return False
    con.execute("begin")
    con.execute(f"create or replace table {FEEDBACK_DAYS} as {sql.text('marts/fct_feedback_days')}")
    con.execute(f"create or replace table {FEEDBACK_DAYS}_basis as select $holding::integer[] as holding",
                {"holding": holding})
    con.execute("commit")
    return True


def _feedback_days_basis(con: duckdb.DuckDBPyConnection) -> list[int] | None:
    """The batches holding answers that fct_feedback_days was built from; None before its first build."""
    try:
        return con.execute(f"select holding from {FEEDBACK_DAYS}_basis").fetchone()[0]
    except duckdb.CatalogException:
        return None


def _days(basis: Basis) -> tuple:
    """What every clock depends on: the local days of the marts and of their calendar segments."""
    return basis.report_timezone, basis.segments_from, basis.segments_to


def refresh_store(db: Path | str | None = None, full: bool = False) -> bool:
    """Compute the SLA clocks that writes left stale now, rather than on the next page or report."""
    with store.connect(db) as con:
        return refresh(con, full)


def has_table(con: duckdb.DuckDBPyConnection) -> bool:
    """True once the ticket marts exist (they may still be stale)."""
    return con.execute("select count(*) from duckdb_tables() where not temporary and table_name in "
                       "('fct_ticket_sla', 'fct_ticket_monthly')").fetchone()[0] == 2


def current_basis(con: duckdb.DuckDBPyConnection) -> Basis:
    """What the marts must be computed with now: configuration version, report time zone, segment days, months.

    The segments cover whole years around the tickets (a week before the first creation, HORIZON_DAYS after the
    last moment), so they change about once a year, and a full build and an update compute on the same segments.
    """
    first, last = sql.execute(con, "marts/ticket_span").fetchone()
    today = settings.now().date()
    first, last = first or today, last or today
    version = con.execute("select max(version) from config_versions").fetchone()[0]
    tz = settings.get(con, "report_timezone")
    return Basis(version, tz, date(first.year, 1, 1) - timedelta(days=7),
                 date((last + timedelta(days=HORIZON_DAYS)).year + 1, 1, 1), monthly.current_month(tz))


def build(con: duckdb.DuckDBPyConnection, basis: Basis, as_of: datetime | None = None) -> None:
    """Recompute calendar segments and the SLA clock of every ticket metric (set-based, in DuckDB)."""
    calendars.write_segments(con, config.calendars_in_force(con), basis.segments_from, basis.segments_to)
    con.execute("create or replace temp view mart_tickets as select * from stg_tickets")
    write_kinds(con, "mart_tickets")
    write_rows(con, basis, as_of)
    # in order of the moment each metric is decided: a period's readers then skip most row groups
    con.execute("create or replace table fct_ticket_sla as select * from fresh_rows order by settles_at")
    drop_rows(con)
    con.execute("drop view mart_tickets")
    _rollup_months(con, "select distinct date_trunc('month', settles_on)::date as month from fct_ticket_sla", basis)
    _write_rollup(con, "create or replace table fct_ticket_monthly as")
    con.execute("drop table rollup_months")


def update(con: duckdb.DuckDBPyConnection, state: marts_state.State, basis: Basis,
           as_of: datetime | None = None) -> None:
    """Recompute the touched tickets, and those whose policy or calendar a new configuration changes."""
    touched = marts_state.write_touched(con, state.changes)
    if state.basis.config_version != basis.config_version:
        touched = _touch_reconfigured(con, state.basis.config_version, basis)
    if touched > max(FULL_MIN, FULL_SHARE * con.execute("select count(*) // 2 from fct_ticket_sla").fetchone()[0]):
        con.execute("drop table touched")
        build(con, basis)  # quicker than replacing most rows one ticket at a time
        return
    con.execute(f"create or replace temp table mart_tickets as {sql.text('marts/touched_tickets')}")
    write_kinds(con, "mart_tickets")
    write_rows(con, basis, as_of)
    touched_months = ("select distinct date_trunc('month', settles_on)::date as month from fct_ticket_sla "
                      "semi join touched using (source, ticket_id)")
    ended = "select unnest(generate_series($since, $until - interval 1 month, interval 1 month))::date"
    _rollup_months(con, f"{touched_months} union {ended}", basis,  # the months that ended since: new
                   {"since": state.basis.monthly_until, "until": basis.monthly_until})
    con.execute("begin")
    try:
        con.execute("delete from fct_ticket_sla as f using touched as t "
                    "where f.source = t.source and f.ticket_id = t.ticket_id")
        con.execute("insert into fct_ticket_sla select * from fresh_rows")
        con.execute(f"insert into rollup_months select * from ({touched_months}) where month < $until "
                    "except select * from rollup_months", {"until": basis.monthly_until})  # and where they are now
        con.execute("delete from fct_ticket_monthly where month in (select month from rollup_months)")
        _write_rollup(con, "insert into fct_ticket_monthly")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    drop_rows(con)
    con.execute("drop table mart_tickets; drop table touched; drop table rollup_months")


def _rollup_months(con: duckdb.DuckDBPyConnection, months: str, basis: Basis, params: dict | None = None) -> None:
    """Temp table rollup_months: the months of `months` that the monthly rollup (fct_ticket_monthly) holds: those
    before monthly_until."""
    con.execute(f"create or replace temp table rollup_months as select * from ({months}) as m(month) "
                "where month < $until", {**(params or {}), "until": basis.monthly_until})


def _write_rollup(con: duckdb.DuckDBPyConnection, into: str) -> None:
    """The rollup rows of the months in rollup_months, `into` a table (the scan bounded by their first and last)."""
    first, last = con.execute("select min(month), max(month) from rollup_months").fetchone()
    con.execute(f"{into} {sql.text('marts/fct_ticket_monthly')}",
                {"first_month": first or date.min, "end_month": monthly.next_month(last) if last else date.min})


def _touch_reconfigured(con: duckdb.DuckDBPyConnection, built_version: int | None, basis: Basis) -> int:
    """Add to `touched` the tickets a new configuration version changes (returns how many are touched now); new
    segments when a calendar changed."""
    write_kinds(con, "fct_ticket_sla")
    for table, version in (("choice_built", built_version), ("choice_now", basis.config_version)):
        con.execute(f"create or replace temp table {table} as {sql.text('marts/policy_choice')}", {"version": version})
    params = {"version": basis.config_version, "built_version": built_version}
    con.execute(f"create or replace temp table changed_calendars as {sql.text('marts/changed_calendars')}", params)
    con.execute(f"insert into touched {sql.text('marts/policy_changes')} except select * from touched")
    if con.execute("select count(*) from changed_calendars").fetchone()[0]:
        calendars.write_segments(con, config.calendars_in_force(con), basis.segments_from, basis.segments_to)
    con.execute("drop table choice_built; drop table choice_now; drop table changed_calendars")
    return con.execute("select count(*) from touched").fetchone()[0]


def write_kinds(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Temp table policy_kinds: the kinds of ticket (customer, service, priority) in `table`, for policy_choice."""
    con.execute("create or replace temp table policy_kinds as "
                f"select distinct customer, service, lower(priority) as priority from {table}")


def write_rows(con: duckdb.DuckDBPyConnection, basis: Basis, as_of: datetime | None = None) -> None:
    """Temp view fresh_rows: the fct_ticket_sla rows of the tickets in mart_tickets (kinds in policy_kinds), over
    temp tables that drop_rows removes."""
    write_ticket_metric(con, basis)
    con.execute(f"create or replace temp view clock_input as {sql.text('marts/ticket_clock_input')}")
    write_clocks(con, as_of or settings.now())
    con.execute(f"create or replace temp view fresh_rows as {sql.text('marts/fct_ticket_sla')}")


def drop_rows(con: duckdb.DuckDBPyConnection) -> None:
    """Remove what write_rows made."""
    for kind, name in (("view", "fresh_rows"), ("view", "clock_input"), ("table", "clock_out"),
                       ("table", "ticket_metric")):
        con.execute(f"drop {kind} {name}")


def write_ticket_metric(con: duckdb.DuckDBPyConnection, basis: Basis) -> None:
    """Temp table ticket_metric: each ticket of mart_tickets twice (first response, resolution) with its policy."""
    sql.execute(con, "marts/utc_days", tz=basis.report_timezone, first_day=basis.segments_from,
                end_day=basis.segments_to)
    sql.execute(con, "marts/macros")
    con.execute(f"create or replace temp table policy_choice as {sql.text('marts/policy_choice')}",
                {"version": basis.config_version})
    con.execute(f"create or replace temp table ticket_metric as {sql.text('marts/ticket_metric')}")
    con.execute("drop table policy_choice; drop table policy_kinds")
    _derive_stops(con)


def _derive_stops(con: duckdb.DuckDBPyConnection) -> None:
    """Stops an export gives only as business time on its source's calendar, as moments (ticket_metric.stop_at)."""
    con.execute(f"create or replace temp table clock_input as {sql.text('marts/derived_stop_input')}")
    if con.execute("select count(*) from clock_input").fetchone()[0]:
        write_clocks(con, settings.now())
        con.execute("update ticket_metric set stop_at = c.due_at from clock_out as c "
                    "where ticket_metric.rowid = c.clock_id")
        con.execute("drop table clock_out")
    con.execute("drop table clock_input")


def write_clocks(con: duckdb.DuckDBPyConnection, as_of: datetime) -> None:
    """Temp table clock_out: elapsed and due of every clock in the temp view or table clock_input."""
    con.execute(f"create or replace temp table clock_out as {sql.text('marts/clock')}", {"as_of": as_of})
