"""The Overview page through AppTest: the month's tiles against figures computed independently from the CLI's
KPI rows, the customer filter, the language, the trend, missed targets and worst breaches, the empty state."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from streamlit.proto.Metric_pb2 import Metric
from streamlit.testing.v1 import AppTest

from sla.imports import ingest
from sla.metrics.kpis import REGISTRY
from tests.conftest import DEMO_MONTH, REPO, open_page, sla_command
from tests.e2e_support import CHECKS_CSV, FEEDBACK_CSV, write_export
from tests.plotly_support import figures

ACME = "Acme Retail Ltd"


def open_overview(db: Path, monkeypatch: pytest.MonkeyPatch, **state: object) -> AppTest:
    """The dashboard on `db` with the demo month chosen (and any other session state), after its first run."""
    return open_page(None, db, monkeypatch, **state)



def tiles(at: AppTest) -> dict[str, object]:
    """The KPI tiles by label without the target ('First response compliance · target 95 %' -> its name)."""
    return {m.label.split(" · ")[0]: m for m in at.metric}


def chart(at: AppTest) -> dict:
    return figures(at)[0]


@pytest.fixture(scope="module")
def cli_rows(demo_db: Path) -> list[dict]:
    """`python -m sla kpis --period <demo month> --format json` rows, run as a separate process."""
    done = subprocess.run(sla_command(demo_db, "kpis", "--period", DEMO_MONTH, "--format", "json"), cwd=REPO,
                          capture_output=True, text=True, check=True, timeout=120)
    return json.loads(done.stdout)["rows"]


def compliance(rows: list[dict], metric: str, customer: str | None = None) -> float:
    """Set-based: sum met / sum (met + breached) over the customers' rows."""
    chosen = [r for r in rows if r["metric"] == metric and customer in (None, r["customer"])]
    met, breached = sum(r["met"] or 0 for r in chosen), sum(r["breached"] or 0 for r in chosen)
    return 100 * met / (met + breached)


def test_empty_store_says_what_to_upload_and_links_to_the_data_page(db, monkeypatch):
    at = open_overview(db, monkeypatch)
    assert "No data yet" in at.info[0].value
    assert [(link.proto.page, link.value) for link in at.get("page_link")] == [("data", "Go to the Data page")]
    assert not at.metric
    assert not at.get("plotly_chart")


def test_first_response_and_resolution_tiles_equal_the_cli_rows_summed_over_customers(demo_db, monkeypatch,
                                                                                       cli_rows):
    shown = tiles(open_overview(demo_db, monkeypatch))
    assert shown["First response compliance"].value == f"{compliance(cli_rows, 'first_response'):.2f} %"
    assert shown["Resolution compliance"].value == f"{compliance(cli_rows, 'resolution'):.2f} %"
    breaches = sum(r["breached"] or 0 for r in cli_rows if r["metric"] in ("first_response", "resolution"))
    assert shown["Breaches"].value == f"{breaches:,}"
    credits = sum(r["credit_amount"] or 0 for r in cli_rows if r["metric"] == "availability")
    assert credits > 0
    assert shown["Credits owed"].value == f"€{credits:,.2f}"


def test_feedback_tiles_count_every_answer_once_not_an_average_of_customers(demo_db, monkeypatch, cli_rows):
    shown = tiles(open_overview(demo_db, monkeypatch))
    csat = [r for r in cli_rows if r["metric"] == "csat"]
    satisfied = sum(round(r["csat_pct"] * r["responses"] / 100) for r in csat)
    assert shown["CSAT"].value == f"{100 * satisfied / sum(r['responses'] for r in csat):.1f} %"
    nps = [r for r in cli_rows if r["metric"] == "nps"]
    net = sum(round(r["nps"] * r["responses"] / 100) for r in nps)
    assert shown["NPS"].value == f"{100 * net / sum(r['responses'] for r in nps):.1f}"


def test_availability_tile_weighs_each_measured_service_once_by_its_measurable_time(demo_db, monkeypatch, cli_rows):
    shown = tiles(open_overview(demo_db, monkeypatch))
    services = {}  # one row per service (the demo promises every service on the 24x7 calendar)
    for r in cli_rows:
        if r["metric"] == "availability":
            eligible = r["budget_minutes"] * 100 / (100 - r["target_pct"])  # the budget is a share of it
            services[r["service"]] = (eligible, r["downtime_minutes"])
    eligible = sum(e for e, _ in services.values())
    down = sum(d for _, d in services.values())
    assert shown["Availability"].value == f"{100 * (eligible - down) / eligible:.3f} %"
    assert shown["Availability"].label == "Availability · {} of {} customers met".format(*customers_met(
        cli_rows, "availability"))
    assert "eligible-" not in shown["Availability"].help
    assert "each counted once per calendar" in shown["Availability"].help


def customers_met(rows: list[dict], metric: str) -> tuple[int, int]:
    """(customers that met every target of the metric, customers with a target), from the CLI's rows."""
    verdicts = {}
    for r in rows:
        if r["metric"] == metric and r["ok"] is not None:
            verdicts[r["customer"]] = verdicts.get(r["customer"], True) and r["ok"]
    return sum(verdicts.values()), len(verdicts)


def test_tiles_carry_target_change_and_definition(demo_db, monkeypatch, cli_rows):
    shown = tiles(open_overview(demo_db, monkeypatch))
    first = shown["First response compliance"]
    assert first.label == "First response compliance · {} of {} customers met".format(*customers_met(
        cli_rows, "first_response"))
    assert first.help.startswith("Missed: not every customer in scope met its target.")
    assert REGISTRY["first_response"].definition["en"] in first.help
    assert "Sep 2026: 97.22 %" in first.help
    assert first.delta == "-1.31 pp"  # 95.91 % in October against 97.22 % in September
    assert first.proto.delta_description == "vs Sep 2026"
    # a fall in compliance and a rise in breaches or credits are both bad news: red, whichever the direction
    assert (first.proto.direction, first.proto.color) == (Metric.MetricDirection.DOWN, Metric.MetricColor.RED)
    breaches = shown["Breaches"]
    september = int(re.search(r"Sep 2026: ([\d,]+)\.", breaches.help).group(1).replace(",", ""))
    assert breaches.delta == f"{int(breaches.value.replace(',', '')) - september:+d}"
    for worse in (breaches, shown["Credits owed"]):
        assert (worse.proto.direction, worse.proto.color) == (Metric.MetricDirection.UP, Metric.MetricColor.RED)
    assert "Lower is better." in breaches.help


def test_choosing_one_customer_shows_that_customers_figures(demo_db, monkeypatch, cli_rows):
    at = open_overview(demo_db, monkeypatch)
    at.multiselect(key="customer").set_value([ACME]).run()
    assert not at.exception
    shown = tiles(at)
    assert shown["First response compliance"].value == f"{compliance(cli_rows, 'first_response', ACME):.2f} %"
    assert shown["First response compliance"].value == "98.51 %"
    assert shown["Resolution compliance"].value == "97.55 %"
    acme = [r for r in cli_rows if r["customer"] == ACME]
    assert shown["Breaches"].value == str(sum(r["breached"] for r in acme if r["metric"] in ("first_response",
                                                                                          "resolution")))
    assert shown["Credits owed"].value == "€1,850.00"
    # one customer: the tile names its target, not a count of customers
    assert shown["First response compliance"].label == "First response compliance · target 95 %"
    assert at.caption[0].value == f"1 of the customers: {ACME}."
    missed, worst = (frame.value for frame in at.dataframe)
    assert set(missed["Customer"]) == {ACME}
    assert set(worst["Customer"]) == {ACME}


def test_dutch_labels_and_decimal_commas(demo_db, monkeypatch, cli_rows):
    at = open_overview(demo_db, monkeypatch, lang="nl")
    assert at.title[0].value == "SLA-overzicht, okt 2026"
    shown = tiles(at)
    first = shown["Eerste reactie binnen SLA"]
    assert first.value == "95,91 %"
    assert first.label == "Eerste reactie binnen SLA · {} van {} klanten gehaald".format(*customers_met(
        cli_rows, "first_response"))
    assert first.delta == "-1,31 %-punt"
    assert REGISTRY["first_response"].definition["nl"] in first.help
    assert shown["Te crediteren"].value == "€\xa08.290,00"
    assert shown["Beschikbaarheid"].value.endswith(" %") and "," in shown["Beschikbaarheid"].value
    assert list(at.dataframe[0].value.columns) == ["Klant", "KPI", "Resultaat", "Norm"]
    assert chart(at)["data"][0]["x"][-1] == "okt 2026"
    assert chart(at)["layout"]["separators"] == ",."


def test_compliance_trend_has_twelve_months_and_both_targets(demo_db, monkeypatch, cli_rows):
    figure = chart(open_overview(demo_db, monkeypatch))
    assert [trace["name"] for trace in figure["data"]] == ["First response compliance", "Resolution compliance"]
    first = figure["data"][0]
    assert first["x"] == ["Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026",
                          "Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026", "Oct 2026"]
    assert round(first["y"][-1], 2) == round(compliance(cli_rows, "first_response"), 2)
    met = sum(r["met"] for r in cli_rows if r["metric"] == "first_response")
    breached = sum(r["breached"] for r in cli_rows if r["metric"] == "first_response")
    assert first["customdata"][-1] == [met, met + breached, "2026-10", "first_response"]  # hover: met / decided
    # first response: the customers' targets differ (95-97 %), a band; resolution: one target, a dashed line
    assert {(s["type"], s["y0"], s["y1"]) for s in figure["layout"]["shapes"]} == {("rect", 95.0, 97.0),
                                                                                  ("line", 90.0, 90.0)}
    labels = [a["text"] for a in figure["layout"]["annotations"]]
    assert labels == ["Target First response compliance: 95–97 %", "Target Resolution compliance: 90 %"]


def test_missed_targets_and_worst_breaches_of_the_month(demo_db, monkeypatch, cli_rows):
    at = open_overview(demo_db, monkeypatch)
    missed, worst = (frame.value for frame in at.dataframe)
    expected = {(r["customer"], REGISTRY[r["metric"]].label["en"] + (f" · {r['service']}" if r.get("service") else ""))
                for r in cli_rows if r["metric"] in ("first_response", "resolution", "availability")
                and r["ok"] is False}
    assert set(zip(missed["Customer"], missed["KPI"], strict=True)) == expected
    nordwind = missed[(missed["Customer"] == "Nordwind Energie") & (missed["KPI"] == "First response compliance")]
    assert nordwind[["Result", "Target"]].values.tolist() == [["83.46 %", "95 %"]]
    assert len(worst) == 10
    assert list(worst.columns) == ["Ticket", "↗", "Customer", "KPI", "Priority", "Due", "Over by (business time)"]
    assert worst["↗"].iloc[0] == f"https://support.example.com/agent/tickets/{worst['Ticket'].iloc[0]}"
    assert worst["Due"].str.startswith("2026-10-").all()


def test_an_excluded_breach_leaves_the_breach_count(demo_db, tmp_path, monkeypatch):
    exclusions = pytest.importorskip("sla.metrics.exclusions")
    db = tmp_path / "copy.duckdb"
    db.write_bytes(demo_db.read_bytes())
    at = open_overview(db, monkeypatch)
    before = int(tiles(at)["Breaches"].value.replace(",", ""))
    ticket = at.dataframe[1].value["Ticket"].iloc[0]
    exclusions.exclude(db, "zendesk", str(ticket), "resolution", "planned maintenance", "Test Manager")
    at.run()
    assert int(tiles(at)["Breaches"].value.replace(",", "")) == before - 1
    assert str(ticket) not in at.dataframe[1].value["Ticket"].astype(str).tolist()


def test_the_overview_follows_an_import_made_outside_the_dashboard(db, monkeypatch):
    ingest.ingest_file(write_export(db.parent, "checks.csv", CHECKS_CSV), db=db)
    at = open_overview(db, monkeypatch, month="2024-10")
    assert "CSAT" not in [label for label, tile in tiles(at).items() if tile.value != "–"]
    # e.g. a scheduled CLI import while the dashboard is open: one of the two answers scores 4-5
    ingest.ingest_file(write_export(db.parent, "feedback.csv", FEEDBACK_CSV), db=db)
    at.run()
    assert tiles(at)["CSAT"].value == "50.0 %"
    assert "Based on 2 survey answers." in tiles(at)["CSAT"].help


def test_one_page_pdf_download_button_in_the_language_shown(demo_db, monkeypatch):
    at = open_overview(demo_db, monkeypatch, lang="nl")
    assert not at.exception
    button = at.get("download_button")[0].proto
    assert button.label == "Pdf van één pagina"
    assert "A4" in button.help


def test_the_month_in_progress_is_labelled_and_judged_on_track_or_at_risk_never_met(demo_db, monkeypatch):
    monkeypatch.setenv("SLA_NOW", "2026-11-03T10:00:00")  # 3 of November's 30 days have begun
    at = open_overview(demo_db, monkeypatch, month="2026-11")
    assert at.title[0].value == "SLA overview, Nov 2026 (in progress, to 2026-11-03)"
    assert at.sidebar.caption[0].value.startswith(":material/schedule: In progress, to 2026-11-03 (3 of 30 days)")
    labels = [m.label for m in at.metric]
    assert any("customers on track" in label for label in labels)
    assert not any("met" in label.split(" · ")[-1] for label in labels)
    shown = tiles(at)
    for verdict in (shown["First response compliance"], shown["Availability"]):
        assert verdict.help.startswith(("On track so far", "At risk"))
    rate, count = shown["First response compliance"], shown["Breaches"]
    assert rate.delta and "3 of 30 days so far), compared with the whole of Oct 2026" in rate.help
    assert not count.delta and "a count of part of a month is not compared with the whole of Oct 2026" in count.help


def test_every_tile_links_to_what_is_behind_it_with_the_filters_in_the_address(demo_db, monkeypatch):
    at = open_overview(demo_db, monkeypatch, lang="nl", customer=["Acme Retail Ltd"])
    shown = [(link.proto.page, link.proto.query_string, link.value) for link in at.get("page_link")]
    assert shown == [
        ("breaches", "breach_metrics=first_response", "De overschrijdingen erachter →"),
        ("breaches", "breach_metrics=resolution", "De overschrijdingen erachter →"),
        ("availability", "", "Per dienst en storing →"), ("feedback", "", "De antwoorden erachter →"),
        ("feedback", "", "De antwoorden erachter →"), ("breaches", "", "De overschrijdingen erachter →"),
        ("availability", "", "Per dienst en storing →")]
    at.session_state["overview_trend"] = {"selection": {"points": [{"customdata": [1, 2, "2026-09", "resolution"]}],
                                                        "point_indices": [0], "box": [], "lasso": []}}
    at.run()
    assert [m.value for m in at.markdown if "sep 2026" in m.value] == [
        '<a href="breaches?lang=nl&amp;month=2026-09&amp;customer=Acme+Retail+Ltd&amp;breach_metrics=resolution" '
        'target="_self">De overschrijdingen van Oplossing binnen SLA in sep 2026 →</a>']


def test_open_tickets_at_risk_are_counted_with_a_link_to_the_queue(db, tmp_path, monkeypatch):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from sla.contract import config
    from tests.test_config import GOOD, HEADERS, write

    config.import_config(write(tmp_path / "cfg", {**GOOD, "policies": ["*,*,*,first_response,60,90,24x7,,"]},
                               HEADERS), db=db)
    now = datetime.now(ZoneInfo("Europe/Amsterdam")).replace(tzinfo=None)
    created = [(now - timedelta(minutes=m)).strftime("%Y-%m-%d %H:%M:%S") for m in (50, 55, 10)]
    rows = "".join(f"T-{i},Acme,{c}\n" for i, c in enumerate(created))
    ingest.ingest_file(write_export(tmp_path, "open.csv", "ticket_id,customer,created_at\n" + rows), db=db)
    at = open_overview(db, monkeypatch, month=now.strftime("%Y-%m"))
    assert at.warning[0].value == "2 open tickets are at risk of breaching now (75 % of their time used)."
    assert [(link.proto.page, link.proto.query_string, link.value) for link in at.get("page_link")][0] == (
        "breaches", "breach_view=at_risk", "At-risk queue →")
