"""The Scorecard's exports and page in a real browser (Playwright driving Debian's Chromium).

The one-page HTML card and the SVG badge are opened as files, the way a marketing manager opens a download;
the page runs under `streamlit run` on a copy of the demo data. Screenshots land in tests/artifacts/.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from sla.metrics import claims
from tests.conftest import DEMO_MONTH
from tests.e2e_support import ROOT, streamlit_server

pytestmark = pytest.mark.e2e

ARTIFACTS = ROOT / "tests" / "artifacts"
TIMEOUT_MS = 60_000  # a cold first run of the page computes a year of claims

expect.set_options(timeout=TIMEOUT_MS)



@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    yield tab
    context.close()


@pytest.fixture(scope="module")
def year(demo_db: Path) -> claims.Scorecard:
    return claims.scorecard(demo_db, claims.rolling(DEMO_MONTH, 12))


def screenshot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_card_renders_the_chosen_claims(year, tmp_path, page, lang):
    chosen = [year.claim(k) for k in claims.headline(year)]
    assert len(chosen) >= 4
    path = tmp_path / f"card-{lang}.html"
    path.write_text(claims.card_html(chosen, lang, company="Acme <Support> & Co"), encoding="utf-8")
    page.goto(path.as_uri())
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Acme <Support> & Co: " + ("our service levels" if lang == "en" else "ons serviceniveau"))
    for claim in chosen:
        expect(page.get_by_text(claims.text(claim, lang), exact=False)).to_be_visible()
        expect(page.locator(".figure").filter(has_text=claims.figure(claim, lang)).first).to_be_visible()
    expect(page.locator("footer li")).to_have_count(len(chosen))
    assert page.title().endswith("our service levels" if lang == "en" else "ons serviceniveau")
    screenshot(page, f"scorecard-card-{lang}")


def test_the_badge_renders_with_its_number(year, tmp_path, page):
    claim = year.claim("uptime")
    path = tmp_path / "badge.svg"
    path.write_text(claims.claim_badge(claim, "nl"), encoding="utf-8")
    page.goto(path.as_uri())
    svg = page.locator("svg")
    expect(svg).to_be_visible()
    expect(svg).to_contain_text(claims.figure(claim, "nl"))
    box = svg.bounding_box()
    assert box["height"] == 20 and box["width"] > 80
    svg.screenshot(path=ARTIFACTS / "scorecard-badge.png")


def test_the_scorecard_page_in_the_dashboard(demo_db, tmp_path, page, year):
    db = tmp_path / "demo.duckdb"
    db.write_bytes(demo_db.read_bytes())  # the server opens the file; the session's demo store stays untouched
    log = tmp_path / "streamlit.log"
    with streamlit_server(db, log) as url:
        # Start at the root: until dashboard.py has run once, a fresh server treats pages/ as legacy
        # auto-discovered pages and would run the page without the shared filters. Then the page's own address.
        page.goto(f"{url}/?month={DEMO_MONTH}&lang=nl")
        expect(page.get_by_role("heading", name="SLA-overzicht, okt 2026", level=1)).to_be_visible()
        page.goto(f"{url}/scorecard?month={DEMO_MONTH}&lang=nl")
        expect(page.get_by_role("heading", name="Scorecard: de SLA als marketingtool", level=1)).to_be_visible()
        verified = sum(c.verified for c in year.claims)
        expect(page.get_by_text(f"{verified} van de {len(year.claims)} uitspraken geverifieerd")).to_be_visible()
        page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for()
        screenshot(page, "scorecard")
        page.get_by_role("tab", name="Uitleggen aan je baas").click()
        expect(page.get_by_test_id("stMetric").filter(has_text="Klanten binnen de norm")).to_be_visible()
        screenshot(page, "scorecard-boss")
    assert "Traceback" not in log.read_text(errors="replace")
