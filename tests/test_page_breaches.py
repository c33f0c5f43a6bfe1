"""The Breaches page (AppTest): history, filters, a breach's clock, excluding and including it, the audit trail."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from sla import store
from sla.imports import ingest
from sla.metrics import exclusions, kpis
from sla.outputs import exports, links
from tests.conftest import DEMO_MONTH, open_page
from tests.e2e_support import TICKETS_CSV, write_export
from tests.plotly_support import figures


def page(db: Path, monkeypatch: pytest.MonkeyPatch, lang: str = "en", month: str = DEMO_MONTH, **state) -> AppTest:
    """The Breaches page on `db` for a month (shared filters and page widgets set through their keys)."""
    return open_page("breaches", db, monkeypatch, lang=lang, month=month, **state)


def select(at: AppTest, row: int) -> AppTest:
    """Tick a row of the breach table (AppTest sets a table's selection through its key)."""
    at.session_state["breach_table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def kpi_breaches(db: Path, period: str = DEMO_MONTH, to: str | None = None) -> int:
    """The breach count of the ticket KPIs (the rows kpis.compute reports), all customers."""
    with store.connect(db) as con:
        return int(kpis.ticket_kpis(con, period, to)["breached"].sum())


def overview_breaches(db: Path) -> int:
    """The month's breach count as the Overview gets it: kpis.compute."""
    with store.connect(db) as con:
        rows = kpis.compute(con, DEMO_MONTH)["rows"]
    return sum(r["breached"] or 0 for r in rows if r["metric"] in exclusions.METRICS)


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_db, tmp_path / "demo.duckdb"))


def test_the_month_shows_every_breach_the_kpis_count(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    count = kpi_breaches(demo_db)
    assert metrics(at)["Breaches"] == f"{count:,}"
    assert metrics(at)["Excluded"] == "0"
    table = at.dataframe(key="breach_table").value
    assert len(table) == count
    # each breach says whether it was resolved late or is still open past due, and that it counts
    assert set(table["status"]) == {"late · Counted", "open · Counted"}
    assert table["due_at"].dt.strftime("%Y-%m").eq(DEMO_MONTH).all()
    assert at.caption[0].value.startswith("Ticket metrics whose due moment passed")
    assert "Oct 2026" in at.caption[0].value
    assert at.metric[0].help == kpis.REGISTRY["breaches"].definition["en"]


def test_filters_narrow_the_history(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch, customer=["Acme Retail Ltd"], breach_metrics=["first_response"])
    table = at.dataframe(key="breach_table").value
    assert set(table["customer"]) == {"Acme Retail Ltd"}
    assert set(table["metric"]) == {"First response"}
    expected = exclusions.history(demo_db, DEMO_MONTH, DEMO_MONTH, customers=("Acme Retail Ltd",),
                                  metrics=("first_response",))
    assert metrics(at)["Breaches"] == str(len(expected)) == str(len(table))


def test_a_range_of_months_in_dutch_counts_with_dutch_grouping(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch, lang="nl", breach_period="range", breach_range=("2026-01", DEMO_MONTH))
    count = kpi_breaches(demo_db, "2026-01", DEMO_MONTH)
    assert count >= 1000
    assert metrics(at)["Overschrijdingen"] == f"{count:,}".replace(",", ".")
    assert "jan 2026 – okt 2026" in at.caption[0].value
    assert at.dataframe(key="breach_table").value["status"].iloc[0] in ("te laat · Telt mee", "open · Telt mee")
    assert at.subheader[0].value == "Overzicht van overschrijdingen"


def test_selecting_a_breach_shows_its_clock_and_the_policy_applied(demo_db, monkeypatch):
    at = select(page(demo_db, monkeypatch), 0)
    breach = exclusions.history(demo_db, DEMO_MONTH, DEMO_MONTH).iloc[0]
    shown = metrics(at)
    assert at.subheader[1].value == f"Clock of ticket {breach.ticket_id}: First response"
    open_past_due = exclusions.history(demo_db, DEMO_MONTH, DEMO_MONTH)["state"].eq("open_past_due").sum()
    assert shown == {"Breaches": shown["Breaches"], "Open past due": f"{open_past_due:,}", "Excluded": "0",
                     "Median time over": shown["Median time over"]}
    stamp = "%Y-%m-%d %H:%M"
    assert (f"Created {breach.created_at.strftime(stamp)} · due {breach.due_at.strftime(stamp)} · stopped "
            f"{breach.stopped_at.strftime(stamp)} · 8 min over target (business time, as the KPIs count it)") in [
        c.value for c in at.caption]
    clock = figures(at)[1]  # the breach chart, then the clock
    assert [t["name"] for t in clock["data"] if t.get("showlegend") is not False] == ["Within target", "Over target"]
    assert "8 min over target, in business hours of calendar extended" in [a["text"] for a in
                                                                           clock["layout"]["annotations"]]
    assert at.query_params["breach_ticket"] == f"zendesk:{breach.ticket_id}:first_response"  # in the address
    assert at.text[0].value == (
        "Calendar: extended\nPolicy applied: row 4 of the configuration: customer any, service any, priority high; "
        "first response within 1 h 00 min on calendar extended, for 95 % of tickets")
    assert at.text_input(key="actor").value == exclusions.default_actor()


def test_excluding_through_the_page_lowers_the_breach_count_and_undoing_restores_it(demo_copy, monkeypatch):
    before = overview_breaches(demo_copy)
    history = exclusions.history(demo_copy, DEMO_MONTH, DEMO_MONTH)
    row = int((history["state"] == "open_past_due").to_numpy().argmax())  # still open when October ended
    assert history.iloc[row].metric == "resolution"
    at = select(page(demo_copy, monkeypatch), row)
    breach = history.iloc[row]
    at.selectbox(key="exclude_reason").set_value("awaiting customer")
    at.text_input(key="exclude_client_text").input("We waited for your VPN access")
    at.text_input(key="exclude_note").input("waited for VPN access")
    at.text_input(key="actor").input("Marieke de Vries")
    at.button(key="exclude").click().run()
    assert not at.exception

    assert at.success[0].value == f"Ticket {breach.ticket_id} (Resolution) is excluded from the KPIs."
    assert overview_breaches(demo_copy) == before - 1
    assert metrics(at)["Breaches"] == f"{before - 1:,}"
    assert metrics(at)["Excluded"] == "1"
    table = at.dataframe(key="breach_table").value
    assert len(table) == before  # still listed, marked as excluded
    assert table["status"].iloc[row] == "open · Excluded: Awaiting customer – waited for VPN access"
    assert at.info[0].value.startswith("Excluded by Marieke de Vries on ")
    trail = at.dataframe[-1].value
    assert trail[["actor", "action", "ticket_id", "reason"]].values.tolist() == [
        ["Marieke de Vries", "Excluded", breach.ticket_id, "Awaiting customer – waited for VPN access"]]

    at.button(key="include").click().run()
    assert not at.exception
    assert at.success[0].value == f"Ticket {breach.ticket_id} (Resolution) counts in the KPIs again."
    assert overview_breaches(demo_copy) == before
    assert metrics(at)["Breaches"] == f"{before:,}"
    trail = at.dataframe[-1].value
    assert trail[["actor", "action"]].values.tolist() == [["Marieke de Vries", "Counted again"],
                                                          ["Marieke de Vries", "Excluded"]]
    stored = exclusions.audit_trail(demo_copy)
    assert stored[["actor", "action"]].values.tolist() == [["Marieke de Vries", "include"],
                                                           ["Marieke de Vries", "exclude"]]
    assert stored[["category", "client_text", "note"]].fillna("").values.tolist() == [
        ["", "", ""], ["awaiting customer", "We waited for your VPN access", "waited for VPN access"]]


def test_the_name_is_remembered_across_pages(demo_db, monkeypatch):
    at = select(page(demo_db, monkeypatch), 0)
    at.text_input(key="actor").input("Joost").run()
    at.switch_page("pages/overview.py").run()
    at.switch_page("pages/breaches.py").run()
    select(at, 0)
    assert at.text_input(key="actor").value == "Joost"


def test_other_without_a_note_is_refused_with_a_message(demo_copy, monkeypatch):
    at = select(page(demo_copy, monkeypatch, lang="nl"), 0)
    at.selectbox(key="exclude_reason").set_value("other")
    at.button(key="exclude").click().run()
    assert not at.exception
    assert at.error[0].value == "Geef bij de reden Anders in de interne notitie aan waarom."
    assert exclusions.audit_trail(demo_copy).empty


def test_an_empty_store_says_what_to_upload(db, monkeypatch):
    at = page(db, monkeypatch)
    assert at.info[0].value.startswith("No tickets yet. Upload a ticket export")
    assert [link.value for link in at.get("page_link")] == ["Go to the Data page"]
    assert not at.metric
    assert not at.dataframe


def test_tickets_without_targets_have_no_breaches_and_the_page_says_why(db, tmp_path, monkeypatch):
    ingest.ingest_file(write_export(tmp_path, "tickets.csv", TICKETS_CSV), db=db)
    at = page(db, monkeypatch, month="2024-10")
    assert metrics(at)["Breaches"] == "0"
    assert at.info[0].value.startswith("No breaches in Oct 2024 for this selection. A breach needs a target")
    assert not at.get("plotly_chart")


def test_split_by_team_filter_by_agent_and_link_every_ticket_to_the_helpdesk(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch, breach_by="team", breach_agent=["Eva Mulder"])
    table = at.dataframe(key="breach_table").value
    assert set(table["agent"]) == {"Eva Mulder"}
    expected = exclusions.history(demo_db, DEMO_MONTH, DEMO_MONTH)
    assert len(table) == int((expected["agent"] == "Eva Mulder").sum()) == int(metrics(at)["Breaches"])
    assert table["link"].iloc[0] == f"https://support.example.com/agent/tickets/{table['ticket_id'].iloc[0]}"
    chart = figures(at)[0]
    assert chart["layout"]["title"]["text"] == "Breaches per day (due date) by team"
    assert {t["name"] for t in chart["data"]} <= set(exclusions.people(demo_db)["team"])


def test_a_click_on_a_bar_links_to_that_days_breaches_and_the_link_narrows_the_table(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch, breach_by="team")
    bar = next(t for t in figures(at)[0]["data"] if t["name"] == "Support NL")
    day, team = bar["customdata"][0]
    at.session_state["breach_chart_figure"] = {"selection": {"points": [{"customdata": [day, team]}],
                                                             "point_indices": [0], "box": [], "lasso": []}}
    at.run()
    link = next(m.value for m in at.markdown if "Support NL" in m.value)
    assert f"breach_from={day}&amp;breach_to={day}" in link and "breach_team=Support+NL" in link
    assert f"({team}) →</a>" in link
    narrowed = page(demo_db, monkeypatch, breach_team=["Support NL"])
    narrowed.query_params.update({"breach_from": day, "breach_to": day})
    narrowed.run()
    table = narrowed.dataframe(key="breach_table").value
    assert set(table["due_at"].dt.strftime("%Y-%m-%d")) == {day} and set(table["team"]) == {"Support NL"}
    assert len(table) == sum(bar["y"][i] for i, c in enumerate(bar["customdata"]) if c[0] == day)


def test_the_at_risk_queue_orders_open_tickets_by_time_left_and_exports_them(db, tmp_path, monkeypatch):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from sla.contract import config
    from sla.metrics import at_risk
    from tests.test_config import GOOD, HEADERS, write

    policies = ["*,*,*,first_response,240,90,24x7,,", "*,*,*,resolution,1440,90,24x7,,"]
    config.import_config(write(tmp_path / "cfg", {**GOOD, "policies": policies}, HEADERS), db=db)
    now = datetime.now(ZoneInfo("Europe/Amsterdam")).replace(tzinfo=None, microsecond=0)
    ago = {t: (now - timedelta(minutes=m)).strftime("%Y-%m-%d %H:%M:%S") for t, m in (("T-1", 190), ("T-2", 60))}
    export = ("ticket_id,customer,priority,team,agent,created_at\n"
              f"T-1,Acme,high,Desk,Ann,{ago['T-1']}\nT-2,Beta,low,Desk,Bob,{ago['T-2']}\n")
    ingest.ingest_file(write_export(tmp_path, "open.csv", export), db=db)
    frame = at_risk.queue(db)
    assert frame[["ticket_id", "metric", "at_risk"]].values.tolist() == [
        ["T-1", "first_response", True], ["T-2", "first_response", False], ["T-1", "resolution", False],
        ["T-2", "resolution", False]]
    assert (frame["left_s"] / 60).round().tolist() == [50, 180, 1250, 1380]
    assert len(at_risk.within(frame, "1h")) == 1 and len(at_risk.within(frame, "4h")) == 2

    at = page(db, monkeypatch, breach_view="at_risk", risk_within="4h")
    assert metrics(at) == {"Open clocks": "2", "Tickets": "2", "Next due": metrics(at)["Next due"]}
    table = at.dataframe(key="risk_table").value
    assert table[["ticket_id", "left"]].values.tolist() == [["T-1", "50 min"], ["T-2", "3 h 00 min"]]
    assert at.get("download_button")[0].proto.label == "Download the queue (.csv)"
    dutch = page(db, monkeypatch, lang="nl", breach_view="at_risk", risk_within="1h", breach_by="customer")
    assert [m.label for m in dutch.metric] == ["Lopende klokken", "Tickets", "Eerstvolgende deadline"]
    assert dutch.dataframe(key="risk_table").value[["ticket_id", "left"]].values.tolist() == [["T-1", "50 min"]]
    assert figures(dutch)[0]["layout"]["title"]["text"] == "Lopende klokken in deze periode per klant"
    csv = exports.queue_csv(frame, links.ticket_urls(frame, {})).decode("utf-8-sig").splitlines()
    assert csv[0].startswith("source,ticket_id,customer,service,priority,team,agent")
    assert csv[1].split(",")[1:3] == ["T-1", "Acme"] and ",50.0," in csv[1]
