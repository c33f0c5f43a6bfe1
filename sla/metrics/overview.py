"""What the store holds, for the Overview page and the CLI: rows per kind of data and the time they span."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from sla import store
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


def filter_options(db: Path | str | None = None) -> dict[str, list[str]]:
    """Values for the dashboard filters: customer, service, priority, month (YYYY-MM, oldest first)."""
    with store.connect(db, read_only=True) as con:
        marts.refresh(con)  # the tickets' values come from the marts
        frame = sql.df(con, "metrics/filter_options", tz=settings.get(con, "report_timezone"))
    return {f: frame.loc[frame["filter"] == f, "value"].tolist() for f in ("customer", "service", "priority", "month")}


def last_complete_month(today: date | None = None) -> str:
    """The month before today's, as YYYY-MM: the default period of every page."""
    today = today or date.today()
    return f"{today.year - (today.month == 1):04d}-{(today.month - 2) % 12 + 1:02d}"
