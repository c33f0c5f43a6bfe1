"""Excluding a breach and undoing it (sla.metrics.exclusions): the KPIs, the audit trail, the data version, refusals."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from sla import store
from sla.metrics import exclusions, kpis
from sla.store import sql
from tests.conftest import DEMO_MONTH, query

AS_OF = datetime(2026, 11, 15, 23, 0)  # the demo's end, so counts do not move with today's date


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    """A writable copy of the demo database."""
    return Path(shutil.copy(demo_db, tmp_path / "demo.duckdb"))


def breached(db: Path, month: str = DEMO_MONTH) -> int:
    """Breaches counted in the ticket KPIs of the month (first response + resolution, all customers), as
    kpis.compute reports them."""
    with store.connect(db) as con:
        return int(kpis.ticket_kpis(con, month, as_of=AS_OF)["breached"].sum())


def credits(db: Path, month: str = DEMO_MONTH) -> list[tuple]:
    with store.connect(db) as con:
        rows = kpis.compute(con, month, as_of=AS_OF)["rows"]
    return sorted((r["customer"], r["service"], r["credit_amount"]) for r in rows if r["metric"] == "availability")


def first_breach(db: Path, **filters) -> pd.Series:
    frame = exclusions.history(db, DEMO_MONTH, DEMO_MONTH, as_of=AS_OF, **filters)
    return frame.iloc[0]


def test_an_exclusion_leaves_the_kpis_and_its_undo_brings_the_breach_back(demo_copy):
    before, owed = breached(demo_copy), credits(demo_copy)
    breach = first_breach(demo_copy)
    exclusions.exclude(demo_copy, breach.source, breach.ticket_id, breach.metric, "awaiting customer", "Marieke",
                       note="waited  two days for VPN access ", client_text="Waiting for your VPN access")
    assert breached(demo_copy) == before - 1
    assert credits(demo_copy) == owed  # credits follow availability only

    listed = exclusions.history(demo_copy, DEMO_MONTH, DEMO_MONTH, as_of=AS_OF)
    row = listed[(listed["ticket_id"] == breach.ticket_id) & (listed["metric"] == breach.metric)].iloc[0]
    assert len(listed) == before  # still listed, marked
    assert (bool(row.excluded), row.excluded_reason, row.excluded_client_text, row.excluded_note,
            row.excluded_by) == (True, "awaiting customer", "Waiting for your VPN access",
                                 "waited two days for VPN access", "Marieke")

    exclusions.include(demo_copy, breach.source, breach.ticket_id, breach.metric, "Joost", "customer disputes it")
    assert breached(demo_copy) == before
    trail = exclusions.audit_trail(demo_copy)
    assert trail[["actor", "action", "ticket_id", "metric", "category", "note"]].fillna("").values.tolist() == [
        ["Joost", "include", breach.ticket_id, breach.metric, "", "customer disputes it"],
        ["Marieke", "exclude", breach.ticket_id, breach.metric, "awaiting customer", "waited two days for VPN access"],
    ]
    assert trail["latest"].tolist() == [True, False]
    assert str(trail["acted_at"].dt.tz) == "Europe/Amsterdam"
    assert trail["customer"].tolist() == [breach.customer] * 2


def test_every_change_bumps_the_data_version_so_cached_pages_refresh(demo_copy):
    breach = first_breach(demo_copy)
    first = store.data_version(demo_copy)
    exclusions.exclude(demo_copy, breach.source, breach.ticket_id, breach.metric, "duplicate ticket", "Marieke")
    second = store.data_version(demo_copy)
    exclusions.include(demo_copy, breach.source, breach.ticket_id, breach.metric, "Marieke")
    assert len({first, second, store.data_version(demo_copy)}) == 3


def test_actions_at_the_same_moment_keep_their_order(demo_copy):
    breach = first_breach(demo_copy)
    at = datetime(2026, 11, 20, 9, 0)
    exclusions.exclude(demo_copy, breach.source, breach.ticket_id, breach.metric, "planned maintenance", "A", at=at)
    exclusions.include(demo_copy, breach.source, breach.ticket_id, breach.metric, "B", at=at)
    assert exclusions.audit_trail(demo_copy)["action"].tolist() == ["include", "exclude"]
    assert breached(demo_copy) == len(exclusions.history(demo_copy, DEMO_MONTH, DEMO_MONTH, as_of=AS_OF))


@pytest.mark.parametrize(("action", "key"), [
    ("include first", "already_included"),
    ("exclude twice", "already_excluded"),
    ("exclude a met ticket", "not_breached"),
    ("exclude an unknown ticket", "not_breached"),
    ("exclude without a name", "actor"),
    ("exclude without a reason", "reason"),
    ("exclude a response-time metric", "metric"),
])
def test_impossible_changes_are_refused_with_a_reason_and_change_nothing(demo_copy, action, key):
    breach = first_breach(demo_copy)
    args = (demo_copy, breach.source, breach.ticket_id, breach.metric)
    met = query(demo_copy, "select source, ticket_id, metric from fct_ticket_sla where stop_at < due_at limit 1")[0]
    if action == "exclude twice":
        exclusions.exclude(*args, "planned maintenance", "Marieke")
    rows = len(exclusions.audit_trail(demo_copy))
    with pytest.raises(exclusions.ExclusionError) as refused:
        match action:
            case "include first":
                exclusions.include(*args, "Marieke")
            case "exclude twice":
                exclusions.exclude(*args, "planned maintenance", "Marieke")
            case "exclude a met ticket":
                exclusions.exclude(demo_copy, *met, "planned maintenance", "Marieke")
            case "exclude an unknown ticket":
                exclusions.exclude(demo_copy, "zendesk", "no-such-ticket", "resolution", "planned maintenance",
                                   "Marieke")
            case "exclude without a name":
                exclusions.exclude(*args, "planned maintenance", "  ")
            case "exclude without a reason":
                exclusions.exclude(*args, "", "Marieke")
            case "exclude a response-time metric":
                exclusions.exclude(demo_copy, breach.source, breach.ticket_id, "availability", "force majeure",
                                   "Marieke")
    assert refused.value.key == key
    assert len(exclusions.audit_trail(demo_copy)) == rows


def test_categories_are_stored_in_english_and_shown_in_the_language_the_note_only_to_the_team(demo_copy):
    breach = first_breach(demo_copy)
    with pytest.raises(exclusions.ExclusionError, match="needs a note") as refused:
        exclusions.exclude(demo_copy, breach.source, breach.ticket_id, breach.metric, "other", "Marieke", note=" ")
    assert refused.value.key == "note"
    with pytest.raises(exclusions.ExclusionError, match="unknown reason"):
        exclusions.exclude(demo_copy, breach.source, breach.ticket_id, breach.metric, "bad weather", "Marieke")
    assert exclusions.describe("awaiting customer", "nl") == "Wachten op de klant"
    assert exclusions.describe("force majeure", "en") == "Force majeure"
    assert exclusions.describe("free text from the CLI", "nl") == "free text from the CLI"
    assert exclusions.client_reason("outside scope", "Not in the contract", "nl") == (
        "Buiten de afspraken: Not in the contract")
    assert exclusions.client_reason("outside scope", None, "en") == "Outside scope"
    assert exclusions.internal_reason("other", "Klant reageerde niet", "nl") == "Anders – Klant reageerde niet"


def test_the_migration_makes_old_reasons_internal_notes_with_the_category_other(tmp_path):
    """A store made before 0007 (reason column, no category): its reasons become notes; clients read 'Other'."""
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create table schema_migrations (name varchar primary key, applied_at timestamp)")
        for name in store.MIGRATIONS[:store.MIGRATIONS.index("store/0007_exclusion_client_text")]:
            con.execute(sql.text(name))
            con.execute("insert into schema_migrations values (?, now())", [name])
        con.execute("insert into breach_exclusions values ('zendesk', '7', 'resolution', 'exclude', "
                    "'Klant reageerde niet op onze vraag', 'Marieke', '2026-11-02 10:00'), ('zendesk', '8', "
                    "'resolution', 'include', 'teruggedraaid', 'Joost', '2026-11-02 11:00')")
    with store.connect(path):  # migrates
        pass
    rows = query(path, "select ticket_id, action, category, client_text, note from breach_exclusions order by 1")
    assert rows == [("7", "exclude", "other", None, "Klant reageerde niet op onze vraag"),
                    ("8", "include", None, None, "teruggedraaid")]


def test_history_shows_the_policy_applied_and_follows_the_filters(demo_db):
    everything = exclusions.history(demo_db, DEMO_MONTH, DEMO_MONTH, as_of=AS_OF)
    assert len(everything) == breached(demo_db)
    assert everything["due_at"].is_monotonic_decreasing
    policies = query(demo_db, "select policy_row, priority, metric, target_pct from stg_policies")
    by_row = {row: (priority, metric, pct) for row, priority, metric, pct in policies}
    for row in everything.drop_duplicates("policy_row").itertuples():
        priority, metric, pct = by_row[row.policy_row]
        assert (row.policy_metric, row.policy_target_pct) == (metric, pct) == (row.metric, pct)
        assert priority in ("*", row.priority)

    two = ("Acme Retail Ltd", "Nordwind Energie")
    chosen = exclusions.history(demo_db, DEMO_MONTH, DEMO_MONTH, customers=two, metrics=("resolution",), as_of=AS_OF)
    expected = everything[everything["customer"].isin(two) & (everything["metric"] == "resolution")]
    assert 0 < len(chosen) == len(expected)
    assert set(chosen["ticket_id"]) == set(expected["ticket_id"])


def test_breaches_per_day_and_week_add_up_and_weeks_start_on_monday(demo_db):
    frame = exclusions.history(demo_db, DEMO_MONTH, DEMO_MONTH, as_of=AS_OF)
    days, weeks = exclusions.counts(frame, "day"), exclusions.counts(frame, "week")
    assert days["breaches"].sum() == weeks["breaches"].sum() == len(frame)
    assert set(weeks["bucket"].dt.day_of_week) == {0}
    assert days["bucket"].min() == pd.Timestamp("2026-10-01")  # local due dates, not UTC


def test_an_empty_store_has_no_breaches_and_no_audit_trail(db):
    assert exclusions.history(db, DEMO_MONTH, DEMO_MONTH).empty
    assert exclusions.audit_trail(db).empty
    with pytest.raises(exclusions.ExclusionError) as refused:
        exclusions.exclude(db, "zendesk", "1", "resolution", "planned maintenance", "Marieke")
    assert refused.value.key == "not_breached"
