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
from tests.conftest import DEMO_MONTH, REPO, open_page
from tests.e2e_support import CHECKS_CSV, write_export


def page(db: Path, monkeypatch: pytest.MonkeyPatch, lang: str = "en", month: str = DEMO_MONTH, **state) -> AppTest:
    """The Availability page on `db` for a month (shared filters set through their keys)."""
    return open_page("availability", db, monkeypatch, lang=lang, month=month, **state)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def table(at: AppTest, name: str):
    """A table of the page: the services of the month (the first), or the incidents (the last: its tab open)."""
    return at.dataframe[{"services": 0, "incidents": -1}[name]].value


def section(at: AppTest, label: str) -> AppTest:
    """Open a tab of the sections below the strip (only the open one is drawn)."""
    at.session_state["availability_section"] = label
    at.run()
    assert not at.exception
    return at


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
    # one row per service: five customers promised 99.90 % on the API, Helios 99.95 %; all six fell below
    assert services["service"].tolist() == ["API", "Betalingen", "Klantportaal", "Webshop"]
    first = services.iloc[0]
    assert (first["service"], first["target_pct"], first["customers"], first["availability_pct"],
            first["verdict"]) == ("API", "99.90–99.95 %", 6, "99.65 %", "✗ below target")
    assert services.set_index("service").loc["Webshop", "verdict"] == "✓ met"
    # the service shown below is the first one below target, with the least favourable of its customers' figures
    assert at.selectbox(key="availability_service").value == "API"
    helios = october[("Helios Health GmbH", "API")]
    shown = metrics(at)
    assert shown["Availability"] == "99.65 %"
    assert shown["Downtime"] == "2 h 35 min" and api["downtime_minutes"] == 155
    assert shown["Budget left"] == i18n.duration(helios["budget_left_minutes"]) == "-2 h 13 min"
    assert shown["Burn rate"] == f"{helios['burn_rate']:.2f}×" == "6.94×"
    assert shown["Data coverage"] == i18n.percent(api["coverage_pct"])
    assert at.metric[0].help == kpis.REGISTRY["availability"].definition["en"]
    assert at.metric[0].proto.delta == "-0.35 pp"


def test_dutch_shows_a_decimal_comma_and_dutch_labels(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch, lang="nl")
    shown = metrics(at)
    assert shown["Beschikbaarheid"] == "99,65 %"
    assert shown["Verbruikstempo"].endswith("×") and "," in shown["Verbruikstempo"]
    assert shown["Budget over"] == "-2 u 13 min"
    assert at.metric[0].proto.delta == "-0,35 %-punt"
    services = table(at, "services")
    assert services.iloc[0][["availability_pct", "verdict"]].tolist() == ["99,65 %", "✗ onder de norm"]
    uptime = figures(at)[1]  # after the strip
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
    assert services.iloc[0]["customers"] == 1
    assert metrics(at)["Budget left"] == i18n.duration(helios["budget_left_minutes"]) == "-2 h 13 min"
    assert metrics(at)["Burn rate"] == f"{helios['burn_rate']:.2f}×" == "6.94×"


def test_choosing_another_service_changes_the_figures_and_the_incidents(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    at.selectbox(key="availability_service").set_value("Webshop").run()
    assert not at.exception
    assert metrics(at)["Availability"] == "99.99 %"
    assert metrics(at)["Downtime"] == "5 min"
    incidents = table(section(at, "Incidents in Oct 2026"), "incidents")
    assert incidents["lasted"].tolist() == ["5 min"]
    assert incidents["reason"].tolist() == ["Failed checks: 1"]


def test_incidents_add_up_to_the_downtime_and_the_chart_has_the_target_line(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    strip, uptime = figures(at)  # the first tab below the strip is open; the others are drawn when opened
    assert [t.label for t in at.tabs] == ["Uptime by month", "Error budget in Oct 2026", "Incidents in Oct 2026",
                                          "Response time"]
    incidents = table(section(at, "Incidents in Oct 2026"), "incidents")
    assert incidents["minutes"].sum() == 155  # no incident of October overlaps maintenance
    assert incidents["started_at"].dt.strftime("%d %H:%M").tolist() == ["15 00:35", "17 10:05", "23 16:40"]
    _, response = figures(section(at, "Response time"))
    # the customers' targets differ (99.90 and 99.95 %): a band, not a line
    assert [(s["type"], s["y0"], s["y1"]) for s in uptime["layout"]["shapes"]] == [("rect", 99.9, 99.95)]
    assert uptime["layout"]["annotations"][0]["text"] == "Target 99.9–99.95 %"
    low, high = uptime["layout"]["yaxis"]["range"]
    assert low < 99.65 and 99.95 < high <= 100.5  # the values and the targets, no more than needed
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
    assert rows["maintenance_minutes"].tolist() == [120.0]
    assert rows["downtime_minutes"].tolist() == [0.0]


def test_by_service_keeps_one_row_per_service_with_the_least_favourable_kpi_figures(demo_db, october):
    rows = availability.by_service(availability.monthly(demo_db, DEMO_MONTH, DEMO_MONTH))
    assert rows["service"].tolist() == ["API", "Betalingen", "Klantportaal", "Webshop"]
    api = rows.iloc[0]
    helios, acme = october[("Helios Health GmbH", "API")], october[("Acme Retail Ltd", "API")]
    assert (api["target_min"], api["target_max"], api["customers"], api["below"], api["judged"]) == (
        99.9, 99.95, 6, 6, 6)
    assert api["budget_minutes"] == helios["budget_minutes"] < acme["budget_minutes"]
    assert api["burn_rate"] == helios["burn_rate"] == pytest.approx(155 / helios["budget_minutes"], abs=0.01)
    assert rows["ok"].tolist() == [False, True, True, True]
    some = rows.assign(below=[2, 0, 0, 0])
    assert availability.display(some, "nl")["verdict"].tolist() == [
        "✗ 2 van 6 klanten onder de norm", "✓ gehaald", "✓ gehaald", "✓ gehaald"]


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
    assert table(section(at, "Incidents in Oct 2024"), "incidents")["reason"].tolist() == ["Failed checks: 1"]


def test_the_status_strip_and_a_click_on_a_day_link_to_that_days_incidents(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    strip = figures(at)[0]
    assert {t["name"] for t in strip["data"]} == {"No downtime", "Under 15 min down", "15 min or more down",
                                                  "Maintenance only"}
    assert at.subheader[1].value == "Status, 2026-08-03 – 2026-10-31"
    at.session_state["availability_strip"] = {"selection": {"points": [{"customdata": ["2026-09-13", "Klantportaal"]}],
                                                            "point_indices": [0], "box": [], "lasso": []}}
    at.run()
    assert not at.exception
    shown = [m.value for m in at.markdown if "Klantportaal" in m.value]
    assert shown == ['<a href="availability?lang=en&amp;month=2026-09&amp;availability_service=Klantportaal" '
                     'target="_self">Incidents of Klantportaal in Sep 2026 (2026-09-13) →</a>']


def test_a_click_on_a_row_of_the_services_shows_that_service(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch, lang="nl")
    at.session_state["availability_services"] = {"selection": {"rows": [3], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    assert at.selectbox(key="availability_service").value == "Webshop"
    assert metrics(at)["Downtime"] == "5 min"


def test_the_error_budget_chart_and_the_status_page_download(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    burn = figures(section(at, "Error budget in Oct 2026"))[1]
    assert [t["name"] for t in burn["data"]] == ["Budget used", "Even pace", "Last 1 h", "Last 6 h"]
    caption = next(c.value for c in at.caption if c.value.startswith("Target 99.95 % on calendar 24x7"))
    assert "(22 min in all)" in caption
    assert at.selectbox(key="status_page_client").options[:2] == ["Everyone (all services, no customer named)",
                                                                 "Acme Retail Ltd"]
    assert at.get("download_button")[0].proto.label == "Download the status page (.html)"
    assert "The page shows: API, Betalingen, Klantportaal, Webshop." in [c.value for c in at.caption]
    at.selectbox(key="status_page_client").set_value("Helios Health GmbH").run()
    assert "The page shows: API, Klantportaal." in [c.value for c in at.caption]  # the services of its contract


def test_the_service_shown_comes_from_the_address_by_its_name(demo_db, monkeypatch):
    monkeypatch.setenv("SLA_DB", str(demo_db))
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60)
    at.query_params.update({"availability_service": "Klantportaal", "lang": "nl", "month": DEMO_MONTH})
    at.run()
    at.switch_page("pages/availability.py").run()
    assert not at.exception
    assert at.selectbox(key="availability_service").value == "Klantportaal"
    at.selectbox(key="availability_service").set_value("Webshop").run()
    assert at.query_params["availability_service"] == "Webshop"  # the code, in either language
