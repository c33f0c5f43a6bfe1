"""What the store holds, for the Overview page and the CLI: rows per kind of data and the time they span."""

from __future__ import annotations

import difflib
from pathlib import Path

import duckdb
import pandas as pd

from sla import i18n, store
from sla.metrics import kpis, marts
from sla.store import settings, sql


def data_overview(db: Path | str | None = None) -> pd.DataFrame:
    """One row per kind (tickets, checks, outages, feedback, maintenance): rows stored, time range, imports, and
    feedback read from tickets' satisfaction fields (from_tickets). Moments in the report time zone."""
    with store.connect(db, read_only=True) as con:
        frame, tz = sql.df(con, "metrics/data_overview"), settings.get(con, "report_timezone")
    return kpis.local_times(frame, ("first_at", "last_at", "last_import_at"), tz)


def import_log(db: Path | str | None = None) -> pd.DataFrame:
    """Every import, newest first (the batches table), imported_at in the report time zone."""
    with store.connect(db, read_only=True) as con:
        frame = con.execute("select * from batches order by batch_id desc").df()
        return kpis.local_times(frame, ("imported_at",), settings.get(con, "report_timezone"))


def customers(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every customer the store knows (customers sheet, tickets, survey answers), sorted."""
    return [r[0] for r in sql.execute(con, "metrics/known_customers").fetchall()]


def check_customer(con: duckdb.DuckDBPyConnection, customer: str) -> None:
    """Raise ValueError naming the known customers (the closest first) when `customer` is not one of them."""
    known = customers(con)
    if customer in known:
        return
    close = difflib.get_close_matches(customer, known, n=5, cutoff=0.5)
    listed = close + [k for k in known if k not in close]
    shown = ", ".join(listed[:20]) + (f", ... ({len(known)} in all)" if len(known) > 20 else "")
    raise ValueError(i18n.t("overview.error.unknown_customer", customer=customer, known=shown or "none"))


def filter_options(db: Path | str | None = None) -> dict[str, list[str]]:
    """Values for the dashboard filters: customer, service, priority, month (YYYY-MM, oldest first), and the
    report time zone (one value) in which months are cut."""
    with store.connect(db, read_only=True) as con:
        marts.refresh(con)  # the tickets' values come from the marts
        tz = settings.get(con, "report_timezone")
        frame = sql.df(con, "metrics/filter_options", tz=tz)
    options = {f: frame.loc[frame["filter"] == f, "value"].tolist() for f in ("customer", "service", "priority",
                                                                              "month")}
    return {**options, "timezone": [tz]}
