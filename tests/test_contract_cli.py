"""The contract commands on the demo: `whatif` of the exported configuration in force changes nothing (JSON), a
tighter target flips tickets (table and workbook), `advise` and `forecast` give their rows; an unknown customer and a
bad draft are one clear line."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from sla import cli
from sla.contract import config
from tests.conftest import DEMO_END, DEMO_MONTH


@pytest.fixture
def run(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SLA_NOW", f"{DEMO_END.isoformat()}T12:00:00")
    db = Path(shutil.copy(demo_db, tmp_path / "demo.duckdb"))

    def _run(*args: str | Path) -> tuple[int, str, str]:
        code = cli.main(["--db", str(db), *map(str, args)])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return _run


def test_whatif_of_the_contract_in_force_is_empty_and_a_tighter_target_flips(run, demo_db, tmp_path):
    draft = tmp_path / "draft"
    config.export_config(draft, demo_db)
    code, out, _ = run("whatif", "--config", draft, "--period", "2026-08", "--to", DEMO_MONTH, "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["flips"] == [] and doc["period_start"] == "2026-08-01"
    assert {r["delta_compliance_pct"] for r in doc["rows"] if r["delta_compliance_pct"] is not None} == {0.0}

    policies = pd.read_csv(draft / "policies.csv", dtype=str, keep_default_na=False)
    high = (policies["priority"] == "high") & (policies["metric"] == "first_response") & (policies["customer"] == "*")
    policies.loc[high, "target_minutes"] = "45"
    policies.to_csv(draft / "policies.csv", index=False)
    book = tmp_path / "what-if.xlsx"
    code, out, err = run("whatif", "--config", draft, "--period", "2026-08", "--to", DEMO_MONTH, "--xlsx", book)
    assert code == 0 and "ticket outcomes flip" in out and "met → breached" in out
    assert err.strip() == f"What-if workbook written to {book}"
    sheet = openpyxl.load_workbook(io.BytesIO(book.read_bytes()))["Flipped tickets"]
    assert sheet["A4"].value == "Ticket" and sheet["A5"].data_type == "s"


def test_advise_and_forecast_give_their_rows(run):
    code, out, _ = run("advise", "--customer", "Acme Retail Ltd", "--format", "json")
    rows = json.loads(out)["rows"]
    assert code == 0 and {r["customer"] for r in rows} == {"Acme Retail Ltd"}
    assert all(r["months"] == 12 for r in rows if r["metric"] != "availability")
    code, out, _ = run("forecast", "--customer", "Acme Retail Ltd", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["month"] == "2026-11" and {r["customer"] for r in doc["tickets"]} == {"Acme Retail Ltd"}


def test_an_unknown_customer_and_a_bad_draft_are_one_clear_line(run, tmp_path):
    code, _, err = run("advise", "--customer", "Acme Retial")
    assert code == 2 and err.startswith("error:") and "Acme Retail Ltd" in err
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "calendars.csv").write_text("calendar,timezone\noffice,Mars/Olympus\n")
    code, _, err = run("whatif", "--config", bad, "--period", DEMO_MONTH)
    assert code == 2 and "the configuration was not imported" in err and "calendars row 2" in err
