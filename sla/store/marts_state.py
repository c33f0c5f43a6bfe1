"""The marts' refresh state: each write counts a change and names the tickets it touched; a refresh records the
count it caught up with and what the marts were built with (their basis)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb


@dataclass(frozen=True)
class Basis:
    """What the ticket marts are computed with, besides the tickets and exclusions themselves."""

    config_version: int | None
    report_timezone: str
    segments_from: date  # the local dates the calendar segments cover: from <= day < to
    segments_to: date


@dataclass(frozen=True)
class State:
    """The change count, the count the marts caught up with, and their basis (None: unknown, rebuild all)."""

    changes: int
    built: int
    basis: Basis | None

    @property
    def current(self) -> bool:
        return self.built == self.changes


def mark_stale(con: duckdb.DuckDBPyConnection, touched: str | None = None, params: dict | None = None) -> None:
    """Count a change inside the caller's transaction; `touched`: a query of the (source, ticket_id) it touched.

    A configuration change names no tickets: the refresh compares the version in force with the marts' basis.
    """
    con.execute("update marts_state set changes = changes + 1")
    if touched:
        con.execute("insert into marts_touched select (select changes from marts_state), source, ticket_id "
                    f"from ({touched})", params or {})


def read(con: duckdb.DuckDBPyConnection) -> State:
    """The refresh state as stored."""
    changes, built, version, tz, first, end = con.execute(
        "select changes, built, config_version, report_timezone, segments_from, segments_to from marts_state"
    ).fetchone()
    return State(changes, built, Basis(version, tz, first, end) if tz else None)


def write_touched(con: duckdb.DuckDBPyConnection, changes: int) -> None:
    """Temp table touched(source, ticket_id): the tickets the changes up to `changes` touched, once each."""
    con.execute("create or replace temp table touched as select distinct source, ticket_id from marts_touched "
                "where change <= ?", [changes])


def mark_built(con: duckdb.DuckDBPyConnection, changes: int, basis: Basis) -> None:
    """Record that the marts reflect every change up to `changes`, computed with `basis`."""
    con.execute("update marts_state set built = ?, config_version = ?, report_timezone = ?, segments_from = ?, "
                "segments_to = ?", [changes, basis.config_version, basis.report_timezone, basis.segments_from,
                                    basis.segments_to])
    con.execute("delete from marts_touched where change <= ?", [changes])
