"""The Contract page (AppTest): the target advice, a draft changed in its editor and replayed (figures, flips, the
credit difference, the what-if workbook), a bad draft upload, adopting a draft, the month-end forecast; in English
and Dutch."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from sla.contract import adoption, config
from tests.conftest import DEMO_END, open_page
from tests.test_page_reports import download, downloads  # noqa: F401  (the fixture)


@pytest.fixture(autouse=True)
def demo_now(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's own 'now': its month in progress is the one after DEMO_MONTH."""
    monkeypatch.setenv("SLA_NOW", f"{DEMO_END.isoformat()}T12:00:00")


def page(db: Path, monkeypatch: pytest.MonkeyPatch, lang: str = "en", **state: object) -> AppTest:
    return open_page("contract", db, monkeypatch, timeout=120, lang=lang, **state)


def policies_editor(at: AppTest) -> str:
    return next(d.key for d in at.data_editor if d.key.startswith("draft_policies_"))


def tighten_high_first_response(at: AppTest) -> None:
    """Edit the draft: high priority first response in 45 instead of 60 minutes, as a user types it in the grid."""
    key = policies_editor(at)
    rows = at.data_editor(key=key).value
    row = rows.index[(rows["priority"] == "high") & (rows["metric"] == "first_response")
                     & (rows["customer"] == "*")][0]
    at.session_state[key] = {"edited_rows": {int(row): {"target_minutes": 45.0}}, "added_rows": [],
                             "deleted_rows": []}
    at.run()


def test_an_empty_store_says_what_to_upload(db, monkeypatch):
    at = page(db, monkeypatch)
    assert at.title[0].value == "Contract: fair targets and changes"
    assert "there is nothing to advise on yet" in at.info[0].value
    assert [link.value for link in at.get("page_link")] == ["Go to the Data page"]


def test_the_advice_the_draft_replay_and_the_forecast_in_english(demo_db, monkeypatch, downloads):  # noqa: F811
    at = page(demo_db, monkeypatch)
    assert not at.exception
    advice = at.dataframe[0].value
    assert "Acme Retail Ltd" in set(advice["customer"])
    high = advice[(advice["customer"] == "Acme Retail Ltd") & (advice["scope"] == "high")
                  & (advice["kpi"] == "First response compliance")].iloc[0]
    assert high["target"] == "95 % within 1 business hour"
    assert high["met"].endswith("of 12 months") and high["suggested"].endswith("months)")
    # the forecast of the month in progress and how accurate it has been
    assert any("Nov 2026" in c.value and "in progress" in c.value for c in at.caption)
    assert any(i.value.startswith("How accurate it has been") and "percentage points" in i.value for i in at.info)
    assert "Ticket compliance at the month's end" in [s.value for s in at.subheader]

    # the contract in force replayed changes nothing
    at.button(key="replay_run").click().run()
    assert not at.exception
    assert at.success[0].value.startswith("The draft changes nothing in Nov 2025 – Oct 2026")

    tighten_high_first_response(at)
    assert any(i.value.startswith("The draft or the window changed since the last replay") for i in at.info)
    at.button(key="replay_run").click().run()
    assert not at.exception
    summary = at.success[0].value
    assert summary.startswith("Over Nov 2025 – Oct 2026:") and "ticket outcomes flip" in summary
    flips = next(d.value for d in at.dataframe if "Outcome in force → draft" in d.value.columns)
    assert set(flips["Outcome in force → draft"]) == {"met → breached"}
    assert set(flips["Target"]) == {"1 business hour → 45 business minutes"}
    assert [m.label for m in at.metric][:2] == ["Credits owed, draft", "Ticket outcomes that flip"]
    assert int(at.metric[1].value.replace(",", "")) == len(flips)
    assert at.metric[0].value.startswith("€")
    chart = at.get("plotly_chart")[0]
    assert "in force and draft, per month" in chart.proto.spec

    made, content = download(at, downloads, 0)
    assert made["file_name"] == "what-if-2025-11..2026-10.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Summary", "Per month", "Credits", "Flipped tickets", "Definitions"]
    assert book["Summary"]["A1"].value == "What if: the draft contract over Nov 2025 – Oct 2026"
    assert book["Summary"]["A5"].value == "Ticket outcomes that flip"
    assert int(book["Summary"]["B5"].value.replace(",", "")) == int(at.metric[1].value.replace(",", ""))
    assert len(book["Per month"]._charts) == 4  # three KPIs and the credits


def test_the_advice_becomes_a_draft(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch)
    at.button(key="advice_to_draft").click().run()
    assert not at.exception
    assert any(m.value == "Draft: the suggested targets of the advisor" for m in at.markdown)
    rows = at.data_editor(key=policies_editor(at)).value
    assert "Acme Retail Ltd" in set(rows["customer"])  # the suggestions are policies of their own


def test_a_bad_draft_upload_says_what_is_wrong_and_a_problem_in_the_grid_names_sheet_and_row(demo_db, monkeypatch,
                                                                                            tmp_path):
    at = page(demo_db, monkeypatch)
    at.file_uploader(key="draft_upload").set_value(("draft.xlsx", b"PK not a workbook", "application/xlsx"))
    at.run()
    assert not at.exception
    assert at.error[0].value.startswith("draft.xlsx could not be read as a draft:")

    workbook = tmp_path / "draft.xlsx"
    config.export_config(workbook, db=demo_db)
    book = openpyxl.load_workbook(workbook)
    book["policies"]["E2"] = "soon"  # target_minutes of the first policy
    book.save(workbook)
    at.file_uploader(key="draft_upload").set_value(("draft2.xlsx", workbook.read_bytes(), "application/xlsx"))
    at.run()
    assert not at.exception
    assert any(m.value == "Draft: the workbook draft2.xlsx" for m in at.markdown), [e.value for e in at.error]
    problem = at.error[0].value
    assert problem.startswith("The draft has problems; fix them to replay it:")
    assert "policies row 2" in problem and "target_minutes" in problem
    assert all(b.key != "replay_run" for b in at.button)


def test_adopting_the_draft_makes_a_new_version_from_the_chosen_day(demo_db, monkeypatch, tmp_path):
    db = Path(shutil.copy(demo_db, tmp_path / "demo.duckdb"))
    at = page(db, monkeypatch)
    tighten_high_first_response(at)
    at.date_input(key="adopt_from").set_value(DEMO_END.replace(day=1)).run()
    at.button(key="adopt").click().run()
    assert not at.exception
    done = adoption.last(db)
    assert done.version == 2 and str(done.effective_from) == "2026-11-01" and done.adopted_by.startswith("os:")
    assert at.success[0].value.startswith(f"Version 2 adopted by {done.adopted_by} on ")
    assert any(c.value.startswith("Last adoption: version 2 by os:") for c in at.caption)


def test_the_page_speaks_dutch(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch, lang="nl")
    assert not at.exception
    assert at.title[0].value == "Contract: haalbare normen en wijzigingen"
    assert {"Normadviseur", "Concept en naspelen", "Prognose maandeinde", "Normen"} <= {t.label for t in at.tabs}
    advice = at.dataframe[0].value
    high = advice[(advice["customer"] == "Acme Retail Ltd") & (advice["scope"] == "hoog")
                  & (advice["kpi"] == "Eerste reactie binnen SLA")].iloc[0]
    assert high["target"] == "95 % binnen 1 werkuur"
    assert high["met"].endswith("van 12 maanden")
    assert any(i.value.startswith("Hoe nauwkeurig het was") for i in at.info)
    tighten_high_first_response(at)
    at.button(key="replay_run").click().run()
    assert not at.exception
    assert at.success[0].value.startswith("Over nov 2025 – okt 2026:") and "ticketuitkomsten" in at.success[0].value
    flips = next(d.value for d in at.dataframe if "Uitkomst geldend → concept" in d.value.columns)
    assert set(flips["Uitkomst geldend → concept"]) == {"gehaald → overschreden"}
    assert at.metric[0].value.startswith("€\xa0")  # Dutch CLDR: the symbol, a space, then the amount
