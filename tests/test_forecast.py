"""The month-end forecast: what it knows at a moment, what it projects, the breaches and downtime left, and its
backtest against the months' actual figures."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sla import store
from sla.metrics import forecast, kpis, periods
from tests.conftest import DEMO_MONTH

TZ = "Europe/Amsterdam"


def moment(month: str, day: int, hour: int = 9) -> datetime:
    """A local moment of the demo's time zone, as naive UTC."""
    return periods.utc(datetime.fromisoformat(f"{month}-{day:02d}").date(), TZ) + timedelta(hours=hour)


@pytest.fixture(scope="module")
def mid_october(demo_db: Path) -> forecast.Forecast:
    return forecast.forecast(demo_db, as_of=moment(DEMO_MONTH, 12))


def test_at_the_end_of_a_month_the_forecast_is_the_months_figure(demo_db: Path):
    end = periods.month_bounds(DEMO_MONTH, None, TZ)[3]
    last = forecast.forecast(demo_db, as_of=end - timedelta(microseconds=1))
    with store.connect(demo_db) as con:
        rows = kpis.compute(con, DEMO_MONTH)["rows"]
    actual = {(r["customer"], r["metric"]): r["compliance_pct"] for r in rows
              if r["metric"] in ("first_response", "resolution") and r["compliance_pct"] is not None}
    projected = {(r.customer, r.metric): r.projected_compliance_pct for r in last.tickets.itertuples()}
    assert projected.keys() == actual.keys()
    for key, value in actual.items():
        assert projected[key] == pytest.approx(value, abs=1e-9), key
    assert last.tickets["pending"].sum() == 0


def test_the_forecast_knows_only_what_was_known_at_its_moment(demo_db: Path, mid_october):
    assert mid_october.month == DEMO_MONTH and mid_october.progress.days == 12
    earlier = forecast.forecast(demo_db, as_of=moment(DEMO_MONTH, 5))
    decided = mid_october.tickets["met"] + mid_october.tickets["breached"]
    assert (earlier.tickets["met"] + earlier.tickets["breached"]).sum() < decided.sum()
    # a month's decisions so far are about half of the whole month's by day 12 of 31
    with store.connect(demo_db) as con:
        whole = sum((r["met"] or 0) + (r["breached"] or 0) for r in kpis.compute(con, DEMO_MONTH)["rows"]
                    if r["metric"] in ("first_response", "resolution"))
    assert 0.25 < decided.sum() / whole < 0.5


def test_the_breaches_a_month_can_absorb_keep_its_target_and_one_more_misses_it(mid_october):
    judged = mid_october.tickets.dropna(subset=["target_pct"])
    assert len(judged) > 10 and judged["pending"].sum() > 0
    for row in judged.itertuples():
        expected = row.projected_met + row.projected_breached  # the decisions the month is heading for
        assert row.projected_breached >= row.breached and row.projected_met >= row.met
        assert row.on_track == (row.projected_compliance_pct >= row.target_pct)
        if row.absorbable >= 0:
            assert 100 * (expected - row.breached - row.absorbable) / expected >= row.target_pct
        assert 100 * (expected - row.breached - row.absorbable - 1) / expected < row.target_pct


def test_downtime_left_before_the_target_and_each_tier(mid_october):
    rows = mid_october.availability
    assert len(rows) > 10
    for row in rows.itertuples():
        tiers = row.tiers
        assert tiers and [t["below_pct"] for t in tiers] == sorted((t["below_pct"] for t in tiers), reverse=True)
        # a lower tier leaves more minutes; the tier at the target leaves exactly the error budget
        lefts = [t["minutes_to_tier"] for t in tiers]
        assert lefts == sorted(lefts)
        for tier in tiers:
            if tier["below_pct"] == row.target_pct:
                assert tier["minutes_to_tier"] == pytest.approx(row.budget_left_minutes, abs=0.01)
        # the credit if the burn rate holds: the deepest tier the availability so far is below
        below = [t for t in tiers if row.availability_pct < t["below_pct"]]
        assert row.credit_pct == (max(t["credit_pct"] for t in below) if below else 0)
    assert (mid_october.credits["credit_amount"] >= 0).all()


def test_the_backtest_compares_forecasts_on_days_10_15_and_20_with_the_months(demo_db: Path):
    result = forecast.backtest(demo_db, "2026-08", DEMO_MONTH)
    assert set(result.tickets["day"]) == {10, 15, 20}
    assert set(result.tickets["month"]) == {"2026-08", "2026-09", "2026-10"}
    assert result.count() > 100 and result.count("availability") > 30
    for column, kind in (("projected", "tickets"), ("so_far", "tickets"), ("so_far", "availability")):
        error = result.error(column, kind)
        assert error is not None and 0 <= error < 10
