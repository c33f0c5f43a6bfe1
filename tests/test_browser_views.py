"""The views of issue 16 in a real browser (`streamlit run`, Playwright driving Debian's Chromium), at 1366 px: the
at-risk queue reached from the Overview, a breach chosen by a click on its row and its clock drawn, the status
strip and a client's status page, a split by agent and a click on a point through to the breaches behind it.
Screenshots land in tests/artifacts/ (git-ignored)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Page, expect

from sla.contract import config
from sla.imports import ingest
from sla.metrics import exclusions
from tests.conftest import DEMO_MONTH
from tests.e2e_support import streamlit_server, write_export
from tests.test_browser import (  # noqa: F401 (fixtures)
    ARTIFACTS,
    LOCALES,
    TIMEOUT_MS,
    assert_no_traceback,
    choose,
    metric,
    screenshot,
    server,
    settled,
    table,
)
from tests.test_config import GOOD, HEADERS, write

pytestmark = pytest.mark.e2e

WIDTH = 1366  # a common laptop screen: the tables must fit it


@pytest.fixture(scope="module")
def tab(browser):
    """tab(lang): a tab 1366 px wide in that language, kept for the module."""
    contexts = {}

    def open_tab(lang: str) -> Page:
        if lang not in contexts:
            contexts[lang] = browser.new_context(viewport={"width": WIDTH, "height": 900}, locale=LOCALES[lang],
                                                 timezone_id="Europe/Amsterdam", accept_downloads=True)
            contexts[lang].set_default_timeout(TIMEOUT_MS)
            contexts[lang].new_page()
        return contexts[lang].pages[0]

    yield open_tab
    for context in contexts.values():
        context.close()


def fits(page: Page, index: int = 0) -> bool:
    """The grid shows every column without scrolling sideways."""
    return page.get_by_test_id("stDataFrame").nth(index).locator(".dvn-scroller").evaluate(
        "el => el.scrollWidth <= el.clientWidth + 1")


def click_row(page: Page, grid: int, row: int) -> None:
    """Click a row of a grid (its cells are drawn on a canvas) in its first column of data, below the header."""
    frame = page.get_by_test_id("stDataFrame").nth(grid)
    frame.scroll_into_view_if_needed()
    box = frame.bounding_box()
    page.mouse.click(box["x"] + 70, box["y"] + 35 * (row + 1) + 17)


def test_the_overview_counts_tickets_at_risk_and_leads_to_the_queue(tmp_path, tab):
    db = tmp_path / "sla.duckdb"
    config.import_config(write(tmp_path / "cfg", {**GOOD, "policies": ["*,*,*,first_response,60,90,24x7,,"]},
                               HEADERS), db=db)
    now = datetime.now(ZoneInfo("Europe/Amsterdam")).replace(tzinfo=None)
    rows = "".join(f"T-{m},{customer},{(now - timedelta(minutes=m)):%Y-%m-%d %H:%M:%S},Desk\n"
                   for m, customer in ((50, "Acme"), (55, "Acme"), (10, "Beta")))
    ingest.ingest_file(write_export(tmp_path, "open.csv", "ticket_id,customer,created_at,team\n" + rows), db=db)
    with streamlit_server(db, tmp_path / "streamlit.log") as url:
        page = tab("en")
        page.goto(f"{url}/?lang=en&month={now:%Y-%m}")
        expect(page.get_by_test_id("stAlertContentWarning").locator("p")).to_have_text(
            "2 open tickets are at risk of breaching now (75 % of their time used).")
        settled(page)
        screenshot(page, "views-overview-at-risk-en")
        page.get_by_test_id("stPageLink").filter(has_text="At-risk queue").click()
        expect(metric(page, "Open clocks")).to_have_text("2")
        settled(page)
        assert "breach_view=at_risk" in page.url
        expect(table(page.get_by_test_id("stDataFrame")).locator("td").filter(has_text=re.compile("^T-55$")))\
            .to_have_count(1)
        assert fits(page)
        screenshot(page, "views-at-risk-en")
        with page.expect_download() as download:
            page.get_by_test_id("stDownloadButton").filter(has_text="Download the queue").click()
        lines = Path(download.value.path()).read_text(encoding="utf-8-sig").splitlines()
        assert [line.split(",")[1] for line in lines[1:]] == ["T-55", "T-50"]  # soonest due first
    assert_no_traceback(tmp_path / "streamlit.log")


def test_a_click_on_a_breach_row_draws_its_clock(server, tab):  # noqa: F811
    page = tab("nl")
    page.goto(f"{server.url}/breaches?lang=nl&month={DEMO_MONTH}&breach_by=team")
    expect(page.get_by_role("heading", level=1)).to_have_text("Overschrijdingen")
    settled(page)
    assert fits(page)
    expect(page.get_by_test_id("stPlotlyChart").first.locator(".gtitle")).to_have_text(
        "Overschrijdingen per dag (deadline) per team")
    click_row(page, 0, 1)
    first = exclusions.history(server.db, DEMO_MONTH, DEMO_MONTH).iloc[1]
    expect(page.get_by_role("heading", name=f"Klok van ticket {first.ticket_id}")).to_be_visible()
    settled(page)
    clock = page.get_by_test_id("stPlotlyChart").nth(1)
    over = clock.locator(".annotation-text").filter(has_text="boven de norm, in werktijd van kalender")
    expect(over).to_have_count(1)
    expect(clock.locator(".legendtext")).to_contain_text(["Binnen de norm", "Boven de norm"])
    assert f"breach_ticket=zendesk%3A{first.ticket_id}%3A{first.metric}" in page.url  # the clock shown is bookmarkable
    screenshot(page, "views-breach-clock-nl")
    assert_no_traceback(server.log)


def test_the_status_strip_and_a_clients_status_page(server, tab, tmp_path):  # noqa: F811
    page = tab("en")
    page.goto(f"{server.url}/availability?lang=en&month={DEMO_MONTH}")
    expect(page.get_by_role("heading", name="Status, 2026-08-03 – 2026-10-31")).to_be_visible()
    settled(page)
    strip = page.get_by_test_id("stPlotlyChart").first
    expect(strip.locator(".legendtext")).to_contain_text(["No downtime", "Under 15 min down", "15 min or more down"])
    assert fits(page)
    screenshot(page, "views-availability-en")
    page.get_by_role("tab", name="Error budget in Oct 2026").click()
    expect(page.get_by_text("the one that used the largest share of its budget", exact=False)).to_be_visible()
    settled(page)
    screenshot(page, "views-availability-budget-en")
    choose(page, "For", "Helios Health GmbH")
    expect(page.get_by_text("The page shows: API, Klantportaal.")).to_be_visible()  # the file is Helios's now
    settled(page)
    with page.expect_download() as download:
        page.get_by_test_id("stDownloadButton").filter(has_text="Download the status page").click()
    html = Path(download.value.path()).read_text(encoding="utf-8")
    customers = config.in_force(server.db)["customers"]["customer"].tolist()
    assert "Service status for Helios Health GmbH" in html
    assert [c for c in customers if c != "Helios Health GmbH" and c in html] == []
    shown = tmp_path / "status.html"
    shown.write_text(html, encoding="utf-8")
    page.goto(shown.as_uri())
    expect(page.get_by_role("heading", level=2)).to_have_count(2)  # Helios takes the API and the customer portal
    page.screenshot(path=ARTIFACTS / "views-status-page-helios.png", full_page=True)
    assert_no_traceback(server.log)


def test_a_split_by_agent_and_a_click_on_a_point_lead_to_the_breaches_behind_it(server, tab):  # noqa: F811
    page = tab("en")
    page.goto(f"{server.url}/trends?lang=en&month={DEMO_MONTH}&trend_split=agent&trend_kpis=resolution")
    chart = page.get_by_test_id("stPlotlyChart").first
    expect(chart.locator(".legendtext")).to_have_count(10)  # one line per agent
    settled(page)
    screenshot(page, "views-trends-agent-en")
    chart.locator(".scatterlayer .trace").first.locator("path.point").last.click(force=True)
    link = page.get_by_role("link", name=re.compile(r"^The breaches of Resolution compliance in Oct 2026"))
    expect(link).to_be_visible()
    agent = re.search(r"\((.+)\) →$", link.inner_text()).group(1)
    link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Breaches")
    settled(page)
    assert "breach_metrics=resolution" in page.url and "month=2026-10" in page.url
    rows = table(page.get_by_test_id("stDataFrame").first).locator("tbody tr")
    expect(rows.first).to_contain_text(agent)
    screenshot(page, "views-breaches-from-trends-en")
    assert_no_traceback(server.log)
