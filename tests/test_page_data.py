"""The Data page: the mapping preview and its edits, imports with what they stored, the contract configuration
edited in tables or as a workbook, Dutch labels; and the preview engine (sla.imports.mapping) behind it."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from sla import i18n, store
from sla.contract import config
from sla.imports import ingest, mapping, presets
from tests.conftest import EXPORTS, query
from tests.e2e_support import ROOT

# Two tickets with a customer and a reseller column: the preset reads the customer column as the customer.
RESELLER_CSV = """\
ticket_id,customer,reseller,created_at,priority
T-1,Acme Retail,Partner One,2024-10-01 09:00,high
T-2,Borealis Bank,Partner Two,2024-10-02 10:00,low
"""
# A response time series (NAB layout): checks of a monitor the file does not name.
LATENCY_CSV = """\
timestamp,value
2024-10-03 02:10:00,212
2024-10-03 02:15:00,240
2024-10-03 02:20:00,198
"""
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
POLICIES = pd.DataFrame([
    {"metric": "first_response", "target_minutes": 60, "target_pct": 90, "calendar": "office"},
    {"metric": "availability", "target_pct": 99.9},
])
CALENDARS = pd.DataFrame([{"calendar": "office", "timezone": "Europe/Amsterdam", "mon": "09:00-17:00",
                           "tue": "09:00-17:00", "wed": "09:00-17:00", "thu": "09:00-17:00", "fri": "09:00-17:00"}])


@pytest.fixture
def app(db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The Data page on the empty store `db`."""
    monkeypatch.setenv("SLA_DB", str(db))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/data.py").run()
    assert not at.exception
    return at


@pytest.fixture
def configured(db: Path) -> Path:
    """`db` with a configuration in force (version 1): one office calendar, two policies."""
    config.import_sheets({"calendars": CALENDARS, "policies": POLICIES}, "test", db)
    return db


def choose(at: AppTest, *files: tuple[str, str]) -> AppTest:
    at.file_uploader(key="upload").set_value([(name, text.encode(), "text/csv") for name, text in files])
    at.run()
    assert not at.exception
    return at


def table(at: AppTest, column: str) -> pd.DataFrame:
    """The first table on the page that has `column`."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def tables(at: AppTest, column: str) -> list[pd.DataFrame]:
    """Every table on the page that has `column`, top to bottom."""
    return [d.value for d in at.dataframe if column in d.value.columns]


def editor(at: AppTest, sheet: str) -> str:
    """The key of the configuration editor of a sheet (it carries the version in force)."""
    return next(d.key for d in at.data_editor if d.key.startswith(f"config:{sheet}:"))


def policies(db: Path) -> pd.DataFrame:
    with store.connect(db, read_only=True) as con:
        return config.current(con)["policies"]


def test_the_mapping_preview_can_be_changed_before_the_import_and_the_import_follows_it(db, app):
    choose(app, ("tickets.csv", RESELLER_CSV))
    assert app.selectbox(key="kind:0:tickets.csv").value == "tickets"
    assert app.selectbox(key="preset:0:tickets.csv:tickets").value == "generic_tickets"
    assert "Recognised as **Ticket list (CSV)** (tickets)." in [m.value for m in app.markdown]
    preview = table(app, "examples").set_index("field")
    assert preview.loc["Ticket number", ["required", "column", "examples"]].tolist() == [True, "ticket_id", "T-1 · T-2"]
    assert preview.loc["Customer", ["required", "column", "examples"]].tolist() == [
        False, "customer", "Acme Retail · Borealis Bank"]
    assert preview["required"].sum() == 2  # ticket number and created
    assert table(app, "reseller")["reseller"].tolist() == ["Partner One", "Partner Two"]  # the first rows

    app.selectbox(key="map:0:tickets.csv:generic_tickets:customer").set_value("reseller").run()
    preview = table(app, "examples").set_index("field")
    assert preview.loc["Customer", ["column", "examples"]].tolist() == ["reseller", "Partner One · Partner Two"]
    app.button(key="import").click().run()
    assert not app.exception
    assert app.success[0].value == ("tickets.csv: 2 tickets stored (2 new, 0 updated, 0 unchanged) of 2 rows read; "
                                    "0 rejected. Read as Ticket list (CSV), batch 1.")
    assert query(db, "select ticket_id, customer from stg_tickets order by 1") == [
        ("T-1", "Partner One"), ("T-2", "Partner Two")]
    assert table(app, "rows_stored").set_index("kind").loc["tickets", "rows_stored"] == 2  # what is stored


def test_a_required_column_missing_is_shown_unmapped_with_a_clear_message_and_nothing_is_stored(db, app):
    choose(app, ("latency.csv", LATENCY_CSV))
    assert app.selectbox(key="kind:0:latency.csv").value == "checks"
    assert app.selectbox(key="map:0:latency.csv:nab:service").value == ""
    preview = table(app, "examples").set_index("field")
    assert preview.loc["Service", "required"]
    assert pd.isna(preview.loc["Service", "column"])  # shown as "(not mapped)"
    assert app.warning[0].value == (
        "Not ready to import: no column is chosen for Service. Choose the column that holds it under "
        "\"Change which column feeds which field\", or fill in a value for every row.")
    assert app.button(key="import").disabled
    assert ingest.batches(db).empty

    app.text_input(key="service:0:latency.csv").input("Webshop").run()  # a service for every row
    assert not app.warning
    app.button(key="import").click().run()
    assert query(db, "select service, count(*) from stg_checks group by 1") == [("Webshop", 3)]


def test_a_file_of_unknown_kind_asks_for_its_kind_then_for_its_columns(db, app):
    choose(app, ("export.csv", "colour,size\nred,3\n"))
    assert app.info[0].value.startswith("The kind of export could not be recognised from its columns (colour, size).")
    assert app.selectbox(key="kind:0:export.csv").value is None
    assert app.button(key="import").disabled
    app.selectbox(key="kind:0:export.csv").set_value("tickets").run()
    assert app.selectbox(key="map:0:export.csv:generic_tickets:ticket_id").value == ""
    assert "no column is chosen for Ticket number, Created" in app.warning[0].value
    assert ingest.batches(db).empty


def test_the_preview_says_how_sure_the_detection_is_and_why(db, app):
    spanish = (EXPORTS / "jira_sm_es.csv").read_text(encoding="utf-8")
    choose(app, ("jira.csv", spanish), ("plain.csv", (EXPORTS / "plain_tickets.csv").read_text()))

    assert app.selectbox(key="preset:0:jira.csv:tickets").value == "jira_sm"
    captions = [c.value for c in app.caption]
    assert ("How sure: **sure** (score 21). 9 columns recognised. Only Jira Service Management export has: "
            "Clave de incidencia, Campo personalizado (Organizaciones), Tipo de Incidencia. Values look like Jira "
            "Service Management export's in: Ticket number, Created. Next best: Ticket list (CSV).") in captions
    preview = table(app, "examples").set_index("field")
    assert preview.loc["Created", ["column", "examples"]].tolist() == [
        "Creada", "06/abr/26 00:09 · 07/abr/26 10:15 · 08/abr/26 14:02"]
    # a plain CSV with created, customer, priority and ticket_id: tickets, without choosing the kind
    assert app.selectbox(key="kind:1:plain.csv").value == "tickets"
    assert app.selectbox(key="preset:1:plain.csv:tickets").value == "generic_tickets"


def test_a_file_that_fits_nothing_shows_the_nearest_layout_and_what_it_lacks(db, app):
    choose(app, ("desk.csv", "Issue key,Summary,Priority\nSD-1,Printer,High\n"))

    assert app.info[0].value.endswith("Nearest layout: **Jira Service Management export**. It found Issue key, "
                                      "Priority, Summary, but lacks Created.")


def test_a_workbook_offers_its_sheets_and_reads_the_one_with_the_data(db, app):
    app.file_uploader(key="upload").set_value([("explore.xlsx", (EXPORTS / "zendesk_explore_report.xlsx")
                                                .read_bytes(), XLSX_TYPE)])
    app.run()

    assert app.selectbox(key="sheet:0:explore.xlsx").value == "Tickets"
    assert any("Read sheet **Tickets** (of Summary, Tickets). The header is in row 3." in c.value
               for c in app.caption)
    assert table(app, "examples").set_index("field").loc["Created", "column"] == (
        "Ticket created - Date + Ticket created - Hour")
    app.button(key="import").click().run()
    assert "4 tickets stored" in app.success[0].value


def test_rejected_rows_are_listed_and_all_of_them_can_be_downloaded(db, app):
    bad = "ticket_id,created_at\n" + "".join(f"T-{i},{'soon' if i % 2 else '2024-10-01 09:00'}\n" for i in range(30))
    choose(app, ("tickets.csv", bad))
    app.button(key="import").click().run()
    assert "15 tickets stored" in app.success[0].value and "15 rejected" in app.success[0].value
    rejects = tables(app, "reason")[-1]  # the import's (the preview's own comes first)
    assert len(rejects) == 15  # all of them, not the CLI's first 20 lines
    assert rejects[["line", "column", "value"]].iloc[0].tolist() == [3, "created_at", "soon"]
    assert app.get("download_button")[0].proto.label == "Download all rejected rows (CSV)"


def test_editing_a_policy_target_and_saving_makes_a_new_version_in_force(configured, app):
    assert any(c.value.startswith("In force: version 1, saved") and c.value.endswith("from test.")
               for c in app.caption)
    key = editor(app, "policies")
    assert key == "config:policies:1"
    app.session_state[key] = {"edited_rows": {0: {"target_pct": 97.5}}, "added_rows": [], "deleted_rows": []}
    app.button(key="config_save").click().run()
    assert not app.exception
    assert app.success[0].value == "Configuration version 2 saved and in force."
    assert policies(configured)["target_pct"].tolist() == [97.5, 99.9]
    assert config.versions(configured)["source"].tolist() == ["dashboard", "test"]
    assert editor(app, "policies") == "config:policies:2"  # fresh editors on the new version
    assert any(c.value.startswith("In force: version 2, saved") and c.value.endswith("from the Data page.")
               for c in app.caption)


def test_an_invalid_edit_shows_every_problem_with_sheet_and_row_and_keeps_the_configuration(configured, app):
    app.session_state[editor(app, "policies")] = {
        "edited_rows": {1: {"calendar": "ofice"}}, "added_rows": [], "deleted_rows": []}
    app.button(key="config_save").click().run()
    assert not app.exception
    problem = app.error[0].value
    assert problem.startswith("The configuration was not saved; the one in force stays unchanged.")
    assert "- policies row 3: unknown calendar 'ofice'" in problem
    assert config.versions(configured)["version"].tolist() == [1]
    assert policies(configured)["calendar"].tolist() == ["office", "24x7"]


def test_saving_without_a_change_stores_no_new_version(configured, app):
    app.button(key="config_save").click().run()
    assert app.info[0].value == "Nothing was changed, so nothing was saved."
    assert config.versions(configured)["version"].tolist() == [1]


def test_a_workbook_upload_replaces_the_configuration_and_a_bad_one_is_refused(configured, app, tmp_path):
    workbook = tmp_path / "contract 2027.xlsx"
    config.export_config(workbook, db=configured)
    app.file_uploader(key="config_upload").set_value(("contract 2027.xlsx", workbook.read_bytes(), "application/xlsx"))
    app.run()
    app.button(key="config_import").click().run()
    assert not app.exception
    assert app.success[0].value == "Configuration version 2 imported from contract 2027.xlsx and in force."
    assert config.versions(configured)["source"].tolist() == ["contract 2027.xlsx", "test"]

    app.file_uploader(key="config_upload").set_value(("broken.xlsx", b"PK not a workbook", "application/xlsx"))
    app.run()
    app.button(key="config_import").click().run()
    assert app.error[0].value.startswith("broken.xlsx was not imported:")
    assert config.versions(configured)["version"].tolist() == [2, 1]


def test_the_page_speaks_dutch(configured, app):
    app.session_state["lang"] = "nl"
    app.run()
    choose(app, ("tickets.csv", RESELLER_CSV))
    assert app.title[0].value == "Gegevens"
    assert app.selectbox(key="kind:0:tickets.csv").label == "Het bestand bevat"
    assert app.selectbox(key="map:0:tickets.csv:generic_tickets:ticket_id").label == "Ticketnummer (verplicht)"
    assert list(table(app, "examples").set_index("field").index[:2]) == ["Ticketnummer", "Aangemaakt"]
    app.button(key="import").click().run()
    assert app.success[0].value.startswith("tickets.csv: 2 tickets opgeslagen (2 nieuw, 0 bijgewerkt, 0 ongewijzigd)")
    assert app.selectbox(key="undo_batch").label == "Import om ongedaan te maken"
    assert app.selectbox(key="undo_batch").options == ["Batch 1: tickets.csv (tickets)"]
    assert [tab.label for tab in app.tabs] == ["Kalenders (calendars)", "Normen (policies)", "Crediteringen (credits)",
                                               "Klanten (customers)", "Onderhoud (maintenance)",
                                               "Ontvangers (recipients)", "Ticketlinks (links)", "Gebruikers (users)"]
    assert app.button(key="config_save").label == "Contractafspraken opslaan"


def test_every_field_layout_and_configuration_column_has_a_label_in_both_languages():
    keys = ([f"data.field.{f}" for fields in presets.FIELDS.values() for f in fields]
            + [f"data.preset.{p.name}" for p in presets.PRESETS] + [f"data.kind.{k}" for k in presets.FIELDS]
            + [f"data.cfg.{c}" for columns in config.SHEETS.values() for c in columns])
    missing = [k for k in keys if set(i18n.TEXT.get(k, {})) != {"en", "nl"}]
    assert not missing


# --- the preview engine (sla.imports.mapping) ---

def test_preview_of_a_known_export_names_its_preset_mapping_and_examples():
    shown = mapping.preview(EXPORTS / "zendesk_tickets.csv")
    assert (shown.kind, shown.preset, shown.detected) == ("tickets", "zendesk", "zendesk")
    assert shown.fields[:2] == shown.required == ("ticket_id", "created_at")
    assert shown.mapping["customer"] == "Organization"
    assert shown.table().set_index("field").loc["ticket_id", "examples"] == "4711 · 4712 · 4713"
    assert len(shown.rows) == mapping.SAMPLE_ROWS and list(shown.rows.columns) == list(shown.columns)
    assert shown.missing() == []
    assert shown.missing({"ticket_id": "Id"}) == ["created_at"]


def test_preview_reads_rows_as_the_importer_does(tmp_path):
    path = tmp_path / "export.csv"  # Excel's "CSV" on Windows: cp1252, semicolons, day-first dates
    path.write_bytes("ticket_id;customer;created_at\r\nT-1;Café Noir;01-10-2024 09:00\r\n\r\nT-2;\"A; B\";\r\n"
                     .encode("cp1252"))
    shown = mapping.preview(path, file_name="Export oktober.csv")
    assert shown.file_name == "Export oktober.csv"
    assert shown.rows.values.tolist() == [["T-1", "Café Noir", "01-10-2024 09:00"], ["T-2", "A; B", ""]]


def test_preview_of_an_unknown_file_waits_for_a_kind_then_uses_the_generic_layout(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("colour,size\nred,3\n")
    assert mapping.preview(path).kind is None
    shown = mapping.preview(path, kind="feedback")
    assert (shown.preset, shown.detected, shown.mapping) == ("generic_feedback", None, {})
    assert shown.missing() == ["submitted_at", "score"]
    assert shown.missing(defaults=["customer"]) == ["submitted_at", "score"]
    assert mapping.preview(path, kind="checks").missing({}, ["service"]) == ["checked_at"]


def test_preview_of_an_event_log_needs_no_creation_column(tmp_path):
    shown = mapping.preview(EXPORTS / "helpdesk_log_slice.csv")
    assert shown.preset == "helpdesk_log"
    assert shown.missing({"ticket_id": "Case ID", "activity": "Activity"}) == []


def test_preview_of_a_file_that_cannot_be_read_is_an_import_problem(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(ingest.ImportProblem, match="the file is empty"):
        mapping.preview(empty)


def test_edited_sheets_round_trip_through_import_sheets(configured):
    before = config.in_force(configured)
    config.import_sheets(before, "again", configured)
    after = config.in_force(configured)
    for sheet in config.SHEETS:
        pd.testing.assert_frame_equal(after[sheet], before[sheet])


def test_after_an_import_undo_offers_the_newest_import(db, app):
    ingest.ingest_file(EXPORTS / "feedback_generic.csv", "feedback", db=db)
    ingest.ingest_file(EXPORTS / "checks_generic.csv", "checks", db=db)
    app.run()
    app.selectbox(key="undo_batch").set_value(1).run()  # the user looked at the oldest import
    choose(app, ("tickets.csv", RESELLER_CSV))
    app.button(key="import").click().run()
    assert not app.exception
    assert app.selectbox(key="undo_batch").value == 3  # the import just made, not batch 1


SAMPLES = ROOT / "data"
SAMPLE_KINDS = ("tickets", "checks", "outages", "feedback", "maintenance")


def test_each_sample_file_imports_cleanly_with_one_click_and_the_readme_names_it(db, app):
    at = app
    at.selectbox(key="sample_file").set_value("sample-configuration.xlsx")
    at.button(key="sample_import").click().run()
    assert not at.exception
    assert at.success[0].value == "The configuration in sample-configuration.xlsx is now in force."
    assert len(policies(db)) == 8
    for kind in SAMPLE_KINDS:
        name = f"sample-{kind}.csv"
        with open(SAMPLES / name, newline="", encoding="utf-8") as f:
            rows = len(list(csv.DictReader(f)))
        at.selectbox(key="sample_file").set_value(name)
        at.button(key="sample_import").click().run()
        assert not at.exception
        assert not at.error and not at.warning, name
        assert at.success[0].value.startswith(f"{name}: "), at.success[0].value
        stored = query(db, f"select count(*) from {kind} where batch_id = (select max(batch_id) from batches)")
        assert stored == [(rows,)], name
        assert query(db, "select kind, rows_read, rows_rejected from batches order by batch_id desc limit 1") == [
            (kind, rows, 0)]
    readme = (ROOT / "README.md").read_text()
    assert all(p.name in readme for p in SAMPLES.glob("sample-*")), "the README names every sample file"


def test_ready_only_when_the_preview_rows_pass_the_value_checks_else_how_many_would_be_rejected_and_why(db, app):
    good = "ticket_id,customer,created_at,priority\nT-1,ACME,2025-01-02 10:00,high\nT-2,ACME,2025-01-03 11:00,low\n"
    choose(app, ("good.csv", good))
    assert [c.value for c in app.caption if "Ready" in c.value] == [":material/check_circle: Ready to import."]
    assert not app.warning

    bad = good + "T-3,ACME,gisteren,low\nT-4,ACME,2025-01-04 12:00,low\n"
    choose(app, ("bad.csv", bad))
    assert not [c.value for c in app.caption if "Ready to import" in c.value]
    assert app.warning[0].value.startswith("1 of the 4 preview rows would be rejected")
    [why] = tables(app, "reason")
    assert why[["line", "column", "value"]].values.tolist() == [[4, "created_at", "gisteren"]]
    assert why["reason"].iloc[0].startswith("not a date/time")
    app.button(key="import").click().run()  # the import agrees with the preview
    preview, imported = tables(app, "reason")
    assert imported[["line", "column", "value"]].values.tolist() == [[4, "created_at", "gisteren"]]


def test_what_is_stored_explains_each_count_and_shows_times_in_the_display_time_zone(db, monkeypatch):
    for kind in ("tickets", "feedback"):
        ingest.ingest_file(SAMPLES / f"sample-{kind}.csv", db=db, timezone="Europe/Amsterdam")
    with open(SAMPLES / "sample-tickets.csv", newline="", encoding="utf-8") as f:
        rated = sum(1 for row in csv.DictReader(f) if row["satisfaction"])
    with open(SAMPLES / "sample-feedback.csv", newline="", encoding="utf-8") as f:
        answers = len(list(csv.DictReader(f)))
    monkeypatch.setenv("SLA_DB", str(db))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/data.py").run()
    stored = tables(at, "counted")[0].set_index("kind")
    assert stored.loc["feedback", "rows_stored"] == answers + rated
    assert stored.loc["feedback", "counted"] == (
        f"Survey answers; {rated} of them read from the satisfaction fields of tickets.")
    assert stored["counted"].str.len().min() > 0  # every count says what it counts
    assert stored.loc["tickets", "first_at"] == pd.Timestamp("2025-10-01 09:12", tz="Europe/Amsterdam")
    assert str(tables(at, "imported_at")[0]["imported_at"].dt.tz) == "Europe/Amsterdam"
    assert any("Times in Europe/Amsterdam." in c.value for c in at.caption)
