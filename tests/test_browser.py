"""The dashboard in a real browser: `streamlit run` driven by Playwright through Debian's headless Chromium.

Screenshots of every page land in tests/artifacts/ (git-ignored) for a human to look at.
"""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

from sla import ingest
from tests.e2e_support import CHECKS_CSV, FEEDBACK_CSV, ROOT, TICKETS_CSV, streamlit_server, write_export

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ARTIFACTS = ROOT / "tests" / "artifacts"
TIMEOUT_MS = 30_000  # a cold first run of a page imports pandas, DuckDB and the engine

expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless; missing Chromium is a failure, never a skip (CI installs it)."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} not found: the browser tests drive Debian's Chromium. Install it with "
            "`apt-get install chromium` (as root); .ci/run does this on CI.",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh browser tab (own cookies and storage) at a laptop-sized window."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    yield tab
    context.close()


def settled(page: Page) -> None:
    """Wait until the script run is over and every data grid has drawn (call once the expected content shows).

    A grid draws on a canvas some frames after the run; it is ready when its accessible twin table exists. Grids
    in a closed expander or an inactive tab draw only once shown, so only the visible ones are waited for.
    """
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for()
    grids = page.get_by_test_id("stDataFrame")
    for i in range(grids.count()):
        if grids.nth(i).is_visible():
            table(grids.nth(i)).wait_for(state="attached")
    expect(page.get_by_test_id("stException")).to_have_count(0)


def table(grid: Locator) -> Locator:
    """The hidden accessible table behind an st.dataframe grid: its cells hold the grid's text."""
    return grid.locator("table[role='grid']")


def cell(page: Page, text: str) -> Locator:
    """Grid cells on the page whose whole text is `text`."""
    return table(page.get_by_test_id("stDataFrame")).locator("td").filter(has_text=re.compile(f"^{re.escape(text)}$"))


def screenshot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def go_to(page: Page, title: str) -> None:
    """Follow the sidebar navigation to a page."""
    page.get_by_test_id("stSidebarNavLink").filter(has_text=title).click()
    expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()
    settled(page)


def metric(page: Page, label: str) -> Locator:
    return page.get_by_test_id("stMetric").filter(has_text=label).get_by_test_id("stMetricValue")


def assert_no_traceback(log: Path) -> None:
    assert "Traceback" not in log.read_text(errors="replace"), "the server logged an exception (see its output)"


def test_overview_and_data_pages_show_what_is_stored(tmp_path, page):
    db = tmp_path / "sla.duckdb"
    for name, text in (("tickets.csv", TICKETS_CSV), ("checks.csv", CHECKS_CSV), ("feedback.csv", FEEDBACK_CSV)):
        ingest.ingest_file(write_export(tmp_path, name, text), db=db)
    log = tmp_path / "streamlit.log"
    with streamlit_server(db, log) as url:
        page.goto(url)
        expect(page.get_by_role("heading", name="Overview", level=1)).to_be_visible()
        expect(metric(page, "Tickets")).to_have_text("3")
        expect(metric(page, "Monitoring checks")).to_have_text("4")
        expect(metric(page, "Survey answers")).to_have_text("2")
        expect(cell(page, "2024-10-01 07:00:00")).to_have_count(1)  # first ticket: 09:00 in Amsterdam, in UTC
        settled(page)
        assert page.title() == "SLA dashboard"
        screenshot(page, "overview")

        go_to(page, "Data")
        assert page.url == f"{url}/data"
        expect(page.get_by_role("combobox", name="Import to undo")).to_have_value("Batch 3: feedback.csv (feedback)")
        expect(cell(page, "feedback.csv")).to_have_count(1)
        settled(page)
        screenshot(page, "data")
    assert_no_traceback(log)


def test_upload_through_the_file_chooser_imports_lists_and_undoes_the_batch(tmp_path, page):
    export = write_export(tmp_path, "tickets-october.csv", TICKETS_CSV)
    log = tmp_path / "streamlit.log"
    with streamlit_server(tmp_path / "sla.duckdb", log) as url:
        page.goto(url)
        expect(page.get_by_text("No data yet.")).to_be_visible()
        settled(page)
        screenshot(page, "overview-empty")

        page.get_by_test_id("stPageLink").get_by_text("Upload exports on the Data page").click()
        expect(page.get_by_text("No imports yet.")).to_be_visible()
        settled(page)
        with page.expect_file_chooser() as chooser:
            exports = page.get_by_test_id("stFileUploader").filter(has_text="Export files")
            exports.get_by_role("button", name="Upload", exact=True).click()
        chooser.value.set_files(export)
        import_button = page.get_by_role("button", name="Import", exact=True)
        expect(import_button).to_be_enabled()  # enabled by the rerun that receives the upload
        import_button.click()
        expect(page.get_by_test_id("stAlertContentSuccess")).to_contain_text(
            "tickets-october.csv: 3 tickets stored (3 new, 0 updated, 0 unchanged)"
        )
        expect(page.get_by_test_id("stAlertContentSuccess")).to_contain_text("Read as Ticket list (CSV), batch 1.")
        expect(page.get_by_role("combobox", name="Import to undo")).to_have_value(
            "Batch 1: tickets-october.csv (tickets)"
        )
        expect(cell(page, "tickets-october.csv")).to_have_count(1)
        settled(page)
        screenshot(page, "data-after-import")

        go_to(page, "Overview")
        expect(metric(page, "Tickets")).to_have_text("3")

        go_to(page, "Data")
        page.get_by_role("button", name="Undo import").click()
        expect(page.get_by_test_id("stAlertContentSuccess")).to_have_text(
            "Batch 1 (tickets, tickets-october.csv) removed."
        )
        expect(page.get_by_text("No imports yet.")).to_be_visible()
        settled(page)
    assert ingest.batches(tmp_path / "sla.duckdb").empty
    assert_no_traceback(log)
