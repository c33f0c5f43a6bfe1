"""Team and agent of a ticket: read from the exports that carry them, stored, and on every SLA clock."""

from __future__ import annotations

from pathlib import Path

import duckdb

from sla import store
from sla.imports import ingest
from sla.metrics import marts
from tests.conftest import EXPORTS, query


def test_a_zendesk_export_stores_the_assignee_and_group_and_the_clocks_carry_them(db):
    ingest.ingest_file(EXPORTS / "zendesk_tickets.csv", db=db)
    marts.refresh_store(db)
    assert query(db, "select ticket_id, team, agent from stg_tickets where ticket_id in ('4711', '4712', '4718') "
                     "order by 1") == [("4711", "1st line", "Sanne de Vries"), ("4712", "Payments team", "Tom Jansen"),
                                       ("4718", "1st line", None)]
    assert query(db, "select distinct metric, team, agent from fct_ticket_sla where ticket_id = '4713' order by 1") == [
        ("first_response", "Platform team", "Priya Raman"), ("resolution", "Platform team", "Priya Raman")]


def test_a_servicenow_event_log_keeps_the_latest_assignee(db):
    """Each incident is first logged unassigned ("?", read as missing), then assigned: the assignee stays."""
    ingest.ingest_file(EXPORTS / "servicenow_incidents.csv", db=db, customer="Acme")
    assert query(db, "select ticket_id, agent from stg_tickets order by 1") == [
        (f"INC001000{i}", "Resolver 89") for i in range(1, 5)]


def test_a_store_made_before_the_agent_column_gains_it(tmp_path: Path):
    old = tmp_path / "old.duckdb"
    with store.connect(old) as con:  # every migration, then back to the state before 0009
        con.execute("alter table tickets drop column agent")
        con.execute("delete from schema_migrations where name = 'store/0011_ticket_agent'")
    with duckdb.connect(str(old)) as con:
        assert "agent" not in {c for (c,) in con.execute("select column_name from information_schema.columns "
                                                          "where table_name = 'tickets'").fetchall()}
    ingest.ingest_file(EXPORTS / "zendesk_tickets.csv", db=old)
    assert query(old, "select agent from stg_tickets where ticket_id = '4715'") == [("Tom Jansen",)]
