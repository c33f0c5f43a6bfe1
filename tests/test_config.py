"""The contract configuration: validation messages with sheet and row, all-or-nothing imports, the xlsx round
trip and optional columns."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pandas as pd
import pytest

from sla import cli, store
from sla.contract import config

HEADERS = {
    "recipients": "customer,email,role,language",
    "links": "source,ticket_url,client_reports",
    "users": "email,role,customers",
    "calendars": "calendar,timezone,mon,tue,wed,thu,fri,sat,sun,holidays,closed_dates",
    "policies": "customer,service,priority,metric,target_minutes,target_pct,calendar,effective_from,effective_to",
    "credits": "customer,below_pct,credit_pct",
    "customers": "customer,monthly_fee,currency,services",
    "maintenance": "service,start,end,note",
}
GOOD = {
    "calendars": ["office,Europe/Amsterdam,08:00-12:00 13:00-17:00,09:00-17:00,09:00-17:00,09:00-17:00,"
                  "09:00-16:00,,,NL,2026-12-24"],
    "policies": ["*,*,*,first_response,60,90,office,,", "*,*,*,resolution,480,80,office,,2026-10-15",
                 "*,*,*,resolution,240,85,office,2026-10-16,", "Acme,*,urgent,resolution,120,95,24x7,,",
                 "*,*,*,availability,,99.9,24x7,,"],
    "credits": ["*,99.9,10", "*,99,25", "Acme,99.5,50"],
    "customers": ["Acme,1000,EUR,Webshop", "Beta,2500.5,EUR,Webshop;API"],
    "maintenance": ["Webshop,2026-10-04 02:00,2026-10-04 04:00,upgrade"],
}


def write(folder: Path, sheets: dict[str, list[str]], headers: dict[str, str] = HEADERS) -> Path:
    """A configuration folder, one CSV per sheet."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in sheets.items():
        (folder / f"{name}.csv").write_text("\n".join([headers[name], *lines]) + "\n", encoding="utf-8")
    return folder


def exported(db: Path, folder: Path) -> dict[str, str]:
    config.export_config(folder, db=db)
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.csv"))}


def changed(sheet: str, index: int, line: str) -> dict[str, list[str]]:
    sheets = {k: list(v) for k, v in GOOD.items()}
    if index < len(sheets[sheet]):
        sheets[sheet][index] = line
    else:
        sheets[sheet].append(line)
    return sheets


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("config")
    db = root / "sla.duckdb"
    assert config.import_config(write(root / "good", GOOD), db=db).startswith("Configuration version 1 imported")
    return db


def test_export_gives_back_what_was_imported(db: Path, tmp_path: Path) -> None:
    files = exported(db, tmp_path / "out")
    assert sorted(files) == [f"{name}.csv" for name in sorted(HEADERS)]
    policies = pd.read_csv(tmp_path / "out" / "policies.csv", dtype=str, keep_default_na=False)
    assert list(policies.columns) == list(config.SHEETS["policies"])
    versions = policies[["customer", "metric", "target_minutes", "effective_from", "effective_to"]].iloc[1:3]
    assert versions.values.tolist() == [["*", "resolution", "480.0", "", "2026-10-15"],
                                        ["*", "resolution", "240.0", "2026-10-16", ""]]
    maintenance = pd.read_csv(tmp_path / "out" / "maintenance.csv", dtype=str)
    # entered (and shown) in local time, stored in UTC
    assert maintenance[["service", "start", "end"]].values.tolist() == [
        ["Webshop", "2026-10-04 02:00:00", "2026-10-04 04:00:00"]]


BAD = [
    # (what, sheet, row index in GOOD's lines (row number - 2), the bad line, the message expected)
    ("unknown calendar", "policies", 1, "*,*,*,resolution,480,80,ofice,,2026-10-15",
     "policies row 3: unknown calendar 'ofice'"),
    ("bad time range", "calendars", 0, "office,Europe/Amsterdam,17:00-09:00,,,,,,,NL,",
     "calendars row 2: mon: 17:00-09:00 ends before it starts"),
    ("time out of the day", "calendars", 0, "office,Europe/Amsterdam,09:00-25:00,,,,,,,NL,",
     "calendars row 2: mon: '09:00-25:00' is not a time range between 00:00 and 24:00"),
    ("unknown time zone", "calendars", 0, "office,Europe/Amsterdamm,09:00-17:00,,,,,,,NL,",
     "calendars row 2: unknown time zone 'Europe/Amsterdamm'"),
    ("overlapping credit tiers", "credits", 3, "*,99.90,15",
     "credits rows 2 and 5: overlapping tiers for * below 99.9 %"),
    ("policy tie", "policies", 5, "Acme,*,Urgent,resolution,60,99,24x7,,",
     "policies rows 5 and 7: both match the same tickets"),
    ("policy tie across services and customers", "policies", 5, "*,Webshop,urgent,resolution,60,99,24x7,,",
     "policies rows 5 and 7: both match the same tickets"),
    ("policy that ends before it starts", "policies", 5, "Beta,*,*,resolution,60,99,24x7,2026-10-16,2026-10-01",
     "policies row 7: effective_to 2026-10-01 is before effective_from 2026-10-16"),
    ("versions that overlap by a day (effective_to is inclusive)", "policies", 2,
     "*,*,*,resolution,240,85,office,2026-10-15,", "policies rows 3 and 4: both match the same tickets"),
]


@pytest.mark.parametrize(("what", "sheet", "index", "line", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_configuration_is_rejected_and_the_previous_stays(
    db: Path, tmp_path: Path, what: str, sheet: str, index: int, line: str, message: str
) -> None:
    before = exported(db, tmp_path / "before")
    with pytest.raises(config.ConfigProblem) as problem:
        config.import_config(write(tmp_path / "bad", changed(sheet, index, line)), db=db)
    assert any(p.startswith(message) for p in problem.value.problems), problem.value.problems
    assert exported(db, tmp_path / "after") == before


def test_every_problem_is_listed_once_with_its_row(db: Path, tmp_path: Path) -> None:
    sheets = changed("calendars", 0, "office,Mars/Olympus,9-17,,,,,,,XX,")
    sheets["policies"].append("*,*,*,first_reply,60,90,24x7,,")
    sheets["credits"].append("*,abc,10")
    with pytest.raises(config.ConfigProblem) as problem:
        config.import_config(write(tmp_path / "bad", sheets), db=db)
    assert problem.value.problems == [
        "calendars row 2: unknown time zone 'Mars/Olympus'",
        "calendars row 2: mon: '9-17' is not a time range like 08:00-17:00",
        "calendars row 2: unknown holidays country 'XX'",
        # office is unknown now, so every policy naming it is reported too
        "policies row 2: unknown calendar 'office'",
        "policies row 3: unknown calendar 'office'",
        "policies row 4: unknown calendar 'office'",
        "policies row 7: unknown metric 'first_reply' (expected first_response, resolution, availability, "
        "throughput)",
        "credits row 5: below_pct must be a percentage between 0 and 100",
    ]


def test_cli_rejects_with_a_message_and_exit_code(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = write(tmp_path / "bad", changed("policies", 5, "Acme,*,urgent,resolution,60,99,24x7,,"))
    assert cli.main(["--db", str(db), "config", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "the configuration was not imported" in err and "policies rows 5 and 7" in err


def test_xlsx_round_trip(db: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "contract.xlsx"
    config.export_config(workbook, db=db)
    again = tmp_path / "again.duckdb"
    config.import_config(workbook, db=again)
    assert exported(again, tmp_path / "b") == exported(db, tmp_path / "a")


def test_optional_columns_may_be_left_out(tmp_path: Path) -> None:
    headers = dict(HEADERS, calendars="calendar,timezone,mon,tue,wed,thu,fri,sat,sun,holidays",
                   policies="customer,service,priority,metric,target_minutes,target_pct,calendar,effective_from")
    sheets = {"calendars": ["office,Europe/Amsterdam,09:00-17:00,09:00-17:00,,,,,,NL"],
              "policies": ["*,*,*,first_response,60,90,office,", "*,*,*,resolution,480,80,office,2026-01-01"]}
    db = tmp_path / "sla.duckdb"
    config.import_config(write(tmp_path / "in", sheets, headers), db=db)
    with store.connect(db, read_only=True) as con:
        policies = config.current(con)["policies"]
    assert policies["target_value"].isna().all() and policies["effective_to"].isna().all()
    assert pd.Timestamp(policies["effective_from"].iloc[1]) == pd.Timestamp("2026-01-01")


def test_throughput_policy_needs_a_minimum_not_a_percentage(tmp_path: Path) -> None:
    headers = dict(HEADERS, policies=HEADERS["policies"].replace("target_pct,", "target_pct,target_value,"))
    line = "*,API,*,throughput,,,{},24x7,,"
    db = tmp_path / "sla.duckdb"
    config.import_config(write(tmp_path / "good", {"policies": [line.format(500)]}, headers), db=db)
    with pytest.raises(config.ConfigProblem) as problem:
        config.import_config(write(tmp_path / "bad", {"policies": [line.format("")]}, headers), db=db)
    assert problem.value.problems == [
        "policies row 2: target_value must be a number for throughput (the minimum volume)"]
    with store.connect(db, read_only=True) as con:
        assert config.current(con)["policies"]["target_value"].tolist() == [500.0]


def test_customers_sheet_without_fee_and_text_cells_trimmed(tmp_path: Path) -> None:
    db = tmp_path / "sla.duckdb"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "customers.csv").write_text(textwrap.dedent("""\
        customer;monthly_fee;currency;services
         Acme ;;EUR; Webshop
        """), encoding="utf-8")
    config.import_config(folder, db=db)
    with store.connect(db, read_only=True) as con:
        customers = config.current(con)["customers"]
    assert customers[["customer", "services"]].values.tolist() == [["Acme", "Webshop"]]
    assert customers["monthly_fee"].isna().all()


def test_recipients_sheet_is_validated_stored_and_exported(db: Path, tmp_path: Path) -> None:
    headers = HEADERS
    bad = {**GOOD, "recipients": ["*,ceo@example.org,executive,nl", "Acme,not-an-address,client,en",
                                  "*,it@example.org,client,", "Acme,x@acme.example,boss,fr"]}
    with pytest.raises(config.ConfigProblem) as problem:
        config.import_config(write(tmp_path / "bad", bad, headers), db=db)
    assert problem.value.problems == [
        "recipients row 3: 'not-an-address' is not an e-mail address",
        "recipients row 4: a client contact needs the customer whose report they get",
        "recipients row 5: role must be executive or client",
        "recipients row 5: language must be en or nl",
    ]
    good = {**GOOD, "recipients": ["*,ceo@example.org,executive,nl", "Acme,it@acme.example,client,"]}
    config.import_config(write(tmp_path / "good", good, headers), db=db)
    config.export_config(tmp_path / "out", db=db)
    assert (tmp_path / "out" / "recipients.csv").read_text().splitlines() == [
        "customer,email,role,language", "*,ceo@example.org,executive,nl", "Acme,it@acme.example,client,en"]
