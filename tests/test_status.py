"""The status strip (sla.metrics.status), the public status page (sla.outputs.status_page) and the error budget
through a month (sla.metrics.availability.budget_burn), on the demo data and on tiny exports."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from sla.contract import config
from sla.imports import ingest
from sla.metrics import availability, status
from sla.outputs import charts, status_page
from tests.conftest import DEMO_MONTH
from tests.e2e_support import CHECKS_CSV, write_export
from tests.test_config import GOOD, HEADERS, write

AS_OF = datetime(2026, 11, 15, 12)  # the demo's end: nothing of October is still to come
OCTOBER_END = date(2026, 10, 31)


@pytest.fixture(scope="module")
def strip(demo_db: Path):
    return status.days(demo_db, OCTOBER_END, as_of=AS_OF)


def test_the_strip_has_ninety_days_per_service_told_by_their_downtime(strip):
    assert strip.groupby("service").size().to_dict() == {"API": 90, "Betalingen": 90, "Klantportaal": 90,
                                                        "Webshop": 90}
    assert (strip["day"].min(), strip["day"].max()) == (datetime(2026, 8, 3), datetime(2026, 10, 31))
    api = strip[strip["service"] == "API"].set_index(strip.loc[strip["service"] == "API", "day"].dt.day_of_year)
    october = api[api["day"].dt.month == 10]
    # the API's 155 minutes of October, around the clock: 5 min on the 15th, 130 on the 17th, 20 on the 23rd
    assert october.loc[october["downtime_minutes"] > 0, ["downtime_minutes", "incidents", "state"]].values.tolist() \
        == [[5.0, 1, "minor"], [130.0, 1, "major"], [20.0, 1, "major"]]
    assert october["downtime_minutes"].sum() == 155
    maintained = strip[strip["state"] == "maintenance"]
    assert maintained[["service", "maintenance_minutes"]].values.tolist() == [["API", 120.0], ["Klantportaal", 120.0]]
    assert maintained["eligible_minutes"].tolist() == [1320.0, 1320.0]  # maintenance is not measured time


def test_a_clients_strip_holds_only_the_services_of_its_contract(demo_db):
    helios = status.days(demo_db, OCTOBER_END, customer="Helios Health GmbH", as_of=AS_OF)
    assert sorted(helios["service"].unique()) == ["API", "Klantportaal"]
    assert status.days(demo_db, OCTOBER_END, customer="Nobody B.V.", as_of=AS_OF).empty  # never everyone's


def test_days_without_monitoring_are_shown_as_no_data(db, tmp_path):
    ingest.ingest_file(write_export(tmp_path, "checks.csv", CHECKS_CSV), db=db)  # 2024-10-03 02:10 .. 02:25 local
    days = status.days(db, date(2024, 10, 4), count=3, as_of=datetime(2024, 10, 5))
    assert days[["day", "state"]].values.tolist() == [
        [datetime(2024, 10, 2), "no_data"], [datetime(2024, 10, 3), "minor"], [datetime(2024, 10, 4), "no_data"]]
    assert days["downtime_minutes"].iloc[1] == 5.0 and days["incidents"].iloc[1] == 1


def test_a_clients_status_page_names_that_client_and_no_other_customer(demo_db, strip):
    customers = config.in_force(demo_db)["customers"]["customer"].tolist()
    assert len(customers) == 12
    for client in ("Helios Health GmbH", "Acme Retail Ltd"):
        days = status.days(demo_db, OCTOBER_END, customer=client, as_of=AS_OF)
        html = status_page.render(days, date(2026, 8, 3), OCTOBER_END, "en", AS_OF, client=client)
        assert f"Service status for {client}" in html
        assert [c for c in customers if c != client and c in html] == []
    everyone = status_page.render(strip, date(2026, 8, 3), OCTOBER_END, "nl", AS_OF, company="Voorbeeld B.V.")
    assert [c for c in customers if c in everyone] == []
    assert "<title>Status van Voorbeeld B.V.</title>" in everyone
    api = strip[strip["service"] == "API"]
    uptime = 100 * (1 - api["downtime_minutes"].sum() / api["eligible_minutes"].sum())
    assert f"{uptime:.3f}" == "99.880"
    assert re.findall(r"<h2>(\w+)<span>([^<]+)</span>", everyone)[0] == ("API", "99,880 % beschikbaar")
    assert everyone.count('<i class="major" title=') == len(strip[strip["state"] == "major"]) == 3
    assert "<script" not in everyone and "http" not in everyone  # opens from a disk, loads nothing


def test_names_are_escaped_in_the_status_page(strip):
    odd = strip.assign(service=strip["service"].replace("API", "<b>API</b>"))
    html = status_page.render(odd, date(2026, 8, 3), OCTOBER_END, "en", AS_OF, client="Tom & Jerry")
    assert "&lt;b&gt;API&lt;/b&gt;" in html and "Tom &amp; Jerry" in html and "<b>API" not in html


def test_the_error_budget_of_the_month_is_used_up_by_the_apis_downtime(demo_db):
    acme = availability.budget_burn(demo_db, DEMO_MONTH, "API", ("Acme Retail Ltd",), as_of=AS_OF)
    assert len(acme) == 745  # October has 31 days and one hour more when the clocks go back
    unit = acme.iloc[0]
    assert (unit["calendar"], unit["target_pct"], unit["customers"]) == ("24x7", 99.9, 1)
    assert unit["budget_s"] == pytest.approx(745 * 3600 * 0.001)
    assert acme["downtime_s"].sum() == 155 * 60
    assert acme["consumed_pct"].iloc[-1] == pytest.approx(100 * 9300 / unit["budget_s"])
    assert acme["consumed_pct"].is_monotonic_increasing
    worst = acme.loc[acme["burn_1h"].idxmax()]
    assert worst["hour"].strftime("%d %H:%M") == "17 11:00" and worst["burn_1h"] == pytest.approx(1000)
    # all customers: the strictest target (Helios, 99.95 %) used the largest share of its budget
    everyone = availability.budget_burn(demo_db, DEMO_MONTH, "API", as_of=AS_OF)
    assert (everyone["target_pct"].iloc[0], everyone["customers"].iloc[0]) == (99.95, 1)
    figure = charts.budget_burn(acme, acme["hour"].iloc[0].tz_localize(None), OCTOBER_END, "en",
                                availability.FAST_BURN, availability.SLOW_BURN)
    assert [a.text for a in figure.layout.annotations if "Alert" in (a.text or "")] == [
        "Alert: Last 1 h above 14.4×", "Alert: Last 6 h above 6.0×"]


def test_a_month_in_progress_counts_the_calendar_hours_still_to_come(demo_db):
    early = availability.budget_burn(demo_db, DEMO_MONTH, "API", ("Acme Retail Ltd",), as_of=datetime(2026, 10, 10))
    assert len(early) == 9 * 24 + 2  # October 1st 00:00 local (22:00 UTC the day before) to the 10th 00:00 UTC
    assert early["budget_s"].iloc[0] == pytest.approx(745 * 3600 * 0.001)  # the whole month's budget


def test_a_service_without_a_target_has_no_budget(db, tmp_path):
    ingest.ingest_file(write_export(tmp_path, "checks.csv", CHECKS_CSV), db=db)
    assert availability.budget_burn(db, "2024-10", "Webshop", as_of=datetime(2024, 11, 1)).empty
    config.import_config(write(tmp_path / "cfg", {**GOOD, "customers": ["Acme,1000,EUR,Webshop"]}, HEADERS), db=db)
    burned = availability.budget_burn(db, "2024-10", "Webshop", as_of=datetime(2024, 11, 1))
    assert burned["downtime_s"].sum() == 300 and burned["target_pct"].iloc[0] == 99.9
