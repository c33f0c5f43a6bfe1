"""The marts' refresh state: each write counts a change and names what it touched; a refresh records the count it
caught up with and what the marts were built with (their basis)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from sla.store import sql


@dataclass(frozen=True)
class Basis:
    """What the marts are computed with, besides the stored data itself."""

    config_version: int | None
    report_timezone: str
    segments_from: date  # the local dates the ticket marts' calendar segments cover: from <= day < to
    segments_to: date
    monthly_until: date  # the monthly monitoring marts hold the local months before this one


@dataclass(frozen=True)
class State:
    """The change count, the count the marts caught up with, and their basis (None: unknown, rebuild all)."""

    changes: int
    built: int
    basis: Basis | None

    @property
    def current(self) -> bool:
        return self.built == self.changes


def mark_stale(con: duckdb.DuckDBPyConnection, tickets: str | None = None, batch_id: int | None = None,
               params: dict | None = None) -> None:
    """Count a change inside the caller's transaction, naming what it touched: `tickets`, a query of (source,
    ticket_id); `batch_id`, an import that it adds (tickets: those of the batch; monitoring: the moments of
    queries/marts/batch_moments.sql) or, for monitoring, removes.

    A configuration change names nothing: the refresh compares the version in force with the marts' basis.
    """
    con.execute("update marts_state set changes = changes + 1")
    if tickets:
        con.execute("insert into marts_touched select (select changes from marts_state), source, ticket_id "
                    f"from ({tickets})", params or {})
    if batch_id is not None:
        con.execute("insert into marts_touched_batches select changes, ? from marts_state", [batch_id])
        con.execute("insert into marts_touched_moments select (select changes from marts_state), first_at, last_at "
                    f"from ({sql.text('marts/batch_moments')})", {"batch_id": batch_id})


def read(con: duckdb.DuckDBPyConnection) -> State:
    """The refresh state as stored."""
    changes, built, *basis = con.execute(
        "select changes, built, config_version, report_timezone, segments_from, segments_to, monthly_until "
        "from marts_state"
    ).fetchone()
    return State(changes, built, Basis(*basis) if basis[1] and basis[4] else None)


def write_touched(con: duckdb.DuckDBPyConnection, changes: int) -> int:
    """Temp table touched(source, ticket_id): the tickets the changes up to `changes` touched, once each (a ticket
    import's: those its batch still holds; an undo named them itself). Returns how many."""
    con.execute(f"create or replace temp table touched as {sql.text('marts/touched')}", {"changes": changes})
    return con.execute("select count(*) from touched").fetchone()[0]


def touched_moments(con: duckdb.DuckDBPyConnection, changes: int) -> list[tuple]:
    """The (first_at, last_at) moments that monitoring writes up to `changes` touched (last_at None: until now)."""
    return con.execute("select distinct first_at, last_at from marts_touched_moments where change <= ?",
                       [changes]).fetchall()


def mark_built(con: duckdb.DuckDBPyConnection, changes: int, basis: Basis) -> None:
    """Record, in one transaction, that the marts reflect every change up to `changes`, computed with `basis`."""
    con.execute("begin")
    con.execute("update marts_state set built = ?, config_version = ?, report_timezone = ?, segments_from = ?, "
                "segments_to = ?, monthly_until = ?",
                [changes, basis.config_version, basis.report_timezone, basis.segments_from, basis.segments_to,
                 basis.monthly_until])
    con.execute("delete from marts_touched where change <= ?", [changes])
    con.execute("delete from marts_touched_moments where change <= ?", [changes])
    con.execute("delete from marts_touched_batches where change <= ?", [changes])
    con.execute("commit")
