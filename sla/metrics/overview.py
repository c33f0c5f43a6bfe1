"""What the store holds, for the Overview page and the CLI: rows per kind of data and the time they span."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pandas as pd

from sla import i18n, store
from sla.metrics import kpis, marts
from sla.store import settings, sql
from sla.store.scope import LOCAL, OutOfScope, Scope

NOTHING = ("",)  # a list of services that matches none: no stored service has an empty name


def data_overview(db: Path | str | None = None, scope: Scope = LOCAL) -> pd.DataFrame:
    """One row per kind (tickets, checks, outages, feedback, maintenance): rows stored, time range, imports, and
    feedback read from tickets' satisfaction fields (from_tickets), of the scope's customers and their services.
    Moments in the report time zone."""
    with store.connect(db, read_only=True) as con:
        frame = sql.df(con, "metrics/data_overview", customers=list(scope.limit()),
                       services=list(services_in_scope(con, scope)))
        tz = settings.get(con, "report_timezone")
    return kpis.local_times(frame, ("first_at", "last_at", "last_import_at"), tz)


def import_log(db: Path | str | None = None, scope: Scope = LOCAL) -> pd.DataFrame:
    """Every import, newest first (the batches table, actor: who imported it), imported_at in the report time
    zone."""
    scope.require("see_setup")
    with store.connect(db, read_only=True) as con:
        frame = con.execute("select * from batches order by batch_id desc").df()
        return kpis.local_times(frame, ("imported_at",), settings.get(con, "report_timezone"))


def undone_imports(db: Path | str | None = None, scope: Scope = LOCAL) -> pd.DataFrame:
    """Every undone import, newest first: batch_id, kind, file_name, imported_at, imported_by, actor (who undid
    it) and undone_at, moments in the report time zone."""
    scope.require("see_setup")
    with store.connect(db, read_only=True) as con:
        frame = con.execute("select * from batch_undos order by undone_at desc").df()
        return kpis.local_times(frame, ("imported_at", "undone_at"), settings.get(con, "report_timezone"))


def services_in_scope(con: duckdb.DuckDBPyConnection, scope: Scope, services: tuple[str, ...] = ()
                      ) -> tuple[str, ...]:
    """The services a read uses: those asked for (checked against the services the scope's customers take on the
    customers sheet), or none named: () for every service, or the scope's own (NOTHING when they take none)."""
    if scope.everything:
        return tuple(services)
    taken = [s for (s,) in sql.execute(con, "metrics/scope_services", customers=list(scope.customers)).fetchall()]
    outside = sorted(set(services) - set(taken))
    if outside:
        raise OutOfScope(f"not in your scope: {', '.join(outside)}")
    return tuple(services) or tuple(taken) or NOTHING


def customers(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every customer the store knows (customers sheet, tickets, survey answers), sorted."""
    return [r[0] for r in sql.execute(con, "metrics/known_customers").fetchall()]


def asked(customers: Sequence[str], scope: Scope) -> tuple[tuple[str, ...], str | None]:
    """The customers a read of some customers (none: all) returns for a scope (() for every one; raises
    OutOfScope), and the one a query can filter on (None when that is several)."""
    customers = scope.limit(customers)
    return customers, customers[0] if len(customers) == 1 else None


def only(frame: pd.DataFrame, customers: tuple[str, ...]) -> pd.DataFrame:
    """The rows of the customers (all without any)."""
    return frame[frame["customer"].isin(customers)].reset_index(drop=True) if customers and len(frame) else frame


def check_customer(con: duckdb.DuckDBPyConnection, customer: str, scope: Scope = LOCAL) -> None:
    """Raise ValueError naming the known customers of the scope (the closest first) when `customer` is not one of
    them: a scoped user never reads the names of others, not even in an error."""
    known = scope.visible(customers(con))
    if customer in known:
        return
    close = difflib.get_close_matches(customer, known, n=5, cutoff=0.5)
    listed = close + [k for k in known if k not in close]
    shown = ", ".join(listed[:20]) + (f", ... ({len(known)} in all)" if len(known) > 20 else "")
    raise ValueError(i18n.t("overview.error.unknown_customer", customer=customer, known=shown or "none"))


def filter_options(db: Path | str | None = None, scope: Scope = LOCAL) -> dict[str, list[str]]:
    """Values for the dashboard filters: customer, service, priority (of the scope's customers), month (YYYY-MM,
    oldest first), and the report time zone (one value) in which months are cut."""
    with store.connect(db, read_only=True) as con:
        marts.refresh(con)  # the tickets' values come from the marts
        tz = settings.get(con, "report_timezone")
        frame = sql.df(con, "metrics/filter_options", tz=tz, customers=list(scope.limit()),
                       services=list(services_in_scope(con, scope)))
    options = {f: frame.loc[frame["filter"] == f, "value"].tolist() for f in ("customer", "service", "priority",
                                                                              "month")}
    return {**options, "timezone": [tz]}
