"""Settings stored in the database (key/value), with documented defaults."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import duckdb

DEFAULTS = {
    "timezone": "Europe/Amsterdam",  # time zone of the naive local times in exports
    "report_timezone": "Europe/Amsterdam",  # months and weeks are cut in this zone
    "company_name": "",
    # the mail server for `deliver` ($SLA_SMTP_* win; the password lives in the environment only)
    "smtp_host": "",
    "smtp_port": "",
    "smtp_tls": "",
    "smtp_user": "",
    "smtp_from": "",
}


def get(con: duckdb.DuckDBPyConnection, key: str) -> str:
    """A setting's value, else its default."""
    row = con.execute("select value from settings where key = ?", [key]).fetchone()
    return row[0] if row else DEFAULTS[key]


def put(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    """Store a setting (ValueError when the key is unknown or a time zone is not one)."""
    if key not in DEFAULTS:
        raise ValueError(f"unknown setting {key!r}; known: {', '.join(DEFAULTS)}")
    if key.endswith("timezone"):
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not a time zone like Europe/Amsterdam") from None
    con.execute("insert or replace into settings values (?, ?)", [key, value])


def all_settings(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Every setting with its value (the default where none is stored)."""
    return {key: get(con, key) for key in DEFAULTS}


def now() -> datetime:
    """The current moment as naive UTC, like every stored timestamp. $SLA_NOW (ISO 8601; UTC unless it names an
    offset) pins it, so a run can be repeated as of a moment: a report made "later" with the same data."""
    pinned = os.environ.get("SLA_NOW")
    if not pinned:
        return datetime.now(UTC).replace(tzinfo=None)
    moment = datetime.fromisoformat(pinned)
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
