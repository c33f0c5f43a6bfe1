"""Sign-in in a real browser: `streamlit run` with an [auth] section that points at a real OpenID Connect provider
(oidc-provider-mock, started here on a free port), Playwright driving Debian's Chromium through its sign-in form.

On a copy of the demo data with a users sheet: an editor excludes a breach and the audit trail names the editor's
e-mail; a viewer gets no exclusion or upload controls and the engine refuses the viewer's forged exclusion; a
client-scoped user walks every page and downloads every file the pages make, and no other customer's name is in
any of them. Screenshots land in tests/artifacts/ (git-ignored)."""

from __future__ import annotations

import io
import re
import secrets
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pytest
from oidc_provider_mock import run_server_in_thread
from playwright.sync_api import Browser, Page, expect

from sla import demo
from sla.contract import config, users
from sla.metrics import exclusions, marts
from sla.store.scope import NotAllowed
from tests.conftest import DEMO_MONTH, query
from tests.e2e_support import streamlit_server
from tests.test_browser import (  # noqa: F401 (fixtures)
    PAGES,
    TIMEOUT_MS,
    demo_copy,
    screenshot,
    settled,
    url_path,
)

pytestmark = pytest.mark.e2e

CLIENT = "Acme Retail Ltd"
OTHERS = [c.name for c in demo.CUSTOMERS if c.name != CLIENT]
EDITOR, VIEWER, CLIENT_USER = "editor@team.example", "viewer@team.example", "it@acme.example"
USERS = pd.DataFrame([[EDITOR, "editor", "*"], [VIEWER, "viewer", "*"], [CLIENT_USER, "viewer", CLIENT]],
                     columns=["email", "role", "customers"])


class Team(NamedTuple):
    url: str
    db: Path


@pytest.fixture(scope="module")
def team(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    """The dashboard with sign-in, on a copy of the demo data whose configuration has the users above."""
    folder = tmp_path_factory.mktemp("auth")
    db = demo_copy(demo_db, folder)
    config.import_sheets({**config.in_force(db), "users": USERS}, "test", db)
    marts.refresh_store(db)  # the new configuration's marts now, not on the first page
    with run_server_in_thread() as provider:
        secrets_file = folder / "secrets.toml"
        secrets_file.write_text(
            "[auth]\n"
            'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
            f'cookie_secret = "{secrets.token_hex(32)}"\n'
            'client_id = "sla-dashboard"\n'
            'client_secret = "not-a-secret"\n'
            f'server_metadata_url = "http://localhost:{provider.server_port}/.well-known/openid-configuration"\n',
            encoding="utf-8")
        with streamlit_server(db, folder / "streamlit.log", ("--secrets.files", str(secrets_file))) as url:
            yield Team(url, db)


def signed_in(browser: Browser, team: Team, email: str) -> Page:
    """A fresh browser (no cookies) signed in as `email` through the provider's form."""
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="en-GB", accept_downloads=True,
                                  timezone_id="Europe/Amsterdam")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(f"{team.url}/?month={DEMO_MONTH}")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)  # nothing but the sign-in page
    page.get_by_role("button", name="Sign in").click()
    page.locator("input[name='sub']").fill(email)  # the provider's own form
    page.get_by_role("button", name="Authorize").click()
    expect(page.get_by_text(f"Signed in as {email}")).to_be_visible()
    settled(page)
    return page


def open_page(page: Page, team: Team, path: str, **params: str) -> None:
    query_string = "&".join(f"{k}={v}" for k, v in {"month": DEMO_MONTH, **params}.items())
    page.goto(f"{team.url}/{path}?{query_string}")
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for()
    settled(page)


def first_breach(db: Path, customer: str | None = None) -> pd.Series:
    frame = exclusions.history(db, DEMO_MONTH, DEMO_MONTH)
    return frame[frame["customer"] == customer].iloc[0] if customer else frame.iloc[0]


def test_an_editor_excludes_a_breach_and_the_audit_trail_names_the_editor(browser, team):
    page = signed_in(browser, team, EDITOR)
    breach = first_breach(team.db)
    open_page(page, team, "breaches", breach_ticket=f"{breach.source}:{breach.ticket_id}:{breach.metric}")
    expect(page.get_by_test_id("stTextInput").filter(has_text="Your name")).to_have_count(0)  # the e-mail acts
    page.get_by_role("button", name="Exclude this breach").click()
    expect(page.get_by_text("excluded from the KPIs").first).to_be_visible()
    settled(page)
    assert query(team.db, "select actor, action, ticket_id from breach_exclusions") == [
        (EDITOR, "exclude", breach.ticket_id)]
    trail = page.get_by_test_id("stDataFrame").last.locator("table[role='grid'] td")
    expect(trail.filter(has_text=re.compile(f"^{re.escape(EDITOR)}$"))).to_have_count(1)
    screenshot(page, "auth-editor-breaches")
    page.context.close()


def test_a_viewer_gets_no_controls_that_change_anything_and_a_forged_call_is_refused(browser, team):
    page = signed_in(browser, team, VIEWER)
    breach = first_breach(team.db)
    open_page(page, team, "breaches", breach_ticket=f"{breach.source}:{breach.ticket_id}:{breach.metric}")
    expect(page.get_by_text("Your role (Viewer) may read this page, not change it.")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Exclude this breach|Count it again"))).to_have_count(0)
    open_page(page, team, "data")
    expect(page.get_by_test_id("stFileUploader")).to_have_count(0)
    for label in ("Import", "Undo", "Save configuration"):
        expect(page.get_by_role("button", name=label, exact=True)).to_have_count(0)
    screenshot(page, "auth-viewer-data")
    page.context.close()

    scope = users.resolve(VIEWER, team.db)
    before = query(team.db, "select count(*) from breach_exclusions")
    with pytest.raises(NotAllowed, match="a viewer may not exclude or include a breach"):
        exclusions.exclude(team.db, breach.source, breach.ticket_id, breach.metric, "outside scope", VIEWER,
                           scope=scope)
    assert query(team.db, "select count(*) from breach_exclusions") == before


def file_text(name: str, content: bytes) -> str:
    """The words a downloaded file holds: every part of a workbook or zip, a PDF's text, an HTML/SVG/text file."""
    if content.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return " ".join(archive.namelist()) + " ".join(
                file_text(n, archive.read(n)) for n in archive.namelist())
    if content.startswith(b"%PDF"):
        return subprocess.run(["pdftotext", "-", "-"], input=content, capture_output=True, check=True).stdout.decode()
    return content.decode("utf-8", errors="replace")


def download(page: Page, name: str) -> tuple[str, bytes]:
    with page.expect_download() as event:
        page.get_by_test_id("stDownloadButton").filter(has_text=name).get_by_role("button").click()
    done = event.value
    return done.suggested_filename, Path(done.path()).read_bytes()


def test_a_client_sees_only_its_own_name_on_every_page_and_in_every_file(browser, team):
    page = signed_in(browser, team, CLIENT_USER)
    seen: dict[str, str] = {}
    files: dict[str, bytes] = {}
    for script, _title in PAGES:
        open_page(page, team, url_path(script))
        seen[script] = page.evaluate("() => document.body.innerText + ' ' + document.body.textContent")
        screenshot(page, f"auth-client-{Path(script).stem}")
        if script == "pages/overview.py":
            files.update([download(page, "One-page PDF")])
        elif script == "pages/reports.py":
            files.update([download(page, f"Download the report for {CLIENT}"), download(page, "reports (zip)")])
        elif script == "pages/availability.py":
            files.update([download(page, "Download the status page")])
        elif script == "pages/scorecard.py":
            page.get_by_role("tab", name="Export").click()
            for label in ("Download text", "Download badge (SVG)", "Download card (HTML)"):
                files.update([download(page, label)])
    open_page(page, team, "breaches", breach_view="at_risk")
    seen["at risk"] = page.evaluate("() => document.body.innerText + ' ' + document.body.textContent")
    open_page(page, team, "", customer="Nordwind+Energie")  # a link to another customer names none of theirs
    seen["a link to another customer"] = page.evaluate("() => document.body.textContent")

    assert CLIENT in seen["pages/overview.py"] and CLIENT in seen["pages/reports.py"]
    assert {where: [n for n in OTHERS if n in text] for where, text in seen.items() if any(n in text for n in OTHERS)
            } == {}
    assert len(files) == 7, sorted(files)
    words = {name: file_text(name, content) for name, content in files.items()}
    assert CLIENT in words[next(n for n in files if n.endswith(".xlsx"))]
    assert {name: [n for n in OTHERS if n in text] for name, text in words.items() if any(n in text for n in OTHERS)
            } == {}
    page.context.close()
