"""`python -m sla` as a user, a scheduled job or a script meets it: summaries, exit codes, one-line errors."""

from __future__ import annotations

from conftest import EXPORTS, query, snapshot

GOOD = "ticket_id,customer,created_at,resolved_at\nT1,ACME,2024-03-01 09:00,2024-03-01 12:00\n"
MIXED = (
    "ticket_id,customer,created_at,resolved_at\n"
    "T1,ACME,2024-03-01 09:00,2024-03-01 12:00\n"
    "T2,ACME,2024-03-01 09:00,2024-03-01 08:00\n"
    "T3,ACME,2024-03-01 09:00,2024-03-01 10:00,surplus\n"
)
OPENED_ON = "Ticket,Opened on,Customer\nINC7,31-12-2024 23:10,ACME\n"


def test_ingest_prints_preset_counts_and_the_first_rejects(sla, write):
    run = sla("ingest", "tickets", write("mixed.csv", MIXED), "--timezone", "UTC")

    assert run.code == 0
    assert run.out.splitlines() == [
        "mixed.csv: tickets export, preset generic_tickets; batch 1.",
        "  detected: sure (score 8: 4 columns recognised; 2 that only our generic layout has (ticket_id, created_at); "
        "next best: helpdesk_log).",
        "  columns: ticket_id <- 'ticket_id', customer <- 'customer', created_at <- 'created_at', "
        "resolved_at <- 'resolved_at'.",
        "  first response: no column for it in the file.",
        "  resolution: from 'resolved_at'; 1 of 1 tickets have one (the others: not yet).",
        "  rows read 3, stored 1 (new 1, updated 0, unchanged 0), rejected 2.",
        "  rejected row 3, column 'resolved_at': resolved before created (value: '2024-03-01 08:00')",
        "  rejected row 4: malformed row: Expected Number of Columns: 4 Found: 5 "
        "(value: 'T3,ACME,2024-03-01 09:00,2024-03-01 10:00,surplus')",
    ]


def test_the_summary_shows_twenty_rejects_and_counts_the_rest(sla, write):
    rows = "".join(f"T{i},ACME,someday\n" for i in range(25))
    run = sla("ingest", "tickets", write("dates.csv", "ticket_id,customer,created_at\nT,ACME,2024-03-01 09:00\n"
                                          + rows))

    lines = run.out.splitlines()
    assert run.code == 0
    assert "  rows read 26, stored 1 (new 1, updated 0, unchanged 0), rejected 25." in lines
    assert sum(line.startswith("  rejected row ") for line in lines) == 20
    assert lines[-1] == "  ... and 5 more rejected rows."


def test_rows_without_customer_are_stored_under_no_customer_and_the_summary_says_so(sla, write, db):
    run = sla("ingest", "tickets", write("anon.csv", "ticket_id,created_at\nT1,2024-03-01 09:00\n"))

    assert "  1 rows name no customer; they are stored under '(no customer)'" in run.out
    assert query(db, "select customer from stg_tickets") == [("(no customer)",)]


def test_customer_option_names_the_customer_of_every_row(sla, write, db):
    sla("ingest", "tickets", write("anon.csv", "ticket_id,created_at\nT1,2024-03-01 09:00\n"), "--customer",
        "Gemeente Utrecht")

    assert query(db, "select customer from stg_tickets") == [("Gemeente Utrecht",)]


def test_batches_lists_imports_and_undo_removes_one(sla, write, db):
    assert sla("batches").out == "No imports yet.\n"
    sla("ingest", "tickets", write("september.csv", GOOD))
    sla("ingest", "checks", EXPORTS / "nab_ec2_latency_slice.csv", "--service", "ec2-latency")

    listed = sla("batches")
    assert listed.code == 0
    lines = listed.out.splitlines()
    assert lines[0].split() == ["batch_id", "kind", "file_name", "preset", "rows_read", "rows_stored",
                                "rows_rejected", "imported_at"]
    assert [line.split()[:7] for line in lines[1:]] == [
        ["2", "checks", "nab_ec2_latency_slice.csv", "nab", "60", "60", "0"],
        ["1", "tickets", "september.csv", "generic_tickets", "1", "1", "0"],
    ]

    undone = sla("undo", "2")

    assert (undone.code, undone.out) == (0, "Batch 2 (checks, nab_ec2_latency_slice.csv) removed.\n")
    assert query(db, "select count(*) from checks") == [(0,)]
    assert [line.split()[0] for line in sla("batches").out.splitlines()[1:]] == ["1"]


def test_undo_of_an_unknown_batch_is_a_clear_error(sla, write):
    sla("ingest", "tickets", write("september.csv", GOOD))

    run = sla("undo", "7")

    assert (run.code, run.err) == (2, "error: there is no batch 7; see `batches` for the list.\n")


def test_the_same_file_twice_says_already_imported(sla, write, db):
    path = write("september.csv", GOOD)
    sla("ingest", "tickets", path)
    before = snapshot(db)

    run = sla("ingest", "tickets", path)

    assert (run.code, run.out) == (0, "september.csv: already imported as batch 1; nothing changed.\n")
    assert snapshot(db) == before


def test_map_points_fields_at_the_columns_of_the_file(sla, write, db):
    run = sla("ingest", "tickets", write("servicedesk.csv", OPENED_ON), "--map", "ticket_id=Ticket",
              "--map", "created_at=Opened on", "--timezone", "Europe/Amsterdam")

    assert run.code == 0 and "rows read 1, stored 1" in run.out
    assert query(db, "select ticket_id, customer, strftime(created_at, '%Y-%m-%d %H:%M') from stg_tickets") == [
        ("INC7", "ACME", "2024-12-31 22:10")]


def test_map_naming_a_column_that_is_not_there_is_a_clear_error(sla, write, db):
    run = sla("ingest", "tickets", write("servicedesk.csv", OPENED_ON), "--map", "ticket_id=Ticket",
              "--map", "created_at=Opened at")

    assert run.code == 1
    assert run.err == ("not imported: servicedesk.csv: column 'Opened at' (mapped to created_at) is not in the "
                       "file; columns: Ticket, Opened on, Customer.\n")
    assert snapshot(db) == {}


def test_map_of_an_unknown_field_or_without_equals_sign_is_a_clear_error(sla, write):
    path = write("servicedesk.csv", OPENED_ON)

    unknown = sla("ingest", "tickets", path, "--map", "opened=Opened on")
    no_equals = sla("ingest", "tickets", path, "--map", "created_at")

    assert unknown.code == 1
    assert unknown.err.startswith("servicedesk.csv: not imported: --map opened=...: tickets have no field 'opened'; "
                                  "fields: ticket_id, customer,")
    assert (no_equals.code, no_equals.err) == (
        2, "error: --map 'created_at': expected FIELD=COLUMN, e.g. created_at=\"Opened on\".\n")


def test_missing_required_columns_name_what_was_looked_for(sla, write, db):
    run = sla("ingest", "tickets", write("servicedesk.csv", OPENED_ON))

    assert run.code == 1
    assert run.err == (
        "not imported: servicedesk.csv: missing required column(s) for tickets: ticket_id (looked for: ticket_id, "
        "ticket id, id); created_at (looked for: created_at, created, created at, opened, opened at, date created, "
        "creation date, submitted). Map them with --map FIELD=COLUMN (columns in "
        "the file: Ticket, Opened on, Customer).\n")
    assert snapshot(db) == {}


def test_unknown_kind_is_an_argparse_error(sla, write):
    run = sla("ingest", "incidents", write("servicedesk.csv", OPENED_ON))

    assert run.code == 2
    assert "argument kind: invalid choice: 'incidents'" in run.err


def test_unknown_time_zone_and_preset_are_clear_errors(sla, write, db):
    path = write("september.csv", GOOD)

    zone = sla("ingest", "tickets", path, "--timezone", "Mars/Base")
    preset = sla("ingest", "tickets", path, "--preset", "remedy")
    wrong_kind = sla("ingest", "tickets", path, "--preset", "nab")

    assert zone.code == preset.code == wrong_kind.code == 1
    assert zone.err == ("september.csv: not imported: unknown time zone 'Mars/Base' (use a name like "
                        "Europe/Amsterdam or UTC).\n")
    assert preset.err.startswith("september.csv: not imported: unknown preset 'remedy'; known: ")
    assert wrong_kind.err == "september.csv: not imported: preset nab is for checks, not tickets.\n"
    assert query(db, "select count(*) from batches") == [(0,)]


def test_a_file_that_is_not_there_or_not_a_table(sla, write, tmp_path):
    missing = sla("ingest", "tickets", tmp_path / "nothere.csv")
    picture = sla("ingest", "tickets", write("logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)))

    assert (missing.code, missing.err) == (1, "not imported: nothere.csv: file not found.\n")
    assert (picture.code, picture.err) == (
        1, "not imported: logo.png: this is not a CSV or XLSX file (it contains binary data).\n")


def test_several_files_import_the_good_ones_and_exit_non_zero_for_the_bad_one(sla, write, db):
    run = sla("ingest", "tickets", write("good.csv", GOOD), write("empty.csv", b""))

    assert run.code == 1
    assert run.out.startswith("good.csv: tickets export, preset generic_tickets; batch 1.")
    assert run.err == "not imported: empty.csv: the file is empty.\n"
    assert query(db, "select file_name from batches") == [("good.csv",)]


def test_as_a_real_process_success_is_exit_0_and_a_user_error_has_no_traceback(sla_process, write):
    ok = sla_process("ingest", "tickets", write("mixed.csv", MIXED))
    bad = sla_process("ingest", "tickets", write("archive.xlsx", b"PK\x03\x04" + bytes(64)))
    wrong = sla_process("ingest", "incidents", write("x.csv", GOOD))

    assert ok.code == 0 and "rows read 3, stored 1 (new 1, updated 0, unchanged 0), rejected 2." in ok.out
    assert (bad.code, bad.err) == (
        1, "not imported: archive.xlsx: this is not a CSV or XLSX file (damaged zip/xlsx).\n")
    assert wrong.code == 2 and "invalid choice: 'incidents'" in wrong.err


def test_settings_are_listed_changed_and_checked(sla):
    assert "report_timezone = Europe/Amsterdam" in sla("setting").out.splitlines()
    assert sla("setting", "smtp_host", "mail.example.org").code == 0
    assert sla("setting", "smtp_host").out == "mail.example.org\n"
    wrong = sla("setting", "report_timezone", "Mars/Base")
    assert wrong.code == 2 and "is not a time zone like Europe/Amsterdam" in wrong.err
    unknown = sla("setting", "colour", "blue")
    assert unknown.code == 2 and "unknown setting 'colour'; known: timezone, report_timezone" in unknown.err
