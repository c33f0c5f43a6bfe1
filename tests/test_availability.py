"""Availability from checks and outage logs: down time, data gaps, maintenance, month boundaries, business-hours
calendars, error budget and service credits on the tier edges.

Expected figures are worked out by hand in the comments. October 2026 in Europe/Amsterdam has 31 days and one
extra hour (summer time ends on the 25th): 44,700 minutes; November 2026 has 43,200.
"""

from __future__ import annotations

import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sla import store
from sla.contract import config
from sla.imports import ingest
from sla.metrics import kpis

CHECK_EVERY = timedelta(minutes=10)


def write_config(folder: Path, **sheets: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in sheets.items():
        (folder / f"{name}.csv").write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def availability(db: Path, period: str, as_of: datetime, **options) -> dict[tuple, dict]:
    with store.connect(db, read_only=True) as con:
        doc = kpis.compute(con, period, as_of=as_of, **options)
    return {(r["customer"], r["service"]): r for r in doc["rows"] if r["metric"] == "availability"}


def figures(r: dict) -> tuple:
    """The row's figures, availability to 2 decimals (the engine keeps it unrounded: rounded once, when shown)."""
    return (round(r["availability_pct"], 2), r["downtime_minutes"], r["maintenance_minutes"], r["coverage_pct"],
            r["budget_minutes"], r["budget_left_minutes"], r["credit_pct"], r["credit_amount"], r["ok"])


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


def webshop_checks() -> str:
    """Checks every 10 minutes (UTC), 29 Sep - 3 Nov 2026, all up except the listed moments."""
    down = {utc("2026-10-10 12:00") + n * CHECK_EVERY for n in range(3)}  # 12:00-12:30
    down |= {utc("2026-10-12 12:00")}  # then two checks missing: a 30 min gap (3x usual), the status holds
    down |= {utc("2026-10-20 00:30") + n * CHECK_EVERY for n in range(6)}  # 00:30-01:30, half in maintenance
    down |= {utc("2026-10-31 22:00") + n * CHECK_EVERY for n in range(12)}  # 22:00-24:00 UTC, across the month
    missing = {utc("2026-10-12 12:10"), utc("2026-10-12 12:20")}
    missing |= {utc("2026-10-15 08:10") + n * CHECK_EVERY for n in range(11)}  # 08:10-09:50: a 2 h gap
    lines, t = ["timestamp,monitor,status"], utc("2026-09-29 00:00")
    while t < utc("2026-11-03 00:00"):
        if t not in missing:
            lines.append(f"{t:%Y-%m-%d %H:%M:%S},Webshop,{'down' if t in down else 'up'}")
        t += CHECK_EVERY
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def checks_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("checks")
    db = root / "sla.duckdb"
    (root / "checks.csv").write_text(webshop_checks(), encoding="utf-8")
    ingest.ingest_file(root / "checks.csv", "checks", db=db, timezone="UTC")
    config.import_config(write_config(
        root / "config",
        policies="""\
            customer,service,priority,metric,target_minutes,target_pct,calendar,effective_from,effective_to
            *,*,*,availability,,99.9,24x7,,
            """,
        credits="customer,below_pct,credit_pct\n*,99.9,10\n*,99,25\n",
        customers="customer,monthly_fee,currency,services\nAcme,1000,EUR,Webshop\n",
        # local time: 20 Oct 01:00-03:00 CEST is 19 Oct 23:00 - 20 Oct 01:00 UTC
        maintenance="service,start,end,note\nWebshop,2026-10-20 01:00,2026-10-20 03:00,database upgrade\n",
    ), db=db)
    return db


def test_checks_gaps_maintenance_and_budget(checks_db: Path) -> None:
    r = availability(checks_db, "2026-10", as_of=utc("2026-11-03 00:00"))[("Acme", "Webshop")]
    # calendar 44,700 min; maintenance 120; no data 08:10-10:00 on 15 Oct = 110 (the 08:00 check vouches for one
    # usual interval); eligible 44,700 - 120 - 110 = 44,470.
    # down: 10 Oct 30 + 12 Oct 30 (held over the 3x gap) + 20 Oct 60 - 30 in maintenance + 31 Oct 22:00-23:00 UTC
    # (midnight local) 60 = 150. Availability 44,320 / 44,470 = 99.6627 %; coverage 44,470 / 44,580 = 99.7533 %.
    # Budget at 99.9 %: 44.47 min, left 44.47 - 150. Credit: below 99.9 -> 10 % of 1,000.
    assert figures(r) == (99.66, 150.0, 120.0, 99.75, 44.47, -105.53, 10.0, 100.0, False)
    assert r["target_pct"] == 99.9


def test_outage_across_the_month_boundary_is_split(checks_db: Path) -> None:
    r = availability(checks_db, "2026-11", as_of=utc("2026-11-03 00:00"))[("Acme", "Webshop")]
    # November so far: 31 Oct 23:00 UTC to 3 Nov 00:00 UTC = 2,940 min; the other 60 min of the outage.
    # 2,880 / 2,940 = 97.959 %: below 99 -> 25 % credit. The budget is the whole month's, not the 3 days':
    # November's 43,200 min (2,940 measured + 40,260 to come) at 99.9 % -> 43.2 min, 43.2 - 60 = -16.8 left.
    assert figures(r) == (97.96, 60.0, 0.0, 100.0, 43.2, -16.8, 25.0, 250.0, False)
    both = availability(checks_db, "2026-10", to="2026-11", as_of=utc("2026-11-03 00:00"))[("Acme", "Webshop")]
    assert both["downtime_minutes"] == 210.0


OUTAGES = """\
service,started_at,ended_at
API,2026-11-10 10:00:00,2026-11-10 10:43:12
API2,2026-11-10 10:00:00,2026-11-10 10:43:13
Portal,2026-11-03 16:00:00,2026-11-03 18:00:00
Portal,2026-11-07 10:00:00,2026-11-07 12:00:00
"""


@pytest.fixture(scope="module")
def outages_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("outages")
    db = root / "sla.duckdb"
    (root / "outages.csv").write_text(OUTAGES, encoding="utf-8")
    ingest.ingest_file(root / "outages.csv", "outages", db=db, timezone="Europe/Amsterdam")
    config.import_config(write_config(
        root / "config",
        calendars="calendar,timezone,mon,tue,wed,thu,fri,sat,sun,holidays,closed_dates\n"
                  "office,Europe/Amsterdam,09:00-17:00,09:00-17:00,09:00-17:00,09:00-17:00,09:00-17:00,,,NL,\n",
        policies="""\
            customer,service,priority,metric,target_minutes,target_pct,calendar,effective_from,effective_to
            *,*,*,availability,,99.9,24x7,,
            *,Portal,*,availability,,99.5,office,,
            Delta,Portal,*,availability,,99,24x7,,
            """,
        credits="customer,below_pct,credit_pct\n*,99.9,10\n*,99,25\nBeta,99.95,5\n",
        customers="""\
            customer,monthly_fee,currency,services
            Acme,1000,EUR,API
            Beta,2000,EUR,API
            Gamma,500,EUR,"API2, Portal"
            Delta,800,EUR,Portal
            """,
    ), db=db)
    return db


def test_credits_on_the_tier_edges(outages_db: Path) -> None:
    rows = availability(outages_db, "2026-11", as_of=utc("2026-12-15 00:00"))
    # API: 43.2 of 43,200 min down is exactly 99.9 %: not below 99.9, no credit; the budget is used up exactly.
    assert figures(rows[("Acme", "API")]) == (99.9, 43.2, 0.0, 100.0, 43.2, 0.0, 0.0, 0.0, True)
    # Beta's own tiers replace the '*' tiers: 99.9 is below Beta's 99.95 -> 5 % of 2,000.
    assert figures(rows[("Beta", "API")]) == (99.9, 43.2, 0.0, 100.0, 43.2, 0.0, 5.0, 100.0, True)
    # API2: one second more (43 min 13 s = 43.2167 min) is 99.89996 %, shown rounded as 99.9 but below the
    # target and the tier: 10 % of 500.
    assert figures(rows[("Gamma", "API2")]) == (99.9, 43.22, 0.0, 100.0, 43.2, -0.02, 10.0, 50.0, False)


def test_business_hours_calendar(outages_db: Path) -> None:
    r = availability(outages_db, "2026-11", as_of=utc("2026-12-15 00:00"))[("Gamma", "Portal")]
    # office hours in November 2026: 21 weekdays x 8 h = 10,080 min, no Dutch holiday. Down Tue 3 Nov 16:00-18:00:
    # 60 min inside hours; Saturday's outage does not count. 10,020 / 10,080 = 99.405 %, target 99.5 (the Portal
    # policy), budget 50.4 min; Gamma has no tiers of its own: below 99.9 -> 10 % of 500.
    assert figures(r) == (99.4, 60.0, 0.0, 100.0, 50.4, -9.6, 10.0, 50.0, False)
    assert r["target_pct"] == 99.5


def test_customer_specific_calendar(outages_db: Path) -> None:
    r = availability(outages_db, "2026-11", as_of=utc("2026-12-15 00:00"))[("Delta", "Portal")]
    # Delta's own Portal policy counts every hour: both outages, 240 of 43,200 min: 99.444 %, target 99 met,
    # budget 432 min; below 99.9 -> 10 % of 800.
    assert figures(r) == (99.44, 240.0, 0.0, 100.0, 432.0, 192.0, 10.0, 80.0, True)


def test_customer_filter(outages_db: Path) -> None:
    rows = availability(outages_db, "2026-11", as_of=utc("2026-12-15 00:00"), customer="Gamma")
    assert set(rows) == {("Gamma", "API2"), ("Gamma", "Portal")}


def test_uptimerobot_log_without_configuration(tmp_path: Path) -> None:
    db = tmp_path / "sla.duckdb"
    fixture = Path(__file__).parent / "fixtures" / "exports" / "uptimerobot_log.csv"
    ingest.ingest_file(fixture, "outages", db=db, timezone="Europe/Amsterdam")
    rows = availability(db, "2024-10", as_of=utc("2024-11-15 00:00"))
    # October 2024 has 44,700 minutes too. Down events: Webshop 12 min (3 Oct) + 4 min (14 Oct); Payments API
    # 47 min (7 Oct). Pause/start events are not downtime. No customers sheet: per service, customer null; no
    # policy: no target, verdict, budget or credit.
    assert set(rows) == {(None, "Webshop"), (None, "Payments API")}
    webshop, payments = rows[(None, "Webshop")], rows[(None, "Payments API")]
    # availability is kept unrounded (rounded once, where shown): 44,684 / 44,700 and 44,653 / 44,700
    assert (webshop["availability_pct"], webshop["downtime_minutes"], webshop["coverage_pct"]) == \
        (pytest.approx(100 * 44684 / 44700), 16.0, 100.0)
    assert (payments["availability_pct"], payments["downtime_minutes"]) == (pytest.approx(100 * 44653 / 44700), 47.0)
    assert [payments[k] for k in ("target_pct", "ok", "budget_minutes", "credit_pct", "credit_amount")] == [None] * 5
    # with a customers sheet, a service name with a space in it is one service
    config.import_config(write_config(tmp_path / "config", customers="""\
        customer,monthly_fee,currency,services
        Acme Retail,1000,EUR,Webshop
        Borealis Bank,2000,EUR,Payments API
        """), db=db)
    rows = availability(db, "2024-10", as_of=utc("2024-11-15 00:00"))
    assert set(rows) == {("Acme Retail", "Webshop"), ("Borealis Bank", "Payments API")}
    assert rows[("Borealis Bank", "Payments API")]["downtime_minutes"] == 47.0
