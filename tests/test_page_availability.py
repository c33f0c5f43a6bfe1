"""The Availability page (AppTest) and its engine (sla.metrics.availability): per service uptime against target, error
budget and burn rate, incidents, maintenance windows, response times; English and Dutch; the empty state."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from sla import i18n, store
from sla.imports import ingest
from sla.metrics import availability, kpis
from sla.outputs import charts
from tests.conftest import DEMO_MONTH, open_page
from tests.e2e_support import CHECKS_CSV, write_export


def page(db: Path, monkeypatch: pytest.MonkeyPatch, lang: str = "en", month: str = DEMO_MONTH, **state) -> AppTest:
    """The Availability page on `db` for a month (shared filters set through their keys)."""
    return open_page("availability", db, monkeypatch, lang=lang, month=month, **state)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def table(at: AppTest, name: str):
    """A table of the page by its place: the services of the month, the months of one service, the incidents."""
    return at.dataframe[("services", "months", "incidents").index(name)].value


def figures(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


@pytest.fixture(scope="module")
def october(demo_db: Path) -> dict[tuple[str, str], dict]:
    """The availability KPI rows of the demo month by (customer, service)."""
    with store.connect(demo_db) as con:
        rows = kpis.compute(con, DEMO_MONTH)["rows"]
    return {(r["customer"], r["service"]): r for r in rows if r["metric"] == "availability"}


def test_the_api_is_below_target_in_the_demos_bad_month(demo_db, monkeypatch, october):
    at = page(demo_db, monkeypatch)
    api = october[("Acme Retail Ltd", "API")]
    assert api["availability_pct"] == pytest.approx(99.65, abs=0.005)
    services = table(at, "services")
    first = services.iloc[0]
    assert (first["service"], first["target_pct"], first["availability_pct"], first["verdict"]) == (
        "API", "99.90 %", "99.65 %", "✗ below target")
    assert services.set_index("service").loc["Webshop", "verdict"] == "✓ met"
    # the service shown below is the first one below target, with the KPI's own figures
    assert at.selectbox(key=f"availability_service_{DEMO_MONTH}").value == ("API", 99.9)
    shown = metrics(at)
    assert shown["Availability"] == "99.65 %"
    assert shown["Downtime"] == "2 h 35 min" and api["downtime_minutes"] == 155
    assert shown["Budget left"] == i18n.duration(api["budget_left_minutes"]) == "-1 h 50 min"
    assert shown["Burn rate"] == f"{api['burn_rate']:.2f}×"
    assert shown["Data coverage"] == i18n.percent(api["coverage_pct"])
    assert at.metric[0].help == kpis.REGISTRY["availability"].definition["en"]
    assert at.metric[0].proto.delta == "-0.35 pp"


def test_dutch_shows_a_decimal_comma_and_dutch_labels(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch, lang="nl")
    shown = metrics(at)
    assert shown["Beschikbaarheid"] == "99,65 %"
    assert shown["Verbruikstempo"].endswith("×") and "," in shown["Verbruikstempo"]
    assert shown["Budget over"] == "-1 u 50 min"
    assert at.metric[0].proto.delta == "-0,35 %-punt"
    services = table(at, "services")
    assert services.iloc[0][["availability_pct", "verdict"]].tolist() == ["99,65 %", "✗ onder de norm"]
    uptime = figures(at)[0]
    assert uptime["layout"]["separators"] == ",."
    assert uptime["data"][0]["x"][-1] == "okt 2026"
    assert at.subheader[0].value == "Diensten in okt 2026"


def test_a_customer_with_a_stricter_target_has_a_smaller_budget(demo_db, monkeypatch, october):
    at = page(demo_db, monkeypatch, customer=["Helios Health GmbH"])
    helios = october[("Helios Health GmbH", "API")]
    assert helios["target_pct"] == 99.95
    services = table(at, "services")
    assert services["service"].tolist() == ["API", "Klantportaal"]
    assert services.iloc[0]["target_pct"] == "99.95 %"
    assert metrics(at)["Budget left"] == i18n.duration(helios["budget_left_minutes"]) == "-2 h 13 min"
    assert metrics(at)["Burn rate"] == f"{helios['burn_rate']:.2f}×" == "6.94×"


def test_choosing_another_service_changes_the_figures_and_the_incidents(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    at.selectbox(key=f"availability_service_{DEMO_MONTH}").set_value(("Webshop", 99.9)).run()
    assert not at.exception
    assert metrics(at)["Availability"] == "99.99 %"
    assert metrics(at)["Downtime"] == "5 min"
    incidents = table(at, "incidents")
    assert incidents["minutes"].tolist() == [5.0]
    assert incidents["reason"].tolist() == ["Failed checks: 1"]


def test_incidents_add_up_to_the_downtime_and_the_chart_has_the_target_line(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    incidents = table(at, "incidents")
    assert incidents["minutes"].sum() == 155  # no incident of October overlaps maintenance
    assert incidents["started_at"].dt.strftime("%d %H:%M").tolist() == ["15 00:35", "17 10:05", "23 16:40"]
    uptime, timeline, response = figures(at)
    assert [s["y0"] for s in uptime["layout"]["shapes"]] == [99.9]
    assert uptime["layout"]["annotations"][0]["text"] == "Target 99.90 %"
    assert len(uptime["data"][1]["x"]) == 12  # the 12 months up to October
    assert [t["name"] for t in response["data"]] == ["p50", "p95", "p99"]


def test_maintenance_windows_are_shaded_and_do_not_count_as_downtime(demo_db):
    windows = availability.maintenance(demo_db, "2026-09", ("API",))
    assert windows[["minutes", "note"]].values.tolist() == [[120.0, "Certificaatvervanging"]]
    down = availability.incidents(demo_db, "2026-09", ("API",))
    start = pd.Timestamp("2026-09-01")
    fig = charts.downtime_timeline(down, windows, start, start + pd.offsets.MonthBegin(1), "en")
    shade = [s for s in fig.layout.shapes if s.type == "rect"]
    assert [(s.x0, s.x1) for s in shade] == [(pd.Timestamp("2026-09-13 01:00"), pd.Timestamp("2026-09-13 03:00"))]
    rows = availability.by_service(availability.monthly(demo_db, "2026-09", "2026-09"), services=("API",))
    assert rows["maintenance_minutes"].tolist() == [120.0, 120.0]
    assert rows["downtime_minutes"].tolist() == [0.0, 0.0]


def test_by_service_keeps_one_row_per_target_with_the_kpi_figures(demo_db, october):
    rows = availability.by_service(availability.monthly(demo_db, DEMO_MONTH, DEMO_MONTH))
    api = rows[rows["service"] == "API"].set_index("target_pct")
    assert api["customers"].to_dict() == {99.9: 5, 99.95: 1}
    assert api.loc[99.95, "budget_minutes"] == october[("Helios Health GmbH", "API")]["budget_minutes"]
    assert api.loc[99.9, "burn_rate"] == pytest.approx(155 / api.loc[99.9, "budget_minutes"], abs=0.01)
    assert rows["ok"].tolist() == [False, False, True, True, True]


def test_response_times_are_monthly_percentiles_of_the_checks(demo_db):
    frame = availability.response_times(demo_db, "2026-10", "2026-10", ("API",))
    with store.connect(demo_db) as con:
        ms = con.execute("select response_time_ms from stg_checks where service = 'API' and response_time_ms is not "
                         "null and checked_at >= '2026-09-30 22:00' and checked_at < '2026-10-31 23:00'").df()
    assert frame["checks"].tolist() == [len(ms)]
    assert frame["p95_ms"].iloc[0] == pytest.approx(ms["response_time_ms"].quantile(0.95), abs=0.01)


def test_an_empty_store_says_what_to_upload(db, monkeypatch):
    at = page(db, monkeypatch, lang="nl")
    assert at.info[0].value.startswith("Nog geen monitoringgegevens.")
    assert [link.value for link in at.get("page_link")] == ["Naar de pagina Gegevens"]
    assert not at.metric
    assert not at.get("plotly_chart")


def test_monitoring_without_a_contract_shows_availability_without_a_target(db, tmp_path, monkeypatch):
    ingest.ingest_file(write_export(tmp_path, "checks.csv", CHECKS_CSV), db=db)
    at = page(db, monkeypatch, month="2024-10")
    services = table(at, "services")
    assert services[["service", "target_pct", "verdict", "downtime"]].values.tolist() == [
        ["Webshop", "–", "no target", "5 min"]]
    assert metrics(at)["Budget left"] == "–"
    assert table(at, "incidents")["reason"].tolist() == ["Failed checks: 1"]
