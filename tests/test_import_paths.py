"""The import's fast paths give exactly what the general ones give: columns DuckDB's reader parses itself vs text
parsed in SQL, a read that falls back to text, tickets with one row vs the aggregation of event logs, the per-day
UTC offsets vs a time zone look-up per moment; and the SLA clocks an import leaves stale are computed once."""

from __future__ import annotations

import duckdb
import pytest
from conftest import query

from sla import store
from sla.imports import ingest, readers
from sla.metrics import kpis, marts
from sla.store import sql

HEADER = "Id,Subject,Status,Priority,Organization,Service,Created at,Updated at,Solved at,First reply time in minutes,"
ROWS = [
    '101,  Printer on fire ,solved,urgent,ACME,Mail,2024-03-30 23:10:05,2024-04-01 09:00:00,2024-03-31 03:30:00,12,2.5',
    "102,VPN,open,high,ACME,VPN,2024-10-27 02:30:00,2024-10-27 02:45:00,,,0",
    "103,-,closed,low,Globex,Mail,2024-01-05 08:00:00,2024-01-06 08:00:00,2024-01-05 09:15:00,75,",
    "104,Login,solved,normal,Globex,VPN,1900-01-01 00:00:00,2024-02-02 10:00:00,2024-02-02 11:00:00,5,1e1",
]
EXPORT = HEADER + "On hold time in minutes\n" + "\n".join(ROWS) + "\n"
TICKET_COLUMNS = ("ticket_id, customer, service, priority, status, subject, created_at, updated_at, "
                  "first_response_at, resolved_at, paused_minutes, reopens")


def stored(db) -> list[tuple]:
    return query(db, f"select {TICKET_COLUMNS} from tickets order by ticket_id")


def rejects(result: ingest.ImportResult) -> list[list]:
    return result.rejects[["line", "column", "value", "reason"]].values.tolist()


def import_both(tmp_path, path, monkeypatch, **options) -> tuple[ingest.ImportResult, ingest.ImportResult, bool]:
    """The file imported as it comes and with every column parsed as text; whether the reader parsed any."""
    native_reads = []

    def spy(*args, **kwargs):
        loaded = load_raw(*args, **kwargs)
        native_reads.append(loaded[1])
        return loaded

    load_raw = readers.load_raw
    monkeypatch.setattr(readers, "load_raw", spy)
    fast = ingest.ingest_file(path, "tickets", db=tmp_path / "fast.duckdb", **options)
    with monkeypatch.context() as m:
        m.setattr(ingest, "native_types", lambda *args: None)  # as before the reader parsed any column itself
        text = ingest.ingest_file(path, "tickets", db=tmp_path / "text.duckdb", **options)
    return fast, text, native_reads[0]


def test_columns_the_reader_parses_store_what_text_parsing_stores(tmp_path, write, monkeypatch):
    path = write("zendesk.csv", EXPORT)
    fast, text, native = import_both(tmp_path, path, monkeypatch, timezone="Europe/Amsterdam")

    assert native
    assert stored(tmp_path / "fast.duckdb") == stored(tmp_path / "text.duckdb")
    assert rejects(fast) == rejects(text)
    assert (fast.rows_stored, fast.rows_rejected) == (text.rows_stored, text.rows_rejected) == (3, 1)
    # spaces trimmed, placeholders missing, the repeated autumn hour and a summer moment converted to UTC
    rows = {r[0]: r for r in stored(tmp_path / "fast.duckdb")}
    assert rows["101"][5] == "Printer on fire"
    assert rows["103"][5] is None
    assert str(rows["101"][6]) == "2024-03-30 22:10:05"
    assert str(rows["102"][6]) in ("2024-10-27 00:30:00", "2024-10-27 01:30:00")
    assert rejects(fast) == [[5, "Created at", "1900-01-01 00:00:00", "missing created date/time"]]


def test_day_first_exports_with_decimal_commas_read_natively_store_the_same(tmp_path, write, monkeypatch):
    rows = [line.split(",") for line in ROWS if "1900" not in line]
    eu = [[c.strip() for c in r] for r in rows]
    for r in eu:
        for i in (6, 7, 8):
            if r[i]:
                date, time = r[i].split(" ")
                y, mo, d = date.split("-")
                r[i] = f"{d}-{mo}-{y} {time[:5]}"
        r[10] = r[10].replace(".", ",")
    path = write("eu.csv", HEADER.replace(",", ";") + "On hold time in minutes\n"
                 + "\n".join(";".join(r) for r in eu) + "\n")

    fast, text, native = import_both(tmp_path, path, monkeypatch, timezone="Europe/Amsterdam")

    assert native
    assert stored(tmp_path / "fast.duckdb") == stored(tmp_path / "text.duckdb")
    assert fast.rows_stored == 3 and not fast.rows_rejected
    assert {r[0]: r[10] for r in stored(tmp_path / "fast.duckdb")} == {"101": 2.5, "102": 0.0, "103": None}


def test_a_cell_that_does_not_fit_the_columns_native_type_reads_the_file_as_text_again(
    tmp_path, write, monkeypatch
):
    monkeypatch.setattr(ingest, "SAMPLE_ROWS", 1)  # the layouts are chosen from the first 4 rows only
    later = [
        "105,Late,solved,low,ACME,Mail,2024-05-01T10:00:00+00:00,2024-05-01 11:00:00,2024-05-01 12:00:00,30,0",
        "106,Typo,solved,low,ACME,Mail,2024-05-02 10:00:00,2024-05-02 11:00:00,yesterday,30,0",
    ]
    path = write("mixed.csv", EXPORT + "\n".join(later) + "\n")

    fast, text, native = import_both(tmp_path, path, monkeypatch, timezone="Europe/Amsterdam")

    assert not native  # the reader met cells it could not parse: the whole file was read as text
    assert stored(tmp_path / "fast.duckdb") == stored(tmp_path / "text.duckdb")
    assert rejects(fast) == rejects(text)
    assert {r[0]: str(r[6]) for r in stored(tmp_path / "fast.duckdb")}["105"] == "2024-05-01 10:00:00"
    assert [r[:2] for r in rejects(fast)] == [[5, "Created at"], [7, "Solved at"]]


def test_tickets_listed_twice_collapse_to_what_one_row_each_stores(tmp_path, write):
    once = ingest.ingest_file(write("once.csv", EXPORT), "tickets", db=tmp_path / "once.duckdb",
                              timezone="UTC")
    twice_text = HEADER + "On hold time in minutes\n" + "\n".join(r for r in ROWS for _ in (1, 2)) + "\n"
    twice = ingest.ingest_file(write("twice.csv", twice_text), "tickets", db=tmp_path / "twice.duckdb",
                               timezone="UTC")

    assert stored(tmp_path / "once.duckdb") == stored(tmp_path / "twice.duckdb")
    assert (once.rows_stored, twice.rows_stored) == (3, 3)


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "America/Sao_Paulo", "America/Santiago",
                                  "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"])
def test_local_times_convert_to_utc_like_a_time_zone_look_up_of_each_moment(zone):
    con = duckdb.connect()
    con.execute("set TimeZone = 'UTC'")
    sql.execute(con, "imports/tz_days", tz=zone)
    sql.execute(con, "imports/macros")
    differing = con.execute(
        """select count(*), count(*) filter (where local_to_utc(ts, $tz) is distinct from timezone($tz, ts)::timestamp)
           from range(timestamp '2017-12-25', timestamp '2020-01-05', interval 15 minute) as r(ts)""",
        {"tz": zone}).fetchone()
    assert differing[0] > 70_000 and differing[1] == 0


def test_an_import_leaves_the_clocks_stale_and_the_first_reader_computes_them_once(tmp_path, write, sla):
    db = tmp_path / "t.duckdb"
    ingest.ingest_file(write("t.csv", EXPORT), "tickets", db=db, timezone="UTC")
    assert query(db, "select built < changes from marts_state") == [(True,)]

    with store.connect(db) as con:
        assert kpis.has_marts(con)
        assert not marts.refresh(con)  # already current
        assert con.execute("select count(*) from fct_ticket_sla").fetchone()[0] == 6  # 3 tickets x 2 metrics
    assert query(db, "select built = changes from marts_state") == [(True,)]

    ingest.ingest_file(write("u.csv", EXPORT.replace("101,", "201,")), "tickets", db=db, timezone="UTC")
    run = sla("refresh")
    assert (run.code, run.out.strip()) == (0, "SLA clocks computed.")
    assert query(db, "select count(*) from fct_ticket_sla") == [(8,)]
    assert sla("refresh").out.strip() == "SLA clocks were up to date."
