"""A client-scoped user, through every engine function the pages and their downloads call: only the client's rows
and name come back, a customer (or a service) outside the scope is refused, and a forged write is refused."""

from __future__ import annotations

import dataclasses
import io
import shutil
import zipfile
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from sla import demo
from sla.contract import config
from sla.imports import ingest
from sla.metrics import (
    advisor,
    at_risk,
    availability,
    claims,
    exclusions,
    feedback,
    forecast,
    overview,
    periods,
    status,
    summary,
    whatif,
)
from sla.outputs import delivery, exports, pdf, whatif_report
from sla.store.scope import NotAllowed, OutOfScope, Scope
from tests.conftest import DEMO_MONTH, query

CLIENT = "Acme Retail Ltd"  # takes Webshop, Betalingen and API, not Klantportaal
OTHERS = [c.name for c in demo.CUSTOMERS if c.name != CLIENT]
SCOPE = Scope("viewer", (CLIENT,), "it@acme.example", signed_in=True)
FIRST = periods.month_add(DEMO_MONTH, -11)


def text(value: object) -> str:
    """Everything a result holds, as text: every cell of a frame, every string of a workbook, zip or PDF."""
    if isinstance(value, pd.DataFrame):
        return value.to_csv()
    if isinstance(value, pd.Series):
        return value.to_csv()
    if isinstance(value, dict):
        return " ".join(f"{text(k)} {text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple | set):
        return " ".join(text(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return text({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    if isinstance(value, bytes) and value.startswith(b"PK"):  # a workbook or a zip of them
        with zipfile.ZipFile(io.BytesIO(value)) as archive:
            return " ".join(archive.namelist()) + " ".join(text(archive.read(n)) for n in archive.namelist())
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def others_in(value: object) -> list[str]:
    shown = text(value)
    return [name for name in OTHERS if name in shown]


def test_every_read_of_every_page_holds_only_the_clients_rows_and_name(demo_db: Path):
    services = ("Webshop", "Betalingen", "API")
    month_rows = availability.monthly(demo_db, FIRST, DEMO_MONTH, scope=SCOPE)
    reads = {
        "filters": overview.filter_options(demo_db, SCOPE),
        "overview": summary.month_summary(demo_db, DEMO_MONTH, scope=SCOPE),
        "at risk": at_risk.queue(demo_db, scope=SCOPE),
        "trends": summary.kpi_series(demo_db, FIRST, DEMO_MONTH, "month", "customer", scope=SCOPE),
        "breaches": exclusions.history(demo_db, FIRST, DEMO_MONTH, scope=SCOPE),
        "audit trail": exclusions.audit_trail(demo_db, SCOPE),
        "availability": availability.by_service(month_rows),
        "incidents": availability.incidents(demo_db, DEMO_MONTH, scope=SCOPE),
        "maintenance": availability.maintenance(demo_db, DEMO_MONTH, scope=SCOPE),
        "response": availability.response_times(demo_db, FIRST, DEMO_MONTH, scope=SCOPE),
        "budget": availability.budget_burn(demo_db, DEMO_MONTH, "API", scope=SCOPE),
        "status strip": status.days(demo_db, date(2026, 10, 31), scope=SCOPE),
        "status page": status.days(demo_db, date(2026, 10, 31), customer=CLIENT, scope=SCOPE),
        "feedback": feedback.summary(demo_db, DEMO_MONTH, scope=SCOPE),
        "comments": feedback.comments(demo_db, DEMO_MONTH, scope=SCOPE),
        "report customers": exports.customers(demo_db, SCOPE),
        "report preview": exports.preview(demo_db, CLIENT, DEMO_MONTH, scope=SCOPE),
        "workbook": exports.workbook(demo_db, CLIENT, DEMO_MONTH, scope=SCOPE),
        "zip": exports.zip_reports(demo_db, DEMO_MONTH, scope=SCOPE),
        "delivery log": delivery.log(demo_db, DEMO_MONTH, SCOPE),
        "scorecard": claims.scorecard(demo_db, claims.rolling(DEMO_MONTH, 12), scope=SCOPE),
        "stored": overview.data_overview(demo_db, SCOPE),
    }
    reads["pdf"] = pdf.render(reads["overview"], "en", SCOPE.limit())
    draft = config.from_sheets(config.in_force(demo_db))
    replay = whatif.replay(demo_db, draft, FIRST, DEMO_MONTH, scope=SCOPE)
    reads |= {"advice": advisor.advise(demo_db, FIRST, DEMO_MONTH, scope=SCOPE),
              "forecast": forecast.forecast(demo_db, as_of=datetime(2026, 11, 14, 12), scope=SCOPE), "replay": replay,
              "backtest": forecast.backtest(demo_db, DEMO_MONTH, DEMO_MONTH, scope=SCOPE),
              "what-if workbook": whatif_report.workbook_bytes(replay, draft, "draft")}
    assert {name: others_in(value) for name, value in reads.items() if others_in(value)} == {}
    # and they are not empty: the client's own figures are there
    assert reads["filters"]["customer"] == [CLIENT]
    assert set(reads["filters"]["service"]) <= set(services)
    assert set(reads["breaches"]["customer"]) == {CLIENT}
    assert set(month_rows["customer"]) == {CLIENT} and set(month_rows["service"]) == set(services)
    assert set(reads["incidents"]["service"]) <= set(services)
    assert set(reads["status strip"]["service"]) == set(services)
    assert set(reads["trends"]["first_response"]["split"]) == {CLIENT}
    assert reads["report customers"] == [CLIENT]
    with zipfile.ZipFile(io.BytesIO(reads["zip"])) as archive:
        assert [n for n in archive.namelist()] == [f"SLA report {DEMO_MONTH} - {CLIENT}.xlsx"]
    assert reads["scorecard"].customers == (CLIENT,)
    assert set(reads["advice"].tickets["customer"]) == set(reads["advice"].availability["customer"]) == {CLIENT}
    assert set(reads["replay"].rows["customer"]) == {CLIENT} and reads["replay"].customers == (CLIENT,)
    assert set(reads["forecast"].tickets["customer"]) == {CLIENT}
    assert CLIENT in text(reads["pdf"]) or CLIENT in text(reads["overview"])


@pytest.mark.parametrize("read", [
    lambda db: summary.month_summary(db, DEMO_MONTH, (OTHERS[0],), scope=SCOPE),
    lambda db: summary.kpi_series(db, FIRST, DEMO_MONTH, customers=(CLIENT, OTHERS[0]), scope=SCOPE),
    lambda db: at_risk.queue(db, (OTHERS[0],), scope=SCOPE),
    lambda db: exclusions.history(db, DEMO_MONTH, DEMO_MONTH, (OTHERS[0],), scope=SCOPE),
    lambda db: feedback.summary(db, DEMO_MONTH, (OTHERS[0],), scope=SCOPE),
    lambda db: feedback.comments(db, DEMO_MONTH, (OTHERS[0],), scope=SCOPE),
    lambda db: availability.incidents(db, DEMO_MONTH, ("Klantportaal",), scope=SCOPE),
    lambda db: availability.budget_burn(db, DEMO_MONTH, "Klantportaal", scope=SCOPE),
    lambda db: status.days(db, date(2026, 10, 31), customer=OTHERS[0], scope=SCOPE),
    lambda db: exports.workbook(db, OTHERS[0], DEMO_MONTH, scope=SCOPE),
    lambda db: exports.preview(db, OTHERS[0], DEMO_MONTH, scope=SCOPE),
    lambda db: delivery.contacts(db, OTHERS[0], SCOPE),
    lambda db: claims.scorecard(db, claims.rolling(DEMO_MONTH, 12), (OTHERS[0],), scope=SCOPE),
    lambda db: advisor.advise(db, FIRST, DEMO_MONTH, (OTHERS[0],), scope=SCOPE),
    lambda db: forecast.forecast(db, (OTHERS[0],), scope=SCOPE),
    lambda db: whatif.replay(db, config.from_sheets(config.in_force(db)), DEMO_MONTH, customers=(OTHERS[0],),
                             scope=SCOPE),
], ids=["overview", "trends", "at risk", "breaches", "feedback", "comments", "incidents", "budget", "status page",
        "workbook", "preview", "contacts", "scorecard", "advice", "forecast", "replay"])
def test_a_customer_or_service_outside_the_scope_is_refused(demo_db: Path, read):
    with pytest.raises(OutOfScope, match="not in your scope"):
        read(demo_db)


@pytest.mark.parametrize("read", [
    lambda db: overview.import_log(db, SCOPE), lambda db: config.in_force(db, SCOPE),
    lambda db: config.versions(db, SCOPE), lambda db: ingest.batches(db, SCOPE),
], ids=["imports", "configuration", "versions", "batches"])
def test_a_scoped_user_does_not_read_the_shared_setup(demo_db: Path, read):
    with pytest.raises(NotAllowed, match="only a user who sees every customer may see the imports"):
        read(demo_db)


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_db, tmp_path / "demo.duckdb"))


def test_forged_writes_are_refused_and_a_scoped_editor_excludes_only_the_clients_breaches(demo_copy: Path):
    breaches = exclusions.history(demo_copy, DEMO_MONTH, DEMO_MONTH)
    own = breaches[breaches["customer"] == CLIENT].iloc[0]
    other = breaches[breaches["customer"] != CLIENT].iloc[0]
    viewer = Scope("viewer", None, "boss@team.example", signed_in=True)
    with pytest.raises(NotAllowed, match="a viewer may not exclude or include a breach"):
        exclusions.exclude(demo_copy, own.source, own.ticket_id, own.metric, "outside scope", "x", scope=viewer)
    with pytest.raises(NotAllowed):
        config.import_config(Path("data/sample-configuration.xlsx"), demo_copy, scope=viewer)
    with pytest.raises(NotAllowed):
        ingest.undo(1, demo_copy, viewer)
    with pytest.raises(NotAllowed):
        delivery.deliver(demo_copy, DEMO_MONTH, customer=CLIENT, scope=viewer)

    editor = Scope("editor", (CLIENT,), "am@team.example", signed_in=True)
    with pytest.raises(OutOfScope):
        exclusions.exclude(demo_copy, other.source, other.ticket_id, other.metric, "outside scope", "x", scope=editor)
    assert query(demo_copy, "select count(*) from breach_exclusions") == [(0,)]
    exclusions.exclude(demo_copy, own.source, own.ticket_id, own.metric, "outside scope", "typed name", scope=editor)
    assert query(demo_copy, "select actor from breach_exclusions") == [("am@team.example",)]


def test_a_scoped_customer_missing_from_the_data_is_named_without_naming_others(demo_db: Path):
    """The users sheet may name a client the exports spell otherwise: the error lists only what the scope may see."""
    missing = Scope("viewer", ("Acme Retail B.V.",), "it@acme.example", signed_in=True)
    for call in (lambda: exports.workbook(demo_db, "Acme Retail B.V.", DEMO_MONTH, scope=missing),
                 lambda: advisor.advise(demo_db, FIRST, DEMO_MONTH, ["Acme Retail B.V."], scope=missing)):
        with pytest.raises(ValueError, match="Acme Retail B.V.") as raised:
            call()
        assert not [name for name in OTHERS + [CLIENT] if name in str(raised.value)], str(raised.value)
