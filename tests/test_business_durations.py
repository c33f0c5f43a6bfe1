"""Stops an export gives only as business time (Zendesk's "... within business hours"): kept as the source's own
figure beside our clock, and made stops on the source's calendar only when the import names it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from sla import cli, store
from sla.contract import config
from sla.imports import ingest
from sla.imports.readers import ImportProblem
from sla.metrics import kpis
from tests.test_config import HEADERS, write

# The office calendar runs 09:00-17:00, Fridays 09:00-16:00 (Amsterdam, summer time: UTC+2). Ticket 7001, created
# Friday 16 Oct 2026 15:30 local, has 30 business minutes on Friday and the other 30 on Monday 19 Oct: 09:30 local,
# 07:30 UTC. Ticket 7002, created that morning at 09:10, was answered 20 business minutes later: 09:30 local.
EXPORT = ("Id,Organization,Priority,Created at,First reply time in minutes within business hours\n"
          "7001,Acme,normal,2026-10-16 15:30:00,60\n"   # Friday 15:30 local: 30 min Friday, 30 min Monday
          "7002,Acme,normal,2026-10-16 09:10:00,20\n")  # the same morning: 09:30 local
CALENDAR = "office,Europe/Amsterdam,09:00-17:00,09:00-17:00,09:00-17:00,09:00-17:00,09:00-16:00,,,,"


@pytest.fixture
def configured(tmp_path: Path) -> Path:
    db = tmp_path / "b.duckdb"
    config.import_config(write(tmp_path / "cfg", {"calendars": [CALENDAR],
                                                 "policies": ["*,*,*,first_response,60,90,office,,"]}, HEADERS), db=db)
    return db


def first_responses(db: Path) -> dict[str, datetime | None]:
    with store.connect(db) as con:
        kpis.has_marts(con)  # refresh
        return dict(con.execute("select ticket_id, stop_at from fct_ticket_sla where metric = 'first_response' "
                                "order by 1").fetchall())


def test_business_minutes_are_kept_as_the_sources_figure_not_a_stop(configured: Path, tmp_path: Path) -> None:
    path = tmp_path / "zendesk.csv"
    path.write_text(EXPORT, encoding="utf-8")
    result = ingest.ingest_file(path, db=configured, timezone="Europe/Amsterdam")
    assert any("kept as the source's own figure for 2 tickets, not used as a stop" in line for line in result.stops)
    assert first_responses(configured) == {"7001": None, "7002": None}
    with store.connect(configured) as con:
        rows = kpis.compute(con, "2026-10", as_of=datetime(2026, 11, 1))["rows"]
    fr = next(r for r in rows if r["metric"] == "first_response")
    assert fr["source_p50_minutes"] == 40.0  # the source's own figures, side by side with ours (none: no stop)


def test_with_the_sources_calendar_they_become_stops_on_it(configured: Path, tmp_path: Path) -> None:
    path = tmp_path / "zendesk.csv"
    path.write_text(EXPORT, encoding="utf-8")
    result = ingest.ingest_file(path, db=configured, timezone="Europe/Amsterdam", source_calendar="office")
    assert any("used as the stop on calendar 'office'" in line for line in result.stops)
    assert first_responses(configured) == {"7001": datetime(2026, 10, 19, 7, 30), "7002": datetime(2026, 10, 16, 7, 30)}
    with store.connect(configured) as con:
        rows = kpis.compute(con, "2026-10", as_of=datetime(2026, 11, 1))["rows"]
    fr = next(r for r in rows if r["metric"] == "first_response")
    # both within 60 business minutes on the same calendar: met; our median equals the source's
    assert (fr["met"], fr["breached"], fr["p50_minutes"], fr["source_p50_minutes"]) == (2, 0, 40.0, 40.0)


def test_an_unknown_source_calendar_is_a_clear_error(configured: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "zendesk.csv"
    path.write_text(EXPORT, encoding="utf-8")
    with pytest.raises(ImportProblem, match="--source-calendar 'kantoor' is not a calendar of the configuration; "
                                            "known: 24x7, office"):
        ingest.ingest_file(path, db=configured, source_calendar="kantoor")
    assert cli.main(["--db", str(configured), "ingest", "tickets", str(path), "--source-calendar", "office",
                     "--timezone", "Europe/Amsterdam"]) == 0
    assert "used as the stop on calendar 'office'" in capsys.readouterr().out
