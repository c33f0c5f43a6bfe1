"""What-if replay of a draft contract: every clock and KPI of a window recomputed under a draft configuration
(a workbook or folder as `config import` reads it), beside the figures in force, without changing the store.

The replay runs on a cursor of its own (a DuckDB connection with its own temp objects). There the draft becomes the
next configuration version in temp copies of config_versions and the cfg_* tables, which shadow the stored ones for
every query on that cursor, so the staging views, the marts' queries and the KPI queries read the draft unchanged.
The draft's clocks are the marts' own SQL (sla.metrics.marts.write_rows) over the tickets the draft changes (or all
that can be decided in the window, `full=True`) into temp tables, and a temp view fct_ticket_sla puts them in place of
the stored rows. Nothing is written to the store: the marts never refresh on such a cursor (marts.drafting).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

from sla import store
from sla.contract import calendars, config
from sla.metrics import kpis, marts, overview, periods, trends
from sla.store import marts_state, settings, sql
from sla.store.marts_state import Basis
from sla.store.scope import LOCAL, Scope

CONFIG_TABLES = ("config_versions", *(f"cfg_{sheet}" for sheet in config.SHEETS))
TICKET_METRICS = ("first_response", "resolution")
ROW_KEYS = ("month", "customer", "metric", "priority", "service")
COMPARED = ("met", "breached", "compliance_pct", "target_pct", "ok", "credit_pct", "credit_amount")
FLIP_COLUMNS = ("source", "ticket_id", "customer", "service", "priority", "metric", "created_at", "stop_at",
                "current_outcome", "draft_outcome", "current_due_at", "draft_due_at", "current_target_minutes",
                "draft_target_minutes", "current_calendar", "draft_calendar", "excluded")


@dataclass(frozen=True)
class Replay:
    """Current vs draft over a window: `rows` per month, customer, metric (and priority, or service for
    availability), `credits` per month and customer (a customer's credits of a month together at most its fee), and
    `flips`, the ticket metrics whose outcome the draft changes (moments in the report time zone)."""

    first: str
    last: str
    as_of: datetime
    in_progress: str | None  # the window's month in progress, if any
    timezone: str
    rows: pd.DataFrame
    credits: pd.DataFrame
    flips: pd.DataFrame
    replayed: int  # tickets whose clocks were recomputed
    clocks: dict[str, dict[str, calendars.Calendar]]  # "current" and "draft": the calendars by name
    currencies: dict[str, str]  # customer -> currency (the draft's, else the one in force)
    customers: tuple[str, ...] = ()  # the customers it was narrowed to (asked for, or the scope's); none: all

    @property
    def differs(self) -> bool:
        """True when the draft changes any figure or outcome of the window."""
        changed = [self.rows[f"current_{c}"].ne(self.rows[f"draft_{c}"]) & ~(
            self.rows[f"current_{c}"].isna() & self.rows[f"draft_{c}"].isna()) for c in COMPARED]
        return bool(len(self.flips)) or any(bool(c.any()) for c in changed)


def read_draft(path: Path | str) -> config.Config:
    """A draft from an .xlsx workbook or a folder of CSV files, validated as `config import` validates it."""
    draft = config.read(path)
    problems = config.validate(draft)
    if problems:
        raise config.ConfigProblem(problems)
    return draft


def replay(db: Path | str | None, draft: config.Config, first: str, last: str | None = None,
           customers: Sequence[str] = (), by_priority: bool = False, full: bool = False,
           as_of: datetime | None = None, scope: Scope = LOCAL) -> Replay:
    """Replay `draft` over the months first..last (the figures of `customers`, none: all;
    only the scope's). Only the tickets whose policy or calendar the draft changes are recomputed, unless `full` (every
    ticket that can be decided in the window: the same figures, slower; the identity test uses it)."""
    problems = config.validate(draft)
    if problems:
        raise config.ConfigProblem(problems)
    last = last or first
    customers, one = overview.asked(customers, scope)
    with store.connect(db, read_only=True) as con:
        for name in customers:
            overview.check_customer(con, name, scope)
        kpis.has_marts(con)  # current marts first: a replay compares with them and never refreshes them
        tz = settings.get(con, "report_timezone")
        _, _, start, end = periods.month_bounds(first, last, tz)
        as_of = periods.freeze(as_of or settings.now(), end)
        window = {"period_start": start, "period_end": end, "customer": one, "by_priority": by_priority}
        cur = con.cursor()
        try:
            now_rows, now_available = _figures(cur, first, last, as_of, window)
            clocks, currencies = {"current": _clocks(cur)}, _currencies(cur)
            with _draft(cur, draft) as versions:
                replayed = _replay_clocks(cur, versions, window, full, as_of)
                _measure_monitoring(cur, versions)
                draft_rows, draft_available = _figures(cur, first, last, as_of, window)
                flips = sql.df(cur, "metrics/whatif_flips", **window)
                clocks["draft"], currencies = _clocks(cur), {**currencies, **_currencies(cur)}
        finally:
            cur.close()
    progress = periods.progress(last, as_of, tz)
    flips = overview.only(flips, customers)
    return Replay(first, last, as_of, last if progress else None, tz,
                  overview.only(_compare(now_rows, draft_rows, now_available, draft_available), customers),
                  overview.only(_compare_credits(now_available, draft_available), customers),
                  kpis.local_times(flips, ("created_at", "stop_at", "current_due_at", "draft_due_at"), tz)
                  [list(FLIP_COLUMNS)], replayed, _used(clocks, flips, customers),
                  {c: v for c, v in currencies.items() if not customers or c in customers}, customers)


def _used(clocks: dict[str, dict[str, calendars.Calendar]], flips: pd.DataFrame, customers: tuple[str, ...]
          ) -> dict[str, dict[str, calendars.Calendar]]:
    """The calendars by name, only those the flips name when the replay is narrowed to some customers (a calendar
    may be named after another customer)."""
    if not customers:
        return clocks
    return {side: {n: c for n, c in named.items() if n in set(flips[f"{side}_calendar"])}
            for side, named in clocks.items()}


def _clocks(cur: duckdb.DuckDBPyConnection) -> dict[str, calendars.Calendar]:
    return {c.name: c for c in config.calendars_in_force(cur)}


def _currencies(cur: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(cur.execute("select customer, currency from stg_customers where currency is not null").fetchall())


def _figures(cur: duckdb.DuckDBPyConnection, first: str, last: str, as_of: datetime,
             window: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Ticket rows (queries/metrics/whatif_tickets.sql) and availability rows (kpis.availability_rows, with credits)
    of the window, under the configuration the cursor sees."""
    kpis.prepare_outcomes(cur, as_of)
    tickets = sql.df(cur, "metrics/whatif_tickets", **window)
    available = trends.availability_trend(cur, first, last, window["customer"], as_of)
    available = overview.only(available, (window["customer"],) if window["customer"] is not None else ())
    return tickets, available


@contextmanager
def _draft(cur: duckdb.DuckDBPyConnection, draft: config.Config) -> Iterator[tuple[int, int]]:
    """Make `draft` the configuration in force on `cur` only (temp copies of the configuration tables, the draft as
    the next version); yields (version in force, draft version). Its temp tables go with the cursor."""
    catalog = _quoted(cur.execute("select current_database()").fetchone()[0])
    current = cur.execute("select max(version) from config_versions").fetchone()[0]
    version = (current or 0) + 1
    for table in CONFIG_TABLES:
        cur.execute(f"create temp table {table} as select * from {catalog}.main.{table}")
    cur.execute("begin")  # a guard, should a name ever resolve to the stored table: it would then be undone
    cur.execute("insert into config_versions (version, source, imported_at) values (?, 'what-if draft', now())",
                [version])
    config.write_version(cur, draft, version)
    if cur.execute(f"select max(version) from {catalog}.main.config_versions").fetchone()[0] != current:
        cur.execute("rollback")
        raise RuntimeError("a draft must never reach the stored configuration")
    cur.execute("commit")
    yield current, version


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _replay_clocks(cur: duckdb.DuckDBPyConnection, versions: tuple[int, int], window: dict, full: bool,
                   as_of: datetime) -> int:
    """The draft's clocks of the tickets it changes (every ticket with `full`) that can be decided in the window,
    in place of the stored ones (temp view fct_ticket_sla); returns how many tickets were recomputed."""
    current, version = versions
    built = marts_state.read(cur).basis
    basis = Basis(version, built.report_timezone, built.segments_from, built.segments_to, built.monthly_until)
    changed_calendars = _touch_changes(cur, current, version)
    cur.execute(f"create or replace temp table replayed as {sql.text('metrics/whatif_replayed')}",
                sql.bound(sql.text("metrics/whatif_replayed"), {**window, "all": full}))
    kpis.prepare_outcomes(cur, as_of)  # the outcomes in force of the replayed tickets, for the flips
    cur.execute("create temp table current_outcomes as select * from ticket_outcomes "
                "semi join replayed using (source, ticket_id)")
    if changed_calendars:
        calendars.write_segments(cur, config.calendars_in_force(cur), basis.segments_from, basis.segments_to,
                                 temporary=True)
    cur.execute("create or replace temp table touched as select * from replayed")
    cur.execute(f"create or replace temp table mart_tickets as {sql.text('marts/touched_tickets')}")
    marts.write_kinds(cur, "mart_tickets")
    marts.write_rows(cur, basis, as_of)
    cur.execute("create temp table draft_rows as select * from fresh_rows")
    marts.drop_rows(cur)
    catalog = _quoted(cur.execute("select current_database()").fetchone()[0])
    cur.execute(f"create temp view fct_ticket_sla as select * from {catalog}.main.fct_ticket_sla "
                "anti join replayed using (source, ticket_id) union all by name select * from draft_rows")
    return cur.execute("select count(*) from replayed").fetchone()[0]


def _measure_monitoring(cur: duckdb.DuckDBPyConnection, versions: tuple[int, int]) -> None:
    """When the draft holds other calendars or maintenance windows, availability is measured from the checks for
    every month (a temp marts_state without monthly marts), not read from the monthly marts made with those in
    force."""
    current, version = versions
    if sql.execute(cur, "marts/monitoring_reconfigured", version=version, built_version=current).fetchone()[0]:
        catalog = _quoted(cur.execute("select current_database()").fetchone()[0])
        cur.execute("create temp table marts_state as select * replace (null::date as monthly_until) "
                    f"from {catalog}.main.marts_state")


def _touch_changes(cur: duckdb.DuckDBPyConnection, current: int | None, version: int) -> int:
    """Temp table touched: the stored tickets whose policy or calendar differs under the draft (the marts' own rule
    for a new configuration, queries/marts/policy_changes.sql); returns how many calendars the draft changes."""
    marts.write_kinds(cur, "fct_ticket_sla")
    for table, v in (("choice_built", current), ("choice_now", version)):
        cur.execute(f"create or replace temp table {table} as {sql.text('marts/policy_choice')}", {"version": v})
    cur.execute(f"create or replace temp table changed_calendars as {sql.text('marts/changed_calendars')}",
                {"version": version, "built_version": current})
    cur.execute(f"create or replace temp table touched as {sql.text('marts/policy_changes')}")
    return cur.execute("select count(*) from changed_calendars").fetchone()[0]


def _compare(now_tickets: pd.DataFrame, draft_tickets: pd.DataFrame, now_available: pd.DataFrame,
             draft_available: pd.DataFrame) -> pd.DataFrame:
    """One row per month, customer, metric and priority (tickets) or service (availability): current_* and draft_*
    of each compared figure (availability's compliance is the availability), and the differences in compliance and
    credit."""
    now = pd.concat([_tickets(now_tickets), _available(now_available)], ignore_index=True)
    draft = pd.concat([_tickets(draft_tickets), _available(draft_available)], ignore_index=True)
    rows = _side_by_side(now, draft)
    rows = rows.assign(delta_compliance_pct=rows["draft_compliance_pct"] - rows["current_compliance_pct"],
                       delta_credit_amount=rows["draft_credit_amount"] - rows["current_credit_amount"])
    return rows.sort_values(["month", "customer", "metric", "priority", "service"], na_position="first",
                            ignore_index=True)


def _tickets(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        return pd.DataFrame(columns=[*ROW_KEYS, *COMPARED])
    return frame.assign(month=pd.to_datetime(frame["month"]).dt.strftime("%Y-%m"), service=None,
                        credit_pct=float("nan"), credit_amount=float("nan"))[[*ROW_KEYS, *COMPARED]]


def _available(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        return pd.DataFrame(columns=[*ROW_KEYS, *COMPARED])
    return frame.assign(month=pd.to_datetime(frame["month"]).dt.strftime("%Y-%m"), metric="availability",
                        priority=None, met=float("nan"), breached=float("nan"),
                        compliance_pct=frame["availability_pct"])[[*ROW_KEYS, *COMPARED]]


def _side_by_side(now: pd.DataFrame, draft: pd.DataFrame) -> pd.DataFrame:
    """An outer join on the row keys: a row only one side has is empty on the other."""
    keys = list(ROW_KEYS)
    joined = now.astype({k: object for k in keys}).merge(
        draft.astype({k: object for k in keys}), on=keys, how="outer", suffixes=("_now", "_draft"))
    out = joined[keys].copy()
    for column in COMPARED:
        out[f"current_{column}"] = joined[f"{column}_now"]
        out[f"draft_{column}"] = joined[f"{column}_draft"]
    return out


def _compare_credits(now: pd.DataFrame, draft: pd.DataFrame) -> pd.DataFrame:
    """Per month and customer: the credit owed in force and under the draft (kpis.credits_owed) and the difference."""
    columns = ["month", "customer", "current_credit_amount", "draft_credit_amount", "delta_credit_amount"]
    owed = [kpis.credits_owed(f).assign(month=lambda f: pd.to_datetime(f["month"]).dt.strftime("%Y-%m"))
            if len(f) else pd.DataFrame(columns=["month", "customer", "credit_amount"]) for f in (now, draft)]
    joined = owed[0].merge(owed[1], on=["month", "customer"], how="outer", suffixes=("_now", "_draft"))
    if joined.empty:
        return pd.DataFrame(columns=columns)
    out = joined.assign(current_credit_amount=joined["credit_amount_now"].astype(float).fillna(0.0),
                        draft_credit_amount=joined["credit_amount_draft"].astype(float).fillna(0.0))
    out["delta_credit_amount"] = out["draft_credit_amount"] - out["current_credit_amount"]
    return out[columns].sort_values(["month", "customer"], ignore_index=True)


def document(result: Replay) -> dict:
    """The `whatif --format json` document: period, rows (current_*, draft_*, deltas), credits and flips."""
    _, end = periods.month_bounds(result.first, result.last, result.timezone)[:2]
    rows = kpis.clean_rows(result.rows.assign(in_progress=result.rows["month"].eq(result.in_progress)))
    return {"period_start": f"{result.first}-01", "period_end": end.isoformat(), "as_of": result.as_of.isoformat(),
            "timezone": result.timezone, "replayed_tickets": result.replayed, "rows": rows,
            "credits": kpis.clean_rows(result.credits), "flips": kpis.clean_rows(result.flips)}
