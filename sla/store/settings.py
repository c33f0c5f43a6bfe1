"""Settings stored in the database (key/value), with documented defaults."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import duckdb

DEFAULTS = {
    "timezone": "Europe/Amsterdam",  # time zone of the naive local times in exports
    "report_timezone": "Europe/Amsterdam",  # months and weeks are cut in this zone
    "company_name": "",
}


def get(con: duckdb.DuckDBPyConnection, key: str) -> str:
    """A setting's value, else its default."""
    row = con.execute("select value from settings where key = ?", [key]).fetchone()
    return row[0] if row else DEFAULTS[key]


def put(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    """Store a setting."""
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}; known: {', '.join(DEFAULTS)}")
    con.execute("insert or replace into settings values (?, ?)", [key, value])


def now() -> datetime:
    """The current moment as naive UTC, like every stored timestamp. $SLA_NOW (ISO 8601; UTC unless it names an
    offset) pins it, so a run can be repeated as of a moment: a report made "later" with the same data."""
    pinned = os.environ.get("SLA_NOW")
    if not pinned:
        return datetime.now(UTC).replace(tzinfo=None)
    moment = datetime.fromisoformat(pinned)
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
