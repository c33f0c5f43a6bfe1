"""Load and run the named SQL files under queries/ (one query per file, bound $parameters)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

QUERIES = Path(__file__).resolve().parents[2] / "queries"


@cache
def text(name: str) -> str:
    """The SQL of queries/<name>.sql, e.g. 'marts/fct_ticket_sla'."""
    return (QUERIES / f"{name}.sql").read_text(encoding="utf-8")


def bound(sql: str, params: dict) -> dict:
    """The parameters `sql` names: DuckDB rejects named parameters a statement does not use."""
    return {k: v for k, v in params.items() if re.search(rf"\${k}\b", sql)}  # not $period_start in $period_start_date


def execute(con: duckdb.DuckDBPyConnection, name: str, **params) -> duckdb.DuckDBPyConnection:
    """Run a named query (or script) with bound parameters."""
    sql = text(name)
    return con.execute(sql, bound(sql, params)) if params else con.execute(sql)


def df(con: duckdb.DuckDBPyConnection, name: str, **params) -> pd.DataFrame:
    """Run a named query and return its result as a DataFrame."""
    return execute(con, name, **params).df()
