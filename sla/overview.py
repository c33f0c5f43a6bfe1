"""What the store holds, for the Overview page and the CLI: rows per kind of data and the time they span."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from sla import sql, store


def data_overview(db: Path | str | None = None) -> pd.DataFrame:
    """One row per kind (tickets, checks, outages, feedback, maintenance): rows stored, time range, imports."""
    with store.connect(db, read_only=True) as con:
        return sql.df(con, "marts/data_overview")
