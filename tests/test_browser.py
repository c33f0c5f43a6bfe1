"""The dashboard in a real browser: `streamlit run` driven by Playwright through Debian's headless Chromium.

One server for the module runs on a copy of the demo data (12 customers, Oct 2025 .. 15 Nov 2026): every page that
dashboard.py lists is opened in English and in Dutch, and a client's Excel report is downloaded. Two tests start a
server of their own because they need one: a link to a page as the very first request after a start, and a new
user's first import through the file chooser on an empty database. Screenshots of every page (and the workbook)
land in tests/artifacts/ (git-ignored) for a human to look at.
"""

import ast
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import openpyxl
import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from sla import i18n
from sla.imports import ingest
from sla.outputs import exports
from tests.conftest import DEMO_MONTH, query
from tests.e2e_support import ROOT, TICKETS_CSV, streamlit_server, write_export

pytestmark = pytest.mark.e2e

ARTIFACTS = ROOT / "tests" / "artifacts"
TIMEOUT_MS = 30_000  # a cold first run of a page imports pandas, DuckDB and the engine
LOCALES = {"en": "en-GB", "nl": "nl-NL"}  # the browser speaks the language the dashboard is set to

expect.set_options(timeout=TIMEOUT_MS)


def dashboard_pages() -> list[tuple[str, str]]:
    """(script, i18n title key) of every page in dashboard.PAGES, read from the source (importing it runs the app)."""
    for node in ast.parse((ROOT / "dashboard.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "PAGES" for t in node.targets):
            return [(path, title) for path, title, _icon in ast.literal_eval(node.value)]
    raise AssertionError("dashboard.py defines no PAGES")


PAGES = dashboard_pages()


def url_path(script: str) -> str:
    """The page's address under the server: '' for the first (default) page, else the file's stem."""
    return "" if script == PAGES[0][0] else Path(script).stem


# --- what every page shows: its heading and a number written the language's way --------------------------------

Where = Callable[[Page, str], Locator]


def tile(en: str, nl: str) -> Where:
    """The value of the KPI tile whose label contains the language's text."""
    labels = {"en": en, "nl": nl}
    return lambda page, lang: metric(page, labels[lang])


def chart_text(page: Page, lang: str) -> Locator:
    """Every text of the page's Plotly charts (ticks, annotations, legends)."""
    return page.get_by_test_id("stPlotlyChart").locator("text")


def grid_cell(page: Page, lang: str) -> Locator:
    """Every cell of the page's grids (their accessible tables: present, not painted)."""
    return table(page.get_by_test_id("stDataFrame")).locator("td")


def caption(page: Page, lang: str) -> Locator:
    """Every caption (small grey text) of the page."""
    return page.get_by_test_id("stCaptionContainer")


@dataclass(frozen=True)
class Number:
    """Elements on a page, one of which must read exactly like the language's pattern."""

    where: Where
    en: str
    nl: str

    def found(self, page: Page, lang: str) -> Locator:
        return self.where(page, lang).filter(has_text=re.compile(f"^{getattr(self, lang)}$"))


THOUSANDS = {"en": r"\d{1,3}(,\d{3})+", "nl": r"\d{1,3}(\.\d{3})+"}
SHOWN: dict[str, tuple[dict[str, str], tuple[Number, ...]]] = {
    "pages/overview.py": ({"en": "SLA overview, Oct 2026", "nl": "SLA-overzicht, okt 2026"}, (
        Number(tile("Availability", "Beschikbaarheid"), r"\d{2}\.\d+ %", r"\d{2},\d+ %"),
        Number(tile("Credits owed", "Te crediteren"), "€" + THOUSANDS["en"] + r"\.\d{2}",
               "€\u00a0" + THOUSANDS["nl"] + r",\d{2}"),
    )),
    "pages/trends.py": ({"en": "KPI trends", "nl": "KPI-trends"}, (
        Number(chart_text, r"Target \d+\.\d+–\d+\.\d+ %", r"Norm \d+,\d+–\d+,\d+ %"),
        Number(chart_text, r"[A-Z][a-z]{2} 2026", r"[a-z]{3} 2026"),
    )),
    "pages/breaches.py": ({"en": "Breaches", "nl": "Overschrijdingen"}, (
        Number(tile("Median time over", "Mediane overschrijding"), r"(\d+ d )?\d+ h( \d{2} min)?|\d+ min",
               r"(\d+ d )?\d+ u( \d{2} min)?|\d+ min"),
        Number(chart_text, r"Oct \d{2}", r"\d{2}-10"),
    )),
    "pages/availability.py": ({"en": "Availability", "nl": "Beschikbaarheid"}, (
        Number(tile("Burn rate", "Verbruikstempo"), r"\d+\.\d{2}×", r"\d+,\d{2}×"),
        Number(tile("Data coverage", "Meetdekking"), r"\d+\.\d{2} %", r"\d+,\d{2} %"),
    )),
    "pages/feedback.py": ({"en": "Customer feedback", "nl": "Klantfeedback"}, (
        Number(tile("Responses", "Antwoorden"), THOUSANDS["en"], THOUSANDS["nl"]),
        Number(tile("CSAT, SLA met", "CSAT, SLA gehaald"), r"\d+\.\d %", r"\d+,\d %"),
    )),
    "pages/reports.py": ({"en": "Reports", "nl": "Rapportages"}, (
        Number(grid_cell, r"\d+\.\d{2} %", r"\d+,\d{2} %"),
    )),
    "pages/scorecard.py": ({"en": "Scorecard: the SLA as a marketing tool",
                            "nl": "Scorecard: de SLA als marketingtool"}, (
        Number(grid_cell, THOUSANDS["en"] + " min measured", THOUSANDS["nl"] + " min gemeten"),
    )),
    "pages/contract.py": ({"en": "Contract: fair targets and changes",
                           "nl": "Contract: haalbare normen en wijzigingen"}, (
        Number(grid_cell, r"\d+\.\d{2,3} % – \d+\.\d{2,3} %", r"\d+,\d{2,3} % – \d+,\d{2,3} %"),  # advice spread
    )),
    # The Data page's figures are grids drawn on a canvas with the browser's locale; its own dates are in captions.
    "pages/data.py": ({"en": "Data", "nl": "Gegevens"}, (
        Number(caption, r"In force: version \d+, saved \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(UTC\) from .*",
               r"Van kracht: versie \d+, opgeslagen \d{2}-\d{2}-\d{4} \d{2}:\d{2} \(UTC\) vanuit .*"),
    )),
}


# --- browser, server and page helpers ----------------------------------------------------------------------------

class Server(NamedTuple):
    url: str
    db: Path
    log: Path



def demo_copy(demo_db: Path, folder: Path) -> Path:
    """A copy of the demo database the test may write to (the session's demo_db is read-only)."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(demo_db, folder / "sla.duckdb"))


@pytest.fixture(scope="module")
def server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The dashboard on a copy of the demo data, for the whole module."""
    folder = tmp_path_factory.mktemp("browser")
    db = demo_copy(demo_db, folder)
    with streamlit_server(db, folder / "streamlit.log") as url:
        yield Server(url, db, folder / "streamlit.log")


@pytest.fixture(scope="module")
def tabs(browser: Browser) -> Iterator[Callable[[str], Page]]:
    """tabs(lang): one tab per language, in a browser context with that locale, kept for the whole module."""
    contexts = {}

    def tab(lang: str) -> Page:
        if lang not in contexts:
            contexts[lang] = browser.new_context(viewport={"width": 1440, "height": 900}, locale=LOCALES[lang],
                                                 timezone_id="Europe/Amsterdam", accept_downloads=True)
            contexts[lang].set_default_timeout(TIMEOUT_MS)
            contexts[lang].new_page()
        return contexts[lang].pages[0]

    yield tab
    for context in contexts.values():
        context.close()


def settled(page: Page) -> None:
    """Wait until the script run is over and every visible data grid has drawn; no exception may show.

    Call once the expected content shows. A grid draws on a canvas some frames after the run; it is ready when its
    accessible twin table exists. Grids in a closed expander or an inactive tab draw only once shown.
    """
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for()
    grids = page.get_by_test_id("stDataFrame")
    for i in range(grids.count()):
        if grids.nth(i).is_visible():
            table(grids.nth(i)).wait_for(state="attached")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_text("Traceback")).to_have_count(0)


def table(grid: Locator) -> Locator:
    """The hidden accessible table behind an st.dataframe grid: its cells hold the grid's data."""
    return grid.locator("table[role='grid']")


def cell(page: Page, text: str) -> Locator:
    """Grid cells on the page whose whole text is `text`."""
    return table(page.get_by_test_id("stDataFrame")).locator("td").filter(has_text=re.compile(f"^{re.escape(text)}$"))


def choose(page: Page, label: str, option: str) -> None:
    """Pick an option of the selectbox labelled `label` the way a user does: open its list, click the option.

    The box is scrolled into view first: the list closes again when the page scrolls while it opens.
    """
    box = page.get_by_test_id("stSelectbox").filter(has_text=label)
    box.scroll_into_view_if_needed()
    box.get_by_role("button", name="Open").click()
    page.get_by_role("option", name=option, exact=True).click()


def metric(page: Page, label: str) -> Locator:
    """The value of the KPI tile whose label contains `label`."""
    return page.get_by_test_id("stMetric").filter(has_text=label).get_by_test_id("stMetricValue")


def screenshot(page: Page, name: str) -> None:
    """The whole page as tests/artifacts/<name>.png: the window grows to the page's length for the picture.

    Streamlit scrolls inside its main area, so a "full page" screenshot alone would stop at the window's height.
    """
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window = page.viewport_size
    length = page.get_by_test_id("stMain").evaluate("main => main.scrollHeight")
    page.set_viewport_size({"width": window["width"], "height": min(max(length, window["height"]), 8000)})
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)
    page.set_viewport_size(window)


def nav_titles(lang: str) -> list[re.Pattern]:
    """The sidebar's page links as they read (after their icon's name), in the order of dashboard.PAGES."""
    return [re.compile(f"{re.escape(i18n.t(title, lang))}$") for _path, title in PAGES]


def assert_no_traceback(log: Path) -> None:
    assert "Traceback" not in log.read_text(errors="replace"), "the server logged an exception (see its output)"


# --- the tests ---------------------------------------------------------------------------------------------------

def test_a_link_to_a_page_works_as_the_first_request_of_a_fresh_server(demo_db, tmp_path, browser):
    """With a pages/ folder beside dashboard.py, Streamlit's legacy mode used to run the page without dashboard.py."""
    db = demo_copy(demo_db, tmp_path)
    chosen = ["Nordwind Energie", "Pixelwerk Studio"]
    address = "/feedback?lang=nl&month=2026-09&" + "&".join(f"customer={c.replace(' ', '+')}" for c in chosen)
    with streamlit_server(db, tmp_path / "streamlit.log") as url:
        context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="nl-NL")
        tab = context.new_page()
        tab.goto(url + address)
        expect(tab.get_by_role("heading", name="Klantfeedback", level=1)).to_be_visible()
        expect(metric(tab, "Antwoorden")).to_have_text(re.compile(r"^\d+$"))
        expect(tab.get_by_test_id("stMetric").filter(has_text="t.o.v. aug 2026").first).to_be_visible()
        expect(tab.get_by_test_id("stSidebarNavLink")).to_have_text(nav_titles("nl"))
        expect(tab.get_by_role("combobox", name="Maand")).to_have_value("2026-09")
        for customer in chosen:
            expect(tab.get_by_test_id("stMultiSelect").filter(has_text="Klanten")).to_contain_text(customer)
        settled(tab)
        expect(tab.get_by_text("Page not found")).to_have_count(0)
        assert tab.url == url + address
        screenshot(tab, "cold-link-feedback-nl")

        other = context.new_page()  # a second session: the legacy mode is over for everyone
        other.goto(f"{url}/reports?lang=en&month={DEMO_MONTH}")
        expect(other.get_by_role("heading", name="Reports", level=1)).to_be_visible()
        settled(other)
        context.close()
    assert_no_traceback(tmp_path / "streamlit.log")


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("script", [path for path, _title in PAGES])
def test_every_page_in_both_languages(server, tabs, script, lang):
    """Opened by its link (lang and month in the URL), or from the sidebar once the tab shows the app."""
    assert script in SHOWN, f"dashboard.py lists {script}: add its heading and a number it shows to SHOWN"
    heading, numbers = SHOWN[script]
    tab = tabs(lang)
    links = tab.get_by_test_id("stSidebarNavLink")
    if tab.url.startswith(server.url) and links.count() == len(PAGES):
        links.nth([path for path, _title in PAGES].index(script)).click()
    else:
        tab.goto(f"{server.url}/{url_path(script)}?lang={lang}&month={DEMO_MONTH}")
    expect(tab.get_by_role("heading", level=1)).to_have_text(heading[lang])
    settled(tab)  # the run is over: nothing of the previous page is left to match
    for number in numbers:
        expect(number.found(tab, lang).first).to_be_attached()
    expect(tab.get_by_test_id("stSidebarNavLink")).to_have_text(nav_titles(lang))
    assert tab.title() == "SLA dashboard"
    screenshot(tab, f"{Path(script).stem}-{lang}")
    assert_no_traceback(server.log)


def test_the_excel_report_holds_the_chosen_customer_only(server, tabs, demo_db):
    customers = exports.customers(demo_db)
    chosen = "Tulpenveld Bloemen B.V."
    assert chosen in customers and chosen != customers[0]
    tab = tabs("nl")
    tab.goto(f"{server.url}/reports?lang=nl&month={DEMO_MONTH}")
    settled(tab)
    choose(tab, "Klant", chosen)
    button = tab.get_by_test_id("stDownloadButton").filter(has_text=f"Download de rapportage voor {chosen}")
    expect(button).to_be_visible()
    settled(tab)
    with tab.expect_download() as download:
        button.click()
    path = ARTIFACTS / download.value.suggested_filename
    download.value.save_as(path)

    sheets = openpyxl.load_workbook(path)
    assert sheets.sheetnames[0] == "Samenvatting"
    text = "\n".join(str(value) for row in sheets["Samenvatting"].iter_rows(values_only=True) for value in row
                     if value is not None)
    assert chosen in text
    assert [c for c in customers if c != chosen and c in text] == []
    assert "okt 2026" in text
    assert_no_traceback(server.log)


def test_first_import_through_the_file_chooser_shows_on_the_overview_and_is_undone(tmp_path, tabs):
    """A new user's first steps, on an empty database: from the empty Overview to the Data page, upload, import."""
    db = tmp_path / "sla.duckdb"
    export = write_export(tmp_path, "tickets-oktober.csv", TICKETS_CSV)  # three tickets, T-2 in two versions
    with streamlit_server(db, tmp_path / "streamlit.log") as url:
        tab = tabs("nl")
        tab.goto(f"{url}/?lang=nl")
        expect(tab.get_by_text("Nog geen gegevens.", exact=False)).to_be_visible()
        settled(tab)
        screenshot(tab, "overview-empty-nl")

        tab.get_by_test_id("stPageLink").get_by_text("Naar de pagina Gegevens").click()
        expect(tab.get_by_text("Nog geen imports.")).to_be_visible()
        settled(tab)
        with tab.expect_file_chooser() as chooser:
            uploader = tab.get_by_test_id("stFileUploader").filter(has_text="Exportbestanden")
            uploader.get_by_role("button", name="Upload", exact=True).click()
        chooser.value.set_files(export)
        expect(tab.get_by_text("Herkend als Ticketlijst (CSV) (tickets).")).to_be_visible()
        expect(tab.get_by_text("Klaar om te importeren.")).to_be_visible()
        expect(cell(tab, "created_at")).to_have_count(1)  # the mapping preview: field, column, examples
        settled(tab)
        screenshot(tab, "data-upload-preview-nl")

        tab.get_by_role("button", name="Importeren", exact=True).click()
        expect(tab.get_by_test_id("stAlertContentSuccess")).to_contain_text(
            "tickets-oktober.csv: 3 tickets opgeslagen (3 nieuw, 0 bijgewerkt, 0 ongewijzigd) van 4 gelezen rijen; "
            "0 afgewezen. Gelezen als Ticketlijst (CSV), batch 1."
        )
        expect(tab.get_by_role("combobox", name="Import om ongedaan te maken")).to_have_value(
            "Batch 1: tickets-oktober.csv (tickets)")
        expect(cell(tab, "tickets-oktober.csv")).to_have_count(1)  # listed among the imports
        settled(tab)
        screenshot(tab, "data-after-import-nl")
        assert query(db, "select ticket_id from tickets order by 1") == [("T-1",), ("T-2",), ("T-3",)]

        tab.get_by_test_id("stSidebarNavLink").filter(has_text="Overzicht").click()
        expect(tab.get_by_role("heading", level=1)).to_have_text("SLA-overzicht, okt 2024")
        # The month filter follows the data to the only month stored (it used to be left empty: every page failed).
        expect(tab.get_by_role("combobox", name="Maand")).to_have_value("2024-10")
        settled(tab)

        tab.get_by_test_id("stSidebarNavLink").filter(has_text="Gegevens").click()
        tab.get_by_role("button", name="Import ongedaan maken").click()
        expect(tab.get_by_test_id("stAlertContentSuccess")).to_have_text(
            re.compile(re.escape("Batch 1 (tickets, tickets-oktober.csv) verwijderd.") + "$"))
        expect(tab.get_by_text("Nog geen imports.")).to_be_visible()
        settled(tab)
    assert ingest.batches(db).empty
    assert_no_traceback(tmp_path / "streamlit.log")
