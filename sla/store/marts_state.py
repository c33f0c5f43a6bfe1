"""The marts' refresh state: writes count a change, a rebuild records the count it caught up with."""

from __future__ import annotations

import duckdb


def mark_stale(con: duckdb.DuckDBPyConnection, touched: str | None = None, params: dict | None = None) -> None:
    """Count a change inside the caller's transaction; `touched`: a query of the (source, ticket_id) it touched.

    A configuration change names no tickets: the refresh compares the version in force with the marts' basis.
    """
    con.execute("update marts_state set changes = changes + 1")
    if touched:
        con.execute("insert into marts_touched select (select changes from marts_state), source, ticket_id "
                    f"from ({touched})", params or {})


def pending(con: duckdb.DuckDBPyConnection) -> int | None:
    """The change count a rebuild would catch up with, or None when the marts are current."""
    changes, built = con.execute("select changes, built from marts_state").fetchone()
    return None if built == changes else changes


def mark_built(con: duckdb.DuckDBPyConnection, changes: int) -> None:
    """Record that the marts reflect every change up to `changes`."""
    con.execute("update marts_state set built = ?", [changes])
