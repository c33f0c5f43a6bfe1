"""Exports as clients send them (tests/fixtures/exports, provenance in ATTRIBUTION.md): each one imports with no
mapping and no kind given, as the right system, with the right counts and values."""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import EXPORTS, query, snapshot

from sla.imports import ingest
from sla.imports.readers import ImportProblem

# file, preset, rows stored, rows rejected
CORPUS = [
    ("zendesk_durations.csv", "zendesk", 4, 0),
    ("zendesk_nl.csv", "zendesk", 3, 0),
    ("zendesk_explore_report.xlsx", "zendesk_explore", 4, 0),
    ("jira_sm_es.csv", "jira_sm", 4, 0),
    ("servicenow_created.csv", "servicenow_labels", 3, 0),
    ("servicenow_labels_de.csv", "servicenow_labels", 3, 0),
    ("glpi_fr.csv", "glpi", 4, 0),
    ("freshdesk_durations.csv", "freshdesk", 3, 0),
    ("plain_tickets.csv", "generic_tickets", 3, 0),
    ("report_with_title_and_totals.csv", "generic_tickets", 3, 0),
    ("helpdesk_spreadsheetml.xls", "generic_tickets", 2, 0),
    ("uptime_kuma_heartbeat.csv", "uptime_kuma", 6, 0),
    ("kuma.db", "uptime_kuma", 7, 0),
    ("uptimerobot_log_no_header.csv", "uptimerobot", 2, 0),
    ("qualtrics_nps.csv", "qualtrics", 3, 0),
    ("surveymonkey_nps.csv", "surveymonkey", 3, 0),
]


def imported(db, name: str, **options) -> ingest.ImportResult:
    return ingest.ingest_file(EXPORTS / name, db=db, timezone=options.pop("timezone", "UTC"), **options)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(("name", "preset", "stored", "rejected"), CORPUS, ids=[c[0] for c in CORPUS])
def test_every_export_imports_without_a_mapping_with_the_right_counts(db, name, preset, stored, rejected):
    result = imported(db, name)

    assert (result.preset, result.rows_stored, result.rows_rejected) == (preset, stored, rejected)
    assert result.detection.confidence in ("high", "medium")
    assert imported(db, name).already_imported_as == result.batch_id  # the very same file again changes nothing


def test_zendesk_durations_become_stops_and_business_minutes_stay_the_sources_figure(db):
    result = imported(db, "zendesk_durations.csv")

    rows = query(db, "select ticket_id, created_at, first_response_at, resolved_at, "
                     "source_first_response_business_minutes from stg_tickets order by ticket_id")
    assert rows[0] == ("5101", utc("2024-03-04 07:12"), utc("2024-03-04 07:47"), utc("2024-03-04 13:02"), 35.0)
    assert rows[1][2:] == (utc("2024-03-05 07:40"), utc("2024-03-05 09:30"), 80.0)  # 900 calendar minutes
    assert rows[3][2:] == (None, None, None)  # not answered yet
    assert "first response: from created + 'First reply time in minutes' (minutes, calendar time); 3 of 4 " \
           "tickets have one (the others: not yet)." in result.stops
    assert any("not used as a stop" in line for line in result.stops)


def test_clock_durations_past_24_hours_and_zero_clocks_mean_not_yet(db):
    imported(db, "freshdesk_durations.csv")

    assert query(db, "select ticket_id, first_response_at, resolved_at, source_resolution_met from stg_tickets "
                     "order by ticket_id") == [
        ("3101", utc("2024-02-01 09:30"), utc("2024-03-03 16:43:29"), False),  # 751:43:29 after creation
        ("3102", utc("2024-02-02 11:15"), utc("2024-02-02 12:00"), True),
        ("3103", None, None, None),  # 00:00:00: not yet
    ]


def test_localized_headers_and_values_become_the_systems_own(db):
    imported(db, "jira_sm_es.csv")
    imported(db, "zendesk_nl.csv")
    imported(db, "glpi_fr.csv")

    assert query(db, "select source, ticket_id, priority, status, customer, created_at, resolved_at from stg_tickets "
                     "where ticket_id in ('MDA-101', '7001', '1203') order by ticket_id") == [
        ("glpi", "1203", "low", "open", "Hôpital Nord", utc("2024-09-03 09:00"), None),
        ("zendesk", "7001", "high", "solved", "Gemeente Utrecht", utc("2024-05-13 09:05"), utc("2024-05-13 10:40")),
        ("jira", "MDA-101", "high", "resolved", "Agrícola Sur", utc("2026-04-06 00:09"), utc("2026-04-06 09:35")),
    ]
    assert query(db, "select ticket_id, score, scale_max from stg_feedback order by ticket_id") == [
        ("7001", 1.0, 1.0), ("7002", 0.0, 1.0)]  # Goed, Slecht; Niet aangeboden: no survey


def test_an_explore_workbook_is_read_from_its_data_sheet_with_date_and_hour_joined_and_totals_left_out(db):
    result = imported(db, "zendesk_explore_report.xlsx")

    assert result.where == ("read sheet 'Tickets' (also in the workbook: Summary; choose another with --sheet); "
                            "header in row 3; 'Ticket created - Date' and 'Ticket created - Hour' read as one moment.")
    assert result.dropped[["line", "reason"]].values.tolist() == [
        [8, "a totals row, not data"], [10, "a note under the table, not data"]]
    assert query(db, "select ticket_id, created_at, first_response_at, resolved_at from stg_tickets "
                     "where ticket_id = '8801'") == [
        ("8801", utc("2024-03-04 09:00"), utc("2024-03-04 09:42"), utc("2024-03-04 14:30"))]


def test_another_sheet_is_read_with_sheet_and_an_unknown_sheet_is_a_clear_error(db):
    with pytest.raises(ImportProblem) as problem:
        imported(db, "zendesk_explore_report.xlsx", sheet="Pivot")
    assert str(problem.value) == ("zendesk_explore_report.xlsx: there is no sheet 'Pivot'; sheets: Summary, "
                                  "Tickets.")
    with pytest.raises(ImportProblem) as problem:
        imported(db, "zendesk_explore_report.xlsx", sheet="Summary")
    assert "could not tell what kind of export this is" in str(problem.value)
    assert snapshot(db) == {}


def test_uptime_kuma_names_monitors_from_its_database_and_times_are_utc(db):
    imported(db, "kuma.db", timezone=None)

    assert query(db, "select service, count(*), count(*) filter (where not is_up) from stg_checks group by 1 "
                     "order by 1") == [("Payments API", 3, 1), ("Webshop", 4, 1)]
    assert query(db, "select min(checked_at) from stg_checks") == [(utc("2024-08-01 00:00"),)]


def test_survey_exports_skip_their_extra_header_rows_and_read_nps(db):
    qualtrics = imported(db, "qualtrics_nps.csv", timezone=None)
    imported(db, "surveymonkey_nps.csv")

    assert qualtrics.where == "2 more header row(s) under it skipped; times in Europe/Amsterdam, as the file says."
    assert query(db, "select response_id, customer, kind, score, submitted_at from stg_feedback "
                     "order by submitted_at") == [
        ("R_1aB2cD3eF4gH5iJ", "Acme Retail", "nps", 9.0, utc("2024-11-04 08:02:41")),
        ("114385230951", "Acme Retail", "nps", 10.0, utc("2024-11-04 09:13:40")),
        ("R_2kL3mN4oP5qR6sT", "Acme Retail", "nps", 6.0, utc("2024-11-04 09:16:06")),
        ("114385231062", "Borealis Bank", "nps", 7.0, utc("2024-11-04 13:22:00")),
        ("114385231175", "Acme Retail", "nps", 3.0, utc("2024-11-05 08:06:30")),
        ("R_3uV4wX5yZ6aB7cD", "Borealis Bank", "nps", 10.0, utc("2024-11-05 13:31:01")),
    ]


def test_an_uptimerobot_log_without_header_is_read_in_its_column_order(db):
    result = imported(db, "uptimerobot_log_no_header.csv")

    assert result.where == "the file has no header row: columns taken in the order of the preset."
    assert query(db, "select service, started_at, ended_at from stg_outages order by started_at") == [
        ("Webshop", utc("2019-03-04 10:12:45"), utc("2019-03-04 10:16:45")),
        ("Payments API", utc("2019-03-05 22:01:10"), utc("2019-03-05 22:48:10")),
    ]


def test_the_cli_summary_says_how_sure_and_which_column_fed_which_field(sla):
    run = sla("ingest", "auto", EXPORTS / "jira_sm_es.csv", "--timezone", "UTC")

    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0] == "jira_sm_es.csv: tickets export, preset jira_sm; batch 1."
    assert lines[1].startswith("  detected: sure (score 21: 9 columns recognised; 3 that only Jira has "
                               "(Clave de incidencia, ")
    assert "values like this system's in ticket_id, created_at" in lines[1]
    assert "ticket_id <- 'Clave de incidencia'" in lines[2] and "created_at <- 'Creada'" in lines[2]


def test_a_file_that_fits_nothing_names_the_nearest_layout_and_what_it_lacks(db, write):
    path = write("desk.csv", "Issue key,Summary,Priority\nSD-1,Printer,High\n")

    with pytest.raises(ImportProblem) as problem:
        ingest.ingest_file(path, db=db)

    assert str(problem.value) == (
        "desk.csv: could not tell what kind of export this is from its columns (Issue key, Summary, Priority). "
        "The nearest layout is jira_sm (Jira Service Management CSV export (\"all fields\")): it found Issue key, "
        "Priority, Summary but lacks created_at (looked for: Created); choose the kind and map the columns.")
    assert snapshot(db) == {}


def test_a_binary_xls_is_refused_with_what_to_do(db, write):
    biff = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200) + "Workbook".encode("utf-16-le") + bytes(200)

    with pytest.raises(ImportProblem) as problem:
        ingest.ingest_file(write("export.xls", biff), "tickets", db=db)

    assert str(problem.value) == (
        "export.xls: this is an old binary Excel .xls workbook (Excel 97-2003), which cannot be read; open it in "
        "Excel or LibreOffice, save it as .xlsx (or CSV) and import that.")
