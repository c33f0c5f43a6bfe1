"""The Reports page (AppTest): the client's workbook and the zip of all workbooks are made on click and hold the
right client's data; the preview shows the month's KPIs."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from sla import i18n, store
from sla.metrics import kpis, overview
from sla.outputs import exports, report
from tests.conftest import DEMO_MONTH, open_page

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> dict[str, dict]:
    """Deferred downloads the page registers, by the file id its button carries: callable, file name, mime."""
    made: dict[str, dict] = {}
    register = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        file_id = register(self, data_callable, mimetype, coordinates, file_name, **kwargs)
        made[file_id] = {"data": data_callable, "file_name": file_name, "mime": mimetype}
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    return made


def page(db: Path, monkeypatch: pytest.MonkeyPatch, lang: str = "en", customers: tuple[str, ...] = ()) -> AppTest:
    """The Reports page for the demo month, a language and a sidebar customer selection."""
    return open_page("reports", db, monkeypatch, lang=lang, customer=list(customers))


def download(at: AppTest, downloads: dict[str, dict], index: int) -> tuple[dict, bytes]:
    """What clicking the page's index-th download button gives: its registration and the bytes it makes."""
    button = at.get("download_button")[index]
    assert button.proto.deferred_file_id, "the file must be made on click, not on every run"
    assert button.proto.ignore_rerun  # on_click="ignore": downloading does not rerun the page
    made = downloads[button.proto.deferred_file_id]
    return made, made["data"]()


def customer_names(db: Path) -> list[str]:
    with store.connect(db, read_only=True) as con:
        return overview.customers(con)


def names_in(content: bytes, candidates: list[str]) -> set[str]:
    """Which of the candidate names appear in any cell of the workbook."""
    book = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
    cells = " | ".join(str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row
                       if v is not None)
    return {name for name in candidates if name in cells}


def test_an_empty_store_says_what_to_upload_and_offers_no_download(db, monkeypatch):
    at = page(db, monkeypatch)
    assert at.title[0].value == "Reports"
    assert "No data yet" in at.info[0].value
    assert [link.value for link in at.get("page_link")] == ["Go to the Data page"]
    assert not at.get("download_button")


def test_the_client_defaults_to_the_first_customer_of_the_sidebar_filter(demo_db, monkeypatch):
    names = customer_names(demo_db)
    assert page(demo_db, monkeypatch).selectbox[0].value == names[0]
    at = page(demo_db, monkeypatch, customers=("Nordwind Energie", "Acme Retail Ltd"))
    assert at.selectbox[0].value == "Nordwind Energie"
    assert at.selectbox[0].options == names


def test_the_download_is_the_chosen_clients_workbook_and_nobody_elses(demo_db, monkeypatch, downloads):
    at = page(demo_db, monkeypatch, customers=("Gemeente Zuidhaven",))
    assert at.get("download_button")[0].proto.label == "Download the report for Gemeente Zuidhaven"
    assert any("Gemeente Zuidhaven's data only" in info.value for info in at.info)
    made, content = download(at, downloads, 0)
    assert made["file_name"] == "SLA report 2026-10 - Gemeente Zuidhaven.xlsx"
    assert made["mime"] == XLSX
    assert names_in(content, customer_names(demo_db)) == {"Gemeente Zuidhaven"}
    at.selectbox[0].select("Pixelwerk Studio").run()
    made, content = download(at, downloads, 0)
    assert made["file_name"] == "SLA report 2026-10 - Pixelwerk Studio.xlsx"
    assert names_in(content, customer_names(demo_db)) == {"Pixelwerk Studio"}


def test_the_preview_shows_the_clients_kpis_for_the_month(demo_db, monkeypatch):
    at = page(demo_db, monkeypatch, customers=("Acme Retail Ltd",))
    with store.connect(demo_db, read_only=True) as con:
        rows = {(r["metric"], r.get("service")): r for r in kpis.compute(con, DEMO_MONTH, customer="Acme Retail Ltd")
                ["rows"] if r["customer"] == "Acme Retail Ltd"}
    table = at.dataframe[0].value.set_index(["kpi", "service"])
    first = rows["first_response", None]
    assert table.loc[("First response compliance", ""), "value"] == f"{first['compliance_pct']:.2f} %"
    assert table.loc[("First response compliance", ""), "basis"] == (
        f"{first['met']} met, {first['breached']} breached, {first['open']} open")
    api = rows["availability", "API"]
    assert table.loc[("Availability", "API"), "status"] == ("✓ met" if api["ok"] else "✗ missed")
    assert table.loc[("CSAT", ""), "basis"] == f"{rows['csat', None]['responses']} responses"
    at.selectbox[0].select("Pixelwerk Studio").run()
    assert not at.dataframe[0].value.equals(table.reset_index())


@pytest.mark.slow  # makes all 12 demo workbooks: 15 s on an idle machine
def test_all_customers_at_once_is_a_zip_with_one_workbook_each(demo_db, monkeypatch, downloads):
    at = page(demo_db, monkeypatch)
    names = customer_names(demo_db)
    assert at.get("download_button")[1].proto.label == f"Download all {len(names)} reports (zip)"
    made, content = download(at, downloads, 1)
    assert made["file_name"] == "SLA report 2026-10.zip"
    assert made["mime"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        files = sorted(archive.namelist())
        assert len(files) == len(names) == 12
        assert files == sorted(report.file_name(name, DEMO_MONTH) for name in names)
        for name in names:
            book = archive.read(report.file_name(name, DEMO_MONTH))
            assert names_in(book, names) == {name}


def test_dutch_labels_file_names_and_number_formats(demo_db, monkeypatch, downloads):
    at = page(demo_db, monkeypatch, lang="nl", customers=("Acme Retail Ltd",))
    assert at.title[0].value == "Rapportages"
    assert at.selectbox[0].label == "Klant"
    assert at.get("download_button")[0].proto.label == "Download de rapportage voor Acme Retail Ltd"
    assert at.subheader[0].value == "Wat de rapportage toont over okt 2026"
    table = at.dataframe[0].value.set_index("kpi")
    with store.connect(demo_db, read_only=True) as con:
        first = next(r for r in kpis.compute(con, DEMO_MONTH, customer="Acme Retail Ltd")["rows"]
                     if r["metric"] == "first_response")
    assert table.loc["Eerste reactie binnen SLA", "value"] == i18n.percent(first["compliance_pct"], "nl")
    assert "," in table.loc["Eerste reactie binnen SLA", "value"]
    assert table.loc["Eerste reactie binnen SLA", "status"] in ("✓ gehaald", "✗ niet gehaald")
    made, content = download(at, downloads, 0)
    assert made["file_name"] == "SLA-rapportage 2026-10 - Acme Retail Ltd.xlsx"
    assert openpyxl.load_workbook(io.BytesIO(content)).sheetnames[0] == "Samenvatting"
    assert downloads[at.get("download_button")[1].proto.deferred_file_id]["file_name"] == (
        "SLA-rapportage 2026-10.zip")


def test_zip_reports_on_an_empty_store_is_an_empty_zip(db):
    with zipfile.ZipFile(io.BytesIO(exports.zip_reports(db, DEMO_MONTH))) as archive:
        assert archive.namelist() == []
