"""KPI splits and the figures beyond compliance: volume by channel/category, at risk, throughput minimum, burn rate."""

from __future__ import annotations

import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sla import store
from sla.contract import config
from sla.imports import ingest
from sla.metrics import kpis

TICKETS = """\
ticket_id,customer,priority,channel,category,created_at,first_response_at,resolved_at
1,Acme,high,email,incident,2024-10-01 09:00,2024-10-01 09:20,2024-10-01 10:00
2,Acme,high,chat,incident,2024-10-02 09:00,2024-10-02 09:10,2024-10-02 09:30
3,Acme,low,email,question,2024-10-03 09:00,2024-10-03 11:00,
4,Acme,low,email,question,2024-10-31 22:00,,
"""


@pytest.fixture
def split_db(tmp_path: Path) -> Path:
    db = tmp_path / "splits.duckdb"
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "policies.csv").write_text(textwrap.dedent("""\
        customer,service,priority,metric,target_minutes,target_pct,target_value,calendar
        *,*,*,first_response,60,90,,24x7
        *,*,*,resolution,600,80,,24x7
        *,*,*,availability,,99.0,,24x7
        *,Web,*,throughput,,,150,24x7
        """), encoding="utf-8")
    config.import_config(folder, db=db)
    (tmp_path / "tickets.csv").write_text(TICKETS, encoding="utf-8")
    ingest.ingest_file(tmp_path / "tickets.csv", "tickets", db=db, timezone="UTC")
    # Web: hourly samples through October 2024 (UTC), volume alternating 100 and 300 requests, down 10-16 Oct 00:00
    # for 6 hours (six samples down, each holding one hour).
    start = datetime(2024, 10, 1)
    rows = ["timestamp,monitor,status,volume,unit"]
    for i in range(31 * 24):
        at = start + timedelta(hours=i)
        down = datetime(2024, 10, 16) <= at < datetime(2024, 10, 16, 6)
        rows.append(f"{at:%Y-%m-%d %H:%M},Web,{'down' if down else 'up'},{100 if i % 2 else 300},requests")
    (tmp_path / "checks.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ingest.ingest_file(tmp_path / "checks.csv", "checks", db=db, timezone="UTC")
    with store.connect(db) as con:
        con.execute("insert or replace into settings values ('report_timezone', 'UTC')")
    return db


def compute(db: Path, **kwargs) -> list[dict]:
    with store.connect(db, read_only=True) as con:
        return kpis.compute(con, "2024-10", as_of=datetime(2024, 11, 1, 0, 30), **kwargs)["rows"]


def test_volume_and_compliance_split_by_channel(split_db: Path):
    rows = compute(split_db, by="channel")
    volume = {r["channel"]: (r["created"], r["resolved"]) for r in rows if r["metric"] == "volume"}
    assert volume == {"email": (3, 1), "chat": (1, 1)}
    first = {r["channel"]: (r["met"], r["breached"]) for r in rows if r["metric"] == "first_response"}
    # ticket 3 answered after 120 min (breached); ticket 4 was due 31 Oct 23:00 and never answered (breached)
    assert first == {"email": (1, 2), "chat": (1, 0)}
    assert all("priority" not in r for r in rows if r["metric"] == "first_response")


def test_volume_split_by_category(split_db: Path):
    rows = compute(split_db, by="category")
    assert {r["category"]: r["created"] for r in rows if r["metric"] == "volume"} == {"incident": 2, "question": 2}


def test_at_risk_counts_open_tickets_past_three_quarters(split_db: Path):
    # Ticket 4 (created 31 Oct 22:00 UTC, resolution target 600 min on 24x7) is open. At October's end (31 Oct
    # 23:00 UTC) it has used 60 minutes: open, not at risk, and October's figures stay so however late they are
    # asked for. In November, running: as of 1 Nov 00:30 it has used 150 (not at risk), as of 06:00 480 (80 %).
    with store.connect(split_db, read_only=True) as con:
        october = kpis.compute(con, "2024-10", as_of=datetime(2024, 11, 1, 6, 0))["rows"]
        early = kpis.compute(con, "2024-11", as_of=datetime(2024, 11, 1, 0, 30))["rows"]
        late = kpis.compute(con, "2024-11", as_of=datetime(2024, 11, 1, 6, 0))["rows"]
    [closed] = [r for r in october if r["metric"] == "resolution"]
    [early_res] = [r for r in early if r["metric"] == "resolution"]
    [late_res] = [r for r in late if r["metric"] == "resolution"]
    assert (closed["open"], closed["at_risk"]) == (1, 0)
    assert (early_res["open"], early_res["at_risk"]) == (1, 0)
    assert (late_res["open"], late_res["at_risk"]) == (1, 1)


def test_throughput_minimum_and_unit(split_db: Path):
    [row] = [r for r in compute(split_db) if r["metric"] == "throughput"]
    assert (row["mean"], row["p5"], row["unit"], row["checks"]) == (200.0, 100.0, "requests", 744)
    assert (row["target_value"], row["ok"]) == (150.0, True)


def test_burn_rate_is_the_share_of_the_error_budget_used(split_db: Path):
    [row] = [r for r in compute(split_db) if r["metric"] == "availability"]
    # 31 days = 44,640 min eligible; target 99.0 % allows 446.4 min; 360 min down -> burn 360 / 446.4 = 0.81
    assert row["downtime_minutes"] == 360.0
    assert row["budget_minutes"] == 446.4
    assert row["burn_rate"] == 0.81
