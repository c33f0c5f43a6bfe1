"""Monthly monitoring marts: for every whole local month before the current one, availability per measured service
and calendar (fct_availability_monthly: the rows of queries/metrics/service_availability.sql) and response time and
throughput per service (fct_response_monthly: queries/metrics/service_response.sql).

Readers of whole past months read them; a month in progress, a week, or a period of several months is computed from
the checks by the same queries. A month is computed on its own, as a reader of that month computes it, so its
figures are the same both ways, and a 13-month trend is made of the months' own figures. Imports and undos of
checks, outages and maintenance name the moments they touched (sla.store.marts_state); the refresh (sla.metrics.
marts) recomputes the months around them and each month that has ended since, and everything after a new report time
zone, or a configuration whose calendars or maintenance differ.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import duckdb

from sla.contract import calendars, config
from sla.store import marts_state, settings, sql
from sla.store.marts_state import Basis

TABLES = ("fct_availability_monthly", "fct_response_monthly")  # per month
CHECK_DAYS = "fct_check_days"  # per service and UTC day with checks
PERIOD_MARGIN = timedelta(days=2)  # local dates around a period, so calendars in any time zone cover it
EDGE = timedelta(days=3)  # a moment counts in the periods it is this close to (checks reach 2 days into the next)


def current_month(tz: str) -> date:
    """The first day of the local month now: the monthly marts hold the months before it."""
    return settings.now().replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(tz)).date().replace(day=1)


def next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def utc(day: date, tz: str) -> datetime:
    """Local midnight of a day as naive UTC, like every stored timestamp."""
    return datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(tz)).astimezone(ZoneInfo("UTC")).replace(tzinfo=None)


def write_period_segments(con: duckdb.DuckDBPyConnection, first: date, end: date) -> None:
    """Note the local dates of a read's periods, for temp table period_segments (the business intervals of every
    calendar in force on them): written only when a period is computed from the checks (write_service_availability),
    since whole past months come from the marts. Parsing the calendars (their public holidays) takes 0.4 s in a new
    process."""
    con.execute("create or replace temp table period_days as select $first::date as first_day, $end::date as end_day",
                {"first": first, "end": end})


def write_segments(con: duckdb.DuckDBPyConnection, first: date, end: date) -> None:
    """Temp table period_segments: the business intervals of every calendar in force on the local dates [first, end)
    (and a margin around them)."""
    calendars.write_segments(con, config.calendars_in_force(con), first - PERIOD_MARGIN, end + PERIOD_MARGIN,
                             table="period_segments", temporary=True)


# --- keeping the marts current --------------------------------------------------------------------------------

def needs_build(con: duckdb.DuckDBPyConnection, built: Basis, basis: Basis) -> bool:
    """True when every month must be computed again: no marts yet, a new report time zone, or a configuration
    whose calendars or maintenance windows differ from those the marts were built with."""
    missing = con.execute("select count(*) from duckdb_tables() where not temporary and table_name in ?",
                          [[*TABLES, CHECK_DAYS]]).fetchone()[0] < len(TABLES) + 1
    if missing or built.report_timezone != basis.report_timezone:
        return True
    return built.config_version != basis.config_version and sql.execute(
        con, "marts/monitoring_reconfigured", version=basis.config_version, built_version=built.config_version
    ).fetchone()[0]


def build(con: duckdb.DuckDBPyConnection, basis: Basis) -> None:
    """Compute every month with monitoring data before basis.monthly_until (and every day with checks)."""
    con.execute(f"create or replace table {CHECK_DAYS} as {sql.text('marts/fct_check_days')}",
                {"first_day": date.min, "end_day": date.max})
    months = _months(datetime.min, utc(basis.monthly_until, basis.report_timezone), basis, _first_moment(con))
    cur = con.cursor()  # temp tables of its own: a reader's periods and targets stay as they are
    try:
        _compute(cur, months, basis.report_timezone)
        for table in TABLES:
            cur.execute(f"create or replace table {table} as select * from new_{table}")
    finally:
        cur.close()


def update(con: duckdb.DuckDBPyConnection, state: marts_state.State, basis: Basis) -> None:
    """Compute the months that writes touched and those that have ended since the last refresh."""
    now, first = settings.now(), _first_moment(con)
    months = set(_months(utc(state.basis.monthly_until, basis.report_timezone),
                         utc(basis.monthly_until, basis.report_timezone), basis, first))
    for first_at, last_at in marts_state.touched_moments(con, state.changes):
        _update_check_days(con, first_at.date(), (last_at or now).date() + timedelta(days=1))
        months.update(_months(first_at - EDGE, (last_at or now) + EDGE, basis, first))
    if not months:
        return
    cur = con.cursor()
    try:
        _compute(cur, sorted(months), basis.report_timezone)
        starts = [utc(m, basis.report_timezone) for m in months]
        cur.execute("begin")
        for table in TABLES:
            cur.execute(f"delete from {table} where p0 in (select unnest($starts))", {"starts": starts})
            cur.execute(f"insert into {table} select * from new_{table}")
        cur.execute("commit")
    finally:
        cur.close()


def _update_check_days(con: duckdb.DuckDBPyConnection, first: date, end: date) -> None:
    """Recompute the check days from `first` to before `end`."""
    con.execute("begin")
    con.execute(f"delete from {CHECK_DAYS} where day >= ? and day < ?", [first, end])
    con.execute(f"insert into {CHECK_DAYS} {sql.text('marts/fct_check_days')}", {"first_day": first, "end_day": end})
    con.execute("commit")


def _first_moment(con: duckdb.DuckDBPyConnection) -> datetime | None:
    """The first check or outage: no service is measured before it."""
    return con.execute("select least((select min(checked_at) from checks), (select min(started_at) from outages))"
                       ).fetchone()[0]


def _months(start: datetime, end: datetime, basis: Basis, first: datetime | None) -> list[date]:
    """The local months overlapping [start, end) that the marts hold: from the month of the first monitoring
    moment (`first`; none without one) to the one before basis.monthly_until."""
    if first is None:
        return []
    tz = ZoneInfo(basis.report_timezone)
    month = max(start, first - EDGE).replace(tzinfo=ZoneInfo("UTC")).astimezone(tz).date().replace(day=1)
    out = []
    while month < basis.monthly_until and utc(month, basis.report_timezone) < end:
        out.append(month)
        month = next_month(month)
    return out


def _compute(cur: duckdb.DuckDBPyConnection, months: list[date], tz: str) -> None:
    """Temp tables new_fct_availability_monthly and new_fct_response_monthly: the mart rows of `months`, each
    month computed on its own (see the module docstring), as its readers would."""
    cur.execute("create or replace temp table new_fct_availability_monthly (p0 timestamp, service varchar, "
                "calendar varchar, eligible_s double, month_eligible_s double, downtime_s double, "
                "maintenance_s double, availability_pct double, coverage_pct double)")
    cur.execute("create or replace temp table new_fct_response_monthly (p0 timestamp, service varchar, "
                "p50_ms double, p95_ms double, p99_ms double, response_checks bigint, volume_checks bigint, "
                "mean double, p5 double, unit varchar)")
    now = settings.now()
    for month in months:
        p0, p1 = utc(month, tz), utc(next_month(month), tz)
        cur.execute("create or replace temp table periods as select $m as first_day, $p0 as p0, $p1 as p1",
                    {"m": month, "p0": p0, "p1": p1})
        cur.execute("create or replace temp table response_periods as select p0, p1 from periods")
        write_segments(cur, month, next_month(month))
        params = {"range_start": p0, "range_end": p1, "as_of": now, "customer": None, "services": []}
        for query, table in (("marts/monitored_months", None),
                             ("metrics/service_availability", "new_fct_availability_monthly"),
                             ("metrics/service_response", "new_fct_response_monthly")):
            text = sql.text(query)
            into = f"insert into {table} " if table else "create or replace temp table availability_targets as "
            cur.execute(into + text, sql.bound(text, params))


# --- reading ----------------------------------------------------------------------------------------------------

def _whole_months(con: duckdb.DuckDBPyConnection, periods: list[tuple], as_of: datetime) -> list[datetime]:
    """The starts (p0) of the periods that are whole local months the marts hold, and ended by `as_of` (a month
    in progress as of then is computed as of then)."""
    until = con.execute("select monthly_until from marts_state").fetchone()[0]
    tz = settings.get(con, "report_timezone")
    return [p0 for first, p0, p1 in periods if until and first.day == 1 and first < until and p1 <= as_of
            and p0 == utc(first, tz) and p1 == utc(next_month(first), tz)]


def write_service_availability(con: duckdb.DuckDBPyConnection, params: dict, from_marts: bool = True) -> None:
    """Temp table service_availability (queries/metrics/service_availability.sql) for the temp tables periods and
    availability_targets: whole past months from fct_availability_monthly (unless `from_marts` is false: targets
    other than the contracts'), the other periods computed. The marts must be current (sla.metrics.marts.refresh)."""
    periods = con.execute("select first_day, p0, p1 from periods").fetchall()
    whole = _whole_months(con, periods, params["as_of"]) if from_marts else []
    con.execute("create or replace temp table service_availability as select * from fct_availability_monthly "
                "where p0 in (select unnest($starts))", {"starts": whole})
    rest = [p for p in periods if p[1] not in whole]
    if not rest:
        return
    # the other periods alone, over their own range (the query lists every target's period, empty if not asked)
    write_segments(con, *con.execute("select first_day, end_day from period_days").fetchone())
    con.execute("create or replace temp table all_periods as select * from periods")
    con.execute("delete from periods where list_contains($starts, p0)", {"starts": whole})
    text = sql.text("metrics/service_availability")
    params = {**params, "range_start": min(p[1] for p in rest), "range_end": max(p[2] for p in rest)}
    con.execute(f"insert into service_availability select * from ({text}) where not list_contains($starts, p0)",
                {**sql.bound(text, params), "starts": whole})
    con.execute("create or replace temp table periods as select * from all_periods; drop table all_periods")


def write_service_response(con: duckdb.DuckDBPyConnection, params: dict) -> None:
    """Temp table service_response (queries/metrics/service_response.sql) for the period [$period_start,
    $period_end): a whole past month from fct_response_monthly, else computed for the services of
    availability_targets (those of $customer). The marts must be current (sla.metrics.marts.refresh)."""
    start, end = params["period_start"], params["period_end"]
    if _whole_months(con, [(params["period_start_date"], start, end)], params["as_of"]):
        con.execute("create or replace temp table service_response as select * from fct_response_monthly "
                    "where p0 = ?", [start])
        return
    services = [s for (s,) in con.execute("select distinct service from availability_targets "
                                          "where $customer is null or customer = $customer",
                                          {"customer": params.get("customer")}).fetchall()]
    con.execute("create or replace temp table response_periods as select $p0::timestamp as p0, $p1::timestamp as p1",
                {"p0": start, "p1": end})
    text = sql.text("metrics/service_response")
    con.execute(f"create or replace temp table service_response as {text}",
                {"range_start": start, "range_end": end, "services": services})
