"""The Scorecard page (AppTest) on the demo data and on an empty store, in English and Dutch.

The page's figures are checked against the claims engine (whose own figures are hand-checked in test_claims.py)
for the same window and customers, so what a user reads is what the engine verified.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from sla import i18n
from sla.metrics import claims
from tests.conftest import DEMO_MONTH, open_page

YEAR = claims.rolling(DEMO_MONTH, 12)  # Nov 2025 .. Oct 2026, the page's default window


def page(db: Path, monkeypatch: pytest.MonkeyPatch, lang: str = "en", scope: str | None = None,
         window: str | None = None, **state: object) -> AppTest:
    """The scorecard for the demo month, a language, the page's own scope and window (set through their keys)."""
    extra = {"scorecard_window": window} if window else {}
    if scope:
        extra["scorecard_scope"] = scope
    return open_page("scorecard", db, monkeypatch, timeout=120, lang=lang, **extra, **state)


@pytest.fixture(scope="module")
def year(demo_db: Path) -> claims.Scorecard:
    """The engine's scorecard for the page's default window on the demo data."""
    return claims.scorecard(demo_db, YEAR)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_an_empty_store_says_what_to_upload(db, monkeypatch):
    at = page(db, monkeypatch)
    assert at.title[0].value == "Scorecard: the SLA as a marketing tool"
    assert at.info[0].value.startswith("No data yet.")
    assert [link.value for link in at.get("page_link")] == ["Go to the Data page"]
    assert not at.metric and not at.dataframe and not at.tabs


def test_an_empty_store_in_dutch(db, monkeypatch):
    at = page(db, monkeypatch, lang="nl")
    assert at.title[0].value == "Scorecard: de SLA als marketingtool"
    assert at.info[0].value.startswith("Nog geen gegevens.")
    assert [link.value for link in at.get("page_link")] == ["Naar de pagina Gegevens"]


def test_the_claims_table_shows_the_engines_claims(demo_db, monkeypatch, year):
    at = page(demo_db, monkeypatch)
    table = at.dataframe[0].value
    assert table["claim"].tolist() == [claims.text(c) for c in year.claims]
    assert table["value"].tolist() == [claims.figure(c) for c in year.claims]
    assert table["status"].tolist() == ["✓ verified" if c.verified else "✗ not verified" for c in year.claims]
    uptime = year.claim("uptime")
    # the availability KPI's 3 decimals, as every page shows it
    assert table.iloc[0]["claim"] == f"{uptime.value:.3f} % uptime across all our services, Nov 2025 – Oct 2026"
    verified = sum(c.verified for c in year.claims)
    assert f"{verified} of {len(year.claims)} claims verified for Nov 2025 – Oct 2026." in [c.value for c in at.caption]
    # the evidence of the first claim: its footnote and a link to the page with the figures
    assert at.markdown[0].value == claims.footnote(uptime)
    assert "Availability per service on the Availability page" in [link.value for link in at.get("page_link")]


def test_evidence_of_the_months_claim_lists_every_month(demo_db, monkeypatch, year):
    at = page(demo_db, monkeypatch)
    at.selectbox(key="scorecard_evidence").set_value("months_met").run()
    months = at.dataframe[1].value
    assert len(months) == 12 and months["month"].iloc[0] == "Nov 2025"
    assert (months["met"] == "✓ yes").sum() == year.claim("months_met").value


def test_the_boss_view_shows_credits_csat_and_customers_within_target(demo_db, monkeypatch, year):
    at = page(demo_db, monkeypatch)
    boss = year.boss
    shown = metrics(at)
    # a share of customers (every target met in every month), not of customer-months
    assert shown["Customers within target"] == i18n.percent(100 * boss.customers_within / boss.customers, "en", 1)
    assert boss.customers == 12
    assert shown["Credits owed"] == f"€{boss.credits_owed['EUR']:,.2f}"
    assert "Credits avoided" not in shown  # a counterfactual the credit rules do not define
    assert shown["CSAT when the SLA was met"] == i18n.percent(boss.csat_met[0], "en", 1)
    assert shown["CSAT when the SLA was breached"] == i18n.percent(boss.csat_breached[0], "en", 1)
    assert boss.csat_met[0] > boss.csat_breached[0]
    helps = {m.label: m.help for m in at.metric}
    assert "at most its fee" in helps["Credits owed"]


def test_dutch_labels_and_number_formats(demo_db, monkeypatch, year):
    at = page(demo_db, monkeypatch, lang="nl")
    assert [t.label for t in at.tabs] == ["Uitspraken", "Belofte vs geleverd", "Uitleggen aan je baas", "Exporteren"]
    table = at.dataframe[0].value
    assert table.iloc[0]["claim"] == claims.text(year.claim("uptime"), "nl")
    assert table.iloc[0]["claim"].startswith(f"{year.claim('uptime').value:.3f} %".replace(".", ","))
    assert "," in table.iloc[0]["value"] and table.iloc[0]["status"] == "✓ geverifieerd"
    assert "Klanten binnen de norm" in metrics(at)
    assert at.dataframe[1].value.columns.tolist() == ["kpi", "scope", "promise", "delivered", "kept"]
    assert at.dataframe[1].value.iloc[0]["kpi"] == "Beschikbaarheid"


def test_the_sidebar_filter_does_not_scope_claims_the_page_scope_does(demo_db, monkeypatch, year):
    at = page(demo_db, monkeypatch, customer=["Pixelwerk Studio"])  # the sidebar's filter: not the claims' scope
    assert at.dataframe[0].value["claim"].tolist() == [claims.text(c) for c in year.claims]
    assert at.selectbox(key="scorecard_scope").value == "*"


def test_one_customer_and_a_shorter_window(demo_db, monkeypatch):
    customer = "Pixelwerk Studio"
    at = page(demo_db, monkeypatch, scope=customer, window="3")
    expected = claims.scorecard(demo_db, claims.rolling(DEMO_MONTH, 3), [customer])
    assert at.dataframe[0].value["claim"].tolist() == [claims.text(c) for c in expected.claims]
    assert at.dataframe[0].value.iloc[0]["claim"].endswith("Aug 2026 – Oct 2026")
    # every claim names the client; none uses the company-wide wording
    assert all(customer in text for text in at.dataframe[0].value["claim"])
    assert not any("all our" in text for text in at.dataframe[0].value["claim"])
    assert f"Customers: {customer}." in at.caption[1].value
    assert claims.footnote(expected.claim("uptime")).split(" Sample")[0].endswith(f"Customers: {customer}.")


def test_promise_vs_delivered(demo_db, monkeypatch, year):
    at = page(demo_db, monkeypatch)
    promise = at.dataframe[1].value
    assert promise.equals(claims.promise_table(year, "en"))
    urgent = promise[(promise["kpi"] == "First response compliance") & (promise["scope"] == "urgent")].iloc[0]
    assert urgent["delivered"] == f"{claims.figure(year.claim('first_response:urgent'))} on time"
    side = at.dataframe[2].value
    assert side["kpi"].tolist() == ["Availability", "First response time", "Resolution time", "CSAT", "NPS"]
    assert side.columns.tolist() == ["kpi", "promise", "delivered"]


def test_a_competitors_promise_is_added_shown_and_removed(demo_db, tmp_path, monkeypatch):
    db = tmp_path / "demo.duckdb"
    db.write_bytes(demo_db.read_bytes())
    at = page(db, monkeypatch)
    at.text_input(key="competitor_name").input("Rival B.V.")
    at.selectbox(key="competitor_metric").set_value("availability")
    at.number_input(key="competitor_value").set_value(99.5)
    submit = next(b for b in at.button if b.label == "Add")
    submit.click().run()
    assert not at.exception
    assert at.success[0].value == "Saved: Rival B.V., Availability 99.5 %."
    side = at.dataframe[2].value
    assert side.columns.tolist() == ["kpi", "promise", "delivered", "Rival B.V."]
    assert side.set_index("kpi").loc["Availability", "Rival B.V."] == "99.5 %"
    assert claims.competitors(db)["promised_value"].tolist() == [99.5]
    remove = next(b for b in at.button if b.label.startswith("Remove"))
    remove.click().run()
    assert at.success[0].value == "Removed: Rival B.V., Availability."
    assert at.dataframe[2].value.columns.tolist() == ["kpi", "promise", "delivered"]


def test_a_bad_competitor_value_is_an_error_not_a_crash(demo_db, tmp_path, monkeypatch):
    db = tmp_path / "demo.duckdb"
    db.write_bytes(demo_db.read_bytes())
    at = page(db, monkeypatch, lang="nl")
    at.text_input(key="competitor_name").input("Rivaal")
    at.number_input(key="competitor_value").set_value(120.0)
    next(b for b in at.button if b.label == "Toevoegen").click().run()
    assert not at.exception
    assert at.error[0].value == "De waarde moet tussen 0 en 100 liggen."
    assert claims.competitors(db).empty


def test_exports_start_with_the_headline_claims(demo_db, monkeypatch, year):
    at = page(demo_db, monkeypatch)
    chosen = [year.claim(k) for k in claims.headline(year)]
    assert at.multiselect(key="scorecard_export").value == claims.headline(year)
    assert at.code[0].value == claims.export_text(chosen, "en", year.stamp("en")).rstrip("\n")
    assert at.code[0].value.splitlines()[-1].startswith("Data version: ")
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download text", "Download badge (SVG)", "Download card (HTML)"]
