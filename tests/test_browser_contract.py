"""The Contract page in a real browser (Playwright driving Debian's Chromium) on a copy of the demo data, in English
and Dutch: the advice is drawn, its suggested targets become the draft (a change of targets made on the page), which
is replayed with its flipped tickets shown. Screenshots land in tests/artifacts/."""

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import DEMO_END, DEMO_MONTH
from tests.e2e_support import ROOT, streamlit_server

pytestmark = pytest.mark.e2e

ARTIFACTS = ROOT / "tests" / "artifacts"
TIMEOUT_MS = 90_000  # a cold first run computes the advice, the forecast and its backtest
TEXT = {"en": {"tab": "Draft and replay", "to_draft": "Start a draft from the suggested targets",
               "source": "Draft: the suggested targets of the advisor", "replay": "Replay the draft",
               "summary": "ticket outcomes flip", "flipped": "→ breached",
               "title": "Contract: fair targets and changes"},
        "nl": {"tab": "Concept en naspelen", "to_draft": "Begin een concept met de voorgestelde normen",
               "source": "Concept: de voorgestelde normen van de adviseur", "replay": "Concept naspelen",
               "summary": "ticketuitkomsten draaien om", "flipped": "→ overschreden",
               "title": "Contract: haalbare normen en wijzigingen"}}

expect.set_options(timeout=TIMEOUT_MS)



def settled(page: Page) -> None:
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_text("Traceback")).to_have_count(0)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_suggested_targets_as_a_draft_are_replayed(demo_db, tmp_path, browser, monkeypatch, lang):
    monkeypatch.setenv("SLA_NOW", f"{DEMO_END.isoformat()}T12:00:00")
    db = Path(shutil.copy(demo_db, tmp_path / "demo.duckdb"))
    text = TEXT[lang]
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    with streamlit_server(db, tmp_path / "streamlit.log") as url:
        page.goto(f"{url}/contract?month={DEMO_MONTH}&lang={lang}")
        settled(page)
        expect(page.get_by_role("heading", name=text["title"])).to_be_visible()
        expect(page.get_by_test_id("stDataFrame").first).to_be_visible()  # the advice
        page.get_by_role("button", name=text["to_draft"]).click()  # the suggested targets become the draft
        settled(page)
        page.get_by_role("tab", name=text["tab"]).click()
        expect(page.get_by_text(text["source"])).to_be_visible()
        page.get_by_role("button", name=re.compile(text["replay"])).click()
        settled(page)
        expect(page.get_by_test_id("stAlertContentSuccess").first).to_be_visible()
        expect(page.get_by_test_id("stAlertContentSuccess").first).to_contain_text(text["summary"])
        grids = page.get_by_test_id("stDataFrame")
        for i in range(grids.count()):  # a grid draws its accessible table once shown
            if grids.nth(i).is_visible():
                grids.nth(i).locator("table[role='grid']").wait_for(state="attached")
        expect(page.locator("table[role='grid'] td", has_text=text["flipped"]).first).to_be_attached()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"contract-replay-{lang}.png", full_page=True)
    context.close()
