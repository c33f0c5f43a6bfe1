"""The importer as a user meets it: odd exports read right, event logs collapse, re-imports change nothing or
update, bad rows are reported exactly, fatal files leave the store untouched, kills and locks do no harm,
and the public data sets import with their known figures."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import signal
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from conftest import EXPORTS, REPO, SHARED_DATA, query, sla_command, snapshot

from sla.imports import ingest
from sla.imports.readers import ImportProblem

UTC = "UTC"
AMS = "Europe/Amsterdam"


def ts(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def tickets(db: Path, columns: str = "ticket_id, customer, created_at, paused_minutes") -> dict[str, tuple]:
    """Current tickets by id: the chosen columns after the id."""
    return {r[0]: r[1:] for r in query(db, f"select {columns} from stg_tickets order by ticket_id")}


def table_csv(rows: list[list[str]], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


# --- 1. European and odd formats -----------------------------------------------------------------------------

EUROPEAN_ROWS = [
    ["ticket_id", "customer", "created_at", "paused_minutes"],
    ["1", "Café Müller", "31-12-2024 23:10", "4,5"],
    ["2", "€ Shop", "01-07-2024 12:00", "1.234,5"],
]
EUROPEAN_STORED = {  # naive Amsterdam times stored as UTC: winter -1 h, summer -2 h
    "1": ("Café Müller", ts("2024-12-31 22:10"), 4.5),
    "2": ("€ Shop", ts("2024-07-01 10:00"), 1234.5),
}


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8-sig", ","),  # UTF-8 with BOM (Excel "CSV UTF-8"); the decimal commas are quoted
        ("utf-16", "\t"),  # Excel "Unicode text": UTF-16 LE with BOM, tab-delimited, CRLF
        ("cp1252", ";"),  # Excel "CSV" on a Dutch Windows
        ("utf-8", "|"),
    ],
    ids=["utf8-bom-comma", "utf16-tab", "cp1252-semicolon", "utf8-pipe"],
)
def test_european_exports_store_the_same_values_in_any_encoding_and_delimiter(
    db, write, encoding, delimiter
):
    path = write("export.csv", table_csv(EUROPEAN_ROWS, delimiter), encoding)

    result = ingest.ingest_file(path, "tickets", db=db, timezone=AMS)

    assert (result.rows_read, result.rows_stored, result.rows_rejected) == (2, 2, 0)
    assert tickets(db) == EUROPEAN_STORED


def test_cp1252_file_whose_first_accent_comes_after_the_first_megabyte(db, write):
    # The encoding is decided on the whole file, not on a first block that happens to be plain ASCII.
    subject = "printer on the third floor does not print " * 5
    filler = "".join(f"{i};ACME;{subject};01-03-2024 10:00\r\n" for i in range(1, 5001))
    path = write("late.csv", "ticket_id;customer;subject;created_at\r\n" + filler
                 + "5001;Café Müller;€ 5 refund;01-03-2024 10:00\r\n", "cp1252")
    assert path.stat().st_size > 1 << 20

    result = ingest.ingest_file(path, "tickets", db=db, timezone=UTC)

    assert (result.rows_stored, result.rows_rejected) == (5001, 0)
    assert query(db, "select customer, subject from stg_tickets where ticket_id = '5001'") == [
        ("Café Müller", "€ 5 refund")]


@pytest.mark.parametrize(
    ("written", "timezone", "stored"),
    [
        ("29/2/2016 01:16", AMS, "2016-02-29 00:16"),  # day-first, no leading zero, leap day
        ("31-12-2024 23:10", AMS, "2024-12-31 22:10"),
        ("2024-07-01 12:00:00", AMS, "2024-07-01 10:00"),  # ISO, summer time
        ("2024-10-01T09:00:00", AMS, "2024-10-01 07:00"),
        ("05/Mar/24 2:15 PM", AMS, "2024-03-05 13:15"),  # Jira
        ("2024-10-01T09:00:00+02:00", "America/New_York", "2024-10-01 07:00"),  # an explicit offset wins
        ("2024-10-01 09:00:00Z", AMS, "2024-10-01 09:00"),
        ("2012/10/09 14:50:17.000", "Europe/Rome", "2012-10-09 12:50:17"),  # the helpdesk log
    ],
)
def test_date_layouts_are_read_and_stored_as_utc(db, write, written, timezone, stored):
    path = write("dates.csv", f"ticket_id;created_at\n1;{written}\n")

    ingest.ingest_file(path, "tickets", db=db, timezone=timezone)

    assert query(db, "select created_at from stg_tickets") == [(ts(stored),)]


def test_placeholders_are_read_as_missing_not_as_errors(db, write):
    path = write("placeholders.csv", (
        "ticket_id,customer,created_at,first_response_at,resolved_at,paused_minutes\n"
        "1,?,2024-03-01 09:00:00,1900-01-01 00:00:00,-,?\n"
        "2,-,2024-03-01 09:00:00,?,1900-01-01 00:00:00,-\n"
    ))

    result = ingest.ingest_file(path, "tickets", db=db, timezone=UTC)

    assert (result.rows_stored, result.rows_rejected, result.no_customer_rows) == (2, 0, 2)
    assert tickets(db, "ticket_id, customer, first_response_at, resolved_at, paused_minutes") == {
        "1": ("(no customer)", None, None, None),
        "2": ("(no customer)", None, None, None),
    }


def test_xlsx_with_excel_serial_dates_date_cells_and_a_blank_row(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ticket_id", "customer", "created_at", "resolved_at", "paused_minutes"])
    ws.append([101, "Café Müller", 45657.9652777778, dt.datetime(2025, 1, 2, 10, 0), 4.5])  # a number cell
    ws.append(["A-2", "€ Shop", 45474.5, None, "4,5"])  # typed as text by a Dutch user
    ws.append([None, None, None, None, None])  # an empty row: skipped, but it keeps its row number
    ws.append([103, "ACME", "not a date", None, None])
    path = tmp_path / "export.xlsx"
    wb.save(path)

    result = ingest.ingest_file(path, "tickets", db=db, timezone=AMS)

    assert (result.rows_read, result.rows_stored, result.rows_rejected) == (3, 2, 1)
    assert tickets(db, "ticket_id, customer, created_at, resolved_at, paused_minutes") == {
        "101": ("Café Müller", ts("2024-12-31 22:10"), ts("2025-01-02 09:00"), 4.5),
        "A-2": ("€ Shop", ts("2024-07-01 10:00"), None, 4.5),
    }
    assert result.rejects[["line", "column", "value"]].values.tolist() == [[5, "created_at", "not a date"]]


def test_reject_row_numbers_count_empty_lines_and_multi_line_cells_like_a_spreadsheet(db, write):
    path = write("gaps.csv", (
        'ticket_id,subject,created_at\n'        # row 1
        '1,"two\n\nparagraphs",2024-03-01 09:00\n'  # row 2: one cell with an empty line inside
        '\n'                                    # row 3: empty
        '2,fine,2024-03-01 09:00\n'             # row 4
        '3,bad,someday\n'                       # row 5
        ',,\n'                                  # row 6: empty cells only
        '4,bad,never\n'                         # row 7
    ))

    result = ingest.ingest_file(path, "tickets", db=db, timezone=UTC)

    assert result.rejects[["line", "value"]].values.tolist() == [[5, "someday"], [7, "never"]]
    assert query(db, "select subject from stg_tickets where ticket_id = '1'") == [("two\n\nparagraphs",)]
    assert (result.rows_read, result.rows_stored) == (4, 2)


def test_mostly_malformed_rows_are_reported_one_by_one_with_the_right_row_numbers(db, write):
    # Consecutive malformed rows shift the rows after them together; so many of them must not stop the import.
    path = write("shifted.csv", (
        "ticket_id,created_at\n"
        "1,2024-03-01 09:00,x\n"
        "2,2024-03-01 09:00,x\n"
        "3,2024-03-01 09:00,x\n"
        "4,someday\n"
        "5,2024-03-01 09:00\n"
    ))

    result = ingest.ingest_file(path, "tickets", db=db, timezone=UTC)

    assert result.rejects[["line", "value"]].values.tolist() == [
        [2, "1,2024-03-01 09:00,x"], [3, "2,2024-03-01 09:00,x"], [4, "3,2024-03-01 09:00,x"], [5, "someday"]]
    assert tickets(db, "ticket_id") == {"5": ()}


# --- 2. Event logs collapse to one ticket ------------------------------------------------------------------

def test_event_log_collapses_to_the_latest_state_with_first_response_and_resolution(db, write):
    # ServiceNow-style: one row per update; the file is not in time order, the update time decides.
    path = write("events.csv", (
        "ticket_id,status,priority,created_at,updated_at,first_response_at,resolved_at\n"
        "INC1,New,3,2024-03-01 09:00,2024-03-01 09:00,,\n"
        "INC1,Resolved,2,2024-03-01 09:00,2024-03-01 15:00,2024-03-01 09:30,2024-03-01 15:00\n"
        "INC1,Active,2,2024-03-01 09:00,2024-03-01 09:30,2024-03-01 09:30,\n"
        "INC2,New,4,2024-03-02 08:00,2024-03-02 08:00,,\n"
        "INC2,Resolved,4,2024-03-02 08:00,2024-03-02 10:00,2024-03-02 08:20,2024-03-02 10:00\n"
        "INC2,Active,4,2024-03-02 08:00,2024-03-03 09:00,2024-03-02 08:20,\n"  # reopened: not resolved now
        "INC3,New,1,2024-03-04 12:00,2024-03-04 12:00,,\n"
    ))

    result = ingest.ingest_file(path, "tickets", db=db, timezone=UTC)

    assert (result.rows_read, result.rows_stored, result.rows_new) == (7, 3, 3)
    assert tickets(db, "ticket_id, status, priority, created_at, updated_at, first_response_at, resolved_at") == {
        "INC1": ("Resolved", "2", ts("2024-03-01 09:00"), ts("2024-03-01 15:00"), ts("2024-03-01 09:30"),
                 ts("2024-03-01 15:00")),
        "INC2": ("Active", "4", ts("2024-03-02 08:00"), ts("2024-03-03 09:00"), ts("2024-03-02 08:20"), None),
        "INC3": ("New", "1", ts("2024-03-04 12:00"), ts("2024-03-04 12:00"), None, None),
    }


def test_activity_log_collapses_with_the_helpdesk_preset(db):
    # 58 events of cases 1-13 of the public helpdesk log, Italian local time.
    result = ingest.ingest_file(EXPORTS / "helpdesk_log_slice.csv", "tickets", db=db, timezone="Europe/Rome")

    assert (result.preset, result.rows_read, result.rows_stored, result.rows_rejected) == ("helpdesk_log", 58, 13, 0)
    got = tickets(db, "ticket_id, priority, created_at, first_response_at, resolved_at, closed_at")
    # Case 5 was taken in charge and resolved twice: first response is the first take-in-charge, resolution
    # the last "Resolve ticket". Summer time: UTC = Rome - 2 h.
    assert got["Case 5"] == ("Value 3", ts("2012-04-03 11:08:32"), ts("2012-04-03 11:45:33"),
                             ts("2012-04-03 14:07:28"), ts("2012-05-25 11:10:28"))
    # Case 1's service level changed from Value 1 to Value 2: the latest state wins.
    assert got["Case 1"] == ("Value 2", ts("2012-10-09 12:50:17"), ts("2012-10-09 12:51:01"),
                             ts("2012-10-25 09:54:26"), ts("2012-11-09 11:54:39"))
    # Case 9 starts with "Insert ticket" (winter/summer: May, so -2 h).
    assert got["Case 9"][1:3] == (ts("2010-05-07 11:02:21"), ts("2010-05-24 08:26:28"))


# --- 3. Re-imports ---------------------------------------------------------------------------------------------

def test_the_very_same_file_twice_changes_nothing(db):
    path = EXPORTS / "helpdesk_log_slice.csv"
    first = ingest.ingest_file(path, "tickets", db=db, timezone="Europe/Rome")
    before = snapshot(db)

    again = ingest.ingest_file(path, "tickets", db=db, timezone="Europe/Rome")

    assert again.already_imported_as == first.batch_id
    assert again.summary() == [f"helpdesk_log_slice.csv: already imported as batch {first.batch_id}; nothing changed."]
    assert snapshot(db) == before


SEPTEMBER = (
    "ticket_id,customer,status,created_at,updated_at,resolved_at\n"
    "T1,ACME,Open,2024-09-02 09:00,2024-09-02 09:00,\n"
    "T2,ACME,Open,2024-09-20 09:00,2024-09-21 10:00,\n"
    "T3,Globex,Solved,2024-09-25 09:00,2024-09-26 12:00,2024-09-26 12:00\n"
)
OCTOBER = (  # the export of the last 60 days: September's tickets again, T1 and T2 updated, and a new one
    "ticket_id,customer,status,created_at,updated_at,resolved_at\n"
    "T1,ACME,Solved,2024-09-02 09:00,2024-10-01 08:00,2024-10-01 08:00\n"
    "T2,ACME,Pending,2024-09-20 09:00,2024-10-03 10:00,\n"
    "T3,Globex,Solved,2024-09-25 09:00,2024-09-26 12:00,2024-09-26 12:00\n"
    "T4,Globex,Open,2024-10-10 09:00,2024-10-10 09:00,\n"
)


def test_overlapping_export_updates_tickets_and_undo_brings_back_the_earlier_versions(db, write):
    ingest.ingest_file(write("september.csv", SEPTEMBER), "tickets", db=db, timezone=UTC)
    september = query(db, "select * from stg_tickets order by ticket_id")

    october = ingest.ingest_file(write("october.csv", OCTOBER), "tickets", db=db, timezone=UTC)

    assert (october.rows_new, october.rows_updated, october.rows_unchanged) == (1, 2, 1)
    assert query(db, "select count(*), count(distinct ticket_id) from stg_tickets") == [(4, 4)]
    assert tickets(db, "ticket_id, status, resolved_at") == {
        "T1": ("Solved", ts("2024-10-01 08:00")), "T2": ("Pending", None),
        "T3": ("Solved", ts("2024-09-26 12:00")), "T4": ("Open", None),
    }

    ingest.undo(october.batch_id, db)

    assert query(db, "select * from stg_tickets order by ticket_id") == september


# --- 4. Bad inputs -----------------------------------------------------------------------------------------------

BAD_ROWS = (
    "ticket_id,customer,created_at,first_response_at,resolved_at,satisfaction\n"  # row 1
    "T1,ACME,2024-03-01 09:00,2024-03-01 09:30,2024-03-01 12:00,5\n"          # row 2: fine
    "T2,ACME,2024-03-01 09:00,,2024-03-01 08:00,\n"                           # row 3
    "T3,ACME,2024-03-01 09:00,yesterday,,\n"                                  # row 4
    ",ACME,2024-03-01 09:00,,,\n"                                             # row 5
    "T5,ACME,2024-03-01 09:00,,,7\n"                                          # row 6
    "T6,ACME,2024-03-01 09:00,,,4,extra\n"                                    # row 7
    "T7,ACME,2024-03-01 09:00,2024-03-01 08:59,,\n"                           # row 8
    "T8,ACME,,,,\n"                                                           # row 9
    "T9,ACME,2024-03-01 09:00,2024-03-01 10:00,2024-03-01 09:59,\n"           # row 10
    'T10,"ACME, Inc",2024-03-02 09:00,,,good\n'                               # row 11: fine
    "T11,ACME,2024-02-30 09:00,,,\n"                                          # row 12
    "T12,ACME,2024-03-01 09:00,,,very happy\n"                                # row 13
    "T13,ACME\n"                                                              # row 14
    "T14,ACME,2024-03-01 09:00,,,3\n"                                         # row 15: fine
)
DATE_REASON = "not a date/time like the rest of this column (e.g. 2024-12-31 23:10)"
BAD_REJECTS = [  # row, column, value, reason: as the user sees them
    (3, "resolved_at", "2024-03-01 08:00", "resolved before created"),
    (4, "first_response_at", "yesterday", DATE_REASON),
    (5, "ticket_id", None, "missing ticket id"),
    (6, "satisfaction", "7", "satisfaction score out of range 1-5"),
    (7, None, "T6,ACME,2024-03-01 09:00,,,4,extra", "malformed row: Expected Number of Columns: 6 Found: 7"),
    (8, "first_response_at", "2024-03-01 08:59", "first response before created"),
    (9, "created_at", None, "missing created date/time"),
    (10, "resolved_at", "2024-03-01 09:59", "resolved before first response"),
    (12, "created_at", "2024-02-30 09:00", DATE_REASON),
    (13, "satisfaction", "very happy", "not a satisfaction score (expected a number, good, bad or offered)"),
    (14, None, "T13,ACME", "malformed row: Expected Number of Columns: 6 Found: 2"),
]


def test_each_bad_row_is_rejected_with_row_column_and_reason_and_the_good_rows_are_stored(db, write):
    result = ingest.ingest_file(write("bad.csv", BAD_ROWS), "tickets", db=db, timezone=UTC)

    assert (result.rows_read, result.rows_stored, result.rows_rejected) == (14, 3, 11)
    assert query(db, "select line, \"column\", value, reason from rejects where file_name = 'bad.csv' "
                     "order by line") == BAD_REJECTS
    assert tickets(db, "ticket_id, customer") == {"T1": ("ACME",), "T10": ("ACME, Inc",), "T14": ("ACME",)}
    assert query(db, "select ticket_id, score, scale_max from feedback order by ticket_id") == [
        ("T1", 5.0, 5.0), ("T10", 1.0, 1.0), ("T14", 3.0, 5.0),
    ]
    assert query(db, "select rows_read, rows_stored, rows_rejected from batches") == [(14, 3, 11)]


def test_implausible_dates_and_durations_are_rejected_and_other_systems_placeholders_are_missing(db, write):
    path = write("odd.csv", (
        "Id,Created at,Solved at,First reply time in minutes\n"  # Zendesk
        "1,2024-03-01 09:00:00,9999-12-31 23:59:59,30\n"           # row 2: "never" solved: missing
        "2,2024-03-01 09:00:00,0001-01-01 00:00:00,\n"             # row 3: .NET's empty date: missing
        "3,2204-03-01 09:00:00,,\n"                                # row 4: a typo in the year
        "4,1970-01-01 00:00:00,,\n"                                # row 5: Unix time zero
        "5,2024-03-01 09:00:00,,1e12\n"                            # row 6
    ))

    result = ingest.ingest_file(path, "tickets", db=db, timezone=UTC)

    assert result.rejects.values.tolist() == [
        [4, "Created at", "2204-03-01 09:00:00", "date out of range (expected 1990 to 2099)"],
        [5, "Created at", "1970-01-01 00:00:00", "date out of range (expected 1990 to 2099)"],
        [6, "First reply time in minutes", "1e12", "first response time out of range (over 10 years)"],
    ]
    assert tickets(db, "ticket_id, resolved_at, first_response_at") == {
        "1": (None, ts("2024-03-01 09:30")), "2": (None, None)}


def _random_bytes() -> bytes:
    return random.Random(7).randbytes(4096)


def _zip_without_workbook() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("notes.txt", "hello")
    return out.getvalue()


FATAL_FILES = [  # file name, content, the words the one sentence must carry
    ("columns.csv", b"Ticket,Opened on\nINC1,2024-03-01 09:00\n",
     "missing required column(s) for tickets: ticket_id (looked for: ticket_id, ticket id, id); created_at"),
    ("empty.csv", b"", "the file is empty."),
    ("blank.csv", b"\r\n\r\n  \r\n", "the file is empty."),
    ("header.csv", b"ticket_id,created_at\r\n", "the file has a header row but no data rows."),
    ("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
     "this is not a CSV or XLSX file (it contains binary data)."),
    ("random.csv", _random_bytes(), "this is not a CSV or XLSX file (it contains binary data)."),
    ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
     "this workbook is password-protected (encrypted) or an old .xls file"),
    ("archive.zip", _zip_without_workbook(), "this is a zip file, not an Excel .xlsx workbook or CSV file."),
    ("broken.xlsx", b"PK\x03\x04" + bytes(100), "this is not a CSV or XLSX file (damaged zip/xlsx)."),
]


@pytest.mark.parametrize(("name", "content", "words"), FATAL_FILES, ids=[f[0] for f in FATAL_FILES])
def test_a_fatal_file_is_one_clear_sentence_and_the_store_is_unchanged(db, write, name, content, words):
    ingest.ingest_file(write("good.csv", "ticket_id,created_at\nT1,2024-03-01 09:00\n"), "tickets", db=db)
    before = snapshot(db)

    with pytest.raises(ImportProblem) as problem:
        ingest.ingest_file(write(name, content), "tickets", db=db)

    message = str(problem.value)
    assert message.startswith(f"{name}: ") and words in message
    assert "\n" not in message and message.endswith(".")
    assert snapshot(db) == before


def test_a_fatal_first_import_creates_no_batch(db, write):
    with pytest.raises(ImportProblem):
        ingest.ingest_file(write("header.csv", "ticket_id,created_at\n"), "tickets", db=db)

    assert query(db, "select count(*) from batches") == [(0,)]


# --- 5. Crash safety and 6. concurrency --------------------------------------------------------------------

def _wait_for(path: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} did not appear"
        time.sleep(0.05)


@pytest.mark.slow  # spawns Python processes: a few seconds
def test_an_import_killed_before_commit_leaves_the_store_as_it_was(db, write, tmp_path, sla_process):
    ingest.ingest_file(write("september.csv", SEPTEMBER), "tickets", db=db, timezone=UTC)
    before = snapshot(db)
    october = write("october.csv", OCTOBER)
    marker = tmp_path / "storing"

    proc = subprocess.Popen(sla_command(db, "ingest", "tickets", october, "--timezone", UTC), cwd=REPO,
                            env={**os.environ, "SLA_TEST_PAUSE_BEFORE_COMMIT": str(marker)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(marker)  # everything written, nothing committed
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)

    assert proc.returncode == -signal.SIGKILL
    assert snapshot(db) == before
    after = sla_process("ingest", "tickets", october, "--timezone", UTC)
    assert after.code == 0 and "new 1, updated 2, unchanged 1" in after.out
    assert query(db, "select count(*) from batches") == [(2,)]


HOLDER = """
import pathlib, sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)  # as a dashboard would, while it queries
pathlib.Path(sys.argv[2]).write_text("open")
release, deadline = pathlib.Path(sys.argv[3]), time.monotonic() + 30
while not release.exists() and time.monotonic() < deadline:
    time.sleep(0.05)
con.close()
"""


@pytest.mark.slow  # spawns Python processes: a few seconds
def test_ingest_waits_while_another_process_holds_the_database_and_then_succeeds(db, write, tmp_path):
    ingest.ingest_file(write("september.csv", SEPTEMBER), "tickets", db=db, timezone=UTC)
    held, release = tmp_path / "held", tmp_path / "release"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), str(held), str(release)])
    try:
        _wait_for(held)
        importer = subprocess.Popen(
            sla_command(db, "ingest", "tickets", write("october.csv", OCTOBER), "--timezone", UTC), cwd=REPO,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        said = importer.stderr.readline()  # the importer tells the user it waits ...
        release.write_text("done")  # ... and only then does the other program let go
        out, err = importer.communicate(timeout=60)
    finally:
        release.write_text("done")
        holder.wait(timeout=30)

    assert said == "The database t.duckdb is in use by another program; waiting for it ...\n"
    assert "Traceback" not in err
    assert importer.returncode == 0 and "new 1, updated 2, unchanged 1" in out
    assert query(db, "select count(*) from stg_tickets") == [(4,)]


# --- 8. The public data sets, imported as a new user would ---------------------------------------------------

@dataclass(frozen=True)
class Expected:
    rows_read: int
    rows_stored: int
    rejects: dict[str, int]  # reason -> rows
    extra: dict[str, int]


def _kaggle_like(path: Path) -> Path:
    """A stand-in in the Kaggle file's column layout (the data set states no licence, so none of it is copied):
    one ticket of each kind, descriptions with empty lines inside quotes."""
    header = ("Ticket ID,Customer Name,Customer Email,Customer Age,Customer Gender,Product Purchased,"
              "Date of Purchase,Ticket Type,Ticket Subject,Ticket Description,Ticket Status,Resolution,"
              "Ticket Priority,Ticket Channel,First Response Time,Time to Resolution,Customer Satisfaction Rating")
    rows = [
        '1,A,a@example.com,30,Other,GoPro Hero,2021-03-22,Technical issue,Setup,"Help.\n\nThanks",Pending '
        "Customer Response,,Critical,Social media,2023-06-01 12:15:36,,",
        '2,B,b@example.com,40,Male,LG TV,2021-05-22,Billing inquiry,Refund,"Line one\nline two",Closed,'
        "Done,Low,Chat,2023-06-01 10:00:00,2023-06-01 18:00:00,3.0",
        '3,C,c@example.com,50,Female,Xbox,2020-07-14,Refund request,Broken,"x",Closed,Done,High,Email,'
        "2023-06-01 12:00:00,2023-06-01 01:57:40,5.0",
        '4,D,d@example.com,60,Other,Kindle,2020-11-13,Technical issue,Other,"Open\n\n\nstill",Open,,'
        "Medium,Phone,,,",
    ]
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _public(name: str, fallback, tmp_path: Path) -> tuple[Path, bool]:
    full = SHARED_DATA / name
    return (full, True) if full.exists() else (fallback(tmp_path), False)


def test_public_nab_latency_series_imports_every_sample_and_counts_duplicates_once(db, tmp_path, sla):
    path, full = _public("nab-realAWSCloudwatch-realKnownCause/realKnownCause/ec2_request_latency_system_failure.csv",
                         lambda _: EXPORTS / "nab_ec2_latency_slice.csv", tmp_path)

    run = sla("ingest", "checks", path, "--service", "ec2-latency", "--timezone", UTC)

    # The full series has 4,032 rows; 12 of them share 2014-03-09 03:00:00 (SOURCE.md: 11 zero-minute steps),
    # so 4,021 distinct moments. The fixture slice is its first 60 rows, without duplicates.
    rows, distinct = (4032, 4021) if full else (60, 60)
    assert run.code == 0
    assert "preset nab; batch 1." in run.out and f"rows read {rows:,}, stored {rows:,}" in run.out
    assert query(db, "select count(*) from checks") == [(rows,)]
    assert query(db, "select count(*), min(checked_at), bool_and(is_up) from stg_checks where service = 'ec2-latency'"
                 ) == [(distinct, ts("2014-03-07 03:41"), True)]


def test_public_kaggle_tickets_reject_resolution_before_first_response(db, tmp_path, sla):
    path, full = _public("kaggle-customer-support-tickets/customer_support_tickets.csv",
                         lambda folder: _kaggle_like(folder / "customer_support_tickets.csv"), tmp_path)

    run = sla("ingest", "tickets", path)

    # The file has no creation time, so the kaggle_support preset takes First Response Time as created.
    # SOURCE.md: 2,769 Closed tickets, of which 1,365 were "resolved" before their first response: those are
    # rejected with that reason (one reason per row). 2,819 Open tickets carry no timestamp at all (no first
    # response, no resolution), so they cannot be placed in time: rejected as missing their created time.
    # Stored: 2,881 Pending + 1,404 Closed = 4,285. Only the ratings of stored Closed tickets reach feedback:
    # 1,404 of the 2,769 (the 1,365 rejected tickets take their rating with them).
    expected = (Expected(8469, 4285, {"resolved before first response": 1365, "missing created date/time": 2819},
                         {"Closed": 1404, "Pending Customer Response": 2881, "ratings": 1404})
                if full else
                Expected(4, 2, {"resolved before first response": 1, "missing created date/time": 1},
                         {"Closed": 1, "Pending Customer Response": 1, "ratings": 1}))
    assert run.code == 0 and "preset kaggle_support" in run.out
    assert f"rows read {expected.rows_read:,}, stored {expected.rows_stored:,}" in run.out
    assert dict(query(db, "select reason, count(*) from rejects group by 1")) == expected.rejects
    assert dict(query(db, "select status, count(*) from stg_tickets group by 1")) == {
        k: v for k, v in expected.extra.items() if k != "ratings"}
    assert query(db, "select count(*), min(score) >= 1, max(score) <= 5, min(scale_max) from feedback") == [
        (expected.extra["ratings"], True, True, 5.0)]
    # Embedded newlines stay inside their cell: every row of the file was read as one ticket row.
    assert query(db, "select count(*) from rejects where reason like 'malformed%'") == [(0,)]


def test_public_helpdesk_log_collapses_to_one_ticket_per_case(db, tmp_path, sla):
    path, full = _public("helpdesk-italian-software-company/finale.csv",
                         lambda _: EXPORTS / "helpdesk_log_slice.csv", tmp_path)

    run = sla("ingest", "tickets", path, "--timezone", "Europe/Rome")

    # SOURCE.md: 21,348 events of 4,580 cases; 4,285 cases have a "Take in charge ticket", the median time from
    # the first event to it is 16.39 h; 4,569 cases have a "Resolve ticket". No row is rejected. (The slice:
    # cases 1-13, all taken in charge and resolved; the 7th of the 13 first responses came after 4 h 16 m 15 s.)
    events, cases, responded, resolved, median_h = (21348, 4580, 4285, 4569, 16.39) if full else (58, 13, 13, 13, 4.27)
    assert run.code == 0 and "preset helpdesk_log" in run.out
    assert f"rows read {events:,}, stored {cases:,} (new {cases:,}, updated 0, unchanged 0), rejected 0." in run.out
    assert query(db, "select count(*), count(first_response_at), count(resolved_at), "
                     "round(median(epoch(first_response_at - created_at)) / 3600, 2) from stg_tickets") == [
        (cases, responded, resolved, median_h)]


def test_the_repeated_hour_when_clocks_go_back_keeps_both_copies(db: Path, tmp_path: Path):
    # 25 Oct 2026 in Amsterdam: 02:00-02:59 happens twice (CEST, then CET); an export lists both in order
    export = tmp_path / "dst.csv"
    export.write_text("timestamp,monitor,status\n2026-10-25 01:50,Web,up\n2026-10-25 02:00,Web,up\n"
                      "2026-10-25 02:30,Web,up\n2026-10-25 02:00,Web,down\n2026-10-25 02:30,Web,up\n"
                      "2026-10-25 03:00,Web,up\n", encoding="utf-8")
    ingest.ingest_file(export, "checks", db=db, timezone="Europe/Amsterdam")
    rows = query(db, "select strftime(checked_at, '%H:%M'), is_up from stg_checks order by checked_at")
    assert rows == [("23:50", True), ("00:00", True), ("00:30", True), ("01:00", False), ("01:30", True),
                    ("02:00", True)]


def without_default_style(path: Path) -> Path:
    """The workbook without named cell styles in xl/styles.xml, as some exporters write it. (Without styles.xml
    at all openpyxl 3.1 says nothing.)"""
    changed = path.with_name(f"unstyled-{path.name}")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(changed, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/styles.xml":
                content = re.sub(rb"<cellStyles.*?</cellStyles>", b"", content, flags=re.S)
            target.writestr(name, content)
    return changed


def test_a_workbook_without_a_default_style_imports_without_a_python_warning(db, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["ticket_id", "customer", "created_at", "priority"])
    wb.active.append(["T-1", "ACME", "2025-01-02 10:00", "high"])
    wb.save(tmp_path / "export.xlsx")
    path = without_default_style(tmp_path / "export.xlsx")
    with pytest.warns(UserWarning, match="no default style"):  # the file really makes openpyxl warn
        openpyxl.load_workbook(path)

    done = subprocess.run(sla_command(db, "ingest", "tickets", path, "--timezone", UTC), cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr + done.stdout
    assert query(db, "select ticket_id, customer from stg_tickets") == [("T-1", "ACME")]


def test_rows_dated_more_than_a_day_after_the_import_are_rejected_with_the_reason(db, write, monkeypatch):
    monkeypatch.setenv("SLA_NOW", "2026-12-03T10:00:00")
    path = write("future.csv", (
        "ticket_id,customer,priority,created_at\n"
        "T1,Acme,high,2026-12-02 09:00\n"   # yesterday
        "T2,Acme,high,2026-12-04 09:00\n"   # within a day of the import: a time zone or a clock a bit ahead
        "T3,Acme,high,2026-12-24 09:00\n"   # three weeks ahead: a wrong date
    ))
    result = ingest.ingest_file(path, "tickets", db=db, timezone=UTC)
    assert result.rejects.values.tolist() == [
        [4, "created_at", "2026-12-24 09:00", "dated after the import (created more than a day later than now)"]]
    assert set(tickets(db)) == {"T1", "T2"}
