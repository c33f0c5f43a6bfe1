"""The dashboard pages through Streamlit's AppTest: empty state, counts, upload and import, errors, undo."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from sla.imports import ingest
from tests.e2e_support import (
    CHECKS_CSV,
    FEEDBACK_CSV,
    ROOT,
    TICKETS_CSV,
    TICKETS_WITH_BAD_ROW_CSV,
    UNKNOWN_CSV,
    write_export,
)


@pytest.fixture
def app(db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The dashboard on the empty store `db` (through $SLA_DB), after its first run: the Overview page."""
    monkeypatch.setenv("SLA_DB", str(db))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30)
    at.run()
    assert not at.exception
    return at


def imported(db: Path, name: str, text: str) -> ingest.ImportResult:
    """Import a sample export the way the CLI does."""
    return ingest.ingest_file(write_export(db.parent, name, text), db=db)


def upload(at: AppTest, *files: tuple[str, str]) -> AppTest:
    """Choose files in the Data page's uploader and press Import."""
    at.file_uploader(key="upload").set_value([(name, text.encode(), "text/csv") for name, text in files])
    at.run()
    at.button(key="import").click().run()
    assert not at.exception
    return at


def test_data_page_imports_an_uploaded_file_and_lists_the_batch(db, app):
    app.switch_page("pages/data.py").run()
    assert app.button(key="import").disabled
    assert "No imports yet." in [c.value for c in app.caption]
    upload(app, ("Tickets October.csv", TICKETS_CSV))
    assert app.success[0].value.startswith("Tickets October.csv: 3 tickets stored (3 new, 0 updated, 0 unchanged)")
    assert app.success[0].value.endswith("Read as Ticket list (CSV), batch 1.")
    assert app.get("progress")[0].proto.value == 100
    assert app.selectbox(key="undo_batch").options == ["Batch 1: Tickets October.csv (tickets)"]
    assert ingest.batches(db)["file_name"].tolist() == ["Tickets October.csv"]


def test_data_page_imports_several_files_at_once_and_says_when_one_was_already_imported(db, app):
    imported(db, "checks.csv", CHECKS_CSV)
    app.switch_page("pages/data.py").run()
    upload(app, ("feedback.csv", FEEDBACK_CSV), ("checks again.csv", CHECKS_CSV))
    assert app.success[0].value.startswith("feedback.csv: 2 feedback stored")
    assert app.info[0].value == "checks again.csv: already imported as batch 1; nothing changed."
    assert len(ingest.batches(db)) == 2


def test_rejected_rows_are_listed_with_their_reason(app):
    app.switch_page("pages/data.py").run()
    upload(app, ("tickets.csv", TICKETS_WITH_BAD_ROW_CSV))
    assert "1 tickets stored" in app.success[0].value
    assert "1 rejected" in app.success[0].value
    rejects = next(d.value for d in app.dataframe if "reason" in d.value.columns)
    assert rejects[["line", "column", "value"]].values.tolist() == [[3, "created_at", "yesterday afternoon"]]
    assert rejects["reason"][0].startswith("not a date/time")


def test_a_file_that_cannot_be_imported_shows_why_and_stores_nothing(db, app):
    app.switch_page("pages/data.py").run()
    app.file_uploader(key="upload").set_value([("export.csv", UNKNOWN_CSV.encode(), "text/csv")])
    app.run()
    assert app.info[0].value.startswith("The kind of export could not be recognised from its columns")
    assert app.button(key="import").disabled
    assert ingest.batches(db).empty


def test_an_unexpected_failure_is_a_message_not_a_traceback(db, app, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(ingest, "ingest_file", broken)
    app.switch_page("pages/data.py").run()
    upload(app, ("tickets.csv", TICKETS_CSV))
    assert "the import failed unexpectedly (RuntimeError); nothing was stored" in app.error[0].value
    assert "disk on fire" not in app.error[0].value


def test_undo_removes_the_chosen_batch(db, app):
    imported(db, "tickets.csv", TICKETS_CSV)
    imported(db, "checks.csv", CHECKS_CSV)
    app.switch_page("pages/data.py").run()
    assert app.selectbox(key="undo_batch").options == [
        "Batch 2: checks.csv (monitoring checks)", "Batch 1: tickets.csv (tickets)"]
    app.selectbox(key="undo_batch").set_value(1)
    app.button(key="undo").click().run()
    assert not app.exception
    assert app.success[0].value == "Batch 1 (tickets, tickets.csv) removed."
    assert app.selectbox(key="undo_batch").options == ["Batch 2: checks.csv (monitoring checks)"]
    assert ingest.batches(db)["batch_id"].tolist() == [2]
