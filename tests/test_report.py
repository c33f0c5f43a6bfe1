"""Client report workbooks: reopened with openpyxl and checked cell by cell, validated by LibreOffice.

Most tests read the twelve English workbooks that `report --all` writes for the demo data's last complete month
(built once per session); a tiny database of its own holds formula-injection strings in a customer name, ticket
ids, subjects and comments.
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import shutil
import subprocess
import textwrap
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from sla import cli, i18n, store
from sla.contract import config
from sla.imports import ingest
from sla.metrics import exclusions, kpis, overview
from sla.outputs import exports, report
from sla.store import settings
from tests.conftest import DEMO_MONTH, REPO, sla_command

ARTIFACTS = REPO / "tests" / "artifacts" / "report"
CLIENT = "Van der Berg Logistiek"  # four services, its own credit tiers, a policy of its own (per-policy target)
SHEETS_EN = ["Summary", "Trend", "Breaches", "Availability", "Feedback", "Definitions"]
SHEETS_NL = ["Samenvatting", "Trend", "Overschrijdingen", "Beschikbaarheid", "Feedback", "Definities"]
EVIL_CUSTOMER = "=cmd|' /C calc'!A0"
INJECTIONS = ('=HYPERLINK("http://evil.example","klik")', "+1+1 dubbele afschrijving", "=1+1",
              "@SUM(A1) haha", "-2 punten omdat de factuur te laat kwam", EVIL_CUSTOMER)


# --- fixtures ---------------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def all_reports(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """`python -m sla report --period <demo month> --all --out DIR` (English): customer -> workbook."""
    folder = tmp_path_factory.mktemp("reports")
    assert cli.main(["--db", str(demo_db), "report", "--period", DEMO_MONTH, "--all", "--out", str(folder)]) == 0
    with store.connect(demo_db) as con:
        names = overview.customers(con)
    return {name: folder / report.file_name(name, DEMO_MONTH) for name in names}


@pytest.fixture(scope="session")
def dutch_report(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client's workbook in Dutch, written by the CLI to a file path."""
    out = tmp_path_factory.mktemp("nl") / "rapport.xlsx"
    assert cli.main(["--db", str(demo_db), "report", "--period", DEMO_MONTH, "--customer", CLIENT, "--out", str(out),
                     "--lang", "nl"]) == 0
    return out


@pytest.fixture(scope="session")
def kpi_json(demo_db: Path) -> dict:
    """`python -m sla kpis --period <demo month> --customer CLIENT --format json`, run as a real process."""
    done = subprocess.run(sla_command(demo_db, "kpis", "--period", DEMO_MONTH, "--customer", CLIENT, "--format",
                                      "json"), cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


TICKETS = f"""\
ticket_id,customer,service,priority,created_at,first_response_at,resolved_at,subject
=1+1,{EVIL_CUSTOMER},Webshop,urgent,2026-10-05 10:00,2026-10-05 12:30,2026-10-05 15:00,"=HYPERLINK(""http://evil.example"",""klik"")"
T2,{EVIL_CUSTOMER},Webshop,normal,2026-10-06 10:00,2026-10-06 12:10,2026-10-06 13:00,+1+1 dubbele afschrijving
T3,Other Client BV,Webshop,normal,2026-10-06 10:00,2026-10-06 13:10,2026-10-09 11:00,secret of other client
"""
FEEDBACK = f"""\
response_id,submitted_at,customer,ticket_id,kind,score,comment
R1,2026-10-07 16:02:00,{EVIL_CUSTOMER},T2,nps,3,@SUM(A1) haha
R2,2026-10-08 16:02:00,{EVIL_CUSTOMER},,nps,9,-2 punten omdat de factuur te laat kwam
R3,2026-10-08 17:02:00,Other Client BV,T3,nps,2,Other client's private complaint
"""
POLICIES = """\
customer,service,priority,metric,target_minutes,target_pct,calendar,effective_from,effective_to
*,*,*,first_response,60,95,24x7,,
*,*,*,resolution,240,90,24x7,,
"""
CUSTOMERS = f"""\
customer,monthly_fee,currency,services
{EVIL_CUSTOMER},1000,EUR,Webshop
Other Client BV,2000,EUR,Webshop
"""


@pytest.fixture(scope="module")
def evil_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two clients; the first one's name, ticket ids, subjects and comments look like formulas."""
    root = tmp_path_factory.mktemp("evil")
    db = root / "evil.duckdb"
    (root / "config").mkdir()
    (root / "config" / "policies.csv").write_text(POLICIES, encoding="utf-8")
    (root / "config" / "customers.csv").write_text(CUSTOMERS, encoding="utf-8")
    config.import_config(root / "config", db=db)
    for name, content, kind in (("tickets.csv", TICKETS, "tickets"), ("feedback.csv", FEEDBACK, "feedback")):
        (root / name).write_text(textwrap.dedent(content), encoding="utf-8")
        assert ingest.ingest_file(root / name, kind, db=db, timezone="Europe/Amsterdam").rows_rejected == 0
    return db


@pytest.fixture(scope="module")
def evil_report(evil_db: Path) -> Path:
    """The formula-looking client's workbook, written into a folder under its safe file name."""
    return report.write_report(evil_db, EVIL_CUSTOMER, "2026-10", f"{evil_db.parent / 'out'}/")


# --- helpers ----------------------------------------------------------------------------------------------------


def cells(wb: Workbook) -> Iterator[tuple[Worksheet, openpyxl.cell.Cell]]:
    """Every non-empty cell of every sheet."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield ws, cell


def find_row(ws: Worksheet, first: str, second: str | None = None) -> int:
    """The row whose column A is `first` (and column B `second`)."""
    rows = [r for r in range(1, ws.max_row + 1)
            if ws.cell(r, 1).value == first and (second is None or ws.cell(r, 2).value == second)]
    assert len(rows) == 1, (ws.title, first, second, rows)
    return rows[0]


def every_text(path: Path) -> str:
    """All text of the file: every XML part unescaped (cells, shared strings, charts, names, properties)."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(html.unescape(archive.read(n).decode("utf-8")) for n in archive.namelist()
                         if n.endswith((".xml", ".rels")))


def properties(wb: Workbook) -> list[str]:
    """Document properties, defined names, table names, sheet titles, chart titles, headers and footers."""
    props = wb.properties
    out = [str(getattr(props, k) or "") for k in ("title", "subject", "creator", "keywords", "description",
                                                  "lastModifiedBy", "category")]
    out += [*wb.defined_names.keys(), *wb.sheetnames]
    for ws in wb.worksheets:
        out += [*ws.defined_names.keys(), *(t.displayName for t in ws.tables.values())]
        out += [str(part.text or "") for part in (ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right,
                                                  ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right)]
        out += [run.t for chart in ws._charts for p in chart.title.tx.rich.p for run in (p.r or [])]
    return out


def soffice() -> str:
    """The LibreOffice binary; a failure (not a skip) when it is missing: the test set-up installs it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.fail("LibreOffice is not installed, so the workbooks cannot be validated: run "
                    "`apt-get install -y --no-install-recommends libreoffice-calc poppler-utils` (.ci/run does).")
    return found


def to_pdf(xlsx: Path, out: Path, tmp_path: Path) -> Path:
    """Convert a workbook with LibreOffice headless (a file Calc has to repair does not convert cleanly)."""
    out.mkdir(parents=True, exist_ok=True)
    profile = (tmp_path / "lo-profile").as_uri()  # a private profile: runs never share LibreOffice state
    done = subprocess.run([soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(out), str(xlsx)], capture_output=True, text=True, timeout=180)
    pdf = out / (xlsx.stem + ".pdf")
    assert done.returncode == 0 and pdf.exists(), (done.stdout, done.stderr)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    return pdf


def pdf_text(pdf: Path) -> str:
    """The PDF's text (poppler's pdftotext, installed with LibreOffice by the test set-up)."""
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext is missing: `apt-get install -y poppler-utils` (.ci/run does).")
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


# --- the workbook -----------------------------------------------------------------------------------------------


def test_all_writes_one_workbook_per_demo_customer(all_reports: dict[str, Path]) -> None:
    assert len(all_reports) == 12
    folder = next(iter(all_reports.values())).parent
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in all_reports.values())
    assert f"SLA report {DEMO_MONTH} - Bakkerij De Gouden Korst.xlsx" in {p.name for p in folder.iterdir()}
    for customer, path in all_reports.items():
        wb = openpyxl.load_workbook(path)
        assert wb.sheetnames == SHEETS_EN
        assert wb["Summary"]["A2"].value == customer
        assert wb.properties.subject == f"{customer} · Oct 2026"
        assert wb.properties.title == f"SLA report Oct 2026 – {customer}"


def test_summary_kpis_equal_the_kpis_command(all_reports: dict[str, Path], kpi_json: dict) -> None:
    ws = openpyxl.load_workbook(all_reports[CLIENT])["Summary"]
    rows = kpi_json["rows"]
    checked = 0
    for metric, column in (("first_response", "compliance_pct"), ("resolution", "compliance_pct"),
                           ("csat", "csat_pct"), ("nps", "nps"), ("availability", "availability_pct")):
        for row in (r for r in rows if r["metric"] == metric):
            r = find_row(ws, kpis.REGISTRY[metric].label["en"], row.get("service"))
            scale = 1 if metric == "nps" else 100
            assert ws.cell(r, 4).value == pytest.approx(row[column] / scale), (metric, row)
            assert ws.cell(r, 4).number_format == kpis.REGISTRY[metric].number_format
            if row.get("target_pct") is not None:
                assert ws.cell(r, 3).value == pytest.approx(row["target_pct"] / 100)
            if row.get("ok") is not None:
                assert ws.cell(r, 5).value == ("✔ Met" if row["ok"] else "✘ Missed")
            checked += 1
    assert checked == 2 + 2 + 4  # two ticket KPIs, CSAT, NPS, four services
    breached = sum(r["breached"] for r in rows if r["metric"] in ("first_response", "resolution"))
    assert ws.cell(find_row(ws, "Breaches"), 4).value == breached
    credit = sum(r["credit_amount"] for r in rows if r["metric"] == "availability")
    assert ws.cell(find_row(ws, "Service credit due"), 4).value == pytest.approx(credit)
    assert credit > 0 and ws.cell(find_row(ws, "Service credit due"), 4).number_format == '"€ "#,##0.00'


def test_summary_verdict_names_what_was_missed(all_reports: dict[str, Path], kpi_json: dict) -> None:
    ws = openpyxl.load_workbook(all_reports[CLIENT])["Summary"]
    verdict = ws.cell(find_row(ws, "Verdict") + 1, 1).value
    missed = [r for r in kpi_json["rows"] if r.get("ok") is False]
    judged = [r for r in kpi_json["rows"] if r.get("ok") is not None]
    assert verdict.startswith(f"{len(judged) - len(missed)} of {len(judged)} targets were met in Oct 2026.")
    for r in missed:
        # the registry's 3 decimals (none nearer the target is needed here) against the promise as written
        assert f"Availability {r['service']} {r['availability_pct']:.3f} % against {r['target_pct']:g} %" in verdict
    assert "A service credit of € 3,750.00 is due." in verdict


def test_trend_charts_draw_the_table_cells_with_dashed_targets(all_reports: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(all_reports[CLIENT])
    ws = wb["Trend"]
    headers = {ws.cell(4, c).value: c for c in range(1, ws.max_column + 1)}
    assert ws.cell(5, 1).value == "Nov 2025" and ws.cell(16, 1).value == "Oct 2026"
    charts = ws._charts
    assert len(charts) == 4  # tickets, availability, CSAT, NPS
    titles = [chart.title.tx.rich.p[0].r[0].t for chart in charts]
    assert titles == ["Tickets handled within the SLA", "Availability per service", "CSAT", "NPS"]
    dashed = 0
    for chart in charts:
        for series in chart.series:
            ref = re.fullmatch(r"'?Trend'?!\$([A-Z]+)\$5:\$\1\$16", series.val.numRef.f)
            assert ref, series.val.numRef.f
            column = openpyxl.utils.column_index_from_string(ref.group(1))
            assert series.tx.strRef.f.replace("$", "") == f"'Trend'!{ref.group(1)}4"
            assert series.cat.strRef.f == "'Trend'!$A$5:$A$16"
            name = ws.cell(4, column).value
            is_target = name.startswith("Target: ")
            assert (series.graphicalProperties.line.prstDash == "dash") == is_target
            dashed += is_target
    assert dashed == 1 + 4  # resolution (first response has per-policy targets) and four services
    summary = wb["Summary"]
    last = {name: ws.cell(16, col).value for name, col in headers.items()}
    assert last["Resolution compliance"] == summary.cell(find_row(summary, "Resolution compliance"), 4).value
    assert last["Availability API"] == summary.cell(find_row(summary, "Availability", "API"), 4).value
    assert last["Target: Availability API"] == pytest.approx(0.999)


def test_tables_cover_their_data_with_unique_headers_and_filters(all_reports: dict[str, Path],
                                                                 demo_db: Path) -> None:
    wb = openpyxl.load_workbook(all_reports[CLIENT])
    names = []
    for ws in wb.worksheets:
        for table in ws.tables.values():
            names.append(table.displayName)
            (c0, r0), (c1, r1) = [openpyxl.utils.cell.coordinate_from_string(x) for x in table.ref.split(":")]
            first, last = openpyxl.utils.column_index_from_string(c0), openpyxl.utils.column_index_from_string(c1)
            header = [ws.cell(r0, c).value for c in range(first, last + 1)]
            assert header == [c.name for c in table.tableColumns]
            assert all(isinstance(h, str) and h for h in header) and len(set(header)) == len(header)
            assert table.autoFilter is not None and table.autoFilter.ref == table.ref
            assert any(ws.cell(r1, c).value is not None for c in range(first, last + 1)), table.displayName
            assert all(ws.cell(r1 + 1, c).value is None for c in range(first, last + 1)), table.displayName
    assert sorted(names) == ["Availability", "Breaches", "Comments", "Incidents", "Scores"]
    with store.connect(demo_db) as con:
        breaches = kpis.breaches(con, DEMO_MONTH, customer=CLIENT)
    table = wb["Breaches"].tables["Breaches"]
    assert table.ref == f"A4:L{4 + len(breaches)}"
    assert sorted(str(wb["Breaches"].cell(r, 1).value) for r in range(5, 5 + len(breaches))) \
        == sorted(breaches["ticket_id"].astype(str))


def test_formats_frozen_headers_print_setup_and_properties(all_reports: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(all_reports[CLIENT])
    assert wb["Breaches"].freeze_panes == "A5" and wb["Availability"].freeze_panes == "A5"
    assert wb["Trend"].freeze_panes == "B5"
    assert wb["Breaches"]["G5"].number_format == "yyyy-mm-dd hh:mm" and wb["Breaches"]["J5"].number_format == "[h]:mm"
    assert wb["Availability"]["F5"].number_format == "[h]:mm"
    for name in ("Summary", "Trend", "Availability"):
        assert wb[name].conditional_formatting, name
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.column_dimensions["A"].width >= 12
    assert wb.properties.creator == "SLA dashboard" and wb.properties.language == "en"


def test_times_are_shown_in_the_report_time_zone(all_reports: dict[str, Path], demo_db: Path) -> None:
    wb = openpyxl.load_workbook(all_reports[CLIENT])
    summary = wb["Summary"]
    assert summary.cell(find_row(summary, "Reporting time zone"), 2).value == "Europe/Amsterdam"
    ws = wb["Breaches"]
    with store.connect(demo_db) as con:
        stored = dict(con.execute("select ticket_id, created_at from stg_tickets where customer = ?",
                                  [CLIENT]).fetchall())
    amsterdam = ZoneInfo("Europe/Amsterdam")
    for r in range(5, ws.max_row + 1):
        utc = stored[ws.cell(r, 1).value].replace(tzinfo=UTC)
        assert ws.cell(r, 7).value == utc.astimezone(amsterdam).replace(tzinfo=None, microsecond=0)


def test_company_name_from_the_settings_heads_the_summary(evil_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "company.duckdb"
    shutil.copy(evil_db, db)
    with store.connect(db) as con:
        settings.put(con, "company_name", "Servicedesk Noord BV")
    wb = openpyxl.load_workbook(report.write_report(db, "Other Client BV", "2026-10", tmp_path / "r.xlsx"))
    assert wb["Summary"]["H1"].value == "Servicedesk Noord BV" and wb.properties.creator == "Servicedesk Noord BV"


def test_definitions_use_the_registry_texts_and_the_contract(all_reports: dict[str, Path],
                                                             dutch_report: Path) -> None:
    for path, lang in ((all_reports[CLIENT], "en"), (dutch_report, "nl")):
        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[5]
        texts = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
        for k in kpis.REGISTRY.values():
            assert k.label[lang] in texts and k.definition[lang] in texts
        assert {"kantooruren", "extended", "24x7"} <= texts  # the calendars its policies use
    own = openpyxl.load_workbook(all_reports[CLIENT])["Definitions"]
    row = next(r for r in range(1, own.max_row + 1) if own.cell(r, 1).value == CLIENT)
    assert [own.cell(row, c).value for c in (3, 4, 5, 6)] == ["urgent", "First response", 15, 97]


def test_dutch_and_english_labels(all_reports: dict[str, Path], dutch_report: Path) -> None:
    en, nl = openpyxl.load_workbook(all_reports[CLIENT]), openpyxl.load_workbook(dutch_report)
    assert en.sheetnames == SHEETS_EN and nl.sheetnames == SHEETS_NL
    header_en = [c.value for c in en["Summary"][find_row(en["Summary"], "KPI")]]
    header_nl = [c.value for c in nl["Samenvatting"][find_row(nl["Samenvatting"], "KPI")]]
    assert header_en == ["KPI", "Service", "Target", "Achieved", "Status", "Previous month", "Change", "Details"]
    assert header_nl == ["KPI", "Dienst", "Norm", "Behaald", "Status", "Vorige maand", "Verschil", "Toelichting"]
    verdict = nl["Samenvatting"].cell(find_row(nl["Samenvatting"], "Conclusie") + 1, 1).value
    assert verdict.startswith("5 van de 6 normen zijn in okt 2026 gehaald. Niet gehaald: Beschikbaarheid API")
    assert "creditering van € 3.750,00" in verdict
    assert nl["Samenvatting"]["A1"].value == "SLA-rapportage okt 2026"
    assert nl["Overschrijdingen"]["B4"].value == "Onderwerp" and nl["Overschrijdingen"]["G5"].number_format \
        == "dd-mm-yyyy hh:mm"
    statuses = {c.value for _, c in cells(nl)} & {"✔ Gehaald", "✘ Niet gehaald"}
    assert statuses == {"✔ Gehaald", "✘ Niet gehaald"}
    assert nl.properties.title == f"SLA-rapportage okt 2026 – {CLIENT}" and nl.properties.language == "nl"


def test_the_dutch_workbook_writes_priorities_in_dutch(all_reports: dict[str, Path], dutch_report: Path) -> None:
    nl, en = openpyxl.load_workbook(dutch_report), openpyxl.load_workbook(all_reports[CLIENT])
    breaches = nl["Overschrijdingen"]
    column = [c.value for c in breaches[4]].index("Prioriteit") + 1
    assert {breaches.cell(r, column).value for r in range(5, breaches.max_row + 1)} == \
        {"spoed", "hoog", "normaal", "laag"}
    definitions = nl["Definities"]
    row = next(r for r in range(1, definitions.max_row + 1) if definitions.cell(r, 1).value == CLIENT)
    assert definitions.cell(row, 3).value == "spoed"  # the client's own policy row
    english = {code for code, words in i18n.values.VALUES["priority"].items() if words["nl"] != code}
    assert not [c.coordinate for _, c in cells(nl) if isinstance(c.value, str) and c.value.lower() in english]
    assert "urgent" in {c.value for _, c in cells(en)}  # English keeps the stored code


def test_a_month_without_data_still_gives_a_workbook_that_says_so(demo_db: Path, tmp_path: Path) -> None:
    path = report.write_report(demo_db, "Pixelwerk Studio", "2024-01", tmp_path / "empty.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS_EN
    summary = wb["Summary"]
    verdict = summary.cell(find_row(summary, "Verdict") + 1, 1).value
    assert verdict.startswith("No data for Pixelwerk Studio in Jan 2024")
    assert wb["Breaches"]["A4"].value == "No breaches in Jan 2024."
    assert wb["Feedback"]["A4"].value == "No survey responses in Jan 2024."
    assert not any(ws.tables for ws in wb.worksheets) and not wb["Trend"]._charts


def test_unknown_customer_exits_2_with_a_clear_message(demo_db: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "x.xlsx"
    code = cli.main(["--db", str(demo_db), "report", "--period", DEMO_MONTH, "--customer", "Acme Retail",
                     "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert err.startswith("error: unknown customer 'Acme Retail'; known customers: Acme Retail Ltd")
    with pytest.raises(SystemExit) as exc:
        cli.main(["--db", str(demo_db), "report", "--period", DEMO_MONTH, "--all", "--customer", "Acme Retail Ltd",
                  "--out", str(out)])
    assert exc.value.code == 2 and "not allowed with argument" in capsys.readouterr().err


def test_file_names_are_safe_and_distinct_for_any_customer_name() -> None:
    names = report.unique_names(["A/B: C*?", "A_B_ C__", "  ..\\..\\etc ", EVIL_CUSTOMER, "Ünïcode & Zn."],
                                "2026-10", "en")
    assert names["Ünïcode & Zn."] == "SLA report 2026-10 - Ünïcode & Zn..xlsx"
    assert names["A/B: C*?"] == "SLA report 2026-10 - A_B_ C__.xlsx"
    assert names["A_B_ C__"] == "SLA report 2026-10 - A_B_ C__ (2).xlsx"
    assert len(set(names.values())) == 5
    for name in names.values():
        assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', name) and name == Path(name).name


# --- safety -------------------------------------------------------------------------------------------------------


def test_a_client_workbook_holds_no_other_client_anywhere(all_reports: dict[str, Path], demo_db: Path) -> None:
    with store.connect(demo_db) as con:
        tickets = con.execute("select customer, ticket_id from stg_tickets").fetchall()
        comments = con.execute("select customer, comment from stg_feedback where comment <> ''").fetchall()
    for client, path in all_reports.items():
        others = [c for c in all_reports if c != client]
        foreign_ids = {t for c, t in tickets if c != client}
        own_comments = {m for c, m in comments if c == client}
        foreign_comments = {m for c, m in comments if c != client} - own_comments
        wb = openpyxl.load_workbook(path)
        strings = [str(c.value) for _, c in cells(wb) if isinstance(c.value, str)] + properties(wb)
        raw = every_text(path)
        for name in others:
            assert name not in raw and not any(name in s for s in strings), (client, name)
        assert not foreign_ids & set(strings), client
        assert not foreign_comments & set(strings), client
        assert client in raw


def test_each_clients_figures_equal_its_rows_among_all_clients(demo_db: Path) -> None:
    """For one client the queries rank only its tickets, answers and checks, and the month's availability comes
    from the report's trend: the same rows as the KPIs of all clients at once."""
    with store.connect(demo_db) as con:
        as_of = settings.now()
        everyone = kpis.compute(con, DEMO_MONTH, as_of=as_of)["rows"]
        for client in overview.customers(con):
            rows = report.gather(con, client, DEMO_MONTH, as_of).rows
            assert rows == [r for r in everyone if r["customer"] == client], client


def test_a_ticket_moved_to_another_client_counts_for_that_client_only(evil_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "moved.duckdb"
    shutil.copy(evil_db, db)
    moved = tmp_path / "moved.csv"  # T3 re-exported under the other client: the latest import wins
    moved.write_text(TICKETS.splitlines()[0] + "\n" + TICKETS.splitlines()[3].replace("Other Client BV",
                                                                                     EVIL_CUSTOMER) + "\n")
    assert ingest.ingest_file(moved, "tickets", db=db, timezone="Europe/Amsterdam").rows_rejected == 0
    with store.connect(db) as con:
        as_of = settings.now()
        everyone = kpis.compute(con, "2026-10", as_of=as_of)["rows"]
        volume = {r["customer"]: r["created"] for r in everyone if r["metric"] == "volume"}
        assert volume == {EVIL_CUSTOMER: 3}
        for client in (EVIL_CUSTOMER, "Other Client BV"):
            data = report.gather(con, client, "2026-10", as_of)
            assert data.rows == [r for r in everyone if r["customer"] == client], client
            assert set(data.breaches["ticket_id"]) <= ({"=1+1", "T2", "T3"} if client == EVIL_CUSTOMER else set())


def test_injection_strings_are_written_as_text(evil_report: Path) -> None:
    wb = openpyxl.load_workbook(evil_report)
    written = {c.value: c for _, c in cells(wb) if isinstance(c.value, str)}
    for literal in INJECTIONS:
        cell = written.get(literal) or next(c for v, c in written.items() if literal in v)
        assert cell.data_type == "s" and cell.quotePrefix, literal
    assert not [c.coordinate for _, c in cells(wb) if c.data_type == "f"]
    with zipfile.ZipFile(evil_report) as archive:
        sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any("<f>" in s or "<f " in s for s in sheets)
    raw = every_text(evil_report)
    assert "Other Client BV" not in raw and "secret of other client" not in raw and "private complaint" not in raw


def test_injection_comments_of_the_demo_export_stay_text(demo_db: Path, tmp_path: Path) -> None:
    with store.connect(demo_db) as con:
        found = con.execute("select customer, strftime(submitted_at, '%Y-%m'), comment from stg_feedback "
                            "where comment like '@SUM%' or comment like '-2 %' order by 1").fetchall()
    assert len(found) == 2
    for customer, month, comment in found:
        wb = openpyxl.load_workbook(report.write_report(demo_db, customer, month, tmp_path / "r.xlsx"))
        cell = next(c for _, c in cells(wb) if c.value == comment)
        assert cell.data_type == "s" and cell.quotePrefix
        assert not any(c.data_type == "f" for _, c in cells(wb))


def test_download_bytes_for_the_reports_page(demo_db: Path) -> None:
    data = report.report_bytes(demo_db, "Bakkerij De Gouden Korst", DEMO_MONTH, "nl")
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == SHEETS_NL and wb["Samenvatting"]["A2"].value == "Bakkerij De Gouden Korst"
    assert "Acme Retail Ltd" not in "\n".join([str(c.value) for _, c in cells(wb)] + properties(wb))


# --- LibreOffice --------------------------------------------------------------------------------------------------


@pytest.mark.slow  # starts LibreOffice: a few seconds per file
def test_libreoffice_opens_the_workbooks_and_keeps_the_pdf(all_reports: dict[str, Path], dutch_report: Path,
                                                           evil_report: Path, tmp_path: Path) -> None:
    english = to_pdf(all_reports[CLIENT], ARTIFACTS, tmp_path)
    text = pdf_text(english)
    assert "SLA report Oct 2026" in text and "Verdict" in text and CLIENT in text
    assert "✔ Met" in text and "Tickets handled within the SLA" in text
    dutch = to_pdf(dutch_report, ARTIFACTS, tmp_path)
    assert "SLA-rapportage okt 2026" in pdf_text(dutch)
    evil = to_pdf(evil_report, tmp_path / "evil", tmp_path)
    shown = pdf_text(evil)
    assert 'HYPERLINK("http://evil.example","klik")' in shown and "@SUM(A1) haha" in shown  # not evaluated
    if shutil.which("pdftoppm"):
        for pdf in (english, dutch):
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(pdf.with_suffix(""))], check=True, timeout=60)
            assert pdf.with_suffix(".png").stat().st_size > 5_000
    assert os.listdir(ARTIFACTS)


# --- exclusions: the client reads the reason category and client text, never the internal note -----------------


def test_no_client_file_holds_an_internal_note_but_each_shows_the_reason_and_client_text(demo_db, tmp_path):
    db = Path(shutil.copy(demo_db, tmp_path / "demo.duckdb"))
    breaches = exclusions.history(db, DEMO_MONTH, DEMO_MONTH).drop_duplicates("customer")
    notes = {}
    for i, b in enumerate(breaches.itertuples()):
        notes[b.customer] = f"INTERN-{i}: klant reageerde niet op onze vraag"
        exclusions.exclude(db, b.source, b.ticket_id, b.metric, "awaiting customer", "Marieke",
                           note=notes[b.customer], client_text=f"We waited for your answer ({i})")
    assert len(notes) == len(exports.customers(db)) > 1

    for lang, label in (("en", "Awaiting customer"), ("nl", "Wachten op de klant")):
        files = {customer: exports.workbook(db, customer, DEMO_MONTH, lang) for customer in notes}
        with zipfile.ZipFile(io.BytesIO(exports.zip_reports(db, DEMO_MONTH, lang))) as archive:
            files |= {name: archive.read(name) for name in archive.namelist()}
        assert len(files) == 2 * len(notes)
        for name, content in files.items():
            path = tmp_path / f"{lang}-{len(name)}-{abs(hash(name))}.xlsx"
            path.write_bytes(content)
            assert "INTERN-" not in every_text(path), name  # every sheet, cell, name, property and chart
            values = [str(cell.value) for _, cell in cells(openpyxl.load_workbook(path))]
            assert not [v for v in values if "INTERN-" in v or "reageerde niet" in v], name
            reasons = [v for v in values if v.startswith(f"{label}: We waited for your answer (")]
            assert len(reasons) == 1, (name, reasons)


def test_a_closed_months_workbook_is_the_same_whenever_it_is_made(demo_db: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Made the day after the demo's data ends and again five weeks later, with the same data: every cell equal,
    open breaches' overruns frozen at October's end, and the data version named."""
    books = []
    for now in ("2026-11-16T09:00:00", "2026-12-21T15:30:00"):
        monkeypatch.setenv("SLA_NOW", now)
        made = report.write_report(demo_db, CLIENT, DEMO_MONTH, tmp_path / f"{now[:10]}.xlsx")
        books.append(openpyxl.load_workbook(made))
    first, later = books
    assert first.sheetnames == later.sheetnames
    for ws in first.worksheets:
        other = later[ws.title]
        assert (ws.max_row, ws.max_column) == (other.max_row, other.max_column), ws.title
        for row in ws.iter_rows():
            for cell in row:
                twin = other[cell.coordinate]
                assert (cell.value, cell.number_format) == (twin.value, twin.number_format), (ws.title,
                                                                                              cell.coordinate)
    summary = first["Summary"]
    assert summary.cell(find_row(summary, "Figures as of"), 2).value == datetime(2026, 11, 1)
    version = summary.cell(find_row(summary, "Data version"), 2).value
    assert re.fullmatch(r"\d+ imports \(last .+\), configuration version \d+, \d+ exclusion changes; "
                        r"fingerprint [0-9a-f]{10}", version), version
    states = {ws.cell(r, 6).value for ws in [first["Breaches"]] for r in range(5, ws.max_row + 1)}
    assert states <= {"Resolved late", "Open past due at month end"} and "Resolved late" in states
