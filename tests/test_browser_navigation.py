"""In a real browser: the language and the month chosen once stay chosen while the user moves between pages."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.e2e_support import streamlit_server

pytestmark = pytest.mark.e2e


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    tab = browser.new_page()
    yield tab
    tab.close()


def settle(page: Page, text: str) -> None:
    """Wait until the script is idle and the page shows `text` in the sidebar navigation."""
    page.wait_for_selector(f"[data-testid='stSidebarNav'] a:has-text('{text}')", timeout=60_000)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=60_000)


def nav_titles(page: Page) -> list[str]:
    return [a.inner_text().splitlines()[-1] for a in page.query_selector_all("[data-testid='stSidebarNav'] a")]


def test_language_and_month_survive_page_links(demo_db: Path, tmp_path: Path, page: Page):
    db = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, db)
    with streamlit_server(db, tmp_path / "server.log") as url:
        page.goto(f"{url}/?lang=nl&month=2026-09")
        settle(page, "Klantfeedback")
        page.click("[data-testid='stSidebarNav'] a:has-text('Klantfeedback')")
        page.wait_for_url("**/feedback**")
        settle(page, "Klantfeedback")
        assert nav_titles(page)[:3] == ["Overzicht", "KPI-trends", "Overschrijdingen"]  # still Dutch
        page.click("[data-testid='stSidebar'] button:has-text('en')")
        settle(page, "Customer feedback")
        assert "lang=en" in page.url and "month=2026-09" in page.url  # the month came along
        assert not page.query_selector("[data-testid='stException']")
